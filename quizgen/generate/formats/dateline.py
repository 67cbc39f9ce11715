"""Datelines: a line that is only a date (`Friday, September 9, 2016`), as an ISO date.

News text often gives its publication date on a line of its own under the headline.
Only a line that is a whole date (an optional weekday, then the date, in the usual
English forms, or ISO) counts: a date inside a sentence is news, not a dateline.
"""

from __future__ import annotations

import datetime
import re

#: A leading weekday (`Friday, `, `Fri `) and a trailing full stop or time are not the date.
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\.?,?\s+", re.IGNORECASE
)
_TIME = re.compile(r"[\s,]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)
_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y")
#: The most words a dateline has (`Updated: Friday, September 9, 2016, 10:42 GMT`).
MAX_WORDS = 8


def dateline_date(line: str) -> str:
    """The ISO date of a line that is only a date; "" for any other line."""
    text = line.strip().rstrip(".")
    if not text or len(text.split()) > MAX_WORDS:
        return ""
    text = _TIME.sub("", _WEEKDAY.sub("", text)).replace(".", "").strip(" ,")
    text = re.sub(r"\bSept\b", "Sep", text, flags=re.IGNORECASE)  # %b knows only "Sep"
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    for form in _FORMATS:
        try:
            return datetime.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return ""


def first_dateline(lines: list[str]) -> str:
    """The date of the first line among `lines` that is a dateline, or ""."""
    return next((found for line in lines if (found := dateline_date(line))), "")


def as_iso_date(value: object) -> str:
    """A front matter `date:` value (a YAML date or datetime, or text) as an ISO date, or ""."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.strip()).date().isoformat()
        except ValueError:
            return dateline_date(value)
    return ""
