"""Flagging a question: `!` in the quiz, the trainer and the review of misses; the flags
in the progress file; `review --flagged`, `list --flagged` and the counts in `stats`."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_training import FakeClock, entries

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.learn import progress
from quizgen.learn.flags import Flag, flag_counts, flag_question, flags
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.training import TrainingSession
from quizgen.model import select
from quizgen.tui.apps.quiz import QuizApp, build_quiz_app
from quizgen.tui.apps.train import build_train_app
from quizgen.tui.screens.flag import FlagScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.widgets.draft_details import DraftDetails

DATA = Path(__file__).parent / "data"
QUIZ_BANK = DATA / "quiz" / "bank.yaml"
TRAIN_BANK = DATA / "train" / "bank.yaml"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SIZE = (80, 24)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_flags_are_kept_with_learner_time_and_one_line_reason(tmp_path: Path) -> None:
    with ProgressStore.open(store_path(tmp_path)) as store:
        flag_question(store, "ana", "call-length", "the  answer\nis wrong", START)
        flag_question(store, "bob", "call-length", "", START + timedelta(minutes=1))
        flag_question(store, "ana", "crimea-year", "typo", START + timedelta(minutes=2))
        assert flags(store, ["call-length"]) == [
            Flag("ana", "call-length", START, "the answer is wrong"),
            Flag("bob", "call-length", START + timedelta(minutes=1), ""),
        ]
        assert flag_counts(store) == {"call-length": 2, "crimea-year": 1}
        assert flag_counts(store, "bob") == {"call-length": 1}


def test_a_progress_file_from_before_flags_gains_them_and_keeps_its_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store_path(tmp_path)
    with monkeypatch.context() as old:
        old.setattr(progress, "SCHEMA_VERSION", 1)
        with ProgressStore.open(path) as store:
            store.record_answer("ana", "q1", "x", True, None, 1.0, START)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with ProgressStore.open(path) as store:
        assert len(store.answers("ana")) == 1
        flag_question(store, "ana", "q1", "unclear", START)
        assert flag_counts(store) == {"q1": 1}


def flagging_quiz(saved: bool = True) -> tuple[QuizApp, list[tuple[str, str]]]:
    """A quiz over the quiz bank, and the flags it raises (question id, reason); each is
    reported `saved` or not."""
    bank, _ = load_bank([QUIZ_BANK])
    raised: list[tuple[str, str]] = []

    def flag(question_id: str, reason: str) -> bool:
        raised.append((question_id, reason))
        return saved

    app = build_quiz_app(select(bank.entries()), seed=2, on_flag=flag)
    return app, raised


@pytest.mark.anyio
async def test_a_flag_that_could_not_be_saved_is_not_reported_as_flagged() -> None:
    app, raised = flagging_quiz(saved=False)
    notices: list[str] = []
    app.notify = lambda message, **kwargs: notices.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("exclamation_mark", *"unclear", "enter")
        await pilot.pause()
    assert len(raised) == 1
    assert notices and "could not be saved" in notices[-1] and "Flagged" not in notices[-1]


@pytest.mark.anyio
async def test_quiz_flag_with_a_reason_or_cancelled() -> None:
    app, raised = flagging_quiz()
    async with app.run_test(size=SIZE) as pilot:
        shown = app.session.current.question.id
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, FlagScreen)
        await pilot.press("escape")
        assert raised == []
        await pilot.press("exclamation_mark", *"two answers fit", "enter")
        await pilot.pause()
        assert raised == [(shown, "two answers fit")]
        # The quiz goes on where it was.
        assert app.session.current.question.id == shown and not app.session.answers


@pytest.mark.anyio
async def test_a_missed_question_can_be_flagged_in_the_review_of_misses() -> None:
    app, raised = flagging_quiz()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(4):
            item = app.session.current
            await pilot.press(str((item.answer_index + 1) % len(item.choices) + 1), "enter")
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("exclamation_mark", "enter")
        await pilot.pause()
        assert raised == [(app.session.missed[0].question.id, "")]


@pytest.mark.anyio
async def test_train_flag_is_stored_for_the_learner(tmp_path: Path) -> None:
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        session = TrainingSession(store, "ana", entries(), now=clock.now, timer=clock.timer)
        app = build_train_app(session, tz=UTC)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            item = session.current
            assert item is not None
            await pilot.press(str(item.answer_index + 1))
            await pilot.press("exclamation_mark", *"out of date", "enter")
            await pilot.pause()
        assert flags(store) == [Flag("ana", item.question.id, START, "out of date")]


@pytest.fixture
def flagged_data(tmp_path: Path) -> Path:
    with ProgressStore.open(store_path(tmp_path)) as store:
        flag_question(store, "ana", "call-length", "the call lasted longer", START)
        flag_question(store, "bob", "call-length", "", START + timedelta(hours=1))
        flag_question(store, "ana", "crimea-year", "", START + timedelta(hours=2))
    return tmp_path


def test_list_flagged_shows_only_flagged_questions_with_counts(flagged_data: Path, capsys):
    assert main(["list", str(QUIZ_BANK), "--flagged", "--data", str(flagged_data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[-1] == "flags"
    rows = {line.split("\t")[0]: line.split("\t")[-1] for line in lines[1:-1]}
    assert rows == {"call-length": "2", "crimea-year": "1"}
    assert lines[-1] == "2 of 5 question(s)"


def test_stats_counts_the_learners_flags(flagged_data: Path, capsys) -> None:
    options = ["--learner", "ana", "--data", str(flagged_data)]
    assert main(["stats", str(TRAIN_BANK), *options, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["flagged"] == 2
    assert main(["stats", str(TRAIN_BANK), *options]) == 0
    assert "questions flagged" in capsys.readouterr().out


@pytest.mark.anyio
async def test_review_flagged_steps_through_flagged_questions_with_reasons(
    flagged_data: Path,
) -> None:
    from quizgen.tui.apps.review import build_review_app

    bank, _ = load_bank([QUIZ_BANK])
    with ProgressStore.open(store_path(flagged_data)) as store:
        found = flags(store)
    app = build_review_app(bank, statuses=("draft", "approved"), flags=found)
    async with app.run_test(size=SIZE) as pilot:
        assert app.session.total == 2
        assert app.session.current.question.id == "call-length"
        details = app.screen.query_one(DraftDetails)
        notes = [str(n.render()) for n in details.query(".flag")]
        assert len(notes) == 2
        assert "ana" in notes[0] and "the call lasted longer" in notes[0]
        assert "bob" in notes[1] and "no reason given" in notes[1]
        await pilot.press("s")
        assert app.session.current.question.id == "crimea-year"


def test_cli_review_flagged_without_flags_says_so(tmp_path: Path, capsys) -> None:
    assert main(["review", str(QUIZ_BANK), "--flagged", "--data", str(tmp_path)]) == 0
    assert "no question is flagged (no progress file" in capsys.readouterr().err
    assert not store_path(tmp_path).exists()  # looking for flags makes no progress file
    with ProgressStore.open(store_path(tmp_path)):
        pass
    assert main(["review", str(QUIZ_BANK), "--flagged", "--data", str(tmp_path)]) == 0
    assert "no question is flagged in" in capsys.readouterr().err


def test_list_flagged_with_no_progress_file_lists_nothing_and_makes_none(tmp_path: Path, capsys):
    assert main(["list", str(QUIZ_BANK), "--flagged", "--data", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 of 5 question(s)"
    assert not store_path(tmp_path).exists()


def test_review_flagged_with_a_damaged_store_is_an_error_not_a_finished_review(
    tmp_path: Path, capsys
) -> None:
    store_path(tmp_path).write_bytes(b"this is not a progress store" * 200)
    assert main(["review", str(QUIZ_BANK), "--flagged", "--data", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is not a quizgen progress file" in err and "nothing to review" not in err
