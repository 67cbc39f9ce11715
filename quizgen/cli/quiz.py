"""`quizgen quiz`: take a quiz in the terminal."""

from __future__ import annotations

import argparse

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    load_valid_bank,
    statuses,
)
from quizgen.errors import QuizgenError
from quizgen.learn.session import empty_reason
from quizgen.model import select


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "quiz",
        "take a quiz in the terminal: one question at a time, feedback, score, review",
        "quizgen quiz question_bank --tag sanctions --count 10 --seed 42",
    )
    add_bank_argument(parser)
    add_filter_arguments(parser)
    parser.add_argument(
        "--count", type=positive_int, metavar="N", help="ask N questions (default: all)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="same seed, same order of questions and choices (default: shuffled each time)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.app import build_quiz_app

    bank = load_valid_bank(args.banks)
    everything = bank.entries()
    chosen = select(everything, tags=args.tag, statuses=statuses(args))
    if not chosen:
        reason = empty_reason(everything, tags=args.tag, statuses=statuses(args))
        raise QuizgenError(f"nothing to quiz on: {reason}")
    app = build_quiz_app(chosen, count=args.count, seed=args.seed)
    app.run()
    return 0
