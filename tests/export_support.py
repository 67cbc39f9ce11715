"""The export tests' fixture bank (tests/data/export): plain questions and every character
the export targets treat specially."""

from __future__ import annotations

from pathlib import Path

from quizgen.bank import load_bank
from quizgen.model import BankEntry, select

DATA = Path(__file__).parent / "data" / "export"


def entries() -> list[BankEntry]:
    """The fixture bank's exportable questions, in bank order."""
    bank, problems = load_bank([DATA])
    assert not [p for p in problems if p.severity == "error"]
    return select(bank.entries())
