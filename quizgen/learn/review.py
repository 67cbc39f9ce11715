"""A review of draft questions: the queue, the decisions, the counter and undo.

Plain Python, no Textual. The bank files are reached through a `BankTexts` (read a text;
change a text atomically), so the session is tested on a dict and run on real files with
`quizgen.bank.edit.FileTexts`. Every decision is written at once and touches only its
question's lines; undo writes back the exact text from before the decision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from quizgen.bank.edit import Checked, EditOutcome, apply_edited, checked, editor_text, with_status
from quizgen.bank.load import load_text
from quizgen.errors import BankError
from quizgen.model import Article, Bank, BankEntry, BankFile, Problem, Status

Action = Literal["approve", "retire", "edit"]
#: The status each deciding action gives.
ACTION_STATUS: dict[str, Status] = {"approve": "approved", "retire": "retired"}
#: How many decisions undo remembers.
UNDO_LIMIT = 200


class BankTexts(Protocol):
    """Where the bank files' texts live."""

    def read(self, path: str) -> str:
        """The file's current text."""
        ...

    def change(self, path: str, change: Callable[[str], str]) -> None:
        """Replace the file's text by `change(current text)`, atomically; `change` may
        raise BankError to leave the file as it is."""
        ...


@dataclass
class ReviewItem:
    """One question of the review queue."""

    path: str
    question_id: str
    #: The status this review gave it ("" while undecided in this review).
    decided: str = ""


@dataclass(frozen=True)
class Decision:
    """One decision as written, with the file's exact text before and after it."""

    item: ReviewItem
    action: Action
    before: str
    after: str
    #: The item's `decided` before this decision (what undo gives back).
    was_decided: str


