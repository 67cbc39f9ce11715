"""`quizgen review`: step through draft questions: approve, retire or edit each."""

from __future__ import annotations

import argparse
import sys

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    load_valid_bank,
    require_terminal,
    selected_entries,
    statuses,
)
from quizgen.errors import QuizgenError, print_error

#: What `review` steps through unless `--status` says otherwise.
REVIEW_STATUSES = ("draft",)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "review",
        "step through draft questions: approve, retire or edit each; every decision is "
        "saved to the bank at once, touching only that question",
        "quizgen review question_bank --tag sanctions",
    )
    add_bank_argument(parser)
    add_filter_arguments(parser, default_statuses=REVIEW_STATUSES)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.apps.review import build_review_app

    bank = load_valid_bank(args.banks)
    try:
        selected_entries(bank, args, "review")
    except QuizgenError as error:
        # Nothing to review is a finished review, not a problem with the input: exit 0.
        print_error(error)
        return 0
    require_terminal("the reviewer")
    app = build_review_app(bank, statuses=statuses(args), tags=args.tag)
    app.run()
    session = app.session
    print(
        f"{session.reviewed} question(s) reviewed, {session.left} left "
        f"({', '.join(statuses(args))})",
        file=sys.stderr,
    )
    return 0
