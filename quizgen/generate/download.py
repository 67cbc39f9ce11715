"""Articles named by URL: fetch each page and keep it as a file the readers know.

A fetched page is written (atomically) into a folder under a name made from its address
(`.../berlin-confronts-germanys-colonial-past/a-52060881` ->
`berlin-confronts-germanys-colonial-past.html`), so that the run reads it like any saved
page, its bank file gets the same name, and a later run over that folder works offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from quizgen.bank.atomic import atomic_write_bytes
from quizgen.generate.fetch import ARTICLE_TYPES, FetchError, FetchLimits, fetch

#: Longest file name stem made from an address.
MAX_STEM = 80
_NOT_NAME = re.compile(r"[^a-z0-9]+")
#: Path segments that name a format or a page number, not the story.
_EXTENSION = re.compile(r"\.(s?html?|php|aspx?|jsp)$", re.IGNORECASE)


@dataclass(frozen=True)
class Download:
    """A page fetched for a run: the address asked for, where it led, and its file."""

    url: str
    final_url: str
    path: str


def download_articles(
    urls: list[str],
    folder: Path,
    limits: FetchLimits,
    done: Callable[[], None] = lambda: None,
) -> tuple[list[Download], list[str]]:
    """Fetch each URL into `folder` (created when missing), calling `done` after each;
    the downloads, and a `URL: what is wrong` line for each URL that failed."""
    downloads: list[Download] = []
    problems: list[str] = []
    taken: set[str] = set()
    for url in urls:
        try:
            fetched = fetch(url, limits)
        except FetchError as error:
            problems.append(error.message)
            continue
        finally:
            done()
        name = (
            _unique(page_file_stem(fetched.final_url), taken) + ARTICLE_TYPES[fetched.content_type]
        )
        try:
            atomic_write_bytes(folder / name, fetched.data)
        except OSError as error:
            problems.append(f"{url}: could not save it as {folder / name} ({error.strerror})")
            continue
        downloads.append(Download(url, fetched.final_url, str(folder / name)))
    return downloads, problems


def page_file_stem(url: str) -> str:
    """A file name stem for the page at `url`: its longest path segment (the story's
    slug, as a rule), else its host; lower case, letters, digits and hyphens."""
    parts = urlsplit(url)
    segments = [_EXTENSION.sub("", unquote(s)) for s in parts.path.split("/")]
    words = [_NOT_NAME.sub("-", s.lower()).strip("-") for s in segments]
    stem = max(words, key=len, default="") or _NOT_NAME.sub("-", parts.hostname or "page")
    return stem[:MAX_STEM].strip("-") or "page"


def _unique(stem: str, taken: set[str]) -> str:
    """`stem`, or `stem-2`, `stem-3`, ... when another page of this run has it."""
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    taken.add(candidate)
    return candidate
