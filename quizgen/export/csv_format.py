"""CSV for spreadsheets: one row per question, the columns in COLUMNS (see the README).

UTF-8 with a byte-order mark (so Excel reads it as UTF-8), `\\r\\n` rows, and the csv
module's quoting of commas, quotes and newlines. Values are written verbatim, so every
field reads back exactly, except one: a cell that starts with `=`, `+`, `-`, `@`, a tab or
a carriage return gets a leading `'`, so that a spreadsheet shows it as text instead of
running it as a formula (the OWASP rule against CSV injection).
"""

from __future__ import annotations

import csv
import functools
import io
import os
import string

from quizgen.export.registry import ExportOptions, Format, file_category, register
from quizgen.model import BankEntry

MAX_CHOICES = 6
CHOICE_COLUMNS = tuple(f"choice_{letter}" for letter in string.ascii_lowercase[:MAX_CHOICES])
COLUMNS = (
    "id",
    "type",
    "question",
    *CHOICE_COLUMNS,
    "answer",
    "answer_letter",
    "explanation",
    "evidence",
    "tags",
    "difficulty",
    "status",
    "category",
    "source_url",
    "source_file",
    "bank_file",
)
#: Separates tags inside the `tags` cell.
TAG_SEPARATOR = "; "
_BOM = "\ufeff"


def row(entry: BankEntry, bank_folder: str = "") -> list[str]:
    """One question as a row, in COLUMNS order; its bank file relative to `bank_folder`."""
    q = entry.question
    choices = q.shown_choices
    letters = string.ascii_uppercase
    answer_letter = letters[choices.index(q.answer_text)] if q.answer_text in choices else ""
    source = entry.file.source
    return [
        q.id,
        q.type,
        q.question,
        *choices,
        *[""] * (MAX_CHOICES - len(choices)),
        q.answer_text,
        answer_letter,
        q.explanation,
        q.evidence,
        TAG_SEPARATOR.join(q.tags),
        q.difficulty or "",
        q.status,
        file_category(entry),
        source.url if source else "",
        source.file if source else "",
        relative_path(entry.file.path, bank_folder) if bank_folder else entry.file.path,
    ]


@functools.lru_cache(maxsize=1024)
def relative_path(path: str, folder: str) -> str:
    """`path` relative to `folder` (worked out once per bank file, not once per row)."""
    return os.path.relpath(path, folder)


def bank_folder(entries: list[BankEntry]) -> str:
    """The folder that holds every bank file of the export: the bank's own folder, so a
    path typed in full (`/home/ann/...`) does not end up in a shared spreadsheet."""
    folders = {os.path.dirname(os.path.abspath(e.file.path)) for e in entries}
    return os.path.commonpath(sorted(folders)) if folders else ""


#: What a spreadsheet reads as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote(cell: str) -> bool:
    # A cell that already starts with the quote before a formula start gets one more, so
    # that `from_text` can always take exactly one away.
    if cell.startswith("'"):
        return _needs_quote(cell[1:])
    return cell.startswith(FORMULA_STARTS)


def as_text(cell: str) -> str:
    """`cell` as a spreadsheet must show it: never a formula (`=HYPERLINK(...)`)."""
    return "'" + cell if _needs_quote(cell) else cell


def from_text(cell: str) -> str:
    """The value `as_text` wrote as `cell` (for a program reading the CSV back)."""
    return cell[1:] if cell.startswith("'") and _needs_quote(cell[1:]) else cell


def render_text(entries: list[BankEntry]) -> str:
    """The CSV text, BOM included."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    folder = bank_folder(entries)
    writer.writerows([as_text(cell) for cell in row(e, folder)] for e in entries)
    return _BOM + out.getvalue()


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.csv": the CSV, UTF-8 with BOM}."""
    return {"questions.csv": render_text(entries).encode("utf-8")}


def is_own(content: bytes) -> bool:
    """Whether a CSV was written by quizgen: it starts with BOM and exactly our header."""
    return content.startswith((_BOM + ",".join(COLUMNS) + "\r\n").encode("utf-8"))


FORMAT = register(
    Format(
        name="csv",
        description="CSV, one row per question (UTF-8 with BOM, for spreadsheets)",
        suffix=".csv",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
