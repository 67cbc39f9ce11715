"""The rows of the progress store as plain dataclasses, and their SQLite text forms.

Times are stored as fixed-width UTC ISO text, so text order is time order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


def to_db_time(moment: datetime) -> str:
    """A timezone-aware datetime as fixed-width UTC text (sortable as text)."""
    if moment.tzinfo is None:
        raise ValueError("progress times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db_time(text: str) -> datetime:
    """The inverse of `to_db_time`; ValueError for text it did not write (a damaged row)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time {text!r} has no time zone")
    return moment


@dataclass(frozen=True)
class CardRow:
    """The scheduling state of one question for one learner (the fields of an fsrs Card)."""

    question_id: str
    #: Stable, derived from the question id (see scheduler.card_id_for).
    card_id: int
    #: fsrs State: 1 learning, 2 review, 3 relearning.
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None


@dataclass(frozen=True)
class AnswerRow:
    """One answer in the log."""

    id: int
    learner: str
    question_id: str
    at: datetime
    given: str
    correct: bool
    #: fsrs Rating 1-4, or None for an answer that did not rate a card (a quiz answer).
    rating: int | None
    response_seconds: float | None
    mode: str


#: The columns `card_from_row` reads, in its order.
CARD_COLUMNS = "question_id, card_id, state, step, stability, difficulty, due, last_review"
#: The columns `answer_from_row` reads, in its order.
ANSWER_COLUMNS = "id, learner, question_id, at, given, correct, rating, response_seconds, mode"


def card_from_row(row: tuple) -> CardRow:
    """A `CARD_COLUMNS` row as a CardRow."""
    qid, card_id, state, step, stability, difficulty, due, last_review = row
    return CardRow(
        question_id=qid,
        card_id=card_id,
        state=state,
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_db_time(due),
        last_review=None if last_review is None else from_db_time(last_review),
    )


def answer_from_row(row: tuple) -> AnswerRow:
    """An `ANSWER_COLUMNS` row as an AnswerRow."""
    answer_id, learner, qid, at, given, correct, rating, seconds, mode = row
    return AnswerRow(
        id=answer_id,
        learner=learner,
        question_id=qid,
        at=from_db_time(at),
        given=given,
        correct=bool(correct),
        rating=rating,
        response_seconds=seconds,
        mode=mode,
    )
