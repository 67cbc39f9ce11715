"""`quizgen train`: train with spaced repetition; progress persists."""

from __future__ import annotations

import argparse

from quizgen.cli.options import add_command, not_built


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "train",
        "train with spaced repetition; progress persists",
        "quizgen train question_bank --learner ana",
    )
    parser.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return not_built("train")
