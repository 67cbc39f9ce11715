"""Worksheet logic: versions, reproducible shuffles, numbering, points and answer keys."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.errors import ExportError, UsageError
from quizgen.export.html import render_worksheets
from quizgen.export.worksheet import build_worksheets, file_stem, version_letter
from quizgen.model import BankEntry

BANK = Path(__file__).parent / "data" / "worksheets" / "bank.yaml"


@pytest.fixture
def entries() -> list[BankEntry]:
    bank, problems = load_bank([str(BANK)])
    assert not problems
    return bank.entries()


def order(sheet) -> list[str]:
    return [q.id for q in sheet.questions]


def test_version_letters_run_a_to_z_then_aa() -> None:
    assert [version_letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
    ]


def test_same_seed_gives_the_same_versions(entries) -> None:
    first = build_worksheets(entries, versions=3, seed=11)
    second = build_worksheets(entries, versions=3, seed=11)
    assert first == second
    assert [s.version for s in first] == ["A", "B", "C"]


def test_versions_shuffle_question_and_choice_order(entries) -> None:
    a, b = build_worksheets(entries, versions=2, seed=11)
    assert order(a) != order(b)
    assert sorted(order(a)) == sorted(order(b))
    choices_a = {q.id: [c.text for c in q.choices] for q in a.questions}
    choices_b = {q.id: [c.text for c in q.choices] for q in b.questions}
    assert choices_a != choices_b
    assert all(sorted(choices_a[i]) == sorted(choices_b[i]) for i in choices_a)


def test_another_seed_gives_other_versions(entries) -> None:
    assert order(build_worksheets(entries, seed=1)[0]) != order(
        build_worksheets(entries, seed=2)[0]
    )


def test_a_version_does_not_depend_on_how_many_versions_are_made(entries) -> None:
    two = build_worksheets(entries, versions=2, seed=5)
    four = build_worksheets(entries, versions=4, seed=5)
    assert two == four[:2]


def test_no_seed_is_reproducible_and_leaves_global_random_alone(entries) -> None:
    random.seed(123)
    state = random.getstate()
    first = build_worksheets(entries, versions=2)
    assert random.getstate() == state
    random.seed(999)
    assert build_worksheets(entries, versions=2) == first


def test_questions_are_numbered_and_keys_follow_each_version(entries) -> None:
    for sheet in build_worksheets(entries, versions=3, seed=4, points=2):
        assert [q.number for q in sheet.questions] == list(range(1, 11))
        assert sheet.total_points == 20
        by_id = {e.question.id: e.question for e in entries}
        for q, row in zip(sheet.questions, sheet.key, strict=True):
            assert row.number == q.number and row.points == 2
            assert row.text == by_id[q.id].answer_text
            chosen = [c for c in q.choices if c.letter == row.letter]
            assert len(chosen) == 1 and chosen[0].text == row.text


def test_choices_are_lettered_in_printed_order(entries) -> None:
    sheet = build_worksheets(entries, seed=8)[0]
    flynn = next(q for q in sheet.questions if q.id == "flynn-role")
    assert [c.letter for c in flynn.choices] == ["A", "B", "C", "D", "E"]
    assert sum(c.correct for c in flynn.choices) == 1


def test_true_false_keeps_true_then_false(entries) -> None:
    for sheet in build_worksheets(entries, versions=3, seed=2):
        for q in sheet.questions:
            if q.type == "true_false":
                assert [(c.letter, c.text) for c in q.choices] == [("T", "True"), ("F", "False")]
                assert q.layout == "inline"


def test_layout_puts_short_choices_in_two_columns(entries) -> None:
    sheet = build_worksheets(entries)[0]
    layouts = {q.id: q.layout for q in sheet.questions}
    assert layouts["crimea-year"] == "columns"
    assert layouts["sanctions-codify"] == "stacked"


def test_retired_questions_never_appear(entries) -> None:
    assert any(e.question.status == "retired" for e in entries)
    for sheet in build_worksheets(entries, versions=2):
        assert "retired-question" not in order(sheet)
        assert len(sheet.questions) == 10


def test_title_defaults_to_worksheet(entries) -> None:
    assert build_worksheets(entries)[0].title == "Worksheet"
    assert build_worksheets(entries, title="  Week 3  ")[0].title == "Week 3"


@pytest.mark.parametrize(
    ("options", "error"), [({"versions": 0}, UsageError), ({"points": 0}, UsageError)]
)
def test_bad_numbers_are_usage_errors(entries, options, error) -> None:
    with pytest.raises(error, match="at least 1"):
        build_worksheets(entries, **options)


def test_nothing_to_print_is_an_export_error(entries) -> None:
    retired = [e for e in entries if e.question.status == "retired"]
    with pytest.raises(ExportError, match="no questions"):
        build_worksheets(retired)


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Trump and Putin's first call", "trump-and-putin-s-first-call"),
        ("<script>", "script"),
        ("***", "worksheet"),
        ("A" * 60, "a" * 40),
    ],
)
def test_file_stem_is_a_safe_name(title: str, stem: str) -> None:
    assert file_stem(title) == stem


def test_the_page_source_carries_no_bank_id_that_hints_at_an_answer(entries) -> None:  # type: ignore[no-untyped-def]
    sheets = build_worksheets(entries, title="Quiz", versions=1, seed=1)
    pages = render_worksheets(sheets, paper="a4", key="end")
    html = "".join(c.decode("utf-8") for name, c in pages.items() if name.endswith(".html"))
    assert not any(f'data-id="{e.question.id}"' in html for e in entries)
    assert f'data-id="{sheets[0].questions[0].trace_id}"' in html
