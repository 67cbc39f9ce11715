"""Textual messages the quizgen widgets post (small dataclasses, one per event)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class Answered(Message):
    """The learner answered: an index into the shown choices, or a bool for true/false."""

    answer: int | bool
