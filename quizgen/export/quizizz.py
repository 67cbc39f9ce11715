"""Quizizz (now Wayground) spreadsheet template (.xlsx), as its "Import from spreadsheet"
reads it: question text, type, up to five options, the right option's number, time in
seconds, image link and answer explanation, one row per question after the template's
header and guidance rows.

Every question is "Multiple Choice"; true/false is the two options True and False. Options
are shuffled per question (reproducibly from `--seed`). A question with more than five
options keeps its right answer and four wrong ones; `notes` says which.
"""

from __future__ import annotations

from quizgen.export.kahoot import check_time_limit
from quizgen.export.registry import (
    ExportOptions,
    Format,
    one_line,
    register,
    shuffled_choices,
)
from quizgen.export.spreadsheet import Sheet, is_own_workbook, workbook_bytes
from quizgen.model import BankEntry, Question

MAX_OPTIONS = 5
#: The time limits Quizizz offers, in seconds.
TIME_LIMITS = (5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)
HEADER = (
    "Question Text",
    "Question Type",
    *(f"Option {n}" for n in range(1, MAX_OPTIONS + 1)),
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
)
#: The template's second row says what each column takes; the importer skips it.
GUIDANCE = (
    "Text of the question (required)",
    "Question Type (default is Multiple Choice)",
    "Text for option 1 (required in all cases except open-ended & draw questions)",
    "Text for option 2 (required in all cases except open-ended & draw questions)",
    "Text for option 3 (optional)",
    "Text for option 4 (optional)",
    "Text for option 5 (optional)",
    'The correct option choice (between 1-5). Leave blank for "Open-Ended", "Poll", '
    '"Draw" and "Fill-in-the-Blank".',
    "Time in seconds (optional, default value is 30 seconds)",
    "Link of the image (optional)",
    "Text explaining the answer (optional)",
)


def options_for(question: Question, seed: int | None) -> list[str]:
    """The options shown: shuffled, at most MAX_OPTIONS, the right answer always among them."""
    choices = shuffled_choices(question, seed)
    wrong = [c for c in choices if c != question.answer_text][: MAX_OPTIONS - 1]
    return [c for c in choices if c == question.answer_text or c in wrong]


def row(question: Question, options: ExportOptions) -> list[str | int | None]:
    """One template row."""
    shown = options_for(question, options.seed)
    cells = [one_line(c) for c in shown] + [None] * (MAX_OPTIONS - len(shown))
    right = shown.index(question.answer_text) + 1
    explanation = one_line(question.explanation) or None
    return [
        one_line(question.question),
        "Multiple Choice",
        *cells,
        right,
        options.time_limit,
        None,
        explanation,
    ]


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.xlsx": the Quizizz template filled in}."""
    check_time_limit(options.time_limit, TIME_LIMITS, "quizizz")
    rows = [GUIDANCE, *(row(e.question, options) for e in entries)]
    widths = (60, 16, *[24] * MAX_OPTIONS, 14, 14, 12, 40)
    return {"questions.xlsx": workbook_bytes([Sheet("Sheet1", HEADER, rows, widths=widths)])}


def notes(entries: list[BankEntry], options: ExportOptions) -> list[str]:
    """The questions whose options were cut to five."""
    return [
        f"quizizz: {e.question.id}: {MAX_OPTIONS} of its {len(e.question.choices)} options kept"
        for e in entries
        if len(e.question.shown_choices) > MAX_OPTIONS
    ]


FORMAT = register(
    Format(
        name="quizizz",
        description="Quizizz / Wayground spreadsheet template (.xlsx)",
        suffix=".xlsx",
        multi_file=False,
        render=render,
        is_own=is_own_workbook,
        notes=notes,
    )
)
