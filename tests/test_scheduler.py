"""The fsrs wrapper: stable card ids, the rating rule, card conversion."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fsrs import Rating, State

from quizgen.learn.scheduler import (
    card_id_for,
    from_fsrs,
    is_mastered,
    make_scheduler,
    new_card,
    rate,
    rating_limits,
    review,
    to_fsrs,
)
from quizgen.model import Question

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SHORT = Question(id="tf", type="true_false", question="Paris is in France.", answer=True)
LONG = Question(
    id="mc",
    type="multiple_choice",
    question=" ".join(["word"] * 40),
    choices=["first long choice here", "second long choice here", "third one", "fourth"],
    answer="fourth",
)


def test_card_id_is_stable_and_distinct_per_question() -> None:
    assert card_id_for("putin-call-length") == card_id_for("putin-call-length")
    assert card_id_for("putin-call-length") != card_id_for("putin-call-length-2")
    assert 0 <= card_id_for("x") < 2**63
    assert new_card("abc", NOW).card_id == card_id_for("abc")


def test_wrong_is_again_whatever_the_time() -> None:
    assert rate(SHORT, False, 0.5) == Rating.Again
    assert rate(SHORT, False, 100) == Rating.Again


def test_right_is_easy_good_or_hard_by_time() -> None:
    limits = rating_limits(SHORT)
    assert rate(SHORT, True, limits.easy) == Rating.Easy
    assert rate(SHORT, True, limits.easy + 0.1) == Rating.Good
    assert rate(SHORT, True, limits.hard) == Rating.Good
    assert rate(SHORT, True, limits.hard + 0.1) == Rating.Hard


def test_limits_grow_with_the_text_to_read() -> None:
    short, long = rating_limits(SHORT), rating_limits(LONG)
    assert short.easy < long.easy and short.hard < long.hard
    # 4 words at 4 words/s: 1 s of reading on top of the 3 s / 12 s bases.
    assert (short.easy, short.hard) == (4.0, 14.0)
    assert rate(LONG, True, 12.0) == Rating.Easy
    assert rate(SHORT, True, 12.0) == Rating.Good


def test_card_round_trips_through_the_store_row() -> None:
    scheduler = make_scheduler(fuzzing=False)
    row = review(scheduler, "q", None, Rating.Good, NOW)
    again = from_fsrs("q", to_fsrs(row))
    assert again == row
    assert row.card_id == card_id_for("q")
    assert row.last_review == NOW


def test_review_needs_an_aware_time() -> None:
    with pytest.raises(ValueError):
        review(make_scheduler(fuzzing=False), "q", None, Rating.Good, datetime(2026, 1, 1))


def test_mastered_means_review_state_and_three_weeks_stability() -> None:
    scheduler = make_scheduler(fuzzing=False)
    row = review(scheduler, "q", None, Rating.Easy, NOW)
    reviews = 1
    while not is_mastered(row):
        row = review(scheduler, "q", row, Rating.Good, row.due)
        reviews += 1
        assert reviews < 20
    assert row.state == State.Review and row.stability is not None and row.stability >= 21
    assert not is_mastered(review(scheduler, "q", row, Rating.Again, row.due))
