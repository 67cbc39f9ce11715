"""`quizgen generate`'s inputs from the web: article URLs and feeds, fetched before the
run into a folder (`--save-articles DIR`, else a temporary one) and read from there."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import UsageError
from quizgen.model import Source

if TYPE_CHECKING:
    from quizgen.generate.batch import ArticleResult
    from quizgen.generate.download import Download

DEFAULT_TIMEOUT = 20.0


def add_web_options(parser: argparse.ArgumentParser) -> None:
    """`--save-articles` and `--timeout`."""
    parser.add_argument(
        "--save-articles",
        default=None,
        metavar="DIR",
        help="keep each fetched page in DIR, so a later run can read it offline",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a page or feed after this long (default: {DEFAULT_TIMEOUT:g})",
    )


@dataclass
class WebInputs:
    """The pages fetched for a run, and a `URL: what is wrong` line per failure."""

    downloads: list[Download] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Whether the pages stay after the run (`--save-articles`).
    kept: bool = False

    @property
    def paths(self) -> list[str]:
        """The files to read, one per fetched page."""
        return [d.path for d in self.downloads]

    def source(self, result: ArticleResult, date: str) -> Source:
        """The bank file's source for `result`: a fetched page names its URL (the page's
        own canonical address when it gives one) and its file only when it is kept."""
        download = self._by_path().get(result.path)
        if download is None:
            return Source(file=result.path, url=result.url, date=result.date or date)
        return Source(
            file=result.path if self.kept else "",
            url=result.url or download.final_url,
            date=result.date or date,
        )

    def shown(self, line: str, path: str) -> str:
        """`line` about the article at `path`, naming the URL of a fetched page."""
        download = self._by_path().get(path)
        return line.replace(path, download.url, 1) if download else line

    def _by_path(self) -> dict[str, Download]:
        return {d.path: d for d in self.downloads}


def check_save_folder(args: argparse.Namespace) -> None:
    """A usage error, before anything is fetched, when `--save-articles` is a file."""
    if args.save_articles and Path(args.save_articles).exists():
        if not Path(args.save_articles).is_dir():
            raise UsageError(
                f"--save-articles {args.save_articles} is a file; give a folder to keep pages in"
            )


@contextmanager
def fetched_articles(urls: list[str], args: argparse.Namespace) -> Iterator[WebInputs]:
    """The pages at `urls`, fetched into `--save-articles` or a folder that goes at the end."""
    from quizgen.generate.download import download_articles
    from quizgen.generate.fetch import FetchLimits

    limits = FetchLimits(timeout=args.timeout)
    with _article_folder(args.save_articles) as folder:
        downloads, problems = download_articles(urls, folder, limits)
        yield WebInputs(downloads, problems, kept=bool(args.save_articles))


@contextmanager
def _article_folder(save_to: str | None) -> Iterator[Path]:
    if save_to:
        yield Path(save_to)
        return
    with tempfile.TemporaryDirectory(prefix="quizgen-pages-") as scratch:
        yield Path(scratch)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected more than 0 seconds, got {text}")
    return value
