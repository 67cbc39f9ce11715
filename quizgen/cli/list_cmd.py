"""`quizgen list`: a table of the bank's questions."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.table import Table

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_data_argument,
    add_filter_arguments,
    existing_progress_store,
    load_valid_bank,
    statuses,
)
from quizgen.learn.flags import flag_counts
from quizgen.model import STATUSES, Question, select

STEM_WORDS = 8
COLUMNS = ("id", "type", "status", "difficulty", "tags", "question")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "list",
        "a table of questions (id, type, status, difficulty, tags, first words)",
        "quizgen list question_bank --tag putin-call --status draft\n  quizgen list --flagged",
    )
    add_bank_argument(parser)
    # An editor's view: retired questions are listed unless --status narrows.
    add_filter_arguments(parser, types=True, default_statuses=STATUSES)
    parser.add_argument(
        "--flagged",
        action="store_true",
        help="only questions learners flagged as wrong or unclear, with their number of flags",
    )
    add_data_argument(parser)
    parser.set_defaults(run=run)


def first_words(text: str, count: int = STEM_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def row(question: Question) -> tuple[str, ...]:
    return (
        question.id,
        question.type,
        question.status,
        question.difficulty or "",
        ", ".join(question.tags),
        first_words(question.question),
    )


def run(args: argparse.Namespace) -> int:
    bank = load_valid_bank(args.banks)
    everything = bank.entries()
    shown = select(everything, tags=args.tag, statuses=statuses(args), types=args.type)
    columns: tuple[str, ...] = COLUMNS
    rows = [row(e.question) for e in shown]
    if args.flagged:
        counts: dict[str, int] = {}
        store = existing_progress_store(args)
        if store is not None:
            with store:
                counts = flag_counts(store)
        shown = [e for e in shown if e.question.id in counts]
        columns += ("flags",)
        rows = [(*row(e.question), str(counts[e.question.id])) for e in shown]
    count = f"{len(shown)} of {len(everything)} question(s)"
    if sys.stdout.isatty():
        table = Table(*columns, title=None, show_lines=False)
        for cells in rows:
            table.add_row(*cells)
        console = Console()
        console.print(table)
        console.print(count)
    else:
        print("\t".join(columns))
        for cells in rows:
            print("\t".join(cells))
        print(count)
    return 0
