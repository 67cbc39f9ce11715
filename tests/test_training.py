"""Training sessions driven by a fake clock: order, limits, ratings, 60 days of reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Rating, Scheduler, State

from quizgen.bank import load_bank
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.scheduler import card_id_for, make_scheduler, review
from quizgen.learn.session import QuizItem
from quizgen.learn.training import TrainingSession, day_start
from quizgen.model import BankEntry, select

BANK = Path(__file__).parent / "data" / "train" / "bank.yaml"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class FakeClock:
    """A wall clock and a monotonic timer that move only when told."""

    def __init__(self, start: datetime) -> None:
        self.moment = start
        self.seconds = 1000.0

    def now(self) -> datetime:
        return self.moment

    def timer(self) -> float:
        return self.seconds

    def wait(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)
        self.seconds += seconds


def entries() -> list[BankEntry]:
    bank, problems = load_bank([BANK])
    assert not problems
    return select(bank.entries())


@pytest.fixture
def store(tmp_path: Path):
    with ProgressStore.open(store_path(tmp_path)) as opened:
        yield opened


def session(store: ProgressStore, clock: FakeClock, **kwargs) -> TrainingSession:
    kwargs.setdefault("new_limit", 20)
    return TrainingSession(
        store,
        "ana",
        kwargs.pop("entries", None) or entries(),
        now=clock.now,
        timer=clock.timer,
        scheduler=make_scheduler(fuzzing=False),
        tz=UTC,
        seed=1,
        **kwargs,
    )


def right(item: QuizItem) -> int:
    return item.answer_index


def wrong(item: QuizItem) -> int:
    return (item.answer_index + 1) % len(item.choices)


def run_day(training: TrainingSession, clock: FakeClock, answer_for) -> list[str]:
    """Answer everything the session offers, 10 s per answer; the ids in the order shown."""
    shown = []
    while (item := training.next_item()) is not None:
        shown.append(item.question.id)
        clock.wait(10)
        training.answer(answer_for(item))
        assert len(shown) < 200, "the session never ends"
    return shown


def test_new_questions_come_in_bank_order_and_retired_never(store, tmp_path) -> None:
    clock = FakeClock(START)
    training = session(store, clock)
    first = training.next_item()
    assert first is not None and first.question.id == "call-length"
    shown = run_day(training, clock, right)
    assert "old-question" not in shown
    assert set(shown) == {"call-length", "sanctions-tf", "capital-city", "summit-year"}


def test_each_answer_is_committed_before_the_next_question(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock)
    item = training.next_item()
    assert item is not None
    clock.wait(2)
    outcome = training.answer(wrong(item))
    # Another connection sees the answer and the card at once.
    with ProgressStore.open(store.path) as other:
        (row,) = other.answers("ana")
        assert (row.question_id, row.correct, row.rating, row.mode) == (
            item.question.id,
            False,
            int(Rating.Again),
            "train",
        )
        assert row.given == item.choices[wrong(item)]
        assert row.response_seconds == 2.0
        card = other.card("ana", item.question.id)
        assert card is not None and card.card_id == card_id_for(item.question.id)
        assert card == outcome.card


def test_rating_follows_correctness_and_time(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock)
    ratings = []
    for seconds, pick in ((1, right), (9, right), (60, right), (1, wrong)):
        item = training.next_item()
        assert item is not None
        clock.wait(seconds)
        ratings.append(training.answer(pick(item)).rating)
    assert ratings == [Rating.Easy, Rating.Good, Rating.Hard, Rating.Again]


def test_override_reschedules_from_the_card_before_the_answer(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock)
    item = training.next_item()
    assert item is not None
    clock.wait(8)
    good = training.answer(right(item))
    assert good.rating == Rating.Good
    easy = training.override(Rating.Easy)
    assert easy.rating == Rating.Easy and easy.auto_rating == Rating.Good and easy.overridden
    assert easy.card.due > good.card.due
    again = training.override(Rating.Again)
    assert again.card.due < good.card.due
    (row,) = store.answers("ana")
    assert row.rating == int(Rating.Again)
    assert store.card("ana", item.question.id) == again.card
    assert training.reviewed == 1


def test_new_limit_counts_the_whole_day(store) -> None:
    clock = FakeClock(START)
    shown = run_day(session(store, clock, new_limit=2), clock, right)
    assert set(shown) == {"call-length", "sanctions-tf"}
    # A second session the same day gets no new questions.
    later = session(store, clock, new_limit=2)
    assert later.next_item() is None
    summary = later.summary()
    assert summary.new_waiting == 2 and summary.new_limit_reached
    # The next day brings two more.
    clock.moment = day_start(START, UTC) + timedelta(days=1, hours=8)
    shown = run_day(session(store, clock, new_limit=2), clock, right)
    assert {"capital-city", "summit-year"} <= set(shown)


def test_failed_card_comes_back_before_the_session_ends(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock, new_limit=1)
    first = training.next_item()
    assert first is not None
    clock.wait(5)
    training.answer(wrong(first))
    again = training.next_item()
    assert again is not None and again.question.id == first.question.id


def test_session_ends_with_a_summary(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock)
    shown = run_day(training, clock, right)
    summary = training.summary()
    assert summary.reviewed == len(shown) and summary.correct == len(shown)
    assert summary.next_due is not None and summary.next_due > clock.now() + timedelta(hours=12)
    assert summary.new_waiting == 0 and not summary.new_limit_reached


def test_retired_and_removed_questions_keep_their_history(store) -> None:
    clock = FakeClock(START)
    run_day(session(store, clock), clock, right)
    clock.moment += timedelta(days=60)
    fewer = [e for e in entries() if e.question.id != "call-length"]
    shown = run_day(session(store, clock, entries=fewer), clock, right)
    assert "call-length" not in shown
    assert store.card("ana", "call-length") is not None
    assert any(a.question_id == "call-length" for a in store.answers("ana"))


def test_edited_question_keeps_its_card(store) -> None:
    clock = FakeClock(START)
    run_day(session(store, clock), clock, right)
    card = store.card("ana", "call-length")
    edited = []
    for entry in entries():
        question = entry.question
        if question.id == "call-length":
            question = replace(question, question="How long was the call, in minutes?")
        edited.append(BankEntry(entry.file, question))
    clock.moment += timedelta(days=60)
    training = session(store, clock, entries=edited)
    assert card is not None
    assert training.summary().new_waiting == 0
    seen = {}
    while (item := training.next_item()) is not None:
        seen[item.question.id] = item.question.question
        clock.wait(10)
        training.answer(right(item))
    assert seen["call-length"] == "How long was the call, in minutes?"
    after = store.card("ana", "call-length")
    assert after is not None and after.card_id == card.card_id
    assert after.last_review is not None and after.last_review > START + timedelta(days=59)
    assert store.introduced_since("ana", START) == 4


def test_sixty_days_intervals_grow_and_shrink_after_a_lapse(store) -> None:
    """One learner, 60 days, one session a day: 'call-length' always right; 'sanctions-tf'
    right except on its first review on or after day 20 (a lapse)."""
    clock = FakeClock(START)
    intervals: dict[str, list[tuple[int, State, timedelta]]] = {}
    lapse_day: int | None = None
    for day in range(60):
        clock.moment = START + timedelta(days=day)
        training = session(store, clock)
        while (item := training.next_item()) is not None:
            clock.wait(10)
            qid = item.question.id
            lapse = qid == "sanctions-tf" and day >= 20 and lapse_day is None
            if lapse:
                lapse_day = day
            outcome = training.answer(wrong(item) if lapse else right(item))
            gap = outcome.card.due - clock.now()
            intervals.setdefault(qid, []).append((day, State(outcome.card.state), gap))
    assert lapse_day is not None

    known = [gap for _day, state, gap in intervals["call-length"] if state == State.Review]
    assert len(known) >= 4
    assert all(later > earlier for earlier, later in zip(known, known[1:], strict=False))
    assert known[-1] > timedelta(days=14)

    before = [g for d, s, g in intervals["sanctions-tf"] if d < lapse_day and s == State.Review]
    after = [g for d, s, g in intervals["sanctions-tf"] if d >= lapse_day]
    assert after[0] < timedelta(hours=1) < before[-1]
    # Back in review after the lapse, the first interval is shorter than the last before it,
    # and the intervals grow again from there.
    regrown = [g for d, s, g in intervals["sanctions-tf"] if d > lapse_day and s == State.Review]
    assert regrown and regrown[0] < before[-1]
    assert all(later > earlier for earlier, later in zip(regrown, regrown[1:], strict=False))
    # The days with no due card had no review: spacing really spaces.
    days = {d for d, _s, _g in intervals["call-length"]}
    assert len(days) < 20


def test_undo_restores_a_reviewed_cards_schedule_exactly(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock, new_limit=1)
    item = training.next_item()
    assert item is not None
    training.answer(wrong(item))
    clock.wait(120)
    again = training.next_item()
    assert again is not None and again.question.id == item.question.id
    before = store.card("ana", item.question.id)
    answers = store.answers("ana")
    training.answer(again.answer_index)
    training.override(Rating.Easy)
    assert store.card("ana", item.question.id) != before
    assert training.undo() is again
    assert store.card("ana", item.question.id) == before
    assert store.answers("ana") == answers
    assert training.reviewed == 1 and training.current is again
    with pytest.raises(RuntimeError):
        training.undo()


def test_a_session_ends_at_its_review_limit_or_time_limit(store) -> None:
    clock = FakeClock(START)
    limited = session(store, clock, review_limit=2)
    assert len(run_day(limited, clock, right)) == 2
    assert limited.next_item() is None and limited.summary().stopped_by == "limit"
    timed = session(store, clock, minutes=1)
    item = timed.next_item()
    assert item is not None and timed.stopped_by() is None
    clock.wait(61)
    timed.answer(item.answer_index)
    assert timed.next_item() is None and timed.summary().stopped_by == "minutes"


class _PausingScheduler(Scheduler):
    """Signals when it starts scheduling a card, then waits (up to a while) for a go."""

    def __init__(self, started, go) -> None:
        super().__init__(enable_fuzzing=False)
        self._started, self._go = started, go

    def review_card(self, *args, **kwargs):
        self._started.set()
        self._go.wait(timeout=2)  # the other session cannot write meanwhile: it never says go
        return super().review_card(*args, **kwargs)


def _answer_once(path: str, scheduler: Scheduler, before=None, after=None) -> None:
    """A second process's training session answering the first due card right."""
    if before is not None:
        before.wait(timeout=30)
    clock = FakeClock(START + timedelta(days=30))
    with ProgressStore.open(path) as opened:
        training = TrainingSession(
            opened, "ana", entries(), now=clock.now, timer=clock.timer,
            scheduler=scheduler, tz=UTC, seed=1,
        )  # fmt: skip
        item = training.next_item()
        assert item is not None
        training.answer(right(item))
    if after is not None:
        after.set()


