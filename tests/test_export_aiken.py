"""Aiken export, read back by a line-for-line port of Moodle's reader
(qformat_aiken::readquestions, Moodle 4.x), since PHP is not part of the test set-up."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from export_support import entries

from quizgen.export import ExportOptions, get_format
from quizgen.model import BankEntry


@dataclass
class MoodleQuestion:
    questiontext: str
    answer: list[str] = field(default_factory=list)
    fraction: list[int] = field(default_factory=list)


def php_trim(text: str) -> str:
    return text.strip(" \t\n\r\0\x0b")


def read_aiken(lines: list[str]) -> tuple[list[MoodleQuestion], list[str]]:
    """Moodle's readquestions: the questions it imports and the errors it reports."""
    questions: list[MoodleQuestion] = []
    errors: list[str] = []
    question: MoodleQuestion | None = None
    number = 0
    for line in lines:
        for part in line.split("\r"):
            number += 1
            now = php_trim(part)
            if len(now.encode("utf-8")) < 2:  # PHP strlen counts bytes
                continue
            if re.match(r"^[A-Z][).][ \t]?", now):
                if question is None:
                    errors.append(f"questionnotstarted {number}")
                    continue
                question.answer.append(html.escape(php_trim(now[2:]), quote=False))
                question.fraction.append(0)
            elif now.startswith("ANSWER:"):
                if question is None:
                    errors.append(f"questionnotstarted {number}")
                    continue
                letter = php_trim(now[now.index(":") + 1 :])[:1]
                if len(question.answer) < 2:
                    errors.append(f"questionmissinganswers {number}")
                    question = None
                    continue
                question.fraction[ord(letter) - ord("A")] = 1
                questions.append(question)
                question = None
            else:
                if question is not None:
                    errors.append(f"questionnotcomplete {number}")
                question = MoodleQuestion(html.escape(php_trim(now), quote=False))
    return questions, errors


def moodle_import(text: str) -> tuple[list[MoodleQuestion], list[str]]:
    # Moodle's file() keeps each "\n"; readquestions then splits on "\r" as well.
    return read_aiken(text.splitlines(keepends=True))


def export(exported: list[BankEntry]) -> str:
    (content,) = get_format("aiken").render(exported, ExportOptions()).values()
    return content.decode("utf-8")


def shown(text: str) -> str:
    return " ".join(html.unescape(text).replace("\u200b", "").split())


def test_moodle_imports_every_question_with_its_answer() -> None:
    exported = entries()
    questions, errors = moodle_import(export(exported))
    assert errors == []
    assert len(questions) == len(exported)
    for entry, got in zip(exported, questions, strict=True):
        q = entry.question
        assert shown(got.questiontext) == " ".join(q.question.split())
        assert [shown(a) for a in got.answer] == [" ".join(c.split()) for c in q.shown_choices]
        assert got.fraction == [int(c == q.answer_text) for c in q.shown_choices]


def test_a_question_that_starts_like_a_choice_is_still_a_question() -> None:
    base = entries()[0]
    tricky = [
        replace(base.question, id="us", question="U.S. troops left in which year?"),
        replace(base.question, id="answer", question="ANSWER: is this a question?"),
        replace(base.question, id="paren", question="B) looks like a choice\r\nover lines"),
    ]
    questions, errors = moodle_import(export([BankEntry(base.file, q) for q in tricky]))
    assert errors == []
    assert [shown(q.questiontext) for q in questions] == [
        "U.S. troops left in which year?",
        "ANSWER: is this a question?",
        "B) looks like a choice over lines",
    ]
