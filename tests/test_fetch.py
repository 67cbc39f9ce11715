"""Fetching pages from a local server: redirects, errors, slow, huge, wrong type."""

from __future__ import annotations

import threading

import pytest
from web_server import Route, serve

from quizgen.generate.fetch import FetchError, FetchLimits, fetch, is_url

PAGE = b"<html><head><title>Bridge</title></head><body><p>The council voted.</p></body></html>"
LIMITS = FetchLimits(timeout=0.5, max_bytes=64 * 1024, max_redirects=2)


@pytest.fixture
def site():
    with serve() as running:
        yield running


def test_a_page_is_fetched_with_its_content_type(site):
    url = site.add("/story", Route(PAGE))
    fetched = fetch(url, LIMITS)
    assert (fetched.data, fetched.content_type, fetched.final_url) == (PAGE, "text/html", url)


def test_redirects_are_followed_and_the_final_url_kept(site):
    final = site.add("/final", Route(PAGE))
    site.add("/moved", Route(location="/final"))
    fetched = fetch(site.base + "/moved", LIMITS)
    assert fetched.data == PAGE
    assert fetched.final_url == final


def test_too_many_redirects(site):
    for n in range(4):
        site.add(f"/r{n}", Route(location=f"/r{n + 1}"))
    with pytest.raises(FetchError) as failed:
        fetch(site.base + "/r0", LIMITS)
    assert (
        failed.value.message
        == f"{site.base}/r0: more than 2 redirects; give the page's own address"
    )


def test_not_found(site):
    with pytest.raises(FetchError) as failed:
        fetch(site.base + "/gone", LIMITS)
    assert failed.value.message == f"{site.base}/gone: the server answered 404 Not Found"


def test_a_slow_server_times_out(site):
    url = site.add("/slow", Route(PAGE, wait=threading.Event()))
    with pytest.raises(FetchError) as failed:
        fetch(url, FetchLimits(timeout=0.2))
    assert failed.value.message == (
        f"{url}: no answer within 0.2 seconds; try again later (or raise --timeout)"
    )


def test_a_huge_page_is_cut_off(site):
    declared = site.add("/declared", Route(b"x" * (LIMITS.max_bytes + 1)))
    streamed = site.add("/streamed", Route(stream_bytes=10 * LIMITS.max_bytes))
    for url in (declared, streamed):
        with pytest.raises(FetchError) as failed:
            fetch(url, LIMITS)
        assert failed.value.message == f"{url}: larger than 64 KB; save the page and give the file"


def test_wrong_content_type(site):
    url = site.add("/report.pdf", Route(b"%PDF-1.4", content_type="application/pdf"))
    with pytest.raises(FetchError) as failed:
        fetch(url, LIMITS)
    assert (
        failed.value.message == f"{url}: not a web page or text quizgen can read (application/pdf)"
    )


def test_nothing_listening():
    with serve() as gone:
        url = gone.base + "/story"
    with pytest.raises(FetchError) as failed:
        fetch(url, LIMITS)
    assert failed.value.message == (
        f"{url}: cannot connect to the site (check the address and your connection)"
    )


def test_only_http_addresses_are_urls():
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("news/story.html") and not is_url("ftp://example.org/a")
