"""The quiz app played with Textual's Pilot at 80x24, and `quizgen quiz` at the command line."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.errors import ProgressError
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.session import Answer, QuizItem
from quizgen.model import BankEntry, select
from quizgen.tui.apps.quiz import QuizApp, build_quiz_app
from quizgen.tui.screens.confirm_quit import ConfirmQuitScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.widgets.choice_row import LETTERS, ChoiceRow, choice_key
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.question_view import QuestionView
from quizgen.tui.widgets.quiz_status import QuizStatus

DATA = Path(__file__).parent / "data" / "quiz"
BANK = DATA / "bank.yaml"
SIZE = (80, 24)
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class StepClock:
    """A clock that moves `step` seconds every time it is read."""

    def __init__(self, step: float = 5.0) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def entries() -> list[BankEntry]:
    bank, _ = load_bank([BANK])
    return select(bank.entries())


def only(entries: list[BankEntry], *ids: str) -> list[BankEntry]:
    return [e for e in entries if e.question.id in ids]


def text(app: QuizApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


def current(app: QuizApp) -> QuizItem:
    screen = app.screen
    assert isinstance(screen, QuizScreen)
    return screen.session.current


def letter(item: QuizItem, index: int) -> str:
    """The letter key of choice `index` (t/f on a true/false question)."""
    return choice_key(index, item.is_true_false)


def wrong_index(item: QuizItem) -> int:
    return (item.answer_index + 1) % len(item.choices)


@pytest.mark.anyio
async def test_right_answer_by_letter_shows_feedback_with_evidence_and_source(entries):
    app = build_quiz_app(only(entries, "call-length"), seed=3)
    async with app.run_test(size=SIZE) as pilot:
        item = current(app)
        assert text(app, "#stem") == item.question.question
        rows = [row.plain for row in app.screen.query(ChoiceRow)]
        assert [r.split()[0] for r in rows] == ["A", "B", "C", "D"]
        assert app.screen.query_one(QuizStatus).text == "Question 1 of 1  Score 0/0"
        await pilot.press(LETTERS[item.answer_index])
        feedback = app.screen.query_one(FeedbackView)
        assert text(app, "#verdict") == "✔ Right!"
        assert feedback.query_one(f"#choice-{item.answer_index}").has_class("-right")
        assert text(app, "#explanation") == item.question.explanation
        assert text(app, "#evidence") == item.question.quoted_evidence
        source = text(app, "#source")
        assert item.entry.file.title in source
        assert "https://example.com/putin-call" in source
        assert app.screen.query_one(QuizStatus).text == "Question 1 of 1  Score 1/1"


@pytest.mark.anyio
async def test_wrong_answer_by_digit_marks_both_choices(entries):
    app = build_quiz_app(only(entries, "call-length"), seed=3)
    async with app.run_test(size=SIZE) as pilot:
        item = current(app)
        wrong = wrong_index(item)
        await pilot.press(str(wrong + 1))
        verdict = text(app, "#verdict")
        assert verdict.startswith("✘ Wrong")
        assert "about an hour" in verdict
        view = app.screen.query_one(FeedbackView)
        assert view.query_one(f"#choice-{wrong}").has_class("-wrong")
        assert view.query_one(f"#choice-{item.answer_index}").has_class("-right")
        assert app.screen.query_one(QuizStatus).text == "Question 1 of 1  Score 0/1"


@pytest.mark.anyio
@pytest.mark.parametrize(("key", "right"), [("f", True), ("t", False), ("2", True)])
async def test_true_false_by_t_f_and_digits(entries, key, right):
    app = build_quiz_app(only(entries, "mccain-sanctions-tf"), seed=1)  # the answer is False
    async with app.run_test(size=SIZE) as pilot:
        assert [r.plain.split()[0] for r in app.screen.query(ChoiceRow)] == ["T", "F"]
        await pilot.press(key)
        assert text(app, "#verdict").startswith("✔ Right!" if right else "✘ Wrong")


@pytest.mark.anyio
async def test_arrows_and_enter_pick_the_highlighted_choice(entries):
    app = build_quiz_app(only(entries, "call-length"), seed=3)
    async with app.run_test(size=SIZE) as pilot:
        item = current(app)
        await pilot.press("up", "down")  # wraps around and back to the first
        await pilot.press(*["down"] * item.answer_index)
        view = app.screen.query_one(QuestionView)
        assert view.query_one(f"#choice-{item.answer_index}").has_class("-highlighted")
        await pilot.press("enter")
        assert text(app, "#verdict") == "✔ Right!"


@pytest.mark.anyio
async def test_whole_quiz_results_review_and_retry(entries):
    clock = StepClock(step=5.0)
    recorded: list[Answer] = []
    app = build_quiz_app(entries, seed=11, clock=clock, on_answer=recorded.append)
    async with app.run_test(size=SIZE) as pilot:
        first_id = current(app).question.id
        await pilot.press(letter(current(app), current(app).answer_index), "enter")
        for _ in range(3):
            item = current(app)
            await pilot.press(str(wrong_index(item) + 1), "space")
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        assert text(app, "#score") == "Score  1 / 4"
        assert text(app, "#percent") == "25%"
        session = screen.session
        assert text(app, "#time") == f"Time taken  {round(session.elapsed_seconds)} s"
        assert session.elapsed_seconds > 0
        assert [a.correct for a in recorded] == [True, False, False, False]
        assert recorded[0].question_id == first_id
        missed = [i.question.id for i in session.missed]

        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        reviewed = [app.screen.query_one(FeedbackView).entry.question.id]
        assert text(app, "#verdict").startswith("✘ Wrong")
        assert app.screen.query_one(QuizStatus).text.startswith("Missed 1 of 3")
        await pilot.press("n", "right")
        reviewed.append(app.screen.query_one(FeedbackView).entry.question.id)
        await pilot.press("p")  # and back
        reviewed.append(app.screen.query_one(FeedbackView).entry.question.id)
        assert reviewed == [missed[0], missed[2], missed[1]]
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)

        await pilot.press("m")
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.query_one(QuizStatus).text == "Question 1 of 3  Score 0/0"
        for _ in range(3):
            item = current(app)
            await pilot.press(letter(item, item.answer_index), "enter")
        assert isinstance(app.screen, ResultScreen)
        assert text(app, "#score") == "Score  3 / 3"
        assert text(app, "#missed") == "No misses. Well done!"
        # The same questions, shuffled again (from the quiz's seed).
        assert sorted(a.question_id for a in recorded[4:]) == sorted(missed)
        await pilot.press("q")
    assert app.return_code == 0


@pytest.mark.anyio
async def test_quit_asks_before_losing_an_unfinished_quiz(entries):
    app = build_quiz_app(entries, seed=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "enter")
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmQuitScreen)
        why = text(app, "#why")  # what is true: the answers are saved
        assert "lost" not in why and "saved" in why
        await pilot.press("n")
        assert isinstance(app.screen, QuizScreen)
        assert app.is_running
        await pilot.press("ctrl+q")  # Textual's own quit key asks too
        assert isinstance(app.screen, ConfirmQuitScreen)
        await pilot.press("n")
        await pilot.press("ctrl+c")
        assert isinstance(app.screen, ConfirmQuitScreen)
        await pilot.press("y")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


@pytest.mark.anyio
async def test_quit_before_any_answer_does_not_ask(entries):
    app = build_quiz_app(entries, seed=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@pytest.mark.anyio
async def test_keys_in_the_footer(entries):
    app = build_quiz_app(only(entries, "crimea-year"), seed=1)
    async with app.run_test(size=SIZE) as pilot:
        shown = {
            key: b.binding.description
            for key, b in app.screen.active_bindings.items()
            if b.binding.show and b.enabled
        }
        assert shown == {
            "up": "move",
            "enter": "choose",
            "a": "answer",
            "exclamation_mark": "flag",
            "q": "quit",
        }
        assert app.get_key_display(app.screen.active_bindings["a"].binding) == "a-c/1-3"
        await pilot.press("a")
        shown = {k for k, b in app.screen.active_bindings.items() if b.binding.show}
        assert shown == {"pagedown", "enter", "exclamation_mark", "q"}


@pytest.mark.anyio
async def test_resizing_keeps_the_question(entries):
    app = build_quiz_app(entries, seed=2)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.resize_terminal(50, 16)
        await pilot.pause()
        assert app.screen.query_one(QuestionView).region.width <= 50
        await pilot.resize_terminal(120, 40)
        await pilot.press("1")
        assert app.screen.query(FeedbackView)


def test_cli_reports_a_broken_bank_like_check(capsys):
    assert main(["check", str(DATA / "broken.yaml")]) == 1
    check_lines = capsys.readouterr().out.splitlines()
    assert main(["quiz", str(DATA / "broken.yaml")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert check_lines and err[: len(check_lines)] == check_lines


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (["--tag", "nope"], "no question with tag nope"),
        (["--status", "draft", "--tag", "duration"], "tag duration and status draft"),
    ],
)
def test_cli_says_why_nothing_was_selected(capsys, options, reason):
    assert main(["quiz", str(BANK), *options]) == 1
    assert reason in capsys.readouterr().err


def test_cli_refuses_to_quiz_retired_questions(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["quiz", str(BANK), "--status", "retired"])
    assert stop.value.code == 2
    assert "--status: invalid choice: 'retired'" in capsys.readouterr().err


@pytest.mark.usefixtures("terminal")
def test_cli_builds_the_quiz_from_the_options(monkeypatch, tmp_path):
    started: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: started.append(self))
    options = ["--tag", "sanctions", "--tag", "duration", "--count", "2", "--seed", "4"]
    options += ["--data", str(tmp_path)]
    assert main(["quiz", str(BANK), *options]) == 0
    assert main(["quiz", str(BANK), *options]) == 0
    first, second = (app.session.items for app in started)
    assert len(first) == 2
    assert [(i.question.id, i.choices) for i in first] == [
        (i.question.id, i.choices) for i in second
    ]
    assert all({"sanctions", "duration"} & set(i.question.tags) for i in first)


def play_wrongly_then_rightly(app: QuizApp) -> None:
    """Stands in for `QuizApp.run`: the first answer wrong, the others right."""
    session = app.session
    while not session.finished:
        item = session.current
        session.answer(item.answer_index if session.answers else wrong_index(item))
        session.advance()


@pytest.mark.usefixtures("terminal")
def test_cli_records_every_answer_for_the_learner(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(QuizApp, "run", play_wrongly_then_rightly)
    options = ["--seed", "1", "--learner", "ana", "--data", str(tmp_path)]
    assert main(["quiz", str(BANK), *options]) == 0
    said = capsys.readouterr().err
    assert "Quiz finished: 3 of 4 right (75%)." in said
    assert f"Every answer is saved for ana in {store_path(tmp_path)}" in said
    with ProgressStore.open(store_path(tmp_path)) as store:
        rows = store.answers("ana")
        assert store.answers("bob") == []
    assert len(rows) == 4
    assert [r.correct for r in rows] == [False, True, True, True]
    assert {r.mode for r in rows} == {"quiz"}
    assert all(r.rating is None and r.response_seconds is not None for r in rows)
    assert {r.question_id for r in rows} == {
        "call-length",
        "call-place-tf",
        "mccain-sanctions-tf",
        "crimea-year",
    }


@pytest.mark.usefixtures("terminal")
@pytest.mark.usefixtures("terminal")
def test_cli_quitting_mid_quiz_says_where_it_stopped(monkeypatch, tmp_path, capsys):
    def answer_one(app: QuizApp) -> None:
        app.session.answer(app.session.current.answer_index)

    monkeypatch.setattr(QuizApp, "run", answer_one)
    assert main(["quiz", str(BANK), "--seed", "1", "--data", str(tmp_path)]) == 0
    assert "Quiz left after 1 of 4 question(s): 1 right." in capsys.readouterr().err


@pytest.mark.usefixtures("terminal")
def test_cli_refuses_a_broken_progress_file_before_the_quiz(monkeypatch, tmp_path, capsys):
    started: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: started.append(self))
    store_path(tmp_path).write_text("not a database")
    assert main(["quiz", str(BANK), "--data", str(tmp_path)]) == 1
    assert "not a quizgen progress file" in capsys.readouterr().err
    assert not started


@pytest.mark.usefixtures("terminal")
def test_a_store_failing_mid_quiz_is_reported_after_the_quiz(monkeypatch, tmp_path, capsys):
    def failing(*args, **kwargs):
        raise ProgressError("disk full")

    monkeypatch.setattr(QuizApp, "run", play_wrongly_then_rightly)
    monkeypatch.setattr(ProgressStore, "record_answer", failing)
    assert main(["quiz", str(BANK), "--seed", "1", "--data", str(tmp_path)]) == 1
    assert "some answers or flags were not recorded: disk full" in capsys.readouterr().err


@pytest.mark.anyio
async def test_a_tiny_terminal_scrolls_to_the_highlighted_choice(entries):
    app = build_quiz_app(only(entries, "call-length"), seed=3)
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.screen.query_one(QuestionView)
        assert view.scroll_y == 0
        await pilot.press("down", "down", "down")
        await pilot.pause()
        last = view.query_one("#choice-3")
        assert view.scroll_y > 0
        assert view.region.contains_region(last.region)


def test_cli_without_a_terminal_says_so_and_exits_2(tmp_path):
    import subprocess
    import sys

    command = [sys.executable, "-m", "quizgen", "quiz", str(BANK), "--data", str(tmp_path)]
    with open(os.devnull) as nothing:
        done = subprocess.run(
            command, stdin=nothing, capture_output=True, text=True, timeout=60, check=False
        )
    assert done.returncode == 2
    assert "the quiz needs a terminal" in done.stderr
    assert done.stdout == ""


@pytest.mark.anyio
async def test_a_long_choice_wraps_under_its_own_text(entries):
    from dataclasses import replace

    long_choice = "about an hour, " * 8 + "said the White House"
    entry = only(entries, "call-length")[0]
    question = replace(entry.question, choices=[long_choice, "two hours"], answer=long_choice)
    app = build_quiz_app([BankEntry(entry.file, question)], seed=1)
    async with app.run_test(size=(60, 20)):
        row = next(r for r in app.screen.query(ChoiceRow) if r.text == long_choice)
        letter_cell = row.query_one(".key").region
        body = row.query_one(".body").region
        assert body.height >= 2  # wrapped...
        assert body.x >= letter_cell.right  # ...every line right of the letter


@pytest.mark.anyio
async def test_a_click_answers_and_a_click_on_next_goes_on(entries):
    from textual.widgets._footer import FooterKey

    app = build_quiz_app(entries, seed=4)
    async with app.run_test(size=SIZE) as pilot:
        item = current(app)
        wrong = wrong_index(item)
        await pilot.click(f"#choice-{wrong}")
        await pilot.pause()
        feedback = app.screen.query_one(FeedbackView)
        assert feedback.given == wrong and feedback.correct is False
        next_key = next(k for k in app.screen.query(FooterKey) if k.key == "enter")
        await pilot.click(next_key)
        await pilot.pause()
        assert app.screen.query(QuestionView)
        assert app.screen.query_one(QuizStatus).text.startswith("Question 2 of 4")


@pytest.mark.anyio
async def test_the_end_shows_results_per_tag(entries):
    app = build_quiz_app(only(entries, "call-length", "crimea-year"), seed=1)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2):
            item = current(app)
            right = item.question.id == "crimea-year"
            await pilot.press(str((item.answer_index if right else wrong_index(item)) + 1), "enter")
        assert isinstance(app.screen, ResultScreen)
        assert text(app, "#tags") == (
            "By tag (weakest first): duration 0/1 · putin-call 0/1 · date 1/1 · sanctions 1/1"
        )


@pytest.mark.usefixtures("terminal")
def test_cli_weak_quizzes_the_tags_the_learner_misses_most(monkeypatch, tmp_path, capsys):
    started: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self: started.append(self))
    options = ["--learner", "ana", "--data", str(tmp_path)]
    assert main(["quiz", str(BANK), "--weak", *options]) == 1
    assert "no weak tags for ana yet" in capsys.readouterr().err
    assert not store_path(tmp_path).exists()  # looking for weak tags makes no file
    with ProgressStore.open(store_path(tmp_path)) as store:
        store.record_answer("ana", "mccain-sanctions-tf", "True", False, None, 3.0, START)
        store.record_answer("ana", "call-length", "about an hour", True, None, 3.0, START)
    assert main(["quiz", str(BANK), "--weak", *options]) == 0
    (app,) = started
    asked = {item.question.id for item in app.session.items}
    assert asked == {"mccain-sanctions-tf", "crimea-year"}  # tags mccain and sanctions
    assert main(["quiz", str(BANK), "--weak", "--tag", "date", *options]) == 2
