"""`quizgen review`: step through draft questions: approve, retire or edit each."""

from __future__ import annotations

import argparse
import sys

from quizgen.cli.options import (
    NothingSelected,
    add_bank_argument,
    add_command,
    add_data_argument,
    add_filter_arguments,
    existing_progress_store,
    load_valid_bank,
    progress_path,
    require_terminal,
    selected_entries,
    statuses,
)
from quizgen.errors import print_error
from quizgen.learn.flags import Flag, flags
from quizgen.model import DEFAULT_STATUSES

#: What `review` steps through unless `--status` says otherwise.
REVIEW_STATUSES = ("draft",)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "review",
        "step through draft questions: approve, retire or edit each; every decision is "
        "saved to the bank at once, touching only that question",
        "quizgen review question_bank --tag sanctions\n  quizgen review --flagged",
    )
    add_bank_argument(parser)
    add_filter_arguments(parser, default_statuses=REVIEW_STATUSES)
    parser.add_argument(
        "--flagged",
        action="store_true",
        help="the questions learners flagged as wrong or unclear, with their reasons "
        "(draft and approved unless --status says otherwise)",
    )
    add_data_argument(parser)
    parser.set_defaults(run=run)


def flagged(args: argparse.Namespace, among: set[str]) -> list[Flag]:
    """The flags on the questions `among`; none is nothing to review (NothingSelected). A
    damaged store raises its own error (ProgressError), which is no finished review."""
    store = existing_progress_store(args)
    if store is None:
        raise NothingSelected(
            f"no question is flagged (no progress file {progress_path(args)} yet)"
        )
    with store:
        found = flags(store, among)
    if not found:
        raise NothingSelected(f"no question is flagged in {store.path}: nothing to review")
    return found


def run(args: argparse.Namespace) -> int:
    # Imported here so `quizgen check` and friends do not pay for loading Textual.
    from quizgen.tui.apps.review import build_review_app

    bank = load_valid_bank(args.banks)
    if args.flagged and not args.status:
        # Flags are about questions learners met: drafts and approved ones.
        args.default_statuses = DEFAULT_STATUSES
    flags = None
    try:
        chosen = selected_entries(bank, args, "review")
        if args.flagged:
            flags = flagged(args, {e.question.id for e in chosen})
    except NothingSelected as error:
        # Nothing to review is a finished review, not a problem with the input: exit 0.
        print_error(error)
        return 0
    require_terminal("the reviewer")
    app = build_review_app(bank, statuses=statuses(args), tags=args.tag, flags=flags)
    app.run()
    session = app.session
    print(
        f"{session.reviewed} question(s) reviewed, {session.left} left "
        f"({', '.join(statuses(args))})",
        file=sys.stderr,
    )
    return 0
