"""Excel workbooks for spreadsheets: the CSV's columns, one row per question, every cell
typed as text (see quizgen.export.spreadsheet), so nothing needs the CSV's leading quote."""

from __future__ import annotations

from quizgen.export.csv_format import COLUMNS, bank_folder, row
from quizgen.export.registry import ExportOptions, Format, register
from quizgen.export.spreadsheet import Sheet, is_own_workbook, workbook_bytes
from quizgen.model import BankEntry

#: Column widths (characters) that keep the question and its choices readable.
WIDTHS = (24, 16, 60, *[24] * 6, 24, 8, 40, 40)


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.xlsx": one sheet "Questions" with the CSV's columns}."""
    folder = bank_folder(entries)
    sheet = Sheet("Questions", COLUMNS, (row(e, folder) for e in entries), widths=WIDTHS)
    return {"questions.xlsx": workbook_bytes([sheet])}


FORMAT = register(
    Format(
        name="xlsx",
        description="Excel workbook, one row per question, every cell text (for spreadsheets)",
        suffix=".xlsx",
        multi_file=False,
        render=render,
        is_own=is_own_workbook,
    )
)
