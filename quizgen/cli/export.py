"""`quizgen export`: export the bank: html worksheets, gift, moodle, anki or csv."""

from __future__ import annotations

import argparse

from quizgen.cli.options import add_command, not_built


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "export",
        "export the bank: html worksheets, gift, moodle, anki or csv",
        "quizgen export html question_bank --versions 2",
    )
    parser.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return not_built("export")
