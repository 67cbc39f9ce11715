"""The review app and its factory (shared by `quizgen review` and the tests), and the
articles that show each draft's evidence in context."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from quizgen.bank.edit import FileTexts
from quizgen.errors import ArticleError
from quizgen.learn.flags import Flag
from quizgen.learn.review import BankTexts, EvidenceSpot, ReviewSession, locate_evidence
from quizgen.model import Article, Bank, BankEntry, BankFile
from quizgen.tui.screens.review_drafts import DraftReviewScreen

ArticleReader = Callable[[str | os.PathLike[str]], Article]


def article_candidates(bank_file: BankFile, cwd: Path | None = None) -> list[Path]:
    """Where the article named by the file's `source.file` may be: as written (from the
    working folder), then next to the bank file and up its folders (generate writes the
    path from where it ran, usually the project folder above the bank)."""
    if bank_file.source is None or not bank_file.source.file:
        return []
    named = Path(bank_file.source.file)
    if named.is_absolute():
        return [named]
    base = cwd or Path.cwd()
    places = [base / named]
    places += [folder / named for folder in Path(bank_file.path).resolve().parents]
    return list(dict.fromkeys(places))


class ArticleShelf:
    """The articles of the bank files, each read once (or found missing once)."""

    def __init__(self, read: ArticleReader | None = None) -> None:
        if read is None:
            # Imported only when a review needs it (it pulls in the article parsers).
            from quizgen.generate.read import read_article

            read = read_article
        self.read: ArticleReader = read
        self._found: dict[str, tuple[Article | None, str]] = {}

    def article(self, bank_file: BankFile) -> tuple[Article | None, str]:
        """The file's article, or None and why it is not at hand."""
        if bank_file.path not in self._found:
            self._found[bank_file.path] = self._look_up(bank_file)
        return self._found[bank_file.path]

    def _look_up(self, bank_file: BankFile) -> tuple[Article | None, str]:
        if bank_file.source is None or not bank_file.source.file:
            return None, "no source article named"
        for place in article_candidates(bank_file):
            if place.is_file():
                try:
                    return self.read(place), ""
                except ArticleError as error:
                    return None, f"article unreadable: {error.message}"
        return None, f"article {bank_file.source.file} not found"

    def evidence(self, entry: BankEntry) -> tuple[EvidenceSpot | None, str]:
        """Where the question's evidence sits in its article, or None and why not."""
        article, note = self.article(entry.file)
        if article is None or not entry.question.evidence:
            return None, note
        spot = locate_evidence(article, entry.question.evidence)
        return spot, "" if spot else "not found in the article"


class ReviewApp(App[None]):
    """The reviewer over one session; quitting loses nothing (decisions are saved)."""

    TITLE = "quizgen review"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("q", "quit", "quit"),
        Binding("ctrl+c", "quit", show=False, priority=True),
    ]

    def __init__(
        self,
        session: ReviewSession,
        shelf: ArticleShelf,
        flags: Mapping[str, Sequence[Flag]] | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.shelf = shelf
        self.flags = flags

    def on_mount(self) -> None:
        self.push_screen(DraftReviewScreen(self.session, self.shelf.evidence, self.flags))


def build_review_app(
    bank: Bank,
    *,
    statuses: Sequence[str] = ("draft",),
    tags: Sequence[str] = (),
    texts: BankTexts | None = None,
    read_article: ArticleReader | None = None,
    flags: Sequence[Flag] | None = None,
) -> ReviewApp:
    """The reviewer over the questions of `bank` with one of `statuses` (and any of
    `tags`); decisions go to the files through `texts` (default: on disk, atomically).
    With `flags`, only the flagged questions, each showing its flags."""
    by_id: dict[str, list[Flag]] | None = None
    if flags is not None:
        by_id = {}
        for flag in flags:
            by_id.setdefault(flag.question_id, []).append(flag)
    session = ReviewSession(
        bank,
        texts or FileTexts(),
        statuses=tuple(statuses),
        tags=tuple(tags),
        only_ids=None if by_id is None else frozenset(by_id),
    )
    return ReviewApp(session, ArticleShelf(read_article), by_id)
