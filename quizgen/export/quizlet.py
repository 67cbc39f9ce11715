"""Quizlet flashcards: one card per line, the question (with its choices) as the term and
the answer as the definition, separated by a tab, as Quizlet's "Import" takes pasted text
with "Between term and definition: Tab" and "Between cards: New line".

Neither side can hold a tab or a line break, so every run of whitespace is one space.
"""

from __future__ import annotations

from quizgen.export.registry import ExportOptions, Format, one_line, register
from quizgen.model import BankEntry, Question


def card(question: Question) -> str:
    """One card: "question (a / b / c)" TAB "answer"."""
    term = one_line(question.question)
    if question.type == "multiple_choice":
        term += " (" + " / ".join(one_line(c) for c in question.choices) + ")"
    return f"{term}\t{one_line(question.answer_text)}"


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.txt": one card per line, UTF-8}."""
    return {"questions.txt": "".join(card(e.question) + "\n" for e in entries).encode("utf-8")}


FORMAT = register(
    Format(
        name="quizlet",
        description="Quizlet flashcards: question TAB answer, one per line (paste into Import)",
        suffix=".txt",
        multi_file=False,
        render=render,
    )
)
