"""Wrong figures a learner could believe: other figures of the article first, then values
that keep the answer's form and precision without a pattern that gives the key away.

Never a set built by arithmetic a learner can see through: no x0.5/x1.5/x2, no consecutive
years, no even steps around the key, no "same day, other month". The changed values are
irregular multiples rounded to the answer's own precision ("about 80" -> "about 50",
"84,121" -> "50,473"), irregular year offsets, and irregular day shifts for dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.generate.vocabulary import HEDGES, MONTHS, SCALES, WORD_NUMBERS

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Number words, longest first ("seventeen" before "seven").
_NUMBER_WORDS = "|".join(
    sorted((w for w in WORD_NUMBERS if w not in ("a", "an")), key=len, reverse=True)
)
#: A range or a fraction ("8–10 years", "half", "9 to 10", "three to ten"): no single
#: figure to change.
RANGE = re.compile(rf"\d\s*[–-]\s*\d|\bhalf\b|\bto (?:\d|(?:{_NUMBER_WORDS})\b)|\bor\b|\band\b")
#: Number words by value, for writing a changed value in words.
NUMBER_NAMES = {v: k for k, v in WORD_NUMBERS.items() if k not in ("a", "an")}
#: What may stand before a date ("in 2014", "on August 10").
DATE_PREFIX = re.compile(r"^(?:(?:in|on|the) )?")
#: Irregular factors: no two of them make the evenly spaced sets learners spot.
#: No two of them add up to 1 (300 + 400 = 700) and the key is not always in the middle.
FACTORS = (0.65, 1.4, 1.85, 0.45, 2.6, 0.8, 1.2)
#: Irregular steps for small counts ("two" -> "three", "five", "seven").
SMALL_STEPS = (1, 3, -1, 5, 2, -2, 4)
#: Irregular year offsets, mostly back in time (a distractor year after the article is odd).
YEAR_STEPS = (-9, -4, 3, -15, 6, -2)
#: Irregular day shifts for "August 10" -> "July 27", "August 19", ...
DAY_STEPS = (-14, 9, -23, 17, -5, 30)
SMALL = 12
#: A figure written with decimals under this is a point on a scale (a magnitude, a rating).
SCALE_LIMIT = 10
#: Irregular steps along such a scale.
SCALE_STEPS = (-0.7, 0.4, -1.6, 1.1, -0.3, 0.8)
#: Steps along a scale from a whole value written with decimals ("9.0"): some whole,
#: some not, so that neither kind marks the key.
WHOLE_STEPS = (-1, 0.5, -1.5, 1, -0.5)


#: A length written as an adjective ("hour-long", "two-hour-long", "half-hour-long").
LONG_FORM = re.compile(
    r"(?:(?P<number>[\w.,]+)-)?(?P<unit>minute|hour|day|week|month|year)-long", re.IGNORECASE
)


@dataclass(frozen=True)
class Figure:
    """A figure as written: the words around its number, the number and how it is written."""

    before: str
    value: float
    after: str
    #: The number as the article writes it ("84,121", "2.5", "five").
    raw: str

    def scaled(self) -> bool:
        """True when a word multiplies the number ("seven billion euros")."""
        words = self.after.split()
        return bool(words) and words[0].lower() in SCALES

    def with_value(self, value: float) -> str:
        """The same words around another value, written like the original."""
        return f"{self.before}{_written_like(value, self.raw)}{self.after}"


@lru_cache(maxsize=4096)
def parse_figure(text: str) -> Figure | None:
    """`text`'s number and the words around it; None for ranges and fractions. (Cached:
    the writers, the checks and the ranker parse the same figures many times over.)"""
    if RANGE.search(text):
        return None
    match = NUMBER.search(text)
    if match:
        value = float(match.group(0).replace(",", ""))
        return Figure(text[: match.start()], value, text[match.end() :], match.group(0))
    words = text.split()
    lowered = [word.lower() for word in words]
    numbers = [k for k, word in enumerate(lowered) if word in WORD_NUMBERS]
    # "an estimated six million" counts six million; "an hour" is one hour; a lone "a"
    # is no number.
    named = [k for k in numbers if lowered[k] not in ("a", "an")]
    articles = [k for k in numbers if k + 1 < len(words)]
    if not named and not articles:
        return None
    k = (named or articles)[0]
    before = " ".join(words[:k]) + (" " if k else "")
    after = (" " if k + 1 < len(words) else "") + " ".join(words[k + 1 :])
    return Figure(before, WORD_NUMBERS[lowered[k]], after, words[k])


def _written_like(value: float, raw: str) -> str:
    """`value` in the style of `raw`: words for words, commas, the same decimals."""
    if raw[:1].isalpha():
        if raw.lower() in ("a", "an") and value == 1:
            return raw
        word = NUMBER_NAMES.get(int(value), str(int(value)))
        return word.capitalize() if raw[:1].isupper() else word
    if "." in raw:
        return f"{value:.{len(raw.split('.')[1])}f}"
    # Commas when the article uses them, or when it wrote a short number without any.
    if "," in raw or (value >= 1000 and len(raw) <= 3):
        return f"{round(value):,}"
    return str(round(value))


def _significant(raw: str) -> int:
    """How many significant digits the article gives ("80" -> 1, "84,121" -> 5)."""
    digits = raw.replace(",", "").replace(".", "").lstrip("0")
    return max(1, len(digits.rstrip("0")) if "." not in raw else len(digits))


def _round_to(value: float, digits: int) -> float:
    if value <= 0:
        return value
    magnitude = len(str(int(value))) - digits
    return round(value, -magnitude) if magnitude > 0 else round(value, 0)


#: A figure given to this many significant digits or more is precise ("787,580").
PRECISE_DIGITS = 3


def _round_like(value: float, figure: Figure) -> float:
    """`value` at `figure`'s precision: its significant digits, and for a larger value of
    a precise figure no coarser than the place of its last digit ("1,457,020" beside
    "787,580", not "1,457,000": a round choice beside a precise key sets it apart)."""
    digits = _significant(figure.raw)
    rounded = _round_to(value, digits)
    if value <= figure.value or digits < PRECISE_DIGITS:
        return rounded
    whole = figure.raw.replace(",", "")
    place = 10 ** (len(whole) - len(whole.rstrip("0")))
    return float(round(value / place) * place)


def changed_values(figure: Figure, percent: bool = False) -> list[float]:
    """Values that differ from the figure's irregularly, at its precision."""
    value = figure.value
    if "." in figure.raw and value < SCALE_LIMIT and not figure.scaled():
        # "a magnitude 9.0 earthquake", "a rating of 4.5": a point on a scale moves a little
        # ("£1.4bn" is no point on a scale: moved by 0.7 it was halved).
        decimals = len(figure.raw.split(".")[1])
        # "magnitude 9.0": some whole steps, or the key would be the one whole value.
        scale = WHOLE_STEPS if value == int(value) else SCALE_STEPS
        moved = [round(value + s, decimals) for s in scale if 0 < value + s]
        return _precise_as(value, moved)
    if figure.raw[:1].isalpha() or (value <= SMALL and value == int(value)):
        steps = [value + s for s in SMALL_STEPS]
        return [v for v in steps if v > 0 and (not figure.raw[:1].isalpha() or v <= 20)]
    if _is_year(figure) and not figure.after.strip():
        return [value + s for s in YEAR_STEPS]
    if "." in figure.raw:
        decimals = len(figure.raw.split(".")[1])
        out = _precise_as(value, [round(value * f, decimals) for f in FACTORS])
    else:
        out = [_round_like(value * f, figure) for f in FACTORS]
    if _price_point(figure):
        out = [_as_price_point(v, figure.raw) for v in out]

    def fits(v: float) -> bool:
        return v != value and not (percent and v >= 100) and v / value not in EVEN_RATIOS

    kept = list(dict.fromkeys(v for v in out if fits(v)))  # rounding may make two one
    if len(kept) < 3 and "." not in figure.raw and not _price_point(figure):
        # "20,000" rounds to halves and doubles: a digit more ("13,000", "37,000").
        finer = [_round_to(value * f, _significant(figure.raw) + 1) for f in FACTORS]
        kept += [v for v in dict.fromkeys(finer) if fits(v) and v not in kept]
    return kept


