"""`quizgen generate`: read articles and write one bank file of questions per article."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.bank.atomic import read_only
from quizgen.cli.options import add_command, iso_date, positive_int, progress_bar
from quizgen.cli.web_inputs import add_web_options
from quizgen.errors import QuizgenError, UsageError, printable

if TYPE_CHECKING:
    from quizgen.bank.merge import MergeReport
    from quizgen.cli.web_inputs import WebInputs
    from quizgen.generate.batch import ArticleResult
    from quizgen.model import BankFile, Question

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "question_bank"
#: Above this many articles a progress bar shows on a terminal.
PROGRESS_MIN = 5


def register(subparsers: argparse._SubParsersAction) -> None:

    parser = add_command(
        subparsers,
        "generate",
        "read articles and write one bank file of questions per article",
        "quizgen generate seeds/ --out question_bank",
    )
    parser.add_argument(
        "articles",
        nargs="*",
        metavar="ARTICLE",
        help=f"article files, folders of *.txt, *.md, *.markdown, *.html, *.htm, or "
        f"http(s) addresses of web pages (default: {DEFAULT_INPUT}/)",
    )
    parser.add_argument(
        "--out",
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"the bank folder to write into, keeping every hand edit (default: {DEFAULT_OUT}/)",
    )
    parser.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help="the spaCy pipeline, a package name or a folder (default: en_core_web_sm)",
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the publication date of the articles that do not give their own",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would change in the bank without writing anything",
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: one per core, up to 4, when there are many articles)",
    )
    parser.add_argument(
        "--explain",
        default=None,
        metavar="FILE",
        help="also write why each question was asked and every other candidate was not, "
        "as JSON lines (- for standard output)",
    )
    add_web_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.cli.web_inputs import check_web_options, fetched_articles
    from quizgen.generate.collect import collect_articles
    from quizgen.generate.fetch import is_url

    named = bool(args.articles or args.feed)
    if not named and not Path(DEFAULT_INPUT).is_dir():
        raise UsageError(
            f"no {DEFAULT_INPUT}/ folder here; name the articles or folders to read "
            "(quizgen generate ARTICLE... --out DIR)"
        )
    out_dir = _bank_folder(args.out)
    if args.explain not in (None, "-"):
        explain_to = Path(args.explain)
        if explain_to.is_dir() or not explain_to.parent.is_dir():
            raise UsageError(
                f"--explain {explain_to}: give a file to write in an existing folder "
                "(or - for standard output)"
            )
        if read_only(explain_to):  # found before the articles are generated, not after
            raise UsageError(f"--explain {explain_to}: the file is read-only")
    check_web_options(args)
    urls = [a for a in args.articles if is_url(a)]
    files = [a for a in args.articles if not is_url(a)]
    with fetched_articles(urls, args, out_dir, _progress) as web:
        paths, problems = collect_articles(files if named else [DEFAULT_INPUT])
        return _generate(args, paths + web.paths, web.problems + problems, web, out_dir)


def _generate(
    args: argparse.Namespace,
    paths: list[str],
    problems: list[str],
    web: WebInputs,
    out_dir: Path,
) -> int:
    from quizgen.bank.update import update_bank
    from quizgen.generate.batch import generate_articles
    from quizgen.generate.collect import bank_files_for
    from quizgen.generate.pipeline import dedupe_across_articles

    results = []
    with progress_bar(len(paths), "generating", minimum=PROGRESS_MIN) as advance:
        explain = args.explain is not None
        for result in generate_articles(paths, args.model, processes=args.jobs, explain=explain):
            results.append(result)
            advance()
    results.sort(key=lambda r: r.index)
    good = [r for r in results if not r.error]
    problems += [web.shown(r.error, r.path) for r in results if r.error]
    questions = dedupe_across_articles([r.questions for r in good])
    if args.explain is not None:
        write_explanation(args.explain, good, questions)
    articles = [(r.path, r.title, web.source(r, args.date or "")) for r in good]
    notes = [
        web.shown(
            f"{r.path}: no article found by the main-text reader; read every paragraph of the "
            "page instead (check its questions for text from around the article)",
            r.path,
        )
        for r in good
        if r.reader == "beautifulsoup"
    ] + [
        web.shown(
            f"{r.path}: {r.total_chars:,} characters of text; questions are drawn from the "
            f"first {r.questioned_chars:,} (the rest is not questioned)",
            r.path,
        )
        for r in good
        if r.questioned_chars < r.total_chars
    ]
    bank_files, clashes = bank_files_for(articles, questions, out_dir)
    problems += clashes
    reports = update_bank(out_dir, bank_files, dry_run=args.dry_run) if bank_files else []
    for line in notes + problems:
        print(line, file=sys.stderr)
    print_summary(bank_files, reports, dry_run=args.dry_run)
    skipped = [report for report in reports if report.skipped]
    for report in skipped:
        print(f"{report.path}: left as it is: {report.skipped}", file=sys.stderr)
    return 1 if problems or skipped else 0


def _bank_folder(out: str) -> Path:
    """The `--out` folder, checked before the articles are read (generating first would
    waste the whole run): a folder, or a path where one can be made."""
    if not out.strip():
        raise UsageError("--out needs a folder name (use --out . for this folder)")
    path = Path(out)
    shown = printable(out)
    try:
        if not path.is_dir() and path.exists():
            raise UsageError(f"--out {shown} is a file; give the bank folder to write into")
        path.resolve(strict=False)
    except (OSError, RuntimeError) as error:  # a symlink loop, a name too long, ...
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"--out {shown}: cannot be used as a folder ({reason})") from None
    if path.is_symlink() and not path.exists():
        raise UsageError(f"--out {shown} is a link to nothing (a loop or a missing target)")
    return path


def write_explanation(
    target: str, results: list[ArticleResult], kept: list[list[Question]]
) -> None:
    """Every article's trace as JSON lines, to `target` (atomically) or stdout for `-`."""
    import json

    from quizgen.bank.atomic import atomic_write_text

    lines = [
        json.dumps(record, ensure_ascii=False)
        for result, questions in zip(results, kept, strict=True)
        if result.trace is not None
        for record in result.trace.records(result.path, questions)
    ]
    text = "".join(line + "\n" for line in lines)
    if target == "-":
        sys.stdout.write(text)
        return
    try:
        atomic_write_text(target, text)
    except OSError as error:
        raise QuizgenError(f"{printable(target)}: could not write it ({error.strerror})") from None


