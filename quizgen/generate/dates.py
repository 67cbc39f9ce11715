"""Relative time in news text ("yesterday", "on Friday", "last week") as concrete dates.

A question read months after the article cannot say "yesterday": given the article's
publication date, `resolve_relative` turns such an expression into a date phrase
("on 27 January 2017", "in the week of 16 January 2017") with the span of days it means,
or returns None when it cannot tell (the caller then leaves the expression out or keeps
the question off). Pure: no clock is read; the publication date is the only "now".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from quizgen.generate.vocabulary import WEEKDAYS, WORD_NUMBERS

_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAYS_AGO = re.compile(r"^(\w+)\s+days?\s+ago$")
_SAME_DAY = re.compile(
    rf"^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today){_PART_OF_DAY}$"
)
_YESTERDAY = re.compile(rf"^(?:yesterday|last\s+night){_PART_OF_DAY}$")
_TOMORROW = re.compile(rf"^tomorrow{_PART_OF_DAY}$")
_WEEKDAY = re.compile(
    rf"^(?:(?:on|last|this|next|on\s+last|on\s+next)\s+)?({'|'.join(WEEKDAYS)}){_PART_OF_DAY}$"
)
_SPAN = re.compile(
    r"^(?:(?:earlier|later)\s+)?(this|last|next)\s+(week|weekend|month|year)$"
    r"|^(?:over|at)\s+the\s+(weekend)$"
)


@dataclass(frozen=True)
class ResolvedDate:
    """What a relative expression means, given the publication date."""

    #: The concrete phrase to write instead ("on 27 January 2017").
    phrase: str
    #: The first and last day meant (the same day for a single date).
    start: datetime.date
    end: datetime.date


def resolve_relative(
    expression: str, published: datetime.date, *, future: bool = False
) -> ResolvedDate | None:
    """The date(s) `expression` ("yesterday", "on Friday", "last week", "three days ago")
    means in an article published on `published`; None when it is not a relative time
    expression this knows. A bare weekday ("on Friday") is the last such day on or before
    the publication date, as news reports what happened; with `future` (a sentence about
    what will happen) it is the next one on or after it."""
    text = " ".join(expression.lower().replace(",", " ").split()).removeprefix("on ")
    for resolve in (_day, _weekday, _span):
        found = resolve(text, published, future)
        if found is not None:
            return found
    return None


def _day(text: str, published: datetime.date, future: bool) -> ResolvedDate | None:
    offset: int | None = None
    if _SAME_DAY.match(text):
        offset = 0
    elif _YESTERDAY.match(text):
        offset = -1
    elif _TOMORROW.match(text):
        offset = 1
    elif match := _DAYS_AGO.match(text):
        count = match.group(1)
        offset = -(int(count) if count.isdigit() else WORD_NUMBERS.get(count, 0)) or None
    if offset is None:
        return None
    return _single(published + datetime.timedelta(days=offset))


def _weekday(text: str, published: datetime.date, future: bool) -> ResolvedDate | None:
    match = _WEEKDAY.match(text)
    if not match:
        return None
    wanted = WEEKDAYS.index(match.group(1))
    if text.startswith("last "):
        future = False
    elif text.startswith("next "):
        future = True
    if future:
        ahead = (wanted - published.weekday()) % 7
        if text.startswith("next "):
            if ahead:
                # "next Friday" said on a Wednesday: this Friday or the one after? Readers
                # differ, so no date rather than a wrong one.
                return (
                    None
                    if wanted > published.weekday()
                    else _single(published + datetime.timedelta(days=ahead))
                )
            ahead = 7  # said on a Friday: a week on
        return _single(published + datetime.timedelta(days=ahead))
    back = (published.weekday() - wanted) % 7
    back = back or (7 if text.startswith("last ") else 0)
    return _single(published - datetime.timedelta(days=back))


def _span(text: str, published: datetime.date, future: bool) -> ResolvedDate | None:
    match = _SPAN.match(text)
    if not match:
        return None
    # "over the weekend", "at the weekend": the weekend just past.
    which, unit = (match.group(1), match.group(2)) if match.group(2) else ("past", "weekend")
    step = {"this": 0, "last": -1, "next": 1, "past": 0}[which]
    if unit == "year":
        year = published.year + step
        return ResolvedDate(f"in {year}", datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        first = datetime.date(month_index // 12, month_index % 12 + 1, 1)
        following = datetime.date((month_index + 1) // 12, (month_index + 1) % 12 + 1, 1)
        return ResolvedDate(f"in {first:%B %Y}", first, following - datetime.timedelta(days=1))
    monday = published - datetime.timedelta(days=published.weekday())
    if unit == "week":
        start = monday + datetime.timedelta(weeks=step)
        end = start + datetime.timedelta(days=6)
        return ResolvedDate(f"in the week of {_long(start)}", start, end)
    # The weekend: the one just past (news reports Saturday's events on Monday), or the
    # one the article appeared on; "next" (and "this" about the future) the coming one.
    on_weekend = published.weekday() >= 5
    if which == "next" and not on_weekend:
        return None  # said on a weekday: this coming weekend or the one after? Readers differ.
    saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
    if which == "next" or (which == "this" and future and not on_weekend):
        saturday += datetime.timedelta(weeks=1)
    elif which == "last" and on_weekend:
        saturday -= datetime.timedelta(weeks=1)
    sunday = saturday + datetime.timedelta(days=1)
    return ResolvedDate(f"on the weekend of {_long(saturday)}", saturday, sunday)


def _single(day: datetime.date) -> ResolvedDate:
    return ResolvedDate(f"on {_long(day)}", day, day)


def _long(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"
