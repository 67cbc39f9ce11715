"""A learner's progress in figures. Reads the store; no other I/O, no printing.

Definitions:
- answered / accuracy: every answer in the log (quiz and training), including questions
  since retired or removed (their history stays);
- mastered: a card in fsrs's Review state with stability >= 21 days (scheduler.is_mastered);
- learning: a card met but not mastered; new: a bank question the learner has no card for;
- due now: cards due at `now`; due today: cards due before the end of the local day.
With a bank, card figures count only the bank's questions (retired ones excluded); without
one they count every card and `new` is unknown (None).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from quizgen.learn.flags import flag_counts
from quizgen.learn.progress import ProgressStore
from quizgen.learn.progress_rows import CardRow
from quizgen.learn.scheduler import MASTERED_STABILITY_DAYS, is_mastered
from quizgen.learn.training import day_start
from quizgen.model import BankEntry

DEFAULT_DAYS = 14
#: How many tags `stats --weak` shows and `quiz --weak` asks about.
WEAK_TAGS = 3
#: Days of the due forecast, today first.
FORECAST_DAYS = 7


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class CardCounts:
    """How a set of questions stands for one learner."""

    mastered: int = 0
    learning: int = 0
    #: None when the bank is unknown.
    new: int | None = None
    due_now: int = 0
    due_today: int = 0


@dataclass(frozen=True)
class TagStats:
    """The figures of the questions carrying one tag."""

    tag: str
    questions: int
    answered: int
    correct: int
    accuracy: float | None
    cards: CardCounts


@dataclass(frozen=True)
class DayActivity:
    """Answers given on one (local) day."""

    day: date
    answered: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.answered)


@dataclass(frozen=True)
class DayForecast:
    """Cards falling due on one (local) day; today's count includes overdue cards."""

    day: date
    due: int


@dataclass(frozen=True)
class Stats:
    """Everything `quizgen stats` shows (and prints as JSON)."""

    learner: str
    now: datetime
    answered: int
    correct: int
    accuracy: float | None
    cards: CardCounts
    #: Questions in the bank (None without a bank).
    questions: int | None
    tags: list[TagStats] = field(default_factory=list)
    activity: list[DayActivity] = field(default_factory=list)
    mastered_stability_days: float = MASTERED_STABILITY_DAYS
    #: Questions the learner flagged as wrong or unclear.
    flagged: int = 0
    #: Cards due on each of the next FORECAST_DAYS days, today first.
    forecast: list[DayForecast] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        """Whether the learner has answered anything yet."""
        return self.answered > 0

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready data (dates as ISO text)."""
        data = asdict(self)
        data["now"] = self.now.isoformat()
        data["has_data"] = self.has_data
        data["activity"] = [
            {
                "day": a.day.isoformat(),
                "answered": a.answered,
                "correct": a.correct,
                "accuracy": a.accuracy,
            }
            for a in self.activity
        ]
        data["forecast"] = [{"day": f.day.isoformat(), "due": f.due} for f in self.forecast]
        return data


def count_cards(
    cards: Sequence[CardRow], now: datetime, end_of_day: datetime, new: int | None
) -> CardCounts:
    """Mastered / learning / due figures of `cards`, with `new` as given."""
    mastered = sum(1 for c in cards if is_mastered(c))
    return CardCounts(
        mastered=mastered,
        learning=len(cards) - mastered,
        new=new,
        due_now=sum(1 for c in cards if c.due <= now),
        due_today=sum(1 for c in cards if c.due < end_of_day),
    )


def compute_stats(
    store: ProgressStore,
    learner: str,
    entries: Sequence[BankEntry] | None,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    days: int = DEFAULT_DAYS,
) -> Stats:
    """The learner's figures at `now`; `entries` is the bank (None when unavailable);
    days are local to `tz` (the system zone when None)."""
    today = day_start(now, tz)
    end_of_day = today + timedelta(days=1)
    all_cards = store.cards(learner)
    totals = store.answer_totals(learner)
    answered = sum(n for n, _ in totals.values())
    correct = sum(c for _, c in totals.values())

    if entries is None:
        cards = list(all_cards.values())
        counts = count_cards(cards, now, end_of_day, None)
        tags: list[TagStats] = []
    else:
        ids = [e.question.id for e in entries]
        cards = [all_cards[qid] for qid in ids if qid in all_cards]
        counts = count_cards(cards, now, end_of_day, len(ids) - len(cards))
        tags = _tag_stats(entries, all_cards, totals, now, end_of_day)

    return Stats(
        learner=learner,
        now=now.astimezone(tz),
        answered=answered,
        correct=correct,
        accuracy=_ratio(correct, answered),
        cards=counts,
        questions=None if entries is None else len(entries),
        tags=tags,
        activity=_activity(store, learner, today, days, tz),
        flagged=len(flag_counts(store, learner)),
        forecast=due_forecast(cards, today, tz),
    )


def due_forecast(
    cards: Sequence[CardRow], today: datetime, tz: tzinfo | None, days: int = FORECAST_DAYS
) -> list[DayForecast]:
    """How many of `cards` fall due on each of `days` local days from `today` (overdue
    ones count today)."""
    first = today.date()
    counts = [0] * days
    for card in cards:
        offset = max((card.due.astimezone(tz).date() - first).days, 0)
        if offset < days:
            counts[offset] += 1
    return [DayForecast(first + timedelta(days=n), due) for n, due in enumerate(counts)]


def _tag_stats(
    entries: Sequence[BankEntry],
    all_cards: dict[str, CardRow],
    totals: dict[str, tuple[int, int]],
    now: datetime,
    end_of_day: datetime,
) -> list[TagStats]:
    by_tag: dict[str, list[str]] = {}
    for entry in entries:
        for tag in entry.question.tags:
            by_tag.setdefault(tag, []).append(entry.question.id)
    result = []
    for tag in sorted(by_tag):
        ids = by_tag[tag]
        cards = [all_cards[qid] for qid in ids if qid in all_cards]
        answered = sum(totals.get(qid, (0, 0))[0] for qid in ids)
        correct = sum(totals.get(qid, (0, 0))[1] for qid in ids)
        result.append(
            TagStats(
                tag=tag,
                questions=len(ids),
                answered=answered,
                correct=correct,
                accuracy=_ratio(correct, answered),
                cards=count_cards(cards, now, end_of_day, len(ids) - len(cards)),
            )
        )
    return result


def _activity(
    store: ProgressStore, learner: str, today: datetime, days: int, tz: tzinfo | None
) -> list[DayActivity]:
    """Answers and correct answers per local day, for the `days` days ending today."""
    if days <= 0:
        return []
    first = today - timedelta(days=days - 1)
    per_day: dict[date, list[int]] = {}
    for moment, right in store.answer_times(learner, first):
        counts = per_day.setdefault(moment.astimezone(tz).date(), [0, 0])
        counts[0] += 1
        counts[1] += int(right)
    # Step by calendar date, not 24 h, so a DST change cannot skip or repeat a day.
    start = first.date()
    result = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        answered, correct = per_day.get(day, (0, 0))
        result.append(DayActivity(day, answered, correct))
    return result


def weakest_tags(tags: Sequence[TagStats], limit: int = WEAK_TAGS) -> list[TagStats]:
    """The tags the learner misses most: those with a missed answer, lowest accuracy
    first (more misses first on a tie, then by name), at most `limit`."""
    missed = [t for t in tags if t.answered > t.correct]
    missed.sort(key=lambda t: (t.correct / t.answered, t.correct - t.answered, t.tag))
    return missed[:limit]
