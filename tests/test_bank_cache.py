"""The bank cache gives the same result as a fresh parse and never serves stale content."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.bank import load_bank

BANK = (
    "title: t\nquestions:\n"
    "  - id: q1\n    type: true_false\n    question: Is it?\n    answer: true\n"
)


def test_cached_load_equals_fresh_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    first = load_bank(["tests/data/bank/valid", "tests/data/bank/invalid"])
    assert list((tmp_path / "cache").glob("*.pickle"))
    second = load_bank(["tests/data/bank/valid", "tests/data/bank/invalid"])
    monkeypatch.setenv("QUIZGEN_CACHE", "off")
    fresh = load_bank(["tests/data/bank/valid", "tests/data/bank/invalid"])
    assert first == second == fresh
    assert [q.line for q in second[0].questions] == [q.line for q in fresh[0].questions]


def test_an_edit_is_never_served_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "cache"))
    bank_file = tmp_path / "bank.yaml"
    bank_file.write_text(BANK, encoding="utf-8")
    assert load_bank([bank_file])[0].questions[0].answer is True
    bank_file.write_text(BANK.replace("answer: true", "answer: false"), encoding="utf-8")
    assert load_bank([bank_file])[0].questions[0].answer is False
    bank_file.write_text(BANK.replace("answer: true", "answer: maybe"), encoding="utf-8")
    bank, problems = load_bank([bank_file])
    assert bank.questions == []
    assert [p.line for p in problems] == [6]


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("QUIZGEN_CACHE", str(cache))
    bank_file = tmp_path / "bank.yaml"
    bank_file.write_text(BANK, encoding="utf-8")
    load_bank([bank_file])
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert load_bank([bank_file])[0].questions[0].id == "q1"
