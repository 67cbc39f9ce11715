"""Anki (.apkg) via genanki: one note per question, one card (front: question and choices;
back: answer, explanation, evidence and source).

Re-importing an updated export updates the notes instead of duplicating them: the note
guid is `genanki.guid_for(bank, question id)` (the bank file's title, else its name), so
two banks that both have `id: capital-question` make two notes, and the model and deck ids
are derived from their names. The package is built in memory (SQLite `serialize`, a zip
with fixed dates), so with a fixed `ExportOptions.timestamp` two exports are
byte-identical.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import time
import zipfile
from pathlib import Path

import genanki

from quizgen.export.registry import (
    ExportOptions,
    Format,
    file_category,
    register,
    shuffled_choices,
    title_for,
    unix_breaks,
)
from quizgen.model import BankEntry, Question

MODEL_NAME = "quizgen question"
FIELDS = ("Question", "Choices", "Answer", "Explanation", "Evidence", "Source", "Id")
_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; }
.choices { margin-top: 0.5em; }
.answer { font-weight: bold; }
.evidence { font-style: italic; margin-top: 0.8em; }
.source { font-size: 14px; color: #555; margin-top: 0.8em; }
"""
_FRONT = """\
<div class="question">{{Question}}</div>
{{#Choices}}<div class="choices">{{Choices}}</div>{{/Choices}}"""
_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Evidence}}<div class="evidence">{{Evidence}}</div>{{/Evidence}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""


def stable_id(name: str) -> int:
    """An Anki model/deck id derived from `name` (same name -> same id, in [2^30, 2^31))."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def to_html(text: str) -> str:
    """Plain text as an Anki field: HTML-escaped, newlines as `<br>`."""
    return html.escape(unix_breaks(text)).replace("\n", "<br>")


def anki_tag(tag: str) -> str:
    """A bank tag as an Anki tag (Anki splits tags on whitespace, so it becomes `_`)."""
    return re.sub(r"\s+", "_", tag.strip())


def source_html(entry: BankEntry) -> str:
    """The article title, linked to its URL when the URL is http(s)."""
    title = to_html(entry.file.title)
    source = entry.file.source
    url = source.url if source else ""
    if url.startswith(("http://", "https://")):
        link = f'<a href="{html.escape(url, quote=True)}">{title or to_html(url)}</a>'
        return link
    return title


def fields(entry: BankEntry, seed: int | None = None) -> list[str]:
    """The note's fields, in FIELDS order."""
    q = entry.question
    choices = shuffled_choices(q, seed)
    items = "".join(f"<li>{to_html(c)}</li>" for c in choices)
    return [
        to_html(q.question),
        f'<ol type="A">{items}</ol>',
        to_html(q.answer_text),
        to_html(q.explanation),
        to_html(q.quoted_evidence),
        source_html(entry),
        to_html(q.id),
    ]


MODEL = genanki.Model(
    stable_id(MODEL_NAME),
    MODEL_NAME,
    fields=[{"name": name} for name in FIELDS],
    templates=[{"name": "Question", "qfmt": _FRONT, "afmt": _BACK}],
    css=_CSS,
)


def note_guid(entry: BankEntry) -> str:
    """The note's guid: stable across re-exports of the bank, distinct between banks that
    use the same question id."""
    bank = entry.file.title or Path(entry.file.path).stem
    return str(genanki.guid_for(bank, entry.question.id))


def note_for(entry: BankEntry, seed: int | None = None) -> genanki.Note:
    """The note of one question (its guid from its bank and its id)."""
    question: Question = entry.question
    tags = sorted({anki_tag(t) for t in question.tags if t.strip()})
    return genanki.Note(model=MODEL, fields=fields(entry, seed), tags=tags, guid=note_guid(entry))


def build_decks(entries: list[BankEntry], options: ExportOptions) -> list[genanki.Deck]:
    """One deck named after the export, with a subdeck per bank file when there are several."""
    title = title_for(entries, options).replace("::", ":")
    by_file: dict[int, tuple[str, list[BankEntry]]] = {}
    for entry in entries:
        by_file.setdefault(id(entry.file), (file_category(entry), []))[1].append(entry)
    decks = []
    for category, members in by_file.values():
        name = title if len(by_file) == 1 else f"{title}::{category.replace('::', ':')}"
        deck = genanki.Deck(stable_id(name), name)
        for entry in members:
            deck.add_note(note_for(entry, options.seed))
        decks.append(deck)
    return decks


def package_bytes(decks: list[genanki.Deck], timestamp: float) -> bytes:
    """The .apkg: genanki fills an in-memory collection, zipped with fixed file dates."""
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        genanki.Package(decks).write_to_db(
            cursor, timestamp, itertools.count(int(timestamp * 1000))
        )
        conn.commit()
        collection = conn.serialize()
    finally:
        conn.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.apkg": the Anki package}."""
    timestamp = time.time() if options.timestamp is None else options.timestamp
    return {"questions.apkg": package_bytes(build_decks(entries, options), timestamp)}


def is_own(content: bytes) -> bool:
    """Whether an .apkg was written by quizgen: its collection holds the quizgen model."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            collection = archive.read("collection.anki2")
        conn = sqlite3.connect(":memory:")
        try:
            conn.deserialize(collection)
            (models,) = conn.execute("SELECT models FROM col").fetchone()
        finally:
            conn.close()
    except (zipfile.BadZipFile, KeyError, sqlite3.DatabaseError, TypeError):
        return False
    try:
        return any(m.get("name") == MODEL_NAME for m in json.loads(models).values())
    except (ValueError, AttributeError):
        return False


FORMAT = register(
    Format(
        name="anki",
        description="an Anki deck package (.apkg); re-import updates notes, never duplicates",
        suffix=".apkg",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
