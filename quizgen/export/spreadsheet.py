"""Excel workbooks (.xlsx) for the spreadsheet formats (xlsx, kahoot, quizizz).

Every text is written as a string cell (openpyxl would make `=...` a formula and `#N/A` an
error value, so those get an explicit string cell), so a spreadsheet never runs
`=HYPERLINK(...)` as a formula nor turns `007` into 7 or `+2` into 2, and the value reads
back exactly (no leading quote as CSV needs). Characters a workbook cannot
hold (control characters other than tab and newline) are dropped. Numbers the template
asks for (time limits, answer numbers) stay numbers.

The workbook's properties carry quizgen as creator and a fixed date, so the same export
gives the same bytes and a later export knows the file is quizgen's own.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from quizgen.export.registry import GENERATOR_MARK

#: The workbook's creator property: how `is_own_workbook` knows quizgen's files.
CREATOR = "quizgen"
#: The date stored in the workbook's properties (a fixed one keeps builds reproducible).
FIXED_DATE = datetime(2000, 1, 1)

Cell = str | int | float | None


@dataclass(frozen=True)
class Sheet:
    """One worksheet: rows written above the header (a template's notes), the header,
    the data rows, and column widths in characters."""

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    preamble: Sequence[Sequence[Cell]] = ()
    widths: Sequence[int] = field(default_factory=tuple)


def clean(text: str) -> str:
    """`text` without the characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _cell(sheet: WriteOnlyWorksheet, value: Cell) -> Cell | WriteOnlyCell:
    """`value` as openpyxl should write it: plain values take its fast path (a text is
    a string cell there), and "" is no cell at all."""
    if not isinstance(value, str):
        return value
    text = clean(value)
    if not text:
        return None
    if text.startswith("=") or text in ERROR_CODES:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # a string, not the formula or error value it looks like
        return cell
    return text


def _header_cell(sheet: WriteOnlyWorksheet, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=title)
    cell.data_type = "s"
    cell.font = Font(bold=True)
    return cell


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The .xlsx file holding `sheets`, in order."""
    book = Workbook(write_only=True)
    book.properties.creator = CREATOR
    book.properties.description = GENERATOR_MARK
    book.properties.created = FIXED_DATE  # "modified" is stamped on saving: see below
    for spec in sheets:
        sheet = book.create_sheet(spec.title[:31])  # Excel's limit on a sheet name
        for index, width in enumerate(spec.widths):
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
        for row in spec.preamble:
            sheet.append([_cell(sheet, value) for value in row])
        sheet.append([_header_cell(sheet, title) for title in spec.header])
        for row in spec.rows:
            sheet.append([_cell(sheet, value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return _with_fixed_times(out.getvalue())


def _with_fixed_times(content: bytes) -> bytes:
    """The zip `content` with every entry, and the workbook's "modified" property, dated
    `FIXED_DATE`: openpyxl dates both with the clock when it saves, so two exports a second
    apart differed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info)
            if info.filename == CORE_PROPERTIES:
                data = _MODIFIED.sub(rb"\g<1>" + FIXED_STAMP + rb"\g<2>", data)
            target.writestr(fixed, data)
    return out.getvalue()


#: Where a workbook keeps its dates, and the "modified" one openpyxl sets on saving.
CORE_PROPERTIES = "docProps/core.xml"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
FIXED_STAMP = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()


def is_own_workbook(content: bytes) -> bool:
    """Whether an .xlsx file was written by quizgen (its properties name quizgen)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            core = archive.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError):
        return False
    return GENERATOR_MARK.encode() in core and f">{CREATOR}<".encode() in core
