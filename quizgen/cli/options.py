"""Options and helpers that several commands share."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from quizgen.bank import load_bank
from quizgen.bank.load import bank_paths
from quizgen.errors import QuizgenError, UsageError
from quizgen.learn.session import empty_reason
from quizgen.model import (
    DEFAULT_STATUSES,
    QUESTION_TYPES,
    STATUSES,
    Bank,
    BankEntry,
    Problem,
    select,
)

DEFAULT_BANK = "question_bank"
#: Above this many bank files, reading the bank shows a progress bar on a terminal.
BANK_PROGRESS_MIN = 5


def add_command(
    subparsers: argparse._SubParsersAction,
    name: str,
    summary: str,
    example: str,
    example_label: str = "example",
) -> argparse.ArgumentParser:
    """A subcommand whose help ends with an example (or a labelled list of them)."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"{example_label}:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_bank_argument(parser: argparse.ArgumentParser, help: str = "bank folders or files") -> None:
    """The positional `BANK...` (default: the `question_bank/` folder)."""
    parser.add_argument(
        "banks",
        nargs="*",
        metavar="BANK",
        default=[DEFAULT_BANK],
        help=f"{help} (default: {DEFAULT_BANK}/)",
    )


def add_filter_arguments(
    parser: argparse.ArgumentParser,
    *,
    types: bool = False,
    default_statuses: Sequence[str] = DEFAULT_STATUSES,
    status_choices: Sequence[str] = STATUSES,
) -> None:
    """`--tag` and `--status` (both repeatable), and `--type` when `types`; read the
    statuses back with `statuses(args)`, which falls back to `default_statuses`."""
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
        choices=status_choices,
        default=[],
        help="only questions with this status (repeatable; default: "
        f"{', '.join(default_statuses)})",
    )
    parser.set_defaults(default_statuses=tuple(default_statuses))
    if types:
        parser.add_argument(
            "--type", action="append", choices=QUESTION_TYPES, default=[], help="only this type"
        )


def statuses(args: argparse.Namespace) -> tuple[str, ...]:
    """The `--status` values, else the command's default (see `add_filter_arguments`)."""
    return tuple(args.status) or args.default_statuses


class NothingSelected(QuizgenError):
    """No question matches what was asked for: for a reviewer, a finished review."""


def selected_entries(bank: Bank, args: argparse.Namespace, purpose: str) -> list[BankEntry]:
    """The bank's entries that pass `--tag` and `--status`; none is an input problem
    that says why ("no question with tag X"), so that every command words it alike."""
    everything = bank.entries()
    chosen = select(everything, tags=args.tag, statuses=statuses(args))
    if not chosen:
        reason = empty_reason(everything, tags=args.tag, statuses=statuses(args))
        raise NothingSelected(f"no questions match the filters, nothing to {purpose}: {reason}")
    return chosen


def has_terminal() -> bool:
    """Whether standard input and output are both a terminal."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def require_terminal(what: str) -> None:
    """UsageError unless quizgen runs in a terminal: a terminal UI started without one
    cannot read a key and would wait for ever."""
    if not has_terminal():
        raise UsageError(
            f"{what} needs a terminal: run it in one, with neither its input nor its "
            "output redirected"
        )


def positive_int(text: str) -> int:
    """argparse `type=`: a whole number of at least 1 (`--count`, `--versions`, `--jobs`...)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def iso_date(text: str) -> str:
    """argparse `type=`: a calendar date written YYYY-MM-DD (`--date`, `--since`)."""
    from quizgen.bank.rules import is_iso_date

    if not is_iso_date(text):
        raise argparse.ArgumentTypeError(f"expected a date written YYYY-MM-DD, got {text!r}")
    return text


def print_problems(problems: list[Problem]) -> None:
    """Every problem as `FILE:LINE: message`, on stderr."""
    for problem in problems:
        print(problem, file=sys.stderr)