#: What rounding can make of the factors, and a learner sees through: half, one and a
#: half, twice ("10,000" and "40,000" beside "20,000").
EVEN_RATIOS = frozenset({0.5, 1.5, 2.0})


def _price_point(figure: Figure) -> bool:
    """True when the figure is a shop price ("US$199", "$29.99"): money ending in 9."""
    money = re.search(r"[$€£¥]|\b(?:USD|EUR|GBP)\b", figure.before) is not None
    return money and figure.raw.endswith("9") and figure.value >= 9 and not figure.scaled()


def _as_price_point(value: float, raw: str) -> float:
    """`value` as a price like the key's: "US$64" beside "$99" reads made up, "$149" not;
    "$19.99" stays in 99 cents."""
    if "." in raw:
        return int(value) + float("0." + raw.split(".")[1])
    return max(9, round((value + 1) / 10) * 10 - 1)


def _precise_as(value: float, values: list[float]) -> list[float]:
    """`values` without whole numbers when `value` is not one: "1.0" and "3.0" beside
    "2.6" are made up, and read so."""
    return values if value == int(value) else [v for v in values if v != int(v)]


def _is_year(figure: Figure) -> bool:
    return re.fullmatch(r"(1[5-9]|20)\d\d", figure.raw) is not None


def guessable(answer: float, values: list[float]) -> str:
    """The pattern a learner could read the key off the choices by, or "": the values
    step evenly (1968/1969/1970, 20/40/60/80), three are consecutive counts (four, five,
    six), or the key lies halfway between two others (five between four and six)."""
    ordered = sorted(set([answer, *values]))
    if len(ordered) < 3:
        return ""
    gaps = [round(b - a, 6) for a, b in zip(ordered, ordered[1:], strict=False)]
    if len(set(gaps)) == 1:
        return "evenly spaced"
    if any(a == b == 1 for a, b in zip(gaps, gaps[1:], strict=False)):
        return "three consecutive values"
    if any(round(answer - v, 6) == round(w - answer, 6) > 0 for v in values for w in values):
        return "the key halfway between two others"
    return ""


