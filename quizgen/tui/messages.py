"""Textual messages the quizgen widgets and screens post (small dataclasses, one per event).

Screens never import one another to move on: they post one of the navigation messages
below and the app (`quizgen.tui.apps`) decides which screen comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # only annotations: the quiz need not load the trainer (and fsrs)
    from quizgen.learn.session import QuizSession
    from quizgen.learn.training import TrainingSession


@dataclass
class Answered(Message):
    """The learner answered: an index into the shown choices, or a bool for true/false."""

    answer: int | bool


@dataclass
class Flagged(Message):
    """The learner flagged the question `question_id` as wrong or unclear."""

    question_id: str
    #: Why, in one line ("" when no reason was given).
    reason: str


@dataclass
class QuizFinished(Message):
    """The last question of `session` was answered and left: time for its results."""

    session: QuizSession


@dataclass
class ReviewMisses(Message):
    """The learner asked to step through the questions `session` missed."""

    session: QuizSession


@dataclass
class RetryMisses(Message):
    """The learner asked for a new quiz over the questions `session` missed."""

    session: QuizSession


@dataclass
class TrainingFinished(Message):
    """`session` has nothing left to ask right now: time for its summary."""

    session: TrainingSession