@contextmanager
def progress_bar(total: int, description: str, *, minimum: int) -> Iterator[Callable[[], None]]:
    """A function to call once per item done: a Rich progress bar on a terminal's stderr
    when there are more than `minimum` items (and nothing otherwise)."""
    if total <= minimum or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn())
    with Progress(
        *columns, TimeRemainingColumn(), console=Console(stderr=True), transient=True
    ) as progress:
        task = progress.add_task(description, total=total)
        yield lambda: progress.advance(task)


def load_valid_bank(paths: list[str]) -> Bank:
    """The bank, or exit 1 after printing its problems exactly as `quizgen check` does.
    A bank of many files shows a progress bar on a terminal while it is read: a big bank
    read afresh takes a second or two before a quiz can start."""
    files, _ = bank_paths(paths)
    with progress_bar(len(files), "reading the bank", minimum=BANK_PROGRESS_MIN) as advance:
        bank, problems = load_bank(paths, on_file=advance)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print_problems(errors)
        raise QuizgenError(
            f"the bank has {len(errors)} problem(s); fix them (see `quizgen check`) and retry"
        )
    return bank


def default_learner() -> str:
    """The OS user name, or "learner" where the OS cannot say (e.g. a uid with no name)."""
    try:
        return getpass.getuser() or "learner"
    except (KeyError, OSError, ImportError):
        return "learner"


def default_data_dir() -> Path:
    """`$QUIZGEN_DATA`, else the user data folder of the platform."""
    env = os.environ.get("QUIZGEN_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("quizgen", appauthor=False))


def add_progress_arguments(parser: argparse.ArgumentParser) -> None:
    """`--learner NAME` and `--data DIR`, for commands that read or write learner progress."""
    parser.add_argument(
        "--learner",
        default=None,
        metavar="NAME",
        help="whose progress (default: your user name); learners are independent",
    )
    add_data_argument(parser)


def add_data_argument(parser: argparse.ArgumentParser) -> None:
    """`--data DIR`: the folder of the progress store."""
    parser.add_argument(
        "--data",
        default=None,
        metavar="DIR",
        help="folder of the progress file (default: $QUIZGEN_DATA, else the user data folder)",
    )


def learner_name(args: argparse.Namespace) -> str:
    """The learner named on the command line, else the OS user name."""
    name = (getattr(args, "learner", None) or "").strip()
    if getattr(args, "learner", None) is not None and not name:
        raise UsageError("--learner needs a name")
    return name or default_learner()


def progress_path(args: argparse.Namespace) -> Path:
    """The progress file of `--data` (or its default)."""
    from quizgen.learn.progress import store_path

    return store_path(Path(args.data) if getattr(args, "data", None) else default_data_dir())


def open_progress_store(
    args: argparse.Namespace, *, read_only_ok: bool = False
):  # -> ProgressStore (lazy import)
    """The progress store of `--data` (or its default); raises ProgressError if unreadable.
    A store that is read-only is opened for reading when `read_only_ok`."""
    from quizgen.learn.progress import ProgressStore

    store = ProgressStore.open(progress_path(args), read_only_ok=read_only_ok)
    if store.notice:
        print(f"quizgen: {store.notice}", file=sys.stderr)
    return store


def empty_progress_store(args: argparse.Namespace):  # -> ProgressStore (lazy import)
    """An empty in-memory store named after `--data`'s progress file, which is not made."""
    from quizgen.learn.progress import ProgressStore

    return ProgressStore.empty(progress_path(args))


def existing_progress_store(args: argparse.Namespace):  # -> ProgressStore | None
    """The progress store for commands that only look (`list --flagged`, `review
    --flagged`, `quiz --weak`, `stats`), opened for reading when read-only; None when there is no
    progress file yet: looking never makes one."""
    if not progress_path(args).exists():
        return None
    return open_progress_store(args, read_only_ok=True)
