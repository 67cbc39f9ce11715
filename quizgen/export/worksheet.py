"""Printable worksheets as plain data: versions, shuffling, numbering, points and keys.

No I/O and no HTML here: `build_worksheets` turns bank entries into one `Worksheet` per
version; `quizgen.export.html` renders them. Every version draws its question order and
choice order from its own `random.Random`, seeded from the user's seed and the version
letter, so version B is the same whether 2 or 5 versions are asked for, and nothing
depends on the global random state.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from quizgen.bank.rules import is_iso_date
from quizgen.errors import ExportError, UsageError
from quizgen.model import TRUE_FALSE_CHOICES, BankEntry, Question, QuestionType

#: The seed used when the user gives none: worksheets are reproducible by default.
DEFAULT_SEED = 0
#: A choice this short fits a half-width column (two choices per line).
SHORT_CHOICE = 32

ChoiceLayout = Literal["inline", "columns", "stacked"]


@dataclass(frozen=True)
class SheetChoice:
    """One box to tick: its letter on this version, its text, and whether it is right."""

    letter: str
    text: str
    correct: bool


@dataclass(frozen=True)
class SheetQuestion:
    """A question as one version prints it."""

    #: 1-based position on this version.
    number: int
    #: The bank id (not printed on the sheet; lets tests and tools trace a question).
    id: str
    type: QuestionType
    text: str
    choices: tuple[SheetChoice, ...]
    points: int

    @property
    def trace_id(self) -> str:
        """A neutral stand-in for the bank id in the page's source: it traces the question
        without hinting at its answer ("flynn-role-in-call" would)."""
        return hashlib.sha256(self.id.encode("utf-8")).hexdigest()[:10]

    @property
    def answer(self) -> SheetChoice:
        """The right choice."""
        return next(c for c in self.choices if c.correct)

    @property
    def layout(self) -> ChoiceLayout:
        """How the boxes are laid out: one line (true/false), two columns, or one per line."""
        if self.type == "true_false":
            return "inline"
        if all(len(c.text) <= SHORT_CHOICE for c in self.choices):
            return "columns"
        return "stacked"


@dataclass(frozen=True)
class KeyRow:
    """One line of an answer key."""

    number: int
    letter: str
    text: str
    points: int


@dataclass(frozen=True)
class Worksheet:
    """One version of a worksheet: its questions in this version's order."""

    title: str
    #: "A", "B", ... ("AA" after "Z").
    version: str
    questions: tuple[SheetQuestion, ...]
    #: When the articles were published ("28 January 2017"), printed under the title;
    #: "" when their bank files do not say.
    dateline: str = ""

    @property
    def total_points(self) -> int:
        """The points of every question together."""
        return sum(q.points for q in self.questions)

    @property
    def key(self) -> list[KeyRow]:
        """The answer key, in this version's question order."""
        return [KeyRow(q.number, q.answer.letter, q.answer.text, q.points) for q in self.questions]


def version_letter(index: int) -> str:
    """The letter of the `index`-th version (0 -> "A", 25 -> "Z", 26 -> "AA")."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def version_rng(seed: int | None, letter: str) -> random.Random:
    """The random source of one version; a string seed is hashed stably (not per process)."""
    return random.Random(f"quizgen-worksheet:{DEFAULT_SEED if seed is None else seed}:{letter}")


def sheet_choices(
    question: Question, rng: random.Random, true_false: tuple[str, str] = TRUE_FALSE_CHOICES
) -> tuple[SheetChoice, ...]:
    """The boxes of `question`: true then false (named by `true_false`, lettered by their
    initials), or the choices shuffled by `rng`."""
    if question.type == "true_false":
        true, false = true_false
        return (
            SheetChoice(true[:1], true, question.answer is True),
            SheetChoice(false[:1], false, question.answer is False),
        )
    texts = list(question.choices)
    rng.shuffle(texts)
    return tuple(
        SheetChoice(version_letter(i), text, text == question.answer)
        for i, text in enumerate(texts)
    )


def build_version(
    questions: Sequence[Question],
    title: str,
    letter: str,
    seed: int | None,
    points: int,
    true_false: tuple[str, str] = TRUE_FALSE_CHOICES,
) -> Worksheet:
    """One version: question order and then choice order drawn from the version's rng."""
    rng = version_rng(seed, letter)
    order = list(questions)
    rng.shuffle(order)
    sheet = tuple(
        SheetQuestion(n, q.id, q.type, q.question, sheet_choices(q, rng, true_false), points)
        for n, q in enumerate(order, start=1)
    )
    return Worksheet(title, letter, sheet)


def build_worksheets(
    entries: Sequence[BankEntry],
    *,
    title: str = "",
    versions: int = 1,
    seed: int | None = None,
    points: int = 1,
    true_false: tuple[str, str] = TRUE_FALSE_CHOICES,
) -> list[Worksheet]:
    """One worksheet per version (A, B, ...) over `entries` (already filtered by the caller;
    retired questions are dropped here too, as a worksheet never shows them); true/false
    boxes are named by `true_false` (the sheet's language)."""
    if versions < 1:
        raise UsageError(f"--versions must be at least 1, not {versions}")
    if points < 1:
        raise UsageError(f"--points must be at least 1, not {points}")
    live = [e for e in entries if e.question.status != "retired"]
    if not live:
        raise ExportError("no questions to put on a worksheet; check --tag, --status and the bank")
    questions = [e.question for e in live]
    title = title.strip() or "Worksheet"
    dateline = article_dateline(live)
    return [
        replace(
            build_version(questions, title, version_letter(i), seed, points, true_false),
            dateline=dateline,
        )
        for i in range(versions)
    ]


def article_dateline(entries: Sequence[BankEntry]) -> str:
    """The publication date of the entries' articles ("28 January 2017"), or the first and
    last ("28 January 2017 – 3 February 2017"); "" when no bank file gives one."""
    dates = sorted(
        {e.file.source.date for e in entries if e.file.source and is_iso_date(e.file.source.date)}
    )
    shown = [_long_date(d) for d in (dates[:1] + dates[1:][-1:])]
    return " – ".join(shown)


def _long_date(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def file_stem(title: str) -> str:
    """A file name stem from the title: "Putin's call, 2017" -> "putin-s-call-2017"."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:40].rstrip("-") or "worksheet"
