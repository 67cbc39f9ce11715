"""Aiken, Moodle's plain one-line format for single-answer multiple choice:

    Question text on one line
    A) first choice
    B) second choice
    ANSWER: B

Moodle reads every line trimmed, a line starting with a capital letter and `.` or `)` as a
choice and one starting with `ANSWER:` as the end of a question; it has no escapes, no
comments and no feedback. So texts are put on one line (line breaks become spaces), a
question that itself starts like a choice label or like `ANSWER:` ("U.S. troops ...")
gets an invisible zero-width space in front so that Moodle reads it as the question, and
true/false is the two choices True and False. Moodle escapes the HTML itself.
"""

from __future__ import annotations

import re

from quizgen.export.registry import ExportOptions, Format, one_line, register
from quizgen.model import BankEntry, Question

#: What Moodle's reader takes for a choice or an answer line (qformat_aiken).
_READ_AS_MARKUP = re.compile(r"^([A-Z][).]|ANSWER:)")
#: Invisible, and not whitespace to PHP's trim(): the line stays the question's.
ZERO_WIDTH_SPACE = "\u200b"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def question_line(text: str) -> str:
    """The question on one line, never read as a choice or an answer line."""
    line = one_line(text)
    return ZERO_WIDTH_SPACE + line if _READ_AS_MARKUP.match(line) else line


def question_text(question: Question) -> str:
    """One question as an Aiken block (no trailing blank line)."""
    choices = question.shown_choices
    lines = [question_line(question.question)]
    lines += [f"{LETTERS[n]}) {one_line(c)}" for n, c in enumerate(choices)]
    lines.append(f"ANSWER: {LETTERS[choices.index(question.answer_text)]}")
    return "\n".join(lines)


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.txt": the Aiken file, UTF-8, a blank line between questions}."""
    text = "\n\n".join(question_text(e.question) for e in entries) + "\n"
    return {"questions.txt": text.encode("utf-8")}


FORMAT = register(
    Format(
        name="aiken",
        description="Aiken text (one-line questions) for Moodle and other LMSs",
        suffix=".txt",
        multi_file=False,
        render=render,
    )
)
