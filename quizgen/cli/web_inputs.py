"""`quizgen generate`'s inputs from the web: article URLs and the new stories of feeds,
fetched before the run into a folder (`--save-articles DIR`, else a temporary one) and
read from there like saved pages."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.cli.options import iso_date, positive_int
from quizgen.errors import QuizgenError, UsageError
from quizgen.model import Source

if TYPE_CHECKING:
    from quizgen.generate.batch import ArticleResult
    from quizgen.generate.download import Download
    from quizgen.generate.feeds import FeedItem
    from quizgen.generate.fetch import FetchLimits

DEFAULT_TIMEOUT = 20.0


def add_web_options(parser: argparse.ArgumentParser) -> None:
    """`--feed`, `--since`, `--limit`, `--save-articles` and `--timeout`."""
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="also read the stories of this RSS/Atom feed not read before (may be repeated)",
    )
    parser.add_argument(
        "--since",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="--feed: only stories published on or after this date",
    )
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=None,
        metavar="N",
        help="--feed: at most N new stories per feed, newest first",
    )
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
    #: URL -> the date its feed gives, for pages that carry none themselves.
    feed_dates: dict[str, str] = field(default_factory=dict)
    #: Feed URL -> the keys of its stories fetched by this run (to record once done).
    feed_reads: dict[str, list[str]] = field(default_factory=dict)

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
            date=result.date or self.feed_dates.get(download.url, "") or date,
        )

    def shown(self, line: str, path: str) -> str:
        """`line` about the article at `path`, naming the URL of a fetched page."""
        download = self._by_path().get(path)
        return line.replace(path, download.url, 1) if download else line

    def _by_path(self) -> dict[str, Download]:
        return {d.path: d for d in self.downloads}


def check_web_options(args: argparse.Namespace) -> None:
    """A usage error, before anything is fetched, when `--save-articles` is a file, a
    feed is not a web address, or a feed option comes without `--feed`."""
    from quizgen.generate.fetch import is_url

    if (args.since or args.limit) and not args.feed:
        raise UsageError("--since and --limit choose a feed's stories; give --feed URL too")
    for feed in args.feed:
        if not is_url(feed):
            raise UsageError(
                f"--feed {feed}: give the feed's address, starting http:// or https://"
            )
    if args.save_articles and Path(args.save_articles).exists():
        if not Path(args.save_articles).is_dir():
            raise UsageError(
                f"--save-articles {args.save_articles} is a file; give a folder to keep pages in"
            )


#: `progress(total, doing)`: a context giving a function to call once per item done.
Progress = Callable[[int, str], AbstractContextManager[Callable[[], None]]]


@contextmanager
def fetched_articles(
    urls: list[str], args: argparse.Namespace, bank_dir: Path, progress: Progress
) -> Iterator[WebInputs]:
    """The pages at `urls` and the new stories of each `--feed`, fetched into
    `--save-articles` or a folder that goes at the end, with `progress` shown. When the
    run ends without an error (and is no dry run), each feed's stories are recorded as
    read in `bank_dir`."""
    from quizgen.generate.download import download_articles
    from quizgen.generate.feeds import record_read
    from quizgen.generate.fetch import FetchLimits

    limits = FetchLimits(timeout=args.timeout)
    web = WebInputs(kept=bool(args.save_articles))
    stories = _feed_stories(args, bank_dir, limits, web)
    pages = urls + [item.link for _, item in stories]
    with _article_folder(args.save_articles) as folder, progress(len(pages), "fetching") as done:
        web.downloads, problems = download_articles(pages, folder, limits, done)
        web.problems += problems
        fetched = {d.url for d in web.downloads}
        for feed, item in stories:
            if item.link in fetched:  # a story that failed is tried again next time
                web.feed_reads.setdefault(feed, []).append(item.key)
        yield web
    if not args.dry_run:
        for feed, keys in web.feed_reads.items():
            try:
                record_read(bank_dir, feed, keys)
            except OSError as error:
                raise QuizgenError(
                    f"{error.filename}: could not record the stories of {feed} as read "
                    f"({error.strerror}); the next run may read them again"
                ) from None


def _feed_stories(
    args: argparse.Namespace, bank_dir: Path, limits: FetchLimits, web: WebInputs
) -> list[tuple[str, FeedItem]]:
    """(feed URL, story) for each new story of each `--feed`; a line per feed on stderr."""
    from quizgen.generate.feeds import feed_items, new_items, read_keys
    from quizgen.generate.fetch import FEED_TYPES, FetchError, fetch

    stories = []
    for feed in args.feed:
        try:
            items = feed_items(feed, fetch(feed, limits, accept=FEED_TYPES).data)
        except FetchError as error:
            web.problems.append(error.message)
            continue
        fresh = new_items(items, read_keys(bank_dir, feed), args.since or "", args.limit)
        print(f"{feed}: {len(fresh)} new of {len(items)} stories", file=sys.stderr)
        stories += [(feed, item) for item in fresh]
        web.feed_dates |= {item.link: item.date for item in fresh if item.date}
    return stories


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