@dataclass
class ReviewSession:
    """Step through the questions of `bank` whose status is one of `statuses`.

    `tags` narrows the queue to questions with any of them (change it with `set_tags`).
    A question is *reviewed* once approved or retired here (or edited into a status the
    queue does not hold); the others are *left*. Moving on from a decision goes to the
    next question left (wrapping round to the skipped ones)."""

    bank: Bank
    texts: BankTexts
    statuses: tuple[str, ...] = ("draft",)
    tags: tuple[str, ...] = ()
    #: Only these questions (e.g. those learners flagged); None: every one.
    only_ids: frozenset[str] | None = None
    items: list[ReviewItem] = field(default_factory=list)
    #: Indexes into `items` of the questions the tag filter lets through, in bank order.
    visible: list[int] = field(default_factory=list)
    #: Index into `items` of the question shown; None when every one is reviewed.
    current_index: int | None = None
    undo_stack: list[Decision] = field(default_factory=list)
    files: dict[str, BankFile] = field(default_factory=dict)
    _warnings: dict[str, list[Problem]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.files = {f.path: f for f in self.bank.files}
        self.items = [
            ReviewItem(e.file.path, e.question.id)
            for e in self.bank.entries()
            if e.question.status in self.statuses
            and (self.only_ids is None or e.question.id in self.only_ids)
        ]
        self.set_tags(self.tags)

    # -- what is shown -------------------------------------------------------------

    @property
    def current(self) -> BankEntry | None:
        """The question shown, with its file; None when there is none left."""
        if self.current_index is None:
            return None
        return self.entry(self.items[self.current_index])

    @property
    def current_item(self) -> ReviewItem | None:
        return None if self.current_index is None else self.items[self.current_index]

    def entry(self, item: ReviewItem) -> BankEntry:
        """The item's question as its file now reads."""
        bank_file = self.files[item.path]
        for question in bank_file.questions:
            if question.id == item.question_id:
                return BankEntry(bank_file, question)
        raise BankError(f"{item.path}: question '{item.question_id}' is no longer in the file")

    @property
    def total(self) -> int:
        """Questions in the queue (under the tag filter)."""
        return len(self.visible)

    @property
    def reviewed(self) -> int:
        """Questions of the queue decided in this review."""
        return sum(1 for i in self.visible if self.items[i].decided)

    @property
    def left(self) -> int:
        """Questions of the queue still to decide."""
        return self.total - self.reviewed

    @property
    def done(self) -> bool:
        """Whether nothing is left to decide (under the tag filter)."""
        return self.left == 0

    def all_tags(self) -> list[str]:
        """Every tag of the queue's questions, sorted, for the tag filter."""
        found = {tag for item in self.items for tag in self.entry(item).question.tags}
        return sorted(found)

    def warnings(self, entry: BankEntry) -> list[Problem]:
        """The `check` warnings of `entry`'s question (those on its lines)."""
        path = entry.file.path
        if path not in self._warnings:
            _, problems = load_text(path, self.texts.read(path).encode("utf-8"))
            self._warnings[path] = [p for p in problems if p.severity == "warning"]
        start = entry.question.line or 0
        later = [q.line for q in entry.file.questions if q.line and q.line > start]
        end = min(later, default=None)
        return [
            p
            for p in self._warnings[path]
            if p.line is not None and p.line >= start and (end is None or p.line < end)
        ]

    # -- moving --------------------------------------------------------------------

    def set_tags(self, tags: Sequence[str]) -> None:
        """Show only questions with any of `tags` (every question when empty)."""
        self.tags = tuple(tags)
        wanted = set(self.tags)
        self.visible = [
            index
            for index, item in enumerate(self.items)
            if not wanted or wanted.intersection(self.entry(item).question.tags)
        ]
        self.current_index = self._next_left(None)

    def _next_left(self, after: int | None, *, skip_current: bool = False) -> int | None:
        """The next visible undecided item after `after` (wrapping round)."""
        order = self.visible
        if after in order:
            start = order.index(after) + 1
            order = order[start:] + order[:start]
        for index in order:
            if self.items[index].decided:
                continue
            if skip_current and index == after:
                continue
            return index
        return None

    def skip(self) -> bool:
        """Leave the question undecided and show the next one left; False when it is the
        only one left."""
        following = self._next_left(self.current_index, skip_current=True)
        if following is None:
            return False
        self.current_index = following
        return True

    def back(self) -> bool:
        """Show the question before this one in the queue (decided or not); False at
        the first. When every question is reviewed, shows the last one."""
        if not self.visible:
            return False
        if self.current_index is None or self.current_index not in self.visible:
            self.current_index = self.visible[-1]
            return True
        position = self.visible.index(self.current_index)
        if position == 0:
            return False
        self.current_index = self.visible[position - 1]
        return True

    # -- deciding ------------------------------------------------------------------

    def approve(self) -> Decision:
        """Set the question shown to approved (written at once) and move on."""
        return self._decide("approve")

    def retire(self) -> Decision:
        """Set the question shown to retired (written at once) and move on."""
        return self._decide("retire")

    def _decide(self, action: Action) -> Decision:
        item = self._require_item()
        status = ACTION_STATUS[action]
        decision = self._write(
            item, action, lambda text: with_status(item.path, text, item.question_id, status)
        )
        item.decided = status
        self.current_index = self._next_left(self.items.index(item))
        return decision

    def editor_text(self) -> str:
        """The question shown, as the text to hand to $EDITOR."""
        item = self._require_item()
        return editor_text(self.texts.read(item.path), item.question_id)

    def apply_edit(self, edited: str) -> EditOutcome:
        """Save what $EDITOR gave back for the question shown, when it passes the bank
        rules (only its lines change); otherwise write nothing and return the problems.
        An edit that leaves the status in the queue keeps the question shown."""
        item = self._require_item()
        outcome = EditOutcome()

        def change(text: str) -> Checked:
            nonlocal outcome
            outcome = apply_edited(item.path, text, item.question_id, edited)
            if outcome.result is None:
                raise _NoWrite
            return outcome.result

        try:
            self._write(item, "edit", change)
        except _NoWrite:
            return outcome
        status = self.entry(item).question.status
        if status not in self.statuses:
            item.decided = status
            self.current_index = self._next_left(self.items.index(item))
        return outcome

    def _write(self, item: ReviewItem, action: Action, make: Callable[[str], Checked]) -> Decision:
        """Apply `make` to the item's current file text and write the checked result;
        the session takes the file as it now reads and the decision goes on the undo
        stack."""
        seen: dict[str, str] = {}
        result: list[Checked] = []

        def change(text: str) -> str:
            result.append(make(text))
            seen["before"], seen["after"] = text, result[-1].text
            return seen["after"]

        self.texts.change(item.path, change)
        decision = Decision(item, action, seen["before"], seen["after"], item.decided)
        self._take(item.path, result[-1])
        self.undo_stack.append(decision)
        del self.undo_stack[:-UNDO_LIMIT]
        return decision

    def undo(self) -> Decision | None:
        """Write back the file exactly as it was before the last decision and show that
        question again; None when there is nothing to undo. BankError (and the decision
        kept) when the file was changed since by something else."""
        if not self.undo_stack:
            return None
        decision = self.undo_stack[-1]
        item = decision.item

        def change(text: str) -> str:
            if text != decision.after:
                raise BankError(
                    f"{item.path} was changed outside this review since that decision; "
                    "undo would lose that change, so the file is left as it is"
                )
            return decision.before

        self.texts.change(item.path, change)
        self.undo_stack.pop()
        self._take(item.path, checked(item.path, decision.before))
        item.decided = decision.was_decided
        index = self.items.index(item)
        if index not in self.visible:
            self.set_tags(())
        self.current_index = index
        return decision

    def _take(self, path: str, result: Checked) -> None:
        """Use `result` as what the file `path` now reads."""
        self.files[path] = result.bank_file
        self._warnings[path] = result.warnings

    def _require_item(self) -> ReviewItem:
        if self.current_index is None:
            raise BankError("no question left to review")
        return self.items[self.current_index]


class _NoWrite(Exception):
    """An edit with problems or cancelled: leave the file as it is."""


# -- evidence within its paragraph ---------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


@dataclass(frozen=True)
class EvidenceSpot:
    """Where a question's evidence sentence sits in the article."""

    paragraph: str
    #: Offsets of the sentence in `paragraph`.
    start: int
    end: int


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with quotes straightened and runs of spaces made one, and for each
    character of the result the offset it came from."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    out: list[str] = []
    origin: list[int] = []
    for match in re.finditer(r"\s+|\S", text):
        out.append(" " if match.group().isspace() else match.group())
        origin.append(match.start())
    return "".join(out), origin


def locate_evidence(article: Article, evidence: str) -> EvidenceSpot | None:
    """The paragraph of `article` holding `evidence`, and where in it; matched as is,
    then with quotes and spaces folded; None when the article does not hold it."""
    sentence = evidence.strip()
    if not sentence:
        return None
    for paragraph in article.paragraphs:
        at = paragraph.find(sentence)
        if at >= 0:
            return EvidenceSpot(paragraph, at, at + len(sentence))
    folded_sentence, _ = _folded(sentence)
    for paragraph in article.paragraphs:
        folded, origin = _folded(paragraph)
        at = folded.find(folded_sentence)
        if at >= 0:
            last = origin[at + len(folded_sentence) - 1]
            return EvidenceSpot(paragraph, origin[at], last + 1)
    return None
