"""Properties of every worksheet version, for any bank, seed and number of versions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.export.worksheet import build_worksheets
from quizgen.model import BankEntry, BankFile, Question

texts = st.text(min_size=1, max_size=30)


@st.composite
def questions(draw, n: int) -> Question:
    if draw(st.booleans()):
        return Question(f"q{n}", "true_false", draw(texts), draw(st.booleans()))
    choices = draw(st.lists(texts, min_size=2, max_size=6, unique=True))
    return Question(
        f"q{n}", "multiple_choice", draw(texts), draw(st.sampled_from(choices)), choices
    )


@st.composite
def banks(draw) -> list[BankEntry]:
    count = draw(st.integers(min_value=1, max_value=15))
    bank_file = BankFile("bank.yaml", "Bank", None, [draw(questions(n)) for n in range(count)])
    return [BankEntry(bank_file, q) for q in bank_file.questions]


@settings(max_examples=60, deadline=None)
@given(
    entries=banks(),
    versions=st.integers(min_value=1, max_value=5),
    seed=st.none() | st.integers(),
)
def test_every_version_is_a_permutation_with_a_right_key(entries, versions, seed) -> None:
    by_id = {e.question.id: e.question for e in entries}
    sheets = build_worksheets(entries, versions=versions, seed=seed, points=2)
    assert len(sheets) == versions
    for sheet in sheets:
        assert sorted(q.id for q in sheet.questions) == sorted(by_id)
        assert [q.number for q in sheet.questions] == list(range(1, len(entries) + 1))
        assert sheet.total_points == 2 * len(entries)
        for q, row in zip(sheet.questions, sheet.key, strict=True):
            original = by_id[q.id]
            assert q.text == original.question
            if original.type == "multiple_choice":
                assert sorted(c.text for c in q.choices) == sorted(original.choices)
            assert [c.letter for c in q.choices if c.correct] == [row.letter]
            assert row.text == original.answer_text
    assert build_worksheets(entries, versions=versions, seed=seed, points=2) == sheets
