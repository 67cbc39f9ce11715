"""Plain-text articles, with or without the seed layout's `Source:` header.

Seed layout: a first line `Source:` with the URL on the same line (possibly followed by
a licence note in brackets) or on the next line, optionally a section line
(`World/ United States & Canada`), then the headline and the body. Plain text: the first
non-empty line is the headline. A line near the top that is only a date
(`Friday, September 9, 2016`) is the article's date. Paragraphs are separated by blank
lines; a block of lines is one hard-wrapped paragraph when its lines look wrapped, else
one paragraph a line.
"""

from __future__ import annotations

import re

from quizgen.generate.formats.clean import body_paragraphs, ends_sentence, normalize_space
from quizgen.generate.formats.dateline import first_dateline
from quizgen.model import Article

_SOURCE = re.compile(r"^\s*source\s*:\s*(.*)$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|www\.\S+")
#: Breadcrumb separators of a section line (`World/ United States & Canada`, `News › UK`).
_BREADCRUMB = re.compile(r"\S\s*[/›»>|]\s*\S")

#: A dateline is looked for among this many paragraphs at the top (headline included).
DATELINE_SEARCH = 4
#: Wrapped text: every line but the last is at least this long and at most WRAP_MAX long.
WRAP_MIN = 40
WRAP_MAX = 100


def parse_text(path: str, text: str) -> Article:
    """The Article in `text` (plain text or the seed layout); title "" when there is none."""
    lines = text.splitlines()
    url, lines = _split_source_header(lines)
    blocks = _blocks(lines)
    paragraphs = [p for block in blocks for p in _block_paragraphs(block)]
    title = normalize_space(paragraphs[0]) if paragraphs else ""
    return Article(
        path=path,
        title=title,
        paragraphs=body_paragraphs(paragraphs[1:], title),
        url=url,
        date=first_dateline(paragraphs[:DATELINE_SEARCH]),
    )


def find_url(text: str) -> str:
    """The first URL in `text` (without the punctuation that may follow it), or ""."""
    match = _URL.search(text)
    if not match:
        return ""
    url = match.group(0).rstrip(".,;:")
    # `(https://example.org/page)`: a closing bracket the URL never opened is not its own.
    for opening, closing in ("()", "[]"):
        while url.endswith(closing) and url.count(opening) < url.count(closing):
            url = url[:-1].rstrip(".,;:")
    return url


def _split_source_header(lines: list[str]) -> tuple[str, list[str]]:
    """The URL of a leading `Source:` header, and the lines after that header."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return "", lines
    match = _SOURCE.match(lines[start])
    if not match:
        return "", lines
    url = find_url(match.group(1))
    i = start + 1
    if not url and i < len(lines) and find_url(lines[i]) and not lines[i].strip().count(" "):
        url = find_url(lines[i])
        i += 1
    # Lines still in the header's block: a breadcrumb is the section (dropped); anything
    # else is the headline written without a blank line after the header.
    while i < len(lines) and lines[i].strip() and _BREADCRUMB.search(lines[i]):
        i += 1
    return url, lines[i:]


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (blank lines separate paragraphs)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _block_paragraphs(block: list[str]) -> list[str]:
    """One paragraph for a hard-wrapped block, else one paragraph per line.

    Wrapped: every line but the last has a wrapping width and one of them at least breaks
    mid-sentence (lines that all end a sentence are one paragraph each, as in the seeds).
    """
    inner = block[:-1]
    wrapped = all(WRAP_MIN <= len(line) <= WRAP_MAX for line in inner) and not all(
        ends_sentence(line) for line in inner
    )
    if inner and wrapped:
        return [normalize_space(" ".join(block))]
    return [normalize_space(line) for line in block]
