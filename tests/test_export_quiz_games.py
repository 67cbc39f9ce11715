"""Kahoot and Quizizz templates, read back with openpyxl as their importers read them."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from export_support import entries
from openpyxl import load_workbook

from quizgen.cli import main
from quizgen.errors import UsageError
from quizgen.export import ExportOptions, get_format
from quizgen.export.kahoot import ANSWER_LIMIT, QUESTION_LIMIT
from quizgen.model import BankEntry


def rows(name: str, exported: list[BankEntry], **options) -> list[list]:
    (content,) = get_format(name).render(exported, ExportOptions(**options)).values()
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in line] for line in sheet.iter_rows()]


def one_line(text: str) -> str:
    return " ".join(text.split())


def kahoot_questions(exported: list[BankEntry], **options) -> list[list]:
    table = rows("kahoot", exported, **options)
    # Kahoot's template: notes on rows 1-7, the header on row 8, questions from row 9.
    assert table[7][1] == f"Question - max {QUESTION_LIMIT} characters"
    return table[8:]


def test_kahoot_rows_have_question_answers_time_and_right_number() -> None:
    notes = get_format("kahoot").notes(entries(), ExportOptions(seed=4))
    # The three-line question of the fixture is longer than Kahoot takes.
    assert notes == [
        "kahoot: special-markup-and-newlines: left out: the question has 145 characters, "
        "Kahoot takes 120"
    ]
    exported = [e for e in entries() if e.question.id != "special-markup-and-newlines"]
    table = kahoot_questions(entries(), time_limit=20, seed=4)
    assert [r[0] for r in table] == list(range(1, len(exported) + 1))
    for entry, (_, question, *answers, seconds, right) in zip(exported, table, strict=True):
        q = entry.question
        shown = [a for a in answers if a is not None]
        assert question == one_line(q.question)
        assert sorted(shown) == sorted(one_line(c) for c in q.shown_choices)
        assert shown[right - 1] == one_line(q.answer_text)
        assert seconds == 20
        if q.type == "true_false":
            assert shown == ["True", "False"]


def test_kahoot_answers_are_shuffled_reproducibly() -> None:
    multiple = [e for e in entries() if e.question.type == "multiple_choice"]
    first = kahoot_questions(multiple, seed=1)
    assert first == kahoot_questions(multiple, seed=1)
    orders = {tuple(r[2:6]) for seed in range(8) for r in kahoot_questions(multiple[:1], seed=seed)}
    assert len(orders) > 1


def test_kahoot_limits_leave_out_or_shorten_and_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    base = entries()[0].question
    file = entries()[0].file
    long_question = replace(base, id="long-question", question="Why " * 40 + "?")
    long_answer = replace(
        base,
        id="long-answer",
        type="multiple_choice",
        choices=["a" * 80, "b", "c"],
        answer="a" * 80,
    )
    six = replace(
        base,
        id="six-choices",
        type="multiple_choice",
        choices=["right", "w1", "w2", "w3", "w4", "x" * 90],
        answer="right",
    )
    fitted = [BankEntry(file, q) for q in (long_question, long_answer, six)]
    table = kahoot_questions(fitted, seed=0)
    assert len(table) == 1
    kept = [a for a in table[0][2:6] if a]
    assert "right" in kept and len(kept) == 4 and all(len(a) <= ANSWER_LIMIT for a in kept)
    notes = get_format("kahoot").notes(fitted, ExportOptions(seed=0))
    assert notes == [
        "kahoot: long-question: left out: the question has 161 characters, Kahoot takes 120",
        "kahoot: long-answer: left out: the right answer has 80 characters, Kahoot takes 75",
        "kahoot: six-choices: 4 of its 6 answers kept",
    ]


def test_a_time_limit_kahoot_does_not_offer_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="5, 10, 20, 30, 60, 90, 120, 240"):
        rows("kahoot", entries(), time_limit=45)


def test_quizizz_rows_follow_its_template() -> None:
    exported = entries()
    header, guidance, *table = rows("quizizz", exported, time_limit=45, seed=2)
    assert header[:3] == ["Question Text", "Question Type", "Option 1"]
    assert header[7:] == ["Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]
    assert guidance[0] == "Text of the question (required)"
    assert len(table) == len(exported)
    for entry, line in zip(exported, table, strict=True):
        q = entry.question
        options = [o for o in line[2:7] if o is not None]
        assert line[0] == one_line(q.question) and line[1] == "Multiple Choice"
        assert sorted(options) == sorted(one_line(c) for c in q.shown_choices)
        assert options[line[7] - 1] == one_line(q.answer_text)
        assert line[8] == 45
        assert line[10] == (one_line(q.explanation) or None)


def test_cli_prints_what_kahoot_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text(
        "title: Long\nquestions:\n"
        "  - id: long-one\n    type: true_false\n"
        f"    question: {'A very long statement ' * 8}\n    answer: true\n",
        encoding="utf-8",
    )
    out = tmp_path / "k.xlsx"
    assert main(["export", "kahoot", str(bank), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: kahoot: long-one: left out: the question has" in err
    assert out.exists()
