"""`quizgen train`: train with spaced repetition; progress persists."""

from __future__ import annotations

import argparse

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    add_progress_arguments,
    learner_name,
    load_valid_bank,
    open_progress_store,
    statuses,
)
from quizgen.errors import QuizgenError, UsageError
from quizgen.learn.session import empty_reason
from quizgen.learn.training import DEFAULT_NEW_LIMIT, TrainingSession
from quizgen.model import select


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "train",
        "train with spaced repetition (fsrs): due cards first, then new ones; progress persists",
        "quizgen train question_bank --learner ana --new 10",
    )
    add_bank_argument(parser)
    add_filter_arguments(parser)
    add_progress_arguments(parser)
    parser.add_argument(
        "--new",
        type=int,
        default=DEFAULT_NEW_LIMIT,
        metavar="N",
        help=f"new questions per day at most (default: {DEFAULT_NEW_LIMIT})",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.screens.train_app import build_train_app

    if args.new < 0:
        raise UsageError("--new must be 0 or more")
    bank = load_valid_bank(args.banks)
    everything = bank.entries()
    # Retired questions never train (select leaves them out unless --status names them).
    chosen = [e for e in select(everything, tags=args.tag, statuses=statuses(args))
              if e.question.status != "retired"]  # fmt: skip
    if not chosen:
        reason = empty_reason(everything, tags=args.tag, statuses=statuses(args))
        raise QuizgenError(f"nothing to train on: {reason}")
    learner = learner_name(args)
    with open_progress_store(args) as store:
        session = TrainingSession(store, learner, chosen, new_limit=args.new)
        error = build_train_app(session).run()
    if error is not None:
        raise error
    return 0
