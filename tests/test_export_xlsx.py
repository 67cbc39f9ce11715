"""Excel export, read back with openpyxl: every cell is text and every field round-trips."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

from export_support import entries
from openpyxl import load_workbook

from quizgen.export import ExportOptions, get_format
from quizgen.export.csv_format import COLUMNS, bank_folder, row
from quizgen.model import BankEntry


def export(exported: list[BankEntry]) -> bytes:
    (content,) = get_format("xlsx").render(exported, ExportOptions()).values()
    return content


def read(content: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(content))["Questions"]
    return [[cell.value for cell in line] for line in sheet.iter_rows()]


def test_every_field_round_trips_as_text() -> None:
    exported = entries()
    header, *rows = read(export(exported))
    assert tuple(header) == COLUMNS
    folder = bank_folder(exported)
    assert rows == [[value or None for value in row(e, folder)] for e in exported]


def test_formulas_and_numbers_stay_the_text_they_were() -> None:
    base = entries()[0]
    risky = ["=1+1", '=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "007", "+2", "-3", "@SUM(A1)"]
    question = replace(
        base.question,
        type="multiple_choice",
        choices=risky[:6],
        answer=risky[0],
        question="007",
        explanation="#N/A",
    )
    content = export([BankEntry(base.file, question)])
    sheet = load_workbook(io.BytesIO(content))["Questions"]
    cells = [cell for cell in sheet[2] if cell.value is not None]
    assert all(cell.data_type == "s" for cell in cells)
    values = [cell.value for cell in sheet[2]]
    assert values[2] == "007" and values[3:9] == risky[:6]
    assert values[11] == "#N/A"  # an error value's look, kept as text


def test_the_same_export_gives_the_same_bytes_and_knows_its_own_files() -> None:
    fmt = get_format("xlsx")
    first, second = export(entries()), export(entries())
    assert first == second
    assert fmt.is_own(first)
    assert not fmt.is_own(b"PK\x03\x04 not really a workbook")


def test_the_workbook_carries_no_date_of_its_own() -> None:
    # openpyxl dates the zip entries and stamps "modified" with the clock on saving: two
    # exports a second apart would differ, and a diff of two exports would show a change
    # that is none.
    content = export(entries())
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        core = archive.read("docProps/core.xml").decode()
        dates = {info.date_time for info in archive.infolist()}
    assert re.findall(r"<dcterms:\w+[^>]*>([^<]*)<", core) == ["2000-01-01T00:00:00Z"] * 2
    assert dates == {(2000, 1, 1, 0, 0, 0)}
