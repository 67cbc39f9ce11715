"""The one slow merge test: the real generator over the seeds, edited by hand, run again."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_merge import errors_in, ids_in
from test_merge_property import KINDS, apply_edits, check_expectations

from quizgen.bank.load import load_bank
from quizgen.cli import main


def test_real_generate_keeps_every_kind_of_edit(tmp_path: Path) -> None:
    pytest.importorskip("quizgen.generate.pipeline")
    assert main(["generate", "seeds", "--out", str(tmp_path)]) == 0
    bank, _ = load_bank([tmp_path])
    edits = []
    kinds = iter(KINDS)  # each kind of edit once, spread over the files
    for bank_file in bank.files:
        name = Path(bank_file.path).name
        for question, kind in zip(bank_file.questions, kinds, strict=False):
            edits.append((name, question.id, kind, "fixed by hand"))
        edits.append((name, f"hand-{name[:3]}", "add", "A teacher's own question"))
    assert {kind for _, _, kind, _ in edits} == {*KINDS, "add"}
    expected = apply_edits(tmp_path, edits)
    assert errors_in(tmp_path) == []

    assert main(["generate", "seeds", "--out", str(tmp_path)]) == 0
    check_expectations(tmp_path, expected)
    assert {f"hand-{p.name[:3]}" for p in tmp_path.glob("*.yaml")} <= set(ids_in(tmp_path))
