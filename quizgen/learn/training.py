"""A training session: spaced repetition over a bank for one learner. Plain Python, no Textual.

Order: cards due now (earliest first), then new questions (bank order) while the learner
has met fewer than `new_limit` new cards today, then cards of the learning steps due within
`LEARN_AHEAD` (so a card failed a minute ago comes back before the session ends). The
session ends when none of these is left. Questions that are retired, removed from the bank
or filtered out are simply not in `entries`: their cards and history stay in the store.

Every answer is committed (with the card's new state) before `answer()` returns, so the
next question can only show once the previous answer is safe.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Literal

from fsrs import Rating, Scheduler

from quizgen.learn.progress import ProgressStore
from quizgen.learn.progress_rows import CardRow
from quizgen.learn.scheduler import make_scheduler, rate, review
from quizgen.learn.session import Given, QuizItem, item_for
from quizgen.model import BankEntry

#: The current time (timezone-aware); tests pass a fake one.
Now = Callable[[], datetime]
#: A monotonic timer in seconds, for response times.
Timer = Callable[[], float]

#: What ended a session early: `--limit` reviews done or `--minutes` past.
SessionLimit = Literal["limit", "minutes"]

DEFAULT_NEW_LIMIT = 20
#: How far ahead a card in its learning steps may be shown when nothing else is left.
LEARN_AHEAD = timedelta(minutes=20)


def utc_now() -> datetime:
    """The real clock (the default `now`)."""
    return datetime.now(UTC)


def day_start(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """Midnight of `moment`'s day in `tz` (the local zone when None)."""
    local = moment.astimezone(tz)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class Outcome:
    """What one answer did: the rating it got and when the card comes back."""

    item: QuizItem
    given: str
    correct: bool
    response_seconds: float
    #: The rating the answer earned by the rule (see scheduler.rate).
    auto_rating: Rating
    #: The rating in force (the learner may override auto_rating).
    rating: Rating
    card: CardRow
    answer_id: int

    @property
    def overridden(self) -> bool:
        return self.rating != self.auto_rating


@dataclass(frozen=True)
class Summary:
    """The end of a session: how much was done and what comes next."""

    reviewed: int
    correct: int
    #: When the next card of this bank falls due (None when nothing is scheduled).
    next_due: datetime | None
    #: New questions not yet met.
    new_waiting: int
    #: New cards allowed a day (`--new`).
    new_limit: int
    #: Whether today's new cards are used up (so `new_waiting` wait for another day).
    new_limit_reached: bool
    #: The session limit that ended the session, if one did.
    stopped_by: SessionLimit | None = None


