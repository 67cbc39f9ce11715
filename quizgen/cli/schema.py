"""`quizgen schema`: print the JSON Schema of a bank file for YAML-aware editors."""

from __future__ import annotations

import argparse
import json

from quizgen.bank.schema import bank_schema
from quizgen.cli.options import add_command


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "schema",
        "print the JSON Schema of a bank file (for editors with YAML language support)",
        "quizgen schema > bank.schema.json",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(bank_schema(), indent=2, ensure_ascii=False))
    return 0
