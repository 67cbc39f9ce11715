"""HTML articles, parsed with BeautifulSoup: the main text only.

Title from the first `h1` (of the article, else of the page), else `<title>`; URL from
the canonical link or `og:url`. The body is the text of paragraphs, list items and
block quotes inside `<article>` (else `<main>`, else `<body>`), after dropping scripts,
styles, navigation, headers, footers, asides, figures and their captions, and blocks
whose class names say they are captions, credits, share bars, ads or related links.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from quizgen.generate.formats.clean import body_paragraphs, normalize_space
from quizgen.generate.formats.text import parse_text
from quizgen.model import Article

DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "button",
    "iframe",
    "svg",
    "video",
    "audio",
    "picture",
    "img",
)
#: Words in a class or id that mark page furniture, not report text.
FURNITURE = frozenset(
    "caption credit credits share sharing social related promo advert advertisement ad ads "
    "newsletter subscribe comments comment breadcrumb breadcrumbs cookie cookies byline".split()
)
_NAME_PARTS = re.compile(r"[-_\s]+")
BLOCK_TAGS = ("p", "li", "blockquote", "dd")


def parse_html(path: str, text: str) -> Article:
    """The Article in HTML `text`; title "" when there is none."""
    soup = BeautifulSoup(text, "html.parser")
    title = _title(soup)
    url = _url(soup)
    main = _main(soup)
    _drop_furniture(main)
    for br in main.find_all("br"):
        br.replace_with("\n")
    candidates = [
        _text(block)
        for block in main.find_all(BLOCK_TAGS)
        if not block.find(BLOCK_TAGS)  # the innermost blocks only: no text twice
    ]
    if not any(candidates):
        # No paragraph markup: read the visible text as plain text.
        fallback = parse_text(path, main.get_text("\n"))
        candidates = [fallback.title, *fallback.paragraphs]
    if not title and candidates:
        title, candidates = normalize_space(candidates[0]), candidates[1:]
    return Article(path=path, title=title, paragraphs=body_paragraphs(candidates, title), url=url)


def _text(tag: Tag) -> str:
    return normalize_space(tag.get_text())


def _title(soup: BeautifulSoup) -> str:
    heading = article_heading(soup) or _heading(soup)
    if heading:
        return heading
    title = soup.find("title")
    return _text(title) if isinstance(title, Tag) else ""


def article_heading(soup: BeautifulSoup) -> str:
    """The text of the first `h1` of the page's `<article>` or `<main>`, or ""."""
    for container in (soup.find("article"), soup.find("main")):
        if isinstance(container, Tag) and (heading := _heading(container)):
            return heading
    return ""


def _heading(container: Tag) -> str:
    h1 = container.find("h1")
    return _text(h1) if isinstance(h1, Tag) else ""


def _url(soup: BeautifulSoup) -> str:
    for tag, attr in (
        (soup.find("link", rel="canonical"), "href"),
        (soup.find("meta", property="og:url"), "content"),
    ):
        if isinstance(tag, Tag) and str(tag.get(attr) or "").startswith(("http://", "https://")):
            return str(tag[attr]).strip()
    return ""


def _main(soup: BeautifulSoup) -> Tag:
    """The element holding the report: the `<article>` with most text, else `<main>`, ..."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    for found in (soup.find("main"), soup.find(role="main"), soup.body):
        if isinstance(found, Tag):
            return found
    return soup


def _drop_furniture(main: Tag) -> None:
    for tag in main.find_all(DROPPED_TAGS):
        tag.decompose()
    for tag in main.find_all(_is_furniture):
        if not tag.decomposed:  # not already gone with a dropped parent
            tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    classes: list[str] = list(tag.get("class") or [])
    names = " ".join([*classes, str(tag.get("id") or "")]).lower()
    return bool(FURNITURE.intersection(_NAME_PARTS.split(names)))