def stands_apart(answer: float, values: list[float]) -> bool:
    """True when the key lies apart from the other choices, further from the nearest than
    they are from each other: 1923 beside 1941, 1943 and 1945 is the birth year, and 1968
    beside 1981, 1989 and 1991 the one before them all."""
    others = sorted(set(values) - {answer})
    if len(others) < 2 or others[0] < answer < others[-1]:
        return False
    gap = min(abs(answer - others[0]), abs(answer - others[-1]))
    return gap > others[-1] - others[0]


# --- dates ---------------------------------------------------------------------------------

DATE_SHAPES = {
    "month_day_year": re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}), (?P<year>\d{4})$"),
    "month_day": re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})$"),
    "day_month": re.compile(r"^(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)$"),
    "month_year": re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<year>\d{4})$"),
    "month": re.compile(r"^(?P<month>[A-Z][a-z]+)$"),
}


def split_date(text: str) -> tuple[str, str]:
    """A date's leading preposition ("in ", "on ", "the " or "") and the date itself."""
    prefix = DATE_PREFIX.match(text).group(0)  # type: ignore[union-attr]
    return prefix, text[len(prefix) :]


def date_shape(text: str) -> str:
    """The granularity a date is written at ("month_day", "year", ...), or ""."""
    core = split_date(text.strip())[1]
    if re.fullmatch(r"\d{4}", core):
        return "year"
    for name, pattern in DATE_SHAPES.items():
        match = pattern.match(core)
        if match and match.group("month").lower() in MONTHS:
            return name
    return ""


