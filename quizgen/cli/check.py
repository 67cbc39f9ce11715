"""`quizgen check`: validate bank files and print every problem with its line."""

from __future__ import annotations

import argparse
import sys

from quizgen.bank import load_bank
from quizgen.bank.load import bank_paths
from quizgen.cli.options import add_bank_argument, add_command


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "check",
        "validate bank files; print every problem as FILE:LINE: message",
        "quizgen check question_bank/",
    )
    add_bank_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    bank, problems = load_bank(args.banks)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    # Every file looked at counts, also those too broken to read as a bank file.
    files = len(bank_paths(args.banks)[0])
    unreadable = files - len(bank.files)
    broken = f" ({unreadable} unreadable)" if unreadable else ""
    summary = (
        f"{files} file(s){broken}, {len(bank.questions)} valid question(s): "
        f"{errors} error(s), {warnings} warning(s)"
    )
    print(summary, file=sys.stderr)
    return 1 if errors else 0
