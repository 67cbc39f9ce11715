"""`quizgen review`: step through draft questions: approve, retire or edit each."""

from __future__ import annotations

import argparse
import sys

from quizgen.cli.options import add_bank_argument, add_command, load_valid_bank
from quizgen.learn.session import empty_reason
from quizgen.model import STATUSES, select

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
    parser.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        default=[],
        help="review questions with this status (repeatable; default: draft)",
    )
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only questions with this tag (repeat for several; t changes it in the app)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.screens.review_app import build_review_app

    bank = load_valid_bank(args.banks)
    statuses = tuple(args.status) or REVIEW_STATUSES
    everything = bank.entries()
    if not select(everything, tags=args.tag, statuses=statuses):
        # Nothing to review is a finished review, not a problem with the input: exit 0.
        reason = empty_reason(everything, tags=args.tag, statuses=statuses)
        print(f"quizgen: nothing to review: {reason}", file=sys.stderr)
        return 0
    app = build_review_app(bank, statuses=statuses, tags=args.tag)
    app.run()
    session = app.session
    print(
        f"{session.reviewed} question(s) reviewed, {session.left} left ({', '.join(statuses)})",
        file=sys.stderr,
    )
    return 0