def print_summary(bank_files: list[BankFile], reports: list[MergeReport], *, dry_run: bool) -> None:
    """One row per article: file, questions, new, updated, unchanged, kept, removed, and
    the bank file; a Rich table on a terminal, plain lines otherwise."""
    rows = [
        (
            _article_name(bank_file),
            str(len(bank_file.questions)),
            str(report.new),
            str(report.updated),
            str(report.unchanged),
            str(report.kept),
            str(report.removed),
            str(report.path),
        )
        for bank_file, report in zip(bank_files, reports, strict=True)
    ]
    verb = "would write" if dry_run else "wrote"
    if sys.stdout.isatty():
        _print_table(rows, verb, dry_run=dry_run)
        return
    for row, report in zip(rows, reports, strict=True):
        file, count, new, updated, unchanged, kept, removed, target = row
        outcome = f"{verb} {target}" if report.written else f"{target} left as it was"
        print(
            f"{file}: {count} questions, {new} new, {updated} updated, {unchanged} unchanged, "
            f"{kept} kept, {removed} removed ({outcome})"
        )
    if dry_run:
        print("dry run: nothing written")


def _article_name(bank_file: BankFile) -> str:
    """The article a bank file was made from: its file, else its URL (a page not kept)."""
    source = bank_file.source
    return (source.file or source.url) if source else bank_file.path


def _print_table(
    rows: list[tuple[str, str, str, str, str, str, str, str]], verb: str, *, dry_run: bool
) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    # Paths relative to the articles' common folder, named once in the title: long
    # absolute paths would fold over several lines in a narrow terminal.
    bank_folders = sorted({os.path.dirname(row[-1]) or "." for row in rows})
    article_folder = _common_folder([row[0] for row in rows])
    title = f"{verb} {len(rows)} bank file(s) in {', '.join(bank_folders)}/"
    if article_folder:
        title += f" from {_shown(article_folder)}/"
    table = Table(
        title=title + (" (dry run)" if dry_run else ""), title_justify="left", box=box.SIMPLE_HEAD
    )
    table.add_column("article", overflow="fold")
    for name in ("questions", "new", "updated", "unchanged", "kept", "removed"):
        table.add_column(name, justify="right", no_wrap=True)
    for article, *counts, _ in rows:
        shown = (
            os.path.relpath(os.path.abspath(article), article_folder) if article_folder else article
        )
        table.add_row(shown, *counts)
    Console().print(table)


def _common_folder(paths: list[str]) -> str:
    """The deepest folder holding every path (absolute), or "" when that is only `/`."""
    if not paths:
        return ""
    folder = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
    return "" if folder == os.path.dirname(folder) else folder


def _shown(folder: str) -> str:
    """`folder` relative to the working folder when it is inside it."""
    relative = os.path.relpath(folder)
    return folder if relative.startswith("..") else relative


def _progress(total: int, doing: str = "generating") -> AbstractContextManager[Callable[[], None]]:
    """A function to call once per article (or page fetched): a progress bar on a
    terminal when there are many."""
    return progress_bar(total, doing, minimum=PROGRESS_MIN)
