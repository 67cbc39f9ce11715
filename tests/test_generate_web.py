"""`quizgen generate URL ...` against a local server: pages fetched, failures reported
one line each while the other inputs still generate, pages kept for offline runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_cli
from web_server import Route, serve

from quizgen.bank import load_bank
from quizgen.cli import main

PAGES = Path(__file__).parent / "data" / "pages"
ARTICLES = Path(__file__).parent / "data" / "articles"
KULU = (PAGES / "kulu-media.com.meta-outage.html").read_bytes()
KULU_URL = "https://kulu-media.com/meta-outage-hits-facebook-instagram-and-messenger/"
STEM = "meta-outage-hits-facebook-instagram-and-messenger"


@pytest.fixture(scope="module")
def fetched(tmp_path_factory):
    """One run over a redirected real page, a missing page, a PDF and a local file."""
    tmp = tmp_path_factory.mktemp("web")
    with serve() as site:
        site.add(f"/news/{STEM}/", Route(KULU))
        moved = site.add("/latest", Route(location=f"/news/{STEM}/"))
        missing = site.add("/gone", Route(status=404))
        pdf = site.add("/report.pdf", Route(b"%PDF-1.4", content_type="application/pdf"))
        argv = [moved, missing, pdf, str(ARTICLES / "seed_layout.txt")]
        result = run_cli(
            "generate", *argv, "--out", str(tmp / "bank"), "--save-articles", str(tmp / "saved")
        )
        urls = {"moved": moved, "missing": missing, "pdf": pdf, "base": site.base}
    return result, urls, tmp


def test_each_failed_url_is_one_line_and_the_others_still_generate(fetched):
    (code, _, stderr), urls, tmp = fetched
    assert code == 1
    assert f"{urls['missing']}: the server answered 404" in stderr
    assert f"{urls['pdf']}: not a web page or text quizgen can read (application/pdf)" in stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in (tmp / "bank").glob("*.yaml")) == [
        f"{STEM}.yaml",
        "seed_layout.yaml",
    ]


def test_the_page_is_kept_and_its_address_and_date_recorded(fetched):
    _, _, tmp = fetched
    saved = tmp / "saved" / f"{STEM}.html"
    assert saved.read_bytes() == KULU
    bank, _ = load_bank([str(tmp / "bank" / f"{STEM}.yaml")])
    source = bank.files[0].source
    # The page's own address (its canonical link), not the local server's.
    assert (source.url, source.date, source.file) == (KULU_URL, "2026-06-12", str(saved))
    evidence = [q.evidence for q in bank.files[0].questions]
    known = (PAGES / "kulu-media.com.meta-outage.article.txt").read_text("utf-8")
    # Any question comes from the article, never from the page's sidebar (the page may
    # give none: its figures are open bounds, "more than 146,000").
    assert all(e in known for e in evidence)


def test_a_later_run_over_the_kept_pages_works_offline(fetched):
    _, _, tmp = fetched  # the server is gone by now
    bank = tmp / "bank"
    before = (bank / f"{STEM}.yaml").read_text("utf-8")
    code, stdout, stderr = run_cli("generate", str(tmp / "saved"), "--out", str(bank))
    assert code == 0, stderr
    assert "0 new" in stdout
    assert (bank / f"{STEM}.yaml").read_text("utf-8") == before


def test_without_save_articles_the_bank_names_the_url_and_no_file(tmp_path):
    with serve() as site:
        url = site.add(f"/{STEM}", Route(KULU))
        code, stdout, stderr = run_cli("generate", url, "--out", str(tmp_path / "bank"))
    assert code == 0, stderr
    bank, _ = load_bank([str(tmp_path / "bank")])
    assert bank.files[0].source.file == ""
    assert bank.files[0].source.url == KULU_URL
    assert stdout.startswith(f"{KULU_URL}: ")


def test_save_articles_must_be_a_folder(tmp_path, capsys):
    not_folder = tmp_path / "pages.txt"
    not_folder.write_text("x")
    code = main(["generate", "https://example.org/a", "--save-articles", str(not_folder)])
    assert code == 2
    assert "--save-articles" in capsys.readouterr().err


def test_explain_names_the_reader_and_a_page_read_without_trafilatura_is_noted(tmp_path):
    table_page = tmp_path / "table.html"
    table_page.write_text(
        "<html><body><h1>Flood warning</h1><table><tr><td>The river rose by two metres "
        "overnight, the agency said on Monday.</td></tr></table></body></html>"
    )
    kulu = tmp_path / "kulu.html"
    kulu.write_bytes(KULU)
    why = tmp_path / "why.jsonl"
    code, _, stderr = run_cli(
        "generate",
        str(kulu),
        str(table_page),
        "--out",
        str(tmp_path / "bank"),
        "--explain",
        str(why),
    )
    assert code == 0, stderr
    records = [json.loads(line) for line in why.read_text("utf-8").splitlines()]
    readers = {r["article"]: r["reader"] for r in records if r["record"] == "article"}
    assert readers == {str(kulu): "trafilatura", str(table_page): "beautifulsoup"}
    assert f"{table_page}: no article found by the main-text reader" in stderr
    assert f"{kulu}: no article found" not in stderr


def test_a_read_only_saved_page_is_reported_and_left_as_it_is(tmp_path):
    saved = tmp_path / "saved"
    saved.mkdir()
    page = saved / f"{STEM}.html"
    page.write_bytes(b"<html>kept</html>")
    page.chmod(0o444)
    with serve() as site:
        url = site.add(f"/{STEM}", Route(KULU))
        argv = [url, str(ARTICLES / "seed_layout.txt")]
        code, _, stderr = run_cli(
            "generate", *argv, "--out", str(tmp_path / "bank"), "--save-articles", str(saved)
        )
    assert code == 1
    assert f"{url}: could not save it as {page} (" in stderr
    assert "Traceback" not in stderr
    assert page.read_bytes() == b"<html>kept</html>"
    assert (tmp_path / "bank" / "seed_layout.yaml").exists()
