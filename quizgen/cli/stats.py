"""`quizgen stats`: show a learner's progress."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime

from rich.console import Console

from quizgen.bank import load_bank
from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_progress_arguments,
    empty_progress_store,
    existing_progress_store,
    learner_name,
)
from quizgen.cli.stats_view import print_stats, print_weak_tags
from quizgen.errors import QuizgenError, UsageError
from quizgen.learn.stats import DEFAULT_DAYS, WEAK_TAGS, Stats, compute_stats, weakest_tags
from quizgen.learn.training import utc_now
from quizgen.model import BankEntry, select

#: The clock of `run` (tests replace it to pin the figures).
now: Callable[[], datetime] = utc_now


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "stats",
        "show a learner's progress: answered, accuracy, mastered, due; by tag and over time",
        "quizgen stats --learner ana --json\n  quizgen stats --learner ana --weak",
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
    parser.add_argument(
        "--weak",
        action="store_true",
        help=f"only the {WEAK_TAGS} tags the learner misses most (`quizgen quiz --weak` "
        "quizzes them)",
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
    with existing_progress_store(args) or empty_progress_store(args) as store:
        stats = compute_stats(store, learner, entries, now(), days=args.days)
        known = store.learners()
        if learner not in known:
            # A new learner and a misspelt one look alike: name the ones there are.
            others = ", ".join(known) or "none yet"
            print(
                f"quizgen: no progress for learner '{learner}' in {store.path}; "
                f"learners with progress there: {others}",
                file=sys.stderr,
            )
    if args.weak:
        return print_weak(stats, learner, as_json=args.json, has_bank=entries is not None)
    if args.json:
        print(json.dumps(stats.to_dict(), indent=2))
        return 0
    plain = not sys.stdout.isatty()
    print_stats(stats, Console(), plain=plain)
    return 0


def print_weak(stats: Stats, learner: str, *, as_json: bool, has_bank: bool) -> int:
    """`stats --weak`: the weakest tags, and the command that quizzes them."""
    if not has_bank:
        raise QuizgenError("--weak needs the bank, for the questions' tags")
    weak = weakest_tags(stats.tags)
    if as_json:
        print(json.dumps({"learner": learner, "weak": [asdict(t) for t in weak]}, indent=2))
        return 0
    plain = not sys.stdout.isatty()
    print_weak_tags(weak, learner, Console(), plain=plain)
    return 0
