"""Answer sheets: one page per version with question numbers and boxes only, for classes
that answer on a separate sheet. Built from the same versions as the worksheets (same
`--seed`, `--versions`, `--lang`), so sheet A's letters are worksheet A's.

Up to 120 questions fit one page: the rows flow into up to four columns.
"""

from __future__ import annotations

import math

from quizgen.export.html import is_own, render_page, versions_for
from quizgen.export.registry import ExportOptions, Format, register
from quizgen.export.worksheet import file_stem
from quizgen.model import BankEntry

#: Rows of boxes in one column of a page, and columns on a page.
ROWS_PER_COLUMN = 30
MAX_COLUMNS = 4


def columns_for(questions: int) -> int:
    """How many columns the rows flow into (1 to MAX_COLUMNS)."""
    return max(1, min(MAX_COLUMNS, math.ceil(questions / ROWS_PER_COLUMN)))


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"<title>-A-answers.html": version A's answer sheet, ...}."""
    sheets, labels = versions_for(entries, options)
    files: dict[str, bytes] = {}
    for sheet in sheets:
        columns = columns_for(len(sheet.questions))
        # Fewer rows than a full column: rows a little taller, easier to fill in.
        row_height = "7mm" if len(sheet.questions) <= ROWS_PER_COLUMN else "6.5mm"
        page = render_page(
            "answer_sheet.html.j2",
            sheet,
            options.paper,
            labels,
            columns=columns,
            row_height=row_height,
        )
        files[f"{file_stem(sheet.title)}-{sheet.version}-answers.html"] = page.encode()
    return files


FORMAT = register(
    Format(
        name="answersheet",
        description="bubble answer sheets, one page per version, pairing with the worksheets",
        suffix=".html",
        multi_file=True,
        render=render,
        is_own=is_own,
    )
)
