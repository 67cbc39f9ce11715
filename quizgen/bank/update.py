"""Write generated bank files into a bank folder, merging with what is already there.

First version: writes each generated file as is. The merge that keeps every human edit
lives in `merge.py` and replaces this body.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizgen.bank.write import write_bank_file
from quizgen.model import BankFile


@dataclass
class MergeReport:
    """What a run did (or, with `dry_run`, would do) to one bank file."""

    path: str
    #: Generated questions added.
    new: int = 0
    #: Untouched generated questions replaced by what the generator now makes.
    updated: int = 0
    #: Untouched generated questions that came out the same.
    unchanged: int = 0
    #: Questions a person edited, approved, retired or added: kept byte for byte.
    kept: int = 0
    #: Untouched generated questions whose fact is no longer found.
    removed: int = 0
    #: Why the file was left alone (e.g. it fails validation); "" when it was merged.
    skipped: str = ""
    dry_run: bool = False


def update_bank(
    out_dir: Path, generated: list[BankFile], *, dry_run: bool = False
) -> list[MergeReport]:
    """Merge each generated BankFile into `out_dir`/<its file name>, under a lock,
    writing atomically; one report per file."""
    reports = []
    for bank_file in generated:
        target = Path(out_dir) / Path(bank_file.path).name
        report = MergeReport(str(target), new=len(bank_file.questions), dry_run=dry_run)
        if not dry_run:
            write_bank_file(target, bank_file)
        reports.append(report)
    return reports


__all__ = ["MergeReport", "update_bank"]