def shifted_dates(text: str, forward: bool = False) -> list[str]:
    """The same date at the same granularity, moved by irregular steps (later ones only
    when `forward`: a year something "will" happen in is not in the past)."""
    prefix, core = split_date(text)
    shape = date_shape(core)
    if shape == "year":
        return [f"{prefix}{int(core) + (abs(s) if forward else s)}" for s in YEAR_STEPS]
    if not shape:
        return []
    match = DATE_SHAPES[shape].match(core)
    assert match is not None
    parts = match.groupdict()
    month = MONTHS.index(parts["month"].lower()) + 1
    if "day" not in parts:
        return [_month_shift(prefix, month, parts.get("year"), s) for s in (2, -3, 5, -1)]
    year = int(parts.get("year") or 2001)
    day = min(int(parts["day"]), 28)
    base = dt.date(year, month, day)
    out = []
    for step in DAY_STEPS:
        moved = base + dt.timedelta(days=step)
        out.append(prefix + _write_date(shape, moved))
    return out


def _month_shift(prefix: str, month: int, year: str | None, step: int) -> str:
    index = month - 1 + step
    name = MONTHS[index % 12].capitalize()
    if year is None:
        return f"{prefix}{name}"
    return f"{prefix}{name} {int(year) + index // 12}"


def _write_date(shape: str, date: dt.date) -> str:
    month = MONTHS[date.month - 1].capitalize()
    if shape == "month_day_year":
        return f"{month} {date.day}, {date.year}"
    if shape == "day_month":
        return f"{date.day} {month}"
    return f"{month} {date.day}"


def part_over_whole(answer: str, wrong: str, statement: str) -> str:
    """ "Of eleven jurors, fifteen were white": a false part larger than the whole the
    statement gives ("of eleven", "out of 40", "all 194"), or a false whole smaller than
    a part it includes."""
    key, other = parse_figure(answer), parse_figure(wrong)
    if key is None or other is None:
        return ""
    wholes = (
        rf"\b(?:all of the|all of|all|out of|of|a total of) (?:the )?(?:[\w-]+['’]s )?"
        rf"(?:{HEDGES})?([\w,.]+)"
    )
    for whole_text in re.findall(wholes, statement, re.IGNORECASE):
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", whole_text):
            continue  # "the floods of 2010": a year, no whole
        whole = parse_figure(whole_text)
        if whole is not None and key.value <= whole.value < other.value:
            return f"a part ({wrong!r}) larger than its whole ({whole_text!r})"
    # "In the last six World Cups, Mexico won eight of those": a part counted from a whole
    # the statement gave before it.
    part_of = re.search(rf"\b{re.escape(wrong)} of (?:those|these|them)\b", statement, re.I)
    if part_of is not None:
        for earlier in re.findall(r"[\w,.]+", statement[: part_of.start()]):
            whole = parse_figure(earlier.strip(",."))
            if whole is not None and key.value <= whole.value < other.value:
                return f"a part ({wrong!r}) larger than its whole ({earlier!r})"
    # "180 fatalities, including all 259 of the airplane's occupants": a false total
    # smaller than a part it includes.
    parts = r"\bincluding (?:all |all of |the )*([\w,.]+)"
    for part_text in re.findall(parts, statement, re.IGNORECASE):
        part = parse_figure(part_text)
        if part is not None and other.value < part.value <= key.value:
            return f"a whole ({wrong!r}) smaller than its part ({part_text!r})"
    return ""


#: A figure more than this many times another (or under its share) reads as absurd beside
#: it: "more than six decades" of a Wi-Fi standard for "more than a decade", "$200 bail" for
#: $20,000.
BELIEVABLE_FACTOR = 3.0


def figure_ratio(one: str, other: str) -> float | None:
    """How many times the larger of two figures is the smaller; None when either is no
    positive figure."""
    first, second = parse_figure(one), parse_figure(other)
    if first is None or second is None or first.value <= 0 or second.value <= 0:
        return None
    return max(first.value, second.value) / min(first.value, second.value)