class TrainingSession:
    """Pick the next question, record answers with their rating, override a rating."""

    def __init__(
        self,
        store: ProgressStore,
        learner: str,
        entries: Sequence[BankEntry],
        *,
        now: Now = utc_now,
        timer: Timer = time.monotonic,
        scheduler: Scheduler | None = None,
        new_limit: int = DEFAULT_NEW_LIMIT,
        tz: tzinfo | None = None,
        seed: int | str | None = None,
        review_limit: int | None = None,
        minutes: int | None = None,
    ) -> None:
        self.store = store
        self.learner = learner
        self._entries = {e.question.id: e for e in entries}
        self._now = now
        self._timer = timer
        self._scheduler = scheduler or make_scheduler()
        self.new_limit = max(new_limit, 0)
        #: The session ends after this many answers (`--limit`), or this long (`--minutes`).
        self.review_limit = review_limit
        self.minutes = minutes
        self._started = timer()
        self._tz = tz
        self._rng = random.Random(seed)
        known = store.card_ids(learner)
        self._unseen = [qid for qid in self._entries if qid not in known]
        self.current: QuizItem | None = None
        self._shown_at = 0.0
        self.last: Outcome | None = None
        self._previous_card: CardRow | None = None
        self._answered_at: datetime | None = None
        self._answered_timer = 0.0
        self.reviewed = 0
        self.correct = 0

    def now(self) -> datetime:
        """The session's clock."""
        return self._now()

    @property
    def is_empty(self) -> bool:
        """Whether the selection holds no question at all."""
        return not self._entries

    # -- choosing ------------------------------------------------------------------------

    def next_item(self) -> QuizItem | None:
        """The next question to show (and start its response timer), or None at the end
        (nothing left, or a session limit reached)."""
        question_id = None if self.stopped_by() else self._pick(self._now())
        if question_id is None:
            self.current = None
            return None
        self.current = item_for(self._entries[question_id], self._rng)
        self._shown_at = self._timer()
        return self.current

    def stopped_by(self) -> SessionLimit | None:
        """The session limit that ends the session now, if one does."""
        if self.review_limit is not None and self.reviewed >= self.review_limit:
            return "limit"
        if self.minutes is not None and self._timer() - self._started >= self.minutes * 60:
            return "minutes"
        return None

    def _pick(self, now: datetime) -> str | None:
        due = self._first_due(now)
        if due is not None:
            return due
        if self._unseen and self.new_today(now) < self.new_limit:
            return self._unseen[0]
        return self._first_due(now + LEARN_AHEAD)

    def _first_due(self, until: datetime) -> str | None:
        for card in self.store.due_cards(self.learner, until):
            if card.question_id in self._entries:
                return card.question_id
        return None

    def new_today(self, now: datetime | None = None) -> int:
        """How many cards the learner met for the first time today (any bank, any session)."""
        moment = now or self._now()
        return self.store.introduced_since(self.learner, day_start(moment, self._tz))

    # -- answering -----------------------------------------------------------------------

    def answer(self, given: Given) -> Outcome:
        """Rate and record the answer to the current question; committed when this returns."""
        item = self.current
        if item is None:
            raise RuntimeError("no question is showing")
        seconds = max(self._timer() - self._shown_at, 0.0)
        now = self._now()
        correct = item.is_correct(given)
        text = item.choices[item.index_of(given)]
        question_id = item.question.id
        rating = rate(item.question, correct, seconds)
        states: list[CardRow | None] = []  # the card before and after, as scheduled

        def schedule(previous: CardRow | None) -> CardRow:
            card = review(self._scheduler, question_id, previous, rating, now, seconds)
            states[:] = [previous, card]
            return card

        # The card is read inside the write: another session's review of it is not lost.
        answer_id = self.store.record_answer(
            self.learner, question_id, text, correct, int(rating), seconds, now,
            card=schedule, mode="train",
        )  # fmt: skip
        previous, card = states
        assert card is not None
        if question_id in self._unseen:
            self._unseen.remove(question_id)
        self._previous_card, self._answered_at = previous, now
        self._answered_timer = self._timer()
        self.reviewed += 1
        self.correct += int(correct)
        self.current = None
        self.last = Outcome(item, text, correct, seconds, rating, rating, card, answer_id)
        return self.last

    def seconds_since_answer(self) -> float:
        """Seconds since the last answer was recorded (by the session's timer)."""
        return self._timer() - self._answered_timer

    def comes_back_in_session(self, due: datetime) -> bool:
        """Whether a card due at `due` is asked again before this session ends (the
        learning steps due within LEARN_AHEAD are, once nothing else is due, and unless
        a limit has already ended the session)."""
        return self.stopped_by() is None and due <= self._now() + LEARN_AHEAD

    def override(self, rating: Rating) -> Outcome:
        """Re-rate the last answer (a key after the feedback): the card is rescheduled from
        its state before that answer, and the logged rating is amended."""
        last = self.last
        if last is None or self._answered_at is None:
            raise RuntimeError("nothing to re-rate yet")
        if rating == last.rating:
            return last
        question_id = last.item.question.id
        card = review(
            self._scheduler,
            question_id,
            self._previous_card,
            rating,
            self._answered_at,
            last.response_seconds,
        )
        self.store.amend_rating(last.answer_id, int(rating), card)
        self.last = Outcome(
            last.item,
            last.given,
            last.correct,
            last.response_seconds,
            last.auto_rating,
            rating,
            card,
            last.answer_id,
        )
        return self.last

    def undo(self) -> QuizItem:
        """Take back the last answer: its log row goes, its card's schedule is exactly as
        before (a new card is new again), and its question is the current one again, with
        the same choices."""
        last = self.last
        if last is None:
            raise RuntimeError("no answer to take back")
        self.store.forget_answer(last.answer_id, self._previous_card)
        question_id = last.item.question.id
        if self._previous_card is None:
            unseen = {*self._unseen, question_id}
            self._unseen = [qid for qid in self._entries if qid in unseen]
        self.reviewed -= 1
        self.correct -= int(last.correct)
        self.last, self._previous_card, self._answered_at = None, None, None
        self.current = last.item
        self._shown_at = self._timer()
        return last.item

    # -- the end -------------------------------------------------------------------------

    def summary(self) -> Summary:
        """How many were reviewed, and when the next ones are due."""
        now = self._now()
        next_due = self.store.next_due_after(self.learner, now, set(self._entries))
        return Summary(
            reviewed=self.reviewed,
            correct=self.correct,
            next_due=next_due,
            new_waiting=len(self._unseen),
            new_limit=self.new_limit,
            new_limit_reached=bool(self._unseen) and self.new_today(now) >= self.new_limit,
            stopped_by=self.stopped_by(),
        )


def describe_due(due: datetime, now: datetime, tz: tzinfo | None = None) -> str:
    """When a card is due, in words: "now", "in 10 min", "in 5 h", "tomorrow 09:00",
    "in 12 days (Tue 2026-03-17)"; times are local to `tz` (the system zone when None)."""
    gap = due - now
    if gap <= timedelta(0):
        return "now"
    if gap < timedelta(hours=1):
        return f"in {max(1, round(gap.total_seconds() / 60))} min"
    local_due, local_now = due.astimezone(tz), now.astimezone(tz)
    days = (local_due.date() - local_now.date()).days
    if days == 0:
        return f"in {round(gap.total_seconds() / 3600)} h (today {local_due:%H:%M})"
    if days == 1:
        return f"tomorrow {local_due:%H:%M}"
    return f"in {days} days ({local_due:%a %Y-%m-%d})"
