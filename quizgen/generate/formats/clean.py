"""Rules shared by every article format: whitespace, and what is not a body paragraph.

News pages carry text that is not the report itself: photo captions with their credit
(`... Photo: Reuters`, `[Jonathan Ernst/Reuters]`), section and sub-heading labels
(`Merkel call`), datelines, "OPINION: ..." teasers linking to other stories, and captions
printed twice. Questions must not be asked about them, so they are dropped here, by the
shape of the line, never by a list of known lines.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")

#: A line that ends a sentence (or clearly continues into the next paragraph).
_SENTENCE_END = re.compile(r"""[.!?:;,…]["'”’»)\]]*$""")

#: A trailing credit: `Photo: Reuters`, `File photo: AP`, `Image: Wikinews`, `Source: AFP`.
_CREDIT_LABEL = re.compile(
    r"""(?:^|[\s(\[|–—-])(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|pic|credits?"""
    r"""|illustrations?|video|source)\s*(?:by\s*)?:\s*[^.!?:;]{1,60}[)\]]?$""",
    re.IGNORECASE,
)

#: A bracketed credit at the end: `[Jonathan Ernst/Reuters]`, `(AP Photo/Evan Vucci)`.
_BRACKET_CREDIT = re.compile(
    r"""[\[(](?:[^\[\]()]*\b(?:photo|image|credit|getty)\b[^\[\]()]*"""
    r"""|[^\[\]()/]*[A-Za-z][^\[\]()/]*/\s*[A-Z][^\[\]()/]*)[\])]$""",
    re.IGNORECASE,
)

#: A teaser for another story: `OPINION: Why is Russia so happy with Trump?`.
_TEASER = re.compile(r"^[A-Z][A-Z'’ ]{2,24}:\s")

#: The start of a page's own lines: categories, source lists, sharing links.
_FURNITURE = re.compile(
    r"^(categories|category|sources|source|related|share this|tags|see also)\s*:", re.IGNORECASE
)

#: Labels (headings, datelines, short captions) have fewer words than this and no end mark.
LABEL_MAX_WORDS = 10
#: Longer paragraphs are cut into pieces (news paragraphs stay under 1,000 characters).
MAX_PARAGRAPH_CHARS = 2_000
#: Between two sentences: after end punctuation (and a closing quote), before a space.
_SENTENCE_BREAK = re.compile(r"""(?:(?<=[.!?…])|(?<=[.!?…]["'”’»)\]])) +""")
TEASER_MAX_WORDS = 15


def normalize_space(text: str) -> str:
    """`text` on one line: every run of whitespace (NBSP, tabs, newlines) becomes one space."""
    return _SPACE.sub(" ", text).strip()


def is_credit_caption(paragraph: str) -> bool:
    """True for a photo caption or credit line: it ends with a credit (`Photo: AFP`)."""
    return bool(_CREDIT_LABEL.search(paragraph) or _BRACKET_CREDIT.search(paragraph))


def ends_sentence(line: str) -> bool:
    """True when `line` ends with a sentence mark (or a clause mark), quotes allowed after."""
    return bool(_SENTENCE_END.search(line.rstrip()))


def is_label(paragraph: str) -> bool:
    """True for a heading, dateline, section name or short caption: a few words, no end mark."""
    if ends_sentence(paragraph):
        return False
    return len(paragraph.split()) < LABEL_MAX_WORDS


def is_teaser(paragraph: str) -> bool:
    """True for a short `LABEL: headline` link to another story."""
    return bool(_TEASER.match(paragraph)) and len(paragraph.split()) < TEASER_MAX_WORDS


def is_page_furniture(paragraph: str) -> bool:
    """True for a web page's own lines copied with the story: `Categories: ...`,
    `Sources: ...`, `Share this: ...`."""
    return bool(_FURNITURE.match(paragraph))


def is_body(paragraph: str) -> bool:
    """True when `paragraph` is report text a question may be asked about."""
    return not (
        is_credit_caption(paragraph)
        or is_label(paragraph)
        or is_teaser(paragraph)
        or is_page_furniture(paragraph)
    )


def body_paragraphs(candidates: list[str], title: str = "") -> list[str]:
    """The body paragraphs among `candidates` (already one line each), in order.

    Drops captions, labels and teasers, and any paragraph seen before (captions are often
    printed twice; a pull quote repeats a body sentence; a page may repeat the headline).
    """
    seen = {title} if title else set()
    body = []
    for paragraph in candidates:
        paragraph = normalize_space(paragraph)
        if not paragraph or paragraph in seen or not is_body(paragraph):
            continue
        seen.add(paragraph)
        body.extend(split_long(paragraph))
    return body


def split_long(paragraph: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """`paragraph` in pieces of at most `limit` characters, cut after a sentence when it
    can be, else at a space: the question logic looks over a sentence's whole paragraph,
    so one endless paragraph (a text with no blank lines) would make it quadratic."""
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_BREAK.split(paragraph):
        while len(sentence) > limit:  # no sentence end in sight: cut at a space
            cut = sentence.rfind(" ", 0, limit) if " " in sentence[:limit] else limit
            pieces, current = _flush(pieces, current), ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > limit:
            pieces, current = _flush(pieces, current), ""
        current = f"{current} {sentence}" if current else sentence
    return _flush(pieces, current)


def _flush(pieces: list[str], current: str) -> list[str]:
    return [*pieces, current] if current else pieces
