"""The bank format's rules as data: keys, allowed values, id pattern, limits.

`load.py` checks them with line numbers and `schema.py` states them as JSON Schema, so
both read the same source.
"""

from __future__ import annotations

import datetime
import difflib
import re

from quizgen.model import DIFFICULTIES, QUESTION_TYPES, STATUSES

#: `generated` is generate's record of what it wrote (see quizgen/bank/merge.py).
FILE_KEYS = ("title", "source", "questions", "generated")
SOURCE_KEYS = ("file", "url", "date")
#: Also the order in which questions are written.
QUESTION_KEYS = (
    "id",
    "type",
    "question",
    "choices",
    "answer",
    "explanation",
    "evidence",
    "tags",
    "difficulty",
    "status",
)
REQUIRED_KEYS = ("id", "type", "question", "answer")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_iso_date(text: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


CHOICE_KEYS: dict[str, tuple[str, ...]] = {
    "type": QUESTION_TYPES,
    "difficulty": DIFFICULTIES,
    "status": STATUSES,
}
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
MIN_CHOICES = 2
MAX_CHOICES = 6

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
TRUE_WORDS = frozenset({"true", "yes", "on", "y"})


def unknown_key_message(key: str, known: tuple[str, ...]) -> str:
    """ "unknown key 'anwser' (did you mean 'answer'?)", or the list of known keys."""
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    if close:
        return f"unknown key '{key}' (did you mean '{close[0]}'?)"
    return f"unknown key '{key}' (known keys: {', '.join(known)})"
