"""The command line: parse options, call the library, turn errors into messages + exit codes.

Each command lives in its own module here with `register(subparsers)` and `run(args)`;
this module only wires them together and is the one place that catches `QuizgenError`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from quizgen import __version__
from quizgen.cli import (
    check,
    export,
    generate,
    list_cmd,
    quiz,
    review,
    schema,
    stats,
    store,
    train,
)
from quizgen.errors import QuizgenError, print_error

COMMANDS = (generate, check, schema, list_cmd, quiz, train, stats, store, review, export)


def build_parser() -> argparse.ArgumentParser:
    """The `quizgen` parser with one subcommand per module in COMMANDS."""
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn news articles into quiz questions, and teach with them.",
        epilog="Run `quizgen COMMAND --help` for a command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run quizgen with `argv` (default: the process arguments); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except QuizgenError as error:
        print_error(error)
        return error.exit_code
    except KeyboardInterrupt:
        print("quizgen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `quizgen list | head`: the reader left; nothing to report.
        sys.stderr.close()
        return 0
