"""`quizgen export`: the bank as worksheets, for an LMS, a quiz game, flash cards, a
spreadsheet or a self-marking web page.

Thin: parse options, select the questions, ask the format (quizgen.export) to render,
then write every file atomically — refusing to replace a file quizgen did not write
unless `--force`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from quizgen.bank.atomic import atomic_write_bytes
from quizgen.cli.options import (
    add_bank_argument,
    add_command,
    add_filter_arguments,
    load_valid_bank,
    positive_int,
    selected_entries,
)
from quizgen.errors import ExportError, UsageError
from quizgen.export.labels import LABELS
from quizgen.export.registry import ExportOptions, Format, get_format, pick

DEFAULT_FOLDER = "exports"
#: Every format with what it is for and an example, for `--help` (the format modules are
#: not imported to print help: some pull in heavy libraries).
FORMAT_EXAMPLES = {
    "html": ("printable worksheets and answer keys", "quizgen export html --versions 2 --seed 7"),
    "gift": ("Moodle (GIFT text)", "quizgen export gift --out exports/week1.gift"),
    "moodle": ("Moodle XML", "quizgen export moodle --tag putin-call"),
    "qti": ("Canvas, Blackboard, Brightspace, Schoology", 'quizgen export qti --title "Week 1"'),
    "qti21": (
        "LMSs that take QTI 2.1 (Blackboard Ultra...)",
        "quizgen export qti21 --tag duration",
    ),
    "aiken": ("Moodle and other LMSs (Aiken text)", "quizgen export aiken --status approved"),
    "kahoot": ("Kahoot spreadsheet", "quizgen export kahoot --time-limit 20"),
    "quizizz": ("Quizizz / Wayground spreadsheet", "quizgen export quizizz --seed 3"),
    "anki": ("Anki deck (.apkg)", "quizgen export anki --seed 2"),
    "quizlet": ("Quizlet flashcards", "quizgen export quizlet --out cards.txt"),
    "csv": ("spreadsheets (CSV)", "quizgen export csv --out exports/bank.csv"),
    "xlsx": ("spreadsheets (Excel)", "quizgen export xlsx --out exports/bank.xlsx"),
    "web": ("one self-marking web page", "quizgen export web --layout all"),
    "answersheet": (
        "bubble sheets pairing with the worksheets",
        "quizgen export answersheet --versions 2 --seed 7",
    ),
}


def formats_help() -> str:
    """The help's list of formats, one line each with its example."""
    width = max(map(len, FORMAT_EXAMPLES))
    return "\n  ".join(
        f"{name:<{width}}  {what}: {example}" for name, (what, example) in FORMAT_EXAMPLES.items()
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "export",
        "export the bank: worksheets, LMS formats, quiz games, flash cards, spreadsheets",
        formats_help(),
        example_label="formats, each with an example",
    )
    parser.add_argument("format", metavar="FORMAT", help=", ".join(FORMAT_EXAMPLES))
    add_bank_argument(parser)
    add_filter_arguments(parser)
    parser.add_argument(
        "--out",
        metavar="PATH",
        help=f"output file (a folder for html); default: {DEFAULT_FOLDER}/<bank name>.<suffix>",
    )
    parser.add_argument("--count", type=positive_int, metavar="N", help="at most N questions")
    parser.add_argument("--seed", type=int, metavar="S", help="seed for --count and shuffles")
    parser.add_argument("--title", default="", help="title of the export (default: the bank's)")
    parser.add_argument(
        "--force", action="store_true", help="replace output files quizgen did not write"
    )
    html = parser.add_argument_group("html worksheets and answersheet")
    html.add_argument("--versions", type=positive_int, default=1, metavar="N", help="versions")
    html.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    html.add_argument(
        "--key",
        choices=("end", "separate"),
        default="separate",
        help="answer keys in their own files, with a master key for several versions "
        "(default), or at the end of each version",
    )
    html.add_argument("--points", type=positive_int, default=1, metavar="N", help="per question")
    web = parser.add_argument_group("web quiz")
    web.add_argument(
        "--layout",
        choices=("one", "all"),
        default="one",
        help="one question at a time (default) or all on one page",
    )
    games = parser.add_argument_group("kahoot, quizizz")
    games.add_argument(
        "--time-limit",
        type=positive_int,
        default=30,
        metavar="SECONDS",
        help="time to answer each question (default: 30)",
    )
    html.add_argument(
        "--lang",
        choices=tuple(LABELS),
        default="en",
        help="language of the printed labels (Name, True/False, Answer key); default: en",
    )
    parser.set_defaults(run=run)


def bank_name(banks: list[str]) -> str:
    """The default export name: the bank's folder or file stem ("questions" for several)."""
    if len(banks) != 1:
        return "questions"
    path = Path(banks[0])
    return (path.stem if path.suffix in (".yaml", ".yml") else path.name) or "questions"


def output_paths(
    fmt: Format, files: dict[str, bytes], out: str | None, banks: list[str]
) -> dict[Path, bytes]:
    """Where each rendered file goes."""
    if fmt.multi_file:
        folder = Path(out or DEFAULT_FOLDER)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"--out {folder}: {fmt.name} writes several files; give a folder")
        return {folder / name: content for name, content in files.items()}
    if len(files) != 1:  # pragma: no cover - a format bug, not a user problem
        raise ExportError(f"format {fmt.name} rendered {len(files)} files instead of one")
    content = next(iter(files.values()))
    default_name = bank_name(banks) + fmt.suffix
    if out is None:
        return {Path(DEFAULT_FOLDER) / default_name: content}
    target = Path(out)
    if target.is_dir() or out.endswith(("/", os.sep)):  # "--out lms/" names a folder
        target = target / default_name
    return {target: content}


def refuse_foreign(fmt: Format, targets: dict[Path, bytes], force: bool) -> None:
    """Stop before writing anything if a target exists and is not this format's output."""
    if force:
        return
    for path in targets:
        if path.is_dir():
            raise ExportError(f"{path} is a folder; give a file path with --out")
        if path.exists() and not fmt.is_own(path.read_bytes()):
            raise ExportError(
                f"{path} exists and was not written by quizgen; "
                "pass --force to replace it, or choose another --out"
            )


def source_date_epoch() -> float | None:
    """The reproducible-builds clock (`SOURCE_DATE_EPOCH`), when set, for the Anki package."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise UsageError(f"SOURCE_DATE_EPOCH must be a number of seconds, got {value!r}") from None


def run(args: argparse.Namespace) -> int:
    fmt = get_format(args.format)
    entries = pick(
        selected_entries(load_valid_bank(args.banks), args, "export"), args.count, args.seed
    )
    options = ExportOptions(
        title=args.title,
        timestamp=source_date_epoch(),
        seed=args.seed,
        versions=args.versions,
        paper=args.paper,
        key=args.key,
        points=args.points,
        lang=args.lang,
        time_limit=args.time_limit,
        layout=args.layout,
    )
    targets = output_paths(fmt, fmt.render(entries, options), args.out, args.banks)
    refuse_foreign(fmt, targets, args.force)
    for note in fmt.notes(entries, options):
        print(f"warning: {note}", file=sys.stderr)
    for path, content in targets.items():
        try:
            atomic_write_bytes(path, content)
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    where = (
        next(iter(targets))
        if len(targets) == 1
        else f"{len(targets)} files in {Path(args.out or DEFAULT_FOLDER)}/"
    )
    print(f"exported {len(entries)} question(s) as {fmt.name} to {where}")
    return 0
