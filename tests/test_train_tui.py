"""Pilot tests of the trainer: answer right and wrong, override the rating, the end screen."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fsrs import Rating
from test_training import FakeClock, entries
from textual.widgets import Static

from quizgen.cli import main
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.scheduler import make_scheduler
from quizgen.learn.training import Summary, TrainingSession
from quizgen.tui.apps.train import build_train_app
from quizgen.tui.screens.train import TrainScreen
from quizgen.tui.screens.train_end import TrainEndScreen, summary_lines
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.question_view import QuestionView

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SIZE = (80, 24)
TRAIN_BANK = Path(__file__).parent / "data" / "train" / "bank.yaml"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_app(store: ProgressStore, clock: FakeClock, new_limit: int = 1):
    session = TrainingSession(
        store,
        "ana",
        entries(),
        now=clock.now,
        timer=clock.timer,
        scheduler=make_scheduler(fuzzing=False),
        new_limit=new_limit,
        tz=UTC,
        seed=3,
    )
    return build_train_app(session, tz=UTC), session


@asynccontextmanager
async def trainer(tmp_path: Path, **options):
    """A trainer on a fake clock, started and drawn: (app, session, store, clock, pilot)."""
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        app, session = make_app(store, clock, **options)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            yield app, session, store, clock, pilot


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


def key_for(index: int) -> str:
    return str(index + 1)


@pytest.mark.anyio
async def test_right_answer_then_override_then_end(tmp_path: Path) -> None:
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        app, session = make_app(store, clock)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, TrainScreen)
            item = session.current
            assert item is not None and item.question.id == "call-length"
            assert app.screen.query_one(QuestionView).question.id == "call-length"
            clock.wait(8)
            await pilot.press(key_for(item.answer_index))
            await pilot.pause()
            assert app.screen.query(FeedbackView)
            assert "Rated Good (answered in 8 s" in text_of(app, "#rating")
            # Committed before anything else happens.
            (row,) = store.answers("ana")
            assert (row.correct, row.rating) == (True, int(Rating.Good))
            # Every binding is in the footer: the rating keys while the feedback shows.
            shown = {b.key for (_, b, enabled, _) in app.screen.active_bindings.values() if enabled}
            assert {"1", "2", "3", "4", "enter", "q"} <= shown
            clock.wait(1)
            await pilot.press("4")
            await pilot.pause()
            assert "Rated Easy (your choice)" in text_of(app, "#rating")
            assert [a.rating for a in store.answers("ana")] == [int(Rating.Easy)]
            # Easy on a new card graduates it; the daily limit of 1 new card is used up.
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, TrainEndScreen)
            assert text_of(app, "#reviewed") == "Reviewed 1 (1 right)."
            following = text_of(app, "#next")
            assert "Next review due in " in following
            assert (
                "3 new question(s) wait: today's 1 new are done (--new N allows more)." in following
            )
            await pilot.press("enter")
        assert app.return_value is None


@pytest.mark.anyio
async def test_wrong_answer_is_again_and_comes_back(tmp_path: Path) -> None:
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        app, session = make_app(store, clock)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            item = session.current
            assert item is not None
            wrong = (item.answer_index + 1) % len(item.choices)
            clock.wait(3)
            await pilot.press(key_for(wrong))
            await pilot.pause()
            feedback = app.screen.query_one(FeedbackView)
            assert feedback.correct is False
            rating = text_of(app, "#rating")
            assert rating.startswith(
                "Rated Again (a wrong answer). "
                "Back in this session once nothing else is due (due in 1 min)."
            )
            (row,) = store.answers("ana")
            assert (row.correct, row.rating, row.given) == (False, 1, item.choices[wrong])
            # The rating keys do nothing while a question waits for its answer.
            await pilot.press("enter")
            await pilot.pause()
            again = session.current
            assert again is not None and again.question.id == item.question.id
            assert app.screen.query(QuestionView)
            await pilot.press("q")
        assert len(store.answers("ana")) == 1


@pytest.mark.anyio
async def test_nothing_to_do_goes_straight_to_the_end(tmp_path: Path) -> None:
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        app, _session = make_app(store, clock, new_limit=0)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, TrainEndScreen)
            assert text_of(app, "#reviewed") == "Nothing to review right now."
            assert "4 new question(s) not started: --new 0 allows none." in text_of(app, "#next")


@pytest.mark.usefixtures("terminal")
def test_cli_refuses_a_corrupt_store(tmp_path: Path, capsys) -> None:
    store_path(tmp_path).write_bytes(b"not a database at all" * 10)
    bank = str(Path(__file__).parent / "data" / "train" / "bank.yaml")
    code = main(["train", bank, "--data", str(tmp_path), "--learner", "ana"])
    assert code == 1
    err = capsys.readouterr().err
    assert "not a quizgen progress file" in err and "aside" in err


def test_cli_rejects_a_negative_new_limit(tmp_path: Path, capsys) -> None:
    code = main(["train", "--new", "-1", "--data", str(tmp_path)])
    assert code == 2
    assert "--new" in capsys.readouterr().err


@pytest.mark.usefixtures("terminal")
def test_cli_trains_the_bank_for_the_learner(tmp_path: Path, monkeypatch, capsys) -> None:
    """`quizgen train` hands the app a session over the bank's live questions, for the
    learner and data folder given; answers land in that store."""
    import quizgen.tui.apps.train as train_app

    seen: dict[str, object] = {}

    class FakeApp:
        def __init__(self, session: TrainingSession) -> None:
            self.session = session

        def run(self) -> None:
            session = self.session
            seen["learner"], seen["limit"] = session.learner, session.new_limit
            shown = []
            while (item := session.next_item()) is not None and len(shown) < 20:
                shown.append(item.question.id)
                session.answer(item.answer_index)
            seen["shown"] = shown

    monkeypatch.setattr(train_app, "build_train_app", lambda session, tz=None: FakeApp(session))
    bank = str(Path(__file__).parent / "data" / "train" / "bank.yaml")
    code = main(["train", bank, "--data", str(tmp_path), "--learner", "zoe", "--new", "2"])
    assert code == 0
    assert seen["learner"] == "zoe" and seen["limit"] == 2
    assert set(seen["shown"]) == {"call-length", "sanctions-tf"}  # type: ignore[arg-type]
    with ProgressStore.open(store_path(tmp_path)) as store:
        assert {a.question_id for a in store.answers("zoe")} == {"call-length", "sanctions-tf"}
        assert store.answers("ana") == []
    # Leaving says what was done and where it is kept.
    said = capsys.readouterr().err
    assert "Reviewed 2 (2 right)." in said
    assert f"Progress of zoe is saved in {store_path(tmp_path)}" in said


def test_cli_without_a_terminal_says_so_and_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["train", str(TRAIN_BANK), "--data", str(tmp_path)]) == 2
    assert "the trainer needs a terminal" in capsys.readouterr().err
    assert not store_path(tmp_path).exists()


@pytest.mark.anyio
async def test_a_second_press_of_the_answer_key_does_not_change_the_rating(
    tmp_path: Path,
) -> None:
    async with trainer(tmp_path) as (app, session, store, clock, pilot):
        item = session.current
        assert item is not None
        clock.wait(8)
        # The answer key pressed twice: the second press (1 = Again) is not a rating.
        await pilot.press(key_for(item.answer_index), "1")
        await pilot.pause()
        assert "Rated Good (answered in 8 s" in text_of(app, "#rating")
        assert [a.rating for a in store.answers("ana")] == [int(Rating.Good)]
        clock.wait(1)
        await pilot.press("1")
        await pilot.pause()
        assert "Rated Again (your choice)" in text_of(app, "#rating")


@pytest.mark.anyio
async def test_with_no_new_cards_allowed_the_header_and_end_say_so(tmp_path: Path) -> None:
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        first = TrainingSession(store, "ana", entries(), now=clock.now, timer=clock.timer)
        for _ in range(2):
            item = first.next_item()
            assert item is not None
            first.answer((item.answer_index + 1) % len(item.choices))  # due again soon
        app, _session = make_app(store, clock, new_limit=0)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            header = text_of(app, "#train-status")
            assert "new today 2, no more (--new 0)" in header and "2/0" not in header
    summary = Summary(reviewed=0, correct=0, next_due=None, new_waiting=2, new_limit=0,
                      new_limit_reached=True)  # fmt: skip
    lines = summary_lines(summary, START, UTC)
    assert "2 new question(s) not started: --new 0 allows none." in lines
    assert not any("tomorrow" in line for line in lines)
    limited = summary_lines(replace(summary, new_limit=20), START, UTC)
    assert "2 new question(s) wait: today's 20 new are done (--new N allows more)." in limited


@pytest.mark.anyio
async def test_undo_takes_back_the_last_answer_and_asks_it_again(tmp_path: Path) -> None:
    async with trainer(tmp_path, new_limit=5) as (app, session, store, clock, pilot):
        first = session.current
        assert first is not None
        clock.wait(5)
        await pilot.press(key_for(first.answer_index), "enter")  # answered, next shown
        await pilot.pause()
        assert store.card("ana", first.question.id) is not None
        await pilot.press("u")
        await pilot.pause()
        # Gone from the log and the schedule: a new card again, asked again.
        assert store.answers("ana") == [] and store.card("ana", first.question.id) is None
        assert session.current is first and session.reviewed == 0
        assert app.screen.query_one(QuestionView).choices == first.choices
        assert "reviewed 0 (0 right)   new today 0/5" in text_of(app, "#train-status")


@pytest.mark.usefixtures("terminal")
def test_cli_passes_the_session_limits(tmp_path: Path, monkeypatch) -> None:
    import quizgen.tui.apps.train as train_app

    seen: list[TrainingSession] = []

    class FakeApp:
        def __init__(self, session: TrainingSession) -> None:
            seen.append(session)

        def run(self) -> None:
            return None

    monkeypatch.setattr(train_app, "build_train_app", lambda session, tz=None: FakeApp(session))
    options = ["--data", str(tmp_path), "--limit", "5", "--minutes", "10"]
    assert main(["train", str(TRAIN_BANK), *options]) == 0
    assert (seen[0].review_limit, seen[0].minutes) == (5, 10)
    with pytest.raises(SystemExit) as stopped:
        main(["train", str(TRAIN_BANK), "--limit", "0"])
    assert stopped.value.code == 2


def test_the_end_screen_names_the_session_limit() -> None:
    summary = Summary(reviewed=5, correct=4, next_due=None, new_waiting=0, new_limit=20,
                      new_limit_reached=False, stopped_by="limit")  # fmt: skip
    assert "Session limit reached (5 reviews, --limit)." in summary_lines(summary, START, UTC)
    timed = summary_lines(replace(summary, stopped_by="minutes"), START, UTC)
    assert "Session time is up (--minutes)." in timed
