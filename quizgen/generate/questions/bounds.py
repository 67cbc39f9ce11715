"""Figures said as a bound: "More than 40 people were killed" for the article's 45.

Blind gradings found every true statement a near-copy of its sentence and every false one
the same sentence with one number changed, so a learner checks digits, not the story. A
figure that reads well as a bound is said so in its true statement (the bound below the
figure) and in some of its false ones (a bound well above it), so that "more than" marks
neither key.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import in_quotation
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.distractors import open_bound, seed_of
from quizgen.generate.questions.figures import Figure, parse_figure

#: Round values are these steps times a power of ten ("more than 150", "more than 2,500").
ROUND_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 7.5, 8.0, 9.0)
ROUND_VALUES = sorted(step * 10**power for power in range(13) for step in ROUND_STEPS)
#: A true bound lies no lower than this share of the figure ("more than 10" of 45 says
#: too little to be worth a statement).
TRUE_BOUND_SHARE = 0.6
#: A false bound lies this far above the figure at least, and at most `FALSE_BOUND_MOST`.
FALSE_BOUND_LEAST = 1.3
FALSE_BOUND_MOST = 3.0
#: One false statement of a figure in this many is said as a bound. The key balance
#: leaves most statements of figures false (people and places are stated true), so a
#: bound in every false one read as the mark of a false statement in a blind grading.
FALSE_BOUND_EVERY = 4
#: Figures below this are said exactly: a count of a few is its own fact.
SMALLEST_BOUNDED = 15
#: What may stand before the number of a figure said as a bound: a currency, no words.
_PLAIN_BEFORE = re.compile(r"(?:[A-Z]{0,2}[$€£¥])?")
#: Words before or after a figure that tie it to another ("from 40 to 45", "30 more than
#: Ajax"), or that a bound cannot follow ("the more than 40 victims", "below more than
#: US$90", "at more than 20").
_TIED_BEFORE = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "from", "to", "between", "and", "or", "of",
     "than", "no", "below", "above", "over", "under", "within", "beyond", "up", "nearly",
     "almost", "about", "around", "some", "per", "at", "each", "all", "further", "another",
     "additional", "extra", "only", "just", "exactly"}
)  # fmt: skip
_TIED_AFTER = re.compile(r"^\s*(?:-|–|to\b|and\b|or\b|more\b|less\b|fewer\b|times\b|\()")
#: A unit and then the figure converted in brackets: "120 miles per hour (195 ...)".
_CONVERTED = re.compile(r"^[^.,;()]{0,30}\(\s*[\d$€£]")


def bounded(doc: Doc, fact: Fact, before: str, after: str, truth: bool) -> str | None:
    """The answer of `fact`, between the statement's `before` and `after`, said as a round
    bound that is true (or false) as asked: "more than 40" for 45 (or "more than 60");
    None when the figure is said exactly: one that is small, hedged, quoted, a year, a
    decimal, an age, a place in a series or a modifier ("a US$162 billion bill")."""
    if not truth and seed_of(fact.evidence, fact.answer) % FALSE_BOUND_EVERY:
        return None  # most figures end up stated false: a bound must not mark them
    figure = parse_figure(fact.answer)
    if figure is None or not _boundable(doc, fact, figure, before, after):
        return None
    value = _bound_below(figure.value) if truth else _bound_above(figure.value)
    return None if value is None else f"more than {figure.with_value(value)}"


def _boundable(doc: Doc, fact: Fact, figure: Figure, before: str, after: str) -> bool:
    if spec_of(fact).distractors != "other_numbers" or fact.rule == "numbers.age":
        return False
    if in_quotation(doc[fact.start]):
        return False  # someone's words are not changed
    if open_bound(doc, fact):
        return False  # "has exceeded 500": no "has exceeded more than 400"
    if not figure.raw[:1].isdigit() or "." in figure.raw:
        return False
    if re.match(r"(?:st|nd|rd|th)\b", figure.after):
        return False  # "his 80th career win" is a place in a series
    year_like = 1500 <= figure.value <= 2100 and "," not in figure.raw
    if figure.value < SMALLEST_BOUNDED or year_like or not _PLAIN_BEFORE.fullmatch(figure.before):
        return False
    last_word = re.findall(r"[\w’']+", before.lower())[-1:]
    if last_word and last_word[0] in _TIED_BEFORE or _TIED_AFTER.match(after):
        return False
    if last_word and last_word[0].endswith(("'s", "’s")):
        return False  # "Figo's more than 200 caps"
    if before.rstrip().endswith("(") or _CONVERTED.match(after):
        return False  # "120 mph (195 km/h)": a conversion that tells the figure
    if figure.value >= 1000 and figure.scaled():
        return False  # "more than $1,500 million"
    root = doc[fact.start : fact.end].root
    modifier = root.dep_ in ("compound", "amod") or root.dep_ == "nummod" and root.head.tag_ == "NN"
    return not modifier


def _bound_below(value: float) -> float | None:
    """The largest round value below `value`, when it says enough of it."""
    below = [v for v in ROUND_VALUES if v < value]
    return below[-1] if below and below[-1] >= TRUE_BOUND_SHARE * value else None


def _bound_above(value: float) -> float | None:
    """The smallest round value well above `value`, when it is still believable."""
    above = [v for v in ROUND_VALUES if v >= FALSE_BOUND_LEAST * value]
    return above[0] if above and above[0] <= FALSE_BOUND_MOST * value else None
