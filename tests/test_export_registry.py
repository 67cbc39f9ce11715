"""The export registry: lookup, the unknown-format message, titles and picking."""

from __future__ import annotations

import pytest

from quizgen.errors import UsageError
from quizgen.export import registry
from quizgen.export.registry import ExportOptions, get_format, pick, source_note, title_for
from quizgen.model import BankEntry, BankFile, Question


def entry(path: str, title: str, qid: str) -> BankEntry:
    bank_file = BankFile(path=path, title=title)
    return BankEntry(bank_file, Question(id=qid, type="true_false", question="q?", answer=True))


def test_built_in_formats_are_registered() -> None:
    names = set(registry.formats())
    assert {"anki", "csv", "gift", "moodle"} <= names
    for name in names:
        assert get_format(name).name == name


def test_unknown_format_is_a_usage_error_listing_them_sorted() -> None:
    with pytest.raises(UsageError) as raised:
        get_format("docx")
    listed = raised.value.message.split("Try one of: ")[1].split(", ")
    assert listed == sorted(registry.formats())
    assert raised.value.exit_code == 2


def test_a_missing_format_module_leaves_the_others_working(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_loaded", False)
    monkeypatch.setattr(
        registry, "BUILTIN_MODULES", ("quizgen.export.gift", "quizgen.export.not_written_yet")
    )
    assert "gift" in registry.formats()


def test_title_is_the_option_else_the_single_files_title() -> None:
    one = [entry("bank/a.yaml", "Article A", "a1"), entry("bank/a.yaml", "Article A", "a2")]
    one[1] = BankEntry(one[0].file, one[1].question)
    assert title_for(one, ExportOptions()) == "Article A"
    assert title_for(one, ExportOptions(title="Week 3")) == "Week 3"
    assert title_for([entry("bank/b-c.yaml", "", "b")], ExportOptions()) == "b-c"
    two = [entry("bank/a.yaml", "A", "a"), entry("bank/b.yaml", "B", "b")]
    assert title_for(two, ExportOptions()) == "quizgen questions"


def test_pick_keeps_bank_order_and_is_reproducible() -> None:
    entries = [entry("bank/a.yaml", "A", f"q{i}") for i in range(20)]
    assert pick(entries, None, 1) == entries
    assert pick(entries, 3, None) == entries[:3]
    chosen = pick(entries, 5, 42)
    assert chosen == pick(entries, 5, 42)
    assert [entries.index(e) for e in chosen] == sorted(entries.index(e) for e in chosen)
    assert len(chosen) == 5


def test_evidence_that_is_a_quotation_gets_no_second_pair_of_marks() -> None:
    said = Question(
        id="q", type="true_false", question="?", answer=True,
        evidence="“The positive call was a start,” the White House said.",
    )  # fmt: skip
    plain = Question(id="p", type="true_false", question="?", answer=True, evidence="It rained.")
    assert said.quoted_evidence == "“The positive call was a start,” the White House said."
    assert plain.quoted_evidence == "“It rained.”"
    note = source_note(BankEntry(BankFile(path="b.yaml", title="T"), said))
    assert "““" not in note and "Source: “The positive call" in note
