"""`quizgen train`: train with spaced repetition; progress persists."""

from __future__ import annotations

import argparse
import sys

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    add_progress_arguments,
    learner_name,
    load_valid_bank,
    open_progress_store,
    positive_int,
    require_terminal,
    selected_entries,
)
from quizgen.errors import UsageError
from quizgen.learn.training import DEFAULT_NEW_LIMIT, TrainingSession
from quizgen.model import DEFAULT_STATUSES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "train",
        "train with spaced repetition (fsrs): due cards first, then new ones; progress persists",
        "quizgen train question_bank --learner ana --new 10 --minutes 15",
    )
    add_bank_argument(parser)
    # Retired questions never train, so --status cannot ask for them.
    add_filter_arguments(parser, status_choices=DEFAULT_STATUSES)
    add_progress_arguments(parser)
    parser.add_argument(
        "--new",
        type=int,
        default=DEFAULT_NEW_LIMIT,
        metavar="N",
        help=f"new questions per day at most (default: {DEFAULT_NEW_LIMIT})",
    )
    parser.add_argument(
        "--limit",
        type=positive_int,
        metavar="N",
        help="end the session after N answers (default: when nothing is left)",
    )
    parser.add_argument(
        "--minutes",
        type=positive_int,
        metavar="M",
        help="end the session after M minutes (once the question on screen is answered)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.apps.train import build_train_app

    if args.new < 0:
        raise UsageError("--new must be 0 or more")
    chosen = selected_entries(load_valid_bank(args.banks), args, "train on")
    require_terminal("the trainer")
    learner = learner_name(args)
    with open_progress_store(args) as store:
        session = TrainingSession(
            store,
            learner,
            chosen,
            new_limit=args.new,
            review_limit=args.limit,
            minutes=args.minutes,
        )
        error = build_train_app(session).run()
    if error is not None:
        raise error
    print(
        f"Reviewed {session.reviewed} ({session.correct} right). "
        f"Progress of {learner} is saved in {store.path}.",
        file=sys.stderr,
    )
    return 0
