"""Spaced repetition with fsrs: one card per question, keyed by the question id.

Plain logic, no I/O: converts between the store's CardRow and fsrs's Card, derives a stable
card_id from the question id, and turns an answer into a rating.

Rating rule (response time measured from the question showing to the answer):
- wrong -> Again;
- right within `easy_limit` -> Easy; right after `hard_limit` -> Hard; otherwise Good.
The limits grow with the text to read: `reading = words / WORDS_PER_SECOND` (stem plus
choices; 4 words/s is a brisk 240 words per minute), `easy_limit = EASY_SECONDS + reading`,
`hard_limit = HARD_SECONDS + 2 * reading`. A 20-word question with four short choices
(~28 words, 7 s of reading) is Easy under 10 s and Hard over 26 s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler, State

from quizgen.learn.progress_rows import CardRow
from quizgen.model import Question

DESIRED_RETENTION = 0.9
#: A card is mastered once fsrs expects it to be remembered for this long (days).
MASTERED_STABILITY_DAYS = 21.0
WORDS_PER_SECOND = 4.0
EASY_SECONDS = 3.0
HARD_SECONDS = 12.0


def make_scheduler(*, fuzzing: bool = True) -> Scheduler:
    """fsrs with its default parameters and 0.9 desired retention (fuzzing off in tests)."""
    return Scheduler(desired_retention=DESIRED_RETENTION, enable_fuzzing=fuzzing)


def card_id_for(question_id: str) -> int:
    """A stable card id from the question id (positive, fits SQLite's signed 64 bits);
    fsrs's default is the creation time, which would differ between learners and runs."""
    digest = hashlib.blake2b(question_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def new_card(question_id: str, now: datetime) -> Card:
    """A fresh fsrs card for a question never trained, due `now`."""
    return Card(card_id=card_id_for(question_id), due=_utc(now))


def to_fsrs(row: CardRow) -> Card:
    """The fsrs Card of a stored card."""
    return Card(
        card_id=row.card_id,
        state=State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=_utc(row.due),
        last_review=None if row.last_review is None else _utc(row.last_review),
    )


def from_fsrs(question_id: str, card: Card) -> CardRow:
    """The storable row of an fsrs Card."""
    return CardRow(
        question_id=question_id,
        card_id=card.card_id,
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def review(
    scheduler: Scheduler,
    question_id: str,
    previous: CardRow | None,
    rating: Rating,
    now: datetime,
    response_seconds: float | None = None,
) -> CardRow:
    """The card after reviewing it with `rating` at `now` (a new card when `previous` is None)."""
    card = new_card(question_id, now) if previous is None else to_fsrs(previous)
    duration = None if response_seconds is None else int(response_seconds * 1000)
    updated, _log = scheduler.review_card(card, rating, _utc(now), duration)
    return from_fsrs(question_id, updated)


@dataclass(frozen=True)
class RatingLimits:
    """Response times (seconds) that separate Easy / Good / Hard for one question."""

    easy: float
    hard: float


def rating_limits(question: Question) -> RatingLimits:
    """The Easy and Hard limits of a question, scaled with how much there is to read."""
    words = len(question.question.split()) + sum(len(c.split()) for c in question.choices)
    reading = words / WORDS_PER_SECOND
    return RatingLimits(easy=EASY_SECONDS + reading, hard=HARD_SECONDS + 2 * reading)


def rate(question: Question, correct: bool, response_seconds: float) -> Rating:
    """The rating an answer earns: Again when wrong; Easy/Good/Hard by response time."""
    if not correct:
        return Rating.Again
    limits = rating_limits(question)
    if response_seconds <= limits.easy:
        return Rating.Easy
    if response_seconds > limits.hard:
        return Rating.Hard
    return Rating.Good


def is_mastered(row: CardRow) -> bool:
    """A card in review whose stability reached MASTERED_STABILITY_DAYS."""
    return (
        row.state == State.Review
        and row.stability is not None
        and row.stability >= MASTERED_STABILITY_DAYS
    )


def _utc(moment: datetime) -> datetime:
    # fsrs insists on tzinfo == timezone.utc exactly, not merely an aware datetime.
    if moment.tzinfo is None:
        raise ValueError("scheduling times must be timezone-aware")
    return moment.astimezone(UTC)
