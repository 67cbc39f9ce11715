"""`quizgen list`: a table of the bank's questions."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.table import Table

from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    load_valid_bank,
    statuses,
)
from quizgen.model import STATUSES, Question, select

STEM_WORDS = 8
COLUMNS = ("id", "type", "status", "difficulty", "tags", "question")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "list",
        "a table of questions (id, type, status, difficulty, tags, first words)",
        "quizgen list question_bank --tag putin-call --status draft",
    )
    add_bank_argument(parser)
    # An editor's view: retired questions are listed unless --status narrows.
    add_filter_arguments(parser, types=True, default_statuses=STATUSES)
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
    rows = [row(e.question) for e in shown]
    count = f"{len(shown)} of {len(everything)} question(s)"
    if sys.stdout.isatty():
        table = Table(*COLUMNS, title=None, show_lines=False)
        for cells in rows:
            table.add_row(*cells)
        console = Console()
        console.print(table)
        console.print(count)
    else:
        print("\t".join(COLUMNS))
        for cells in rows:
            print("\t".join(cells))
        print(count)
    return 0
