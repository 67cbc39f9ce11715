"""`quizgen stats`: show a learner's progress."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime

from rich.console import Console

from quizgen.bank import load_bank
from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_progress_arguments,
    learner_name,
    open_progress_store,
)
from quizgen.cli.stats_view import print_stats
from quizgen.errors import UsageError
from quizgen.learn.stats import DEFAULT_DAYS, compute_stats
from quizgen.learn.training import utc_now
from quizgen.model import BankEntry, select

#: The clock of `run` (tests replace it to pin the figures).
now: Callable[[], datetime] = utc_now


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "stats",
        "show a learner's progress: answered, accuracy, mastered, due; by tag and over time",
        "quizgen stats --learner ana --json",
    )
    add_bank_argument(parser, help="the bank, for new questions and tags")
    add_progress_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--days",
        type=int,
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"days of activity to show (default: {DEFAULT_DAYS})",
    )
    parser.set_defaults(run=run)


def bank_entries(paths: list[str]) -> list[BankEntry] | None:
    """The bank's trainable questions, or None (with a note on stderr) when it is unreadable:
    progress is still worth showing without it."""
    bank, problems = load_bank(paths)
    errors = [p for p in problems if p.severity == "error"]
    entries = select(bank.entries())
    if not bank.files:
        reason = str(errors[0]) if errors else "no bank files"
        print(f"quizgen: no bank ({reason}); new and per-tag figures need one", file=sys.stderr)
        return None
    if errors:
        print(
            f"quizgen: the bank has {len(errors)} problem(s) (see `quizgen check`); "
            f"figures cover its {len(entries)} readable question(s)",
            file=sys.stderr,
        )
    return entries


def run(args: argparse.Namespace) -> int:
    if args.days < 0:
        raise UsageError("--days must be 0 or more")
    learner = learner_name(args)
    entries = bank_entries(args.banks)
    with open_progress_store(args, read_only_ok=True) as store:
        stats = compute_stats(store, learner, entries, now(), days=args.days)
    if args.json:
        print(json.dumps(stats.to_dict(), indent=2))
        return 0
    plain = not sys.stdout.isatty()
    print_stats(stats, Console(), plain=plain)
    return 0
