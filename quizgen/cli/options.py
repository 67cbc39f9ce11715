"""Options and helpers that several commands share."""

from __future__ import annotations

import argparse
import sys

from quizgen.bank import load_bank
from quizgen.errors import QuizgenError
from quizgen.model import DEFAULT_STATUSES, QUESTION_TYPES, STATUSES, Bank, Problem

DEFAULT_BANK = "question_bank"


def add_command(
    subparsers: argparse._SubParsersAction, name: str, summary: str, example: str
) -> argparse.ArgumentParser:
    """A subcommand whose help ends with an example."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_bank_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "banks",
        nargs="*",
        metavar="BANK",
        default=[DEFAULT_BANK],
        help=f"bank folders or files (default: {DEFAULT_BANK}/)",
    )


def add_filter_arguments(parser: argparse.ArgumentParser, *, types: bool = False) -> None:
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only questions with this tag (repeat for several)",
    )
    parser.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        default=[],
        help="only questions with this status (repeatable; default: draft and approved)",
    )
    if types:
        parser.add_argument(
            "--type", action="append", choices=QUESTION_TYPES, default=[], help="only this type"
        )


def statuses(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(args.status) or DEFAULT_STATUSES


def print_problems(problems: list[Problem]) -> None:
    """Every problem as `FILE:LINE: message`, on stderr."""
    for problem in problems:
        print(problem, file=sys.stderr)


def load_valid_bank(paths: list[str]) -> Bank:
    """The bank, or exit 1 after printing its problems exactly as `quizgen check` does."""
    bank, problems = load_bank(paths)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print_problems(errors)
        raise QuizgenError(
            f"the bank has {len(errors)} problem(s); fix them (see `quizgen check`) and retry"
        )
    return bank


class NotBuiltYet(QuizgenError):
    """A SPEC command whose issue is still open."""

    exit_code = 2


def not_built(name: str) -> int:
    raise NotBuiltYet(f"`quizgen {name}` is not built yet; see the open issues")
