"""Relative time as concrete dates, from the article's publication date."""

from __future__ import annotations

import datetime

import pytest

from quizgen.generate.dates import resolve_relative

# Saturday 28 January 2017: the day of the Trump-Putin call in the seeds.
SATURDAY = datetime.date(2017, 1, 28)
WEDNESDAY = datetime.date(2017, 1, 25)


@pytest.mark.parametrize(
    ("expression", "published", "phrase"),
    [
        ("yesterday", SATURDAY, "on 27 January 2017"),
        ("Yesterday morning", SATURDAY, "on 27 January 2017"),
        ("today", SATURDAY, "on 28 January 2017"),
        ("this morning", SATURDAY, "on 28 January 2017"),
        ("tomorrow", SATURDAY, "on 29 January 2017"),
        ("three days ago", SATURDAY, "on 25 January 2017"),
        ("2 days ago", SATURDAY, "on 26 January 2017"),
        # A bare weekday is the last such day on or before the publication date.
        ("on Friday", SATURDAY, "on 27 January 2017"),
        ("on Saturday", SATURDAY, "on 28 January 2017"),
        ("Monday", SATURDAY, "on 23 January 2017"),
        ("last Saturday", SATURDAY, "on 21 January 2017"),
        ("next Monday", WEDNESDAY, "on 30 January 2017"),
        ("next Wednesday", WEDNESDAY, "on 1 February 2017"),
        ("this week", WEDNESDAY, "in the week of 23 January 2017"),
        ("earlier this week", WEDNESDAY, "in the week of 23 January 2017"),
        ("last week", WEDNESDAY, "in the week of 16 January 2017"),
        ("next week", WEDNESDAY, "in the week of 30 January 2017"),
        ("over the weekend", WEDNESDAY, "on the weekend of 21 January 2017"),
        ("last weekend", SATURDAY, "on the weekend of 21 January 2017"),
        ("this weekend", SATURDAY, "on the weekend of 28 January 2017"),
        ("next weekend", SATURDAY, "on the weekend of 4 February 2017"),
        ("last month", SATURDAY, "in December 2016"),
        ("this month", SATURDAY, "in January 2017"),
        ("next month", datetime.date(2016, 12, 5), "in January 2017"),
        ("last year", SATURDAY, "in 2016"),
    ],
)
def test_relative_expression_becomes_a_date_phrase(expression, published, phrase):
    resolved = resolve_relative(expression, published)
    assert resolved is not None
    assert resolved.phrase == phrase


def test_a_weekday_about_the_future_is_the_next_one():
    resolved = resolve_relative("on Friday", WEDNESDAY, future=True)
    assert resolved is not None and resolved.phrase == "on 27 January 2017"
    resolved = resolve_relative("this weekend", WEDNESDAY, future=True)
    assert resolved is not None and resolved.phrase == "on the weekend of 28 January 2017"


def test_spans_give_their_first_and_last_day():
    week = resolve_relative("last week", WEDNESDAY)
    assert week is not None
    assert (week.start, week.end) == (datetime.date(2017, 1, 16), datetime.date(2017, 1, 22))
    month = resolve_relative("last month", datetime.date(2016, 3, 10))
    assert month is not None
    assert (month.start, month.end) == (datetime.date(2016, 2, 1), datetime.date(2016, 2, 29))


@pytest.mark.parametrize(
    "expression", ["recently", "in January", "the day before the vote", "Fridays", "soon", ""]
)
def test_what_it_cannot_resolve_gives_none(expression):
    assert resolve_relative(expression, SATURDAY) is None


def test_next_weekday_later_in_the_same_week_is_ambiguous():
    # Said on a Wednesday, "next Friday" is this Friday to some readers, a week later to others.
    assert resolve_relative("next Friday", WEDNESDAY) is None
    assert resolve_relative("next weekend", WEDNESDAY) is None