def test_two_sessions_answering_the_same_card_lose_no_review(store, tmp_path) -> None:
    import multiprocessing

    clock = FakeClock(START)
    first = session(store, clock)
    item = first.next_item()
    first.answer(right(item))
    before = store.card("ana", item.question.id)
    # A schedules the card; B answers it meanwhile, then A writes: with the card read
    # outside A's write, A's write would undo B's review.
    context = multiprocessing.get_context("fork")
    started, done = context.Event(), context.Event()
    path = str(store.path)
    a = context.Process(target=_answer_once, args=(path, _PausingScheduler(started, done)))
    b = context.Process(
        target=_answer_once, args=(path, make_scheduler(fuzzing=False), started, done)
    )
    for process in (a, b):
        process.start()
    for process in (a, b):
        process.join(timeout=60)
        assert process.exitcode == 0
    later = START + timedelta(days=30)
    both = review(make_scheduler(fuzzing=False), item.question.id, before, Rating.Easy, later, 0)
    both = review(make_scheduler(fuzzing=False), item.question.id, both, Rating.Easy, later, 0)
    assert store.card("ana", item.question.id) == both
    assert len(store.answers("ana")) == 3


def test_a_failed_card_is_not_promised_back_once_the_limit_is_reached(store) -> None:
    clock = FakeClock(START)
    training = session(store, clock, review_limit=1, new_limit=1)
    first = training.next_item()
    assert first is not None
    clock.wait(5)
    outcome = training.answer(wrong(first))
    assert training.next_item() is None
    assert not training.comes_back_in_session(outcome.card.due)
