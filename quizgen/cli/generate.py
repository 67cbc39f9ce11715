"""`quizgen generate`: read articles and write one bank file of questions per article."""

from __future__ import annotations

import argparse

from quizgen.cli.options import add_command, not_built


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "generate",
        "read articles and write one bank file of questions per article",
        "quizgen generate seeds/ --out question_bank",
    )
    parser.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return not_built("generate")
