"""Fetch a web page or feed over HTTP(S), with limits, or say in one line what went wrong.

Every failure is a FetchError whose message is `URL: what is wrong` (not found, too slow,
too large, too many redirects, not a web page, cannot connect), so a run reports it and
goes on with its other inputs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import (
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ResponseError,
    SSLError,
    TimeoutError,
)

from quizgen import __version__
from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from urllib3.response import BaseHTTPResponse

#: Content types of what can be read as an article, and the file suffix each is kept as.
ARTICLE_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
}
#: Content types of feeds (many sites serve them as plain XML).
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/xml",
        "text/xml",
    }
)
CHUNK_BYTES = 64 * 1024


class FetchError(QuizgenError):
    """A page or feed could not be fetched; the message is `URL: what is wrong`."""

    title = "fetch"


@dataclass(frozen=True)
class FetchLimits:
    """How long to wait, how much to read and how many redirects to follow."""

    #: Seconds for the whole request: connecting, waiting and reading.
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """What a URL gave: the bytes, their content type, and the URL after redirects."""

    url: str
    final_url: str
    #: The media type without parameters, lower case ("text/html").
    content_type: str
    data: bytes


def is_url(text: str) -> bool:
    """True for an http(s) URL (anything else on the command line is a file or folder)."""
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, limits: FetchLimits, accept: frozenset[str] | None = None) -> Fetched:
    """The body of `url`; FetchError when it fails, breaks a limit, or its content type is
    not one of `accept` (default: a web page or text)."""
    wanted = accept if accept is not None else frozenset(ARTICLE_TYPES)
    pool = urllib3.PoolManager(headers={"User-Agent": f"quizgen/{__version__}"})
    retries = urllib3.Retry(
        total=None, connect=0, read=0, status=0, other=0, redirect=limits.max_redirects
    )
    try:
        response = pool.request(
            "GET",
            url,
            preload_content=False,
            retries=retries,
            timeout=urllib3.Timeout(total=limits.timeout),
        )
    except HTTPError as error:
        raise FetchError(f"{url}: {_reason(error, limits)}") from None
    try:
        return _read(url, response, limits, wanted)
    finally:
        response.release_conn()


def _read(
    url: str, response: BaseHTTPResponse, limits: FetchLimits, wanted: frozenset[str]
) -> Fetched:
    if response.status >= 400:
        raise FetchError(
            f"{url}: the server answered {response.status} {response.reason or ''}".rstrip()
        )
    content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in wanted:
        shown = content_type or "no content type"
        kind = "an RSS or Atom feed" if wanted == FEED_TYPES else "a web page or text"
        raise FetchError(f"{url}: not {kind} quizgen can read ({shown})")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{url}: {_too_large(limits)}")
    deadline = time.monotonic() + limits.timeout
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(CHUNK_BYTES):
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"{url}: {_too_large(limits)}")
            if time.monotonic() > deadline:  # a server trickling bytes: no read times out
                raise FetchError(f"{url}: {_too_slow(limits)}")
            chunks.append(chunk)
    except HTTPError as error:
        raise FetchError(f"{url}: {_reason(error, limits)}") from None
    return Fetched(url, _final_url(url, response), content_type, b"".join(chunks))


def _final_url(url: str, response: BaseHTTPResponse) -> str:
    """The URL the redirects led to (each Location may be relative to the one before)."""
    final = url
    for step in response.retries.history if response.retries else ():
        if step.redirect_location:
            final = urljoin(final, step.redirect_location)
    return final


def _reason(error: HTTPError, limits: FetchLimits) -> str:
    """What went wrong, in words, for urllib3's error (often wrapped in MaxRetryError)."""
    cause = error.reason if isinstance(error, MaxRetryError) and error.reason else error
    if isinstance(cause, ResponseError) and "redirect" in str(cause):
        return f"more than {limits.max_redirects} redirects; give the page's own address"
    if isinstance(cause, SSLError):
        return "the secure connection failed (the site's certificate?)"
    if isinstance(cause, NewConnectionError):  # before TimeoutError: urllib3 makes it one
        return "cannot connect to the site (check the address and your connection)"
    if isinstance(cause, TimeoutError):
        return _too_slow(limits)
    if isinstance(cause, ProtocolError):
        return "the connection broke off; try again"
    return f"cannot fetch the page ({cause})"


def _too_slow(limits: FetchLimits) -> str:
    return f"no answer within {limits.timeout:g} seconds; try again later (or raise --timeout)"


def _too_large(limits: FetchLimits) -> str:
    return f"larger than {limits.max_bytes // 1024:,} KB; save the page and give the file"
