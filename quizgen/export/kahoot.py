"""Kahoot's quiz spreadsheet template (.xlsx): question, up to 4 answers, time limit and
the right answer's number, one row per question, as Kahoot's "Import spreadsheet" reads it.

Kahoot takes a question of at most 120 characters and answers of at most 75, four answers
at most. What does not fit is fitted without changing what is asked: a multiple-choice
question keeps its right answer and its first wrong answers that fit (up to 4 in all), and
a question whose text or right answer is too long is left out. `notes` says which, question
by question. Choices are shuffled per question (Kahoot shows them in the file's order),
reproducibly from `--seed`; true/false is the two answers True and False.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.errors import UsageError
from quizgen.export.registry import (
    ExportOptions,
    Format,
    one_line,
    register,
    shuffled_choices,
)
from quizgen.export.spreadsheet import Sheet, is_own_workbook, workbook_bytes
from quizgen.model import BankEntry

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
MAX_ANSWERS = 4
#: The time limits Kahoot offers, in seconds.
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER = (
    "",
    f"Question - max {QUESTION_LIMIT} characters",
    *(f"Answer {n} - max {ANSWER_LIMIT} characters" for n in range(1, MAX_ANSWERS + 1)),
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
#: Kahoot's template has its notes above the header, which is on row 8.
PREAMBLE = (
    ("Quiz template",),
    (
        "Add questions, at least two answer alternatives, time limit and choose correct answers "
        "(at least one). Have fun creating your awesome quiz!",
    ),
    (
        "Remember: questions have a limit of 120 characters and answers can have 75 characters "
        "max. Text will turn red in Excel or Google Docs if you exceed this limit. If several "
        "answers are correct, separate them with a comma.",
    ),
    ("See an example question below (don't forget to overwrite this with your first question!)",),
    (
        "And remember, if you're not using Excel you need to export to .xlsx format before you "
        "upload to Kahoot!",
    ),
    (),
    (),
)


@dataclass(frozen=True)
class Fitted:
    """A question as Kahoot gets it: its answers (the right one among them) or why it
    was left out, and what was shortened."""

    question: str
    answers: tuple[str, ...]
    right: int
    skipped: str = ""
    shortened: str = ""


def check_time_limit(seconds: int, allowed: tuple[int, ...], name: str) -> None:
    """A time limit the target does not offer is a usage error naming the ones it does."""
    if seconds not in allowed:
        choices = ", ".join(map(str, allowed))
        raise UsageError(f"{name} takes a time limit of {choices} seconds, not {seconds}")


def fit(entry: BankEntry, seed: int | None) -> Fitted:
    """`entry` fitted to Kahoot's limits."""
    q = entry.question
    text, right = one_line(q.question), one_line(q.answer_text)
    if len(text) > QUESTION_LIMIT:
        why = f"the question has {len(text)} characters, Kahoot takes {QUESTION_LIMIT}"
        return Fitted(text, (), 0, skipped=why)
    if len(right) > ANSWER_LIMIT:
        why = f"the right answer has {len(right)} characters, Kahoot takes {ANSWER_LIMIT}"
        return Fitted(text, (), 0, skipped=why)
    choices = [one_line(c) for c in shuffled_choices(q, seed)]
    wrong = [c for c in choices if c != right and len(c) <= ANSWER_LIMIT]
    kept = set(wrong[: MAX_ANSWERS - 1])
    answers = tuple(c for c in choices if c == right or c in kept)
    if len(answers) < 2:
        return Fitted(text, (), 0, skipped=f"no wrong answer of {ANSWER_LIMIT} characters or less")
    shortened = ""
    if len(answers) < len(choices):
        shortened = f"{len(answers)} of its {len(choices)} answers kept"
    return Fitted(text, answers, answers.index(right) + 1, shortened=shortened)


def row(fitted: Fitted, number: int, time_limit: int) -> list[str | int | None]:
    """One template row: number, question, 4 answer cells, time limit, right answer."""
    answers = [*fitted.answers, *[None] * (MAX_ANSWERS - len(fitted.answers))]
    return [number, fitted.question, *answers, time_limit, fitted.right]


def fitted_entries(entries: list[BankEntry], options: ExportOptions) -> list[tuple[str, Fitted]]:
    """(question id, fitted question) of every entry, in order."""
    return [(e.question.id, fit(e, options.seed)) for e in entries]


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.xlsx": Kahoot's template filled in with the questions that fit}."""
    check_time_limit(options.time_limit, TIME_LIMITS, "kahoot")
    kept = [f for _, f in fitted_entries(entries, options) if not f.skipped]
    rows = (row(f, n, options.time_limit) for n, f in enumerate(kept, 1))
    sheet = Sheet("Sheet1", HEADER, rows, PREAMBLE, widths=(4, 60, 30, 30, 30, 30, 14, 14))
    return {"questions.xlsx": workbook_bytes([sheet])}


def notes(entries: list[BankEntry], options: ExportOptions) -> list[str]:
    """What was left out or shortened, one line per question."""
    out = []
    for question_id, fitted in fitted_entries(entries, options):
        if fitted.skipped:
            out.append(f"kahoot: {question_id}: left out: {fitted.skipped}")
        elif fitted.shortened:
            out.append(f"kahoot: {question_id}: {fitted.shortened}")
    return out


FORMAT = register(
    Format(
        name="kahoot",
        description="Kahoot quiz spreadsheet template (.xlsx), within Kahoot's length limits",
        suffix=".xlsx",
        multi_file=False,
        render=render,
        is_own=is_own_workbook,
        notes=notes,
    )
)
