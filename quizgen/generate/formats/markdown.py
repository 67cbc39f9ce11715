"""Markdown articles, parsed with markdown-it-py: title from the first heading.

The body is the text of paragraphs (also inside lists and block quotes) with every bit
of markup gone: emphasis, links (their text stays), inline code (its text stays).
Images, code blocks, raw HTML, tables and later headings are not report text.
A YAML front matter block may give `title`, `url`/`source`/`link` and `date`; else a
paragraph near the top that is only a date is the article's date.
"""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from quizgen.generate.formats.clean import body_paragraphs, normalize_space
from quizgen.generate.formats.dateline import as_iso_date, first_dateline
from quizgen.generate.formats.text import DATELINE_SEARCH, find_url
from quizgen.model import Article
from quizgen.safe_yaml import Loader, refusal

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SOURCE_LINE = re.compile(r"^source\s*:", re.IGNORECASE)
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def parse_markdown(path: str, text: str) -> Article:
    """The Article in Markdown `text`; title "" when there is none."""
    meta, text = _front_matter(text)
    title = normalize_space(str(meta.get("title") or ""))
    url = next((find_url(str(meta[k])) for k in ("url", "source", "link") if meta.get(k)), "")
    candidates: list[str] = []
    for number, (kind, content) in enumerate(_blocks(_PARSER.parse(text))):
        if kind == "heading":
            title = title or content
        elif not url and number < 2 and _SOURCE_LINE.match(content) and find_url(content):
            # The seed layout's `Source: URL` line, before or after the title.
            url = find_url(content)
        else:
            candidates.append(content)
    date = as_iso_date(meta.get("date")) or first_dateline(candidates[:DATELINE_SEARCH])
    if not title and candidates:
        title, candidates = candidates[0], candidates[1:]
    return Article(
        path=path, title=title, paragraphs=body_paragraphs(candidates, title), url=url, date=date
    )


def _front_matter(text: str) -> tuple[dict, str]:
    """The front matter mapping and the rest of the text. A front matter that is broken
    YAML (nesting past libyaml's limit included) or has aliases is dropped."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = None if refusal(match.group(1)) else yaml.load(match.group(1), Loader=Loader)
    except (yaml.YAMLError, RecursionError):
        meta = None
    if meta is None:
        return {}, text[match.end() :]
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[match.end() :]


def _blocks(tokens: list[Token]) -> list[tuple[str, str]]:
    """("heading" | "paragraph", plain text) for each heading and paragraph outside tables."""
    out = []
    in_table = 0
    opened = ""
    for token in tokens:
        if token.type == "table_open":
            in_table += 1
        elif token.type == "table_close":
            in_table -= 1
        elif token.type in ("heading_open", "paragraph_open"):
            opened = token.type.removesuffix("_open")
        elif token.type == "inline" and opened and not in_table:
            text = normalize_space(inline_text(token.children or []))
            if text:
                out.append((opened, text))
            opened = ""
    return out


def inline_text(children: list[Token]) -> str:
    """The words of an inline run, without markup; images and raw HTML left out."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
