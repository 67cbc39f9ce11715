"""Web pages: the article's main text and metadata through trafilatura.

trafilatura (a maintained main-text extractor) leaves out navigation, comments, related
stories, sidebars and captions, and reads the title, publication date, author, site name
and canonical URL from the page's metadata. Inside the text it keeps, a paragraph that is
mostly a link ("Read more: <a>Another story</a>") points to another story and is dropped.

Some pages build the article with scripts and carry its text only in their structured
data (schema.org `articleBody`); when that text is much longer than what trafilatura
found, it is the article. When neither finds article text, the simpler BeautifulSoup
reader (`formats.html`) reads the page. `Article.reader` says which one did.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup

from quizgen.generate.formats.clean import body_paragraphs, normalize_space
from quizgen.generate.formats.html import article_heading, parse_html
from quizgen.model import Article

#: The blocks of trafilatura's XML body that hold text; `head` (sub-headings) is not report.
TEXT_BLOCKS = frozenset({"p", "item", "quote", "cell"})
#: A paragraph whose link text is more than this share of its text is a link elsewhere.
MAX_LINK_SHARE = 0.5
#: Structured data's `articleBody` wins when it has this many times the words found.
STRUCTURED_DATA_GAIN = 2
#: ` | DW | 10.06.2013`, ` - Reuters`: what a page's <title> appends to the headline.
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
#: A headline has at least this many words; parts after it with fewer are the site's.
HEADLINE_MIN_WORDS = 4
SUFFIX_MAX_WORDS = 3


def parse_web_page(path: str, text: str) -> Article:
    """The Article in HTML `text`: trafilatura's reading (or the page's structured data),
    else the BeautifulSoup reader's."""
    extracted = _extract(text)
    if extracted is None:
        return _fallback(path, text)
    soup = BeautifulSoup(text, "html.parser")
    # The headline shown on the page first: metadata titles are often shortened for sharing.
    title = article_heading(soup) or headline(normalize_space(extracted.title or ""))
    paragraphs = body_paragraphs(_paragraphs(extracted.body), title)
    reader = "trafilatura"
    structured = body_paragraphs(_article_bodies(soup), title)
    if _words(structured) > STRUCTURED_DATA_GAIN * _words(paragraphs):
        paragraphs, reader = structured, "structured data"
    if not paragraphs:
        return _fallback(path, text)
    return Article(
        path=path,
        title=title or paragraphs.pop(0),
        paragraphs=paragraphs,
        url=_web_url(extracted.url),
        date=extracted.date or "",
        author=normalize_space(extracted.author or ""),
        site=normalize_space(extracted.sitename or ""),
        reader=reader,
    )


def headline(title: str) -> str:
    """`title` without the site name or date a page appends (`Headline | DW | 10.06.2013`)."""
    parts = _TITLE_PARTS.split(title)
    if (
        len(parts) > 1
        and len(parts[0].split()) >= HEADLINE_MIN_WORDS
        and all(len(part.split()) <= SUFFIX_MAX_WORDS for part in parts[1:])
    ):
        return parts[0]
    return title


def _fallback(path: str, text: str) -> Article:
    article = parse_html(path, text)
    article.reader = "beautifulsoup"
    return article


def _extract(text: str) -> Any:
    """trafilatura's Document for the page (None when it finds no main text)."""
    # Imported here: trafilatura loads lxml and dateparser, which plain-text runs never need.
    import trafilatura

    return trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=True,  # to tell links to other stories from report text
        favor_precision=True,  # a sentence missed costs less than a question off the page
        deduplicate=False,
    )


def _paragraphs(body: Any) -> list[str]:
    """The text of each innermost text block of trafilatura's body, links to other
    stories left out."""
    if body is None:
        return []
    out = []
    for block in body.iter(*TEXT_BLOCKS):
        if any(child.tag in TEXT_BLOCKS for child in block.iterdescendants()):
            continue  # the innermost blocks only: no text twice
        paragraph = _text(block)
        if paragraph and not _mostly_link(block, paragraph):
            out.append(paragraph)
    return out


def _text(element: Any) -> str:
    """The text of a trafilatura XML element on one line; a line break (`lb`) is a space."""
    return normalize_space("".join(_pieces(element)))


def _pieces(element: Any) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if child.tag == "lb":
            yield " "
        else:
            yield from _pieces(child)
        yield child.tail or ""


def _mostly_link(block: Any, paragraph: str) -> bool:
    linked = sum(len(_text(ref)) for ref in block.iter("ref"))
    return linked > MAX_LINK_SHARE * len(paragraph)


def _article_bodies(soup: BeautifulSoup) -> list[str]:
    """The `articleBody` texts of the page's JSON-LD structured data."""
    bodies = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.get_text())
        except ValueError:
            continue  # broken structured data is the page's problem, not the article's
        bodies += [body for body in _values(data, "articleBody") if isinstance(body, str)]
    return bodies


def _values(data: Any, key: str) -> Iterator[Any]:
    """Every value of `key` anywhere in nested JSON `data`."""
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            yield from _values(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _values(item, key)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _web_url(url: str | None) -> str:
    return url.strip() if url and url.startswith(("http://", "https://")) else ""
