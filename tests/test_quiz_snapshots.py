"""SVG snapshots of the quiz screens at 80x24 (fixed seed and clock, so they are stable).

Update after a deliberate UI change with `pytest tests/test_quiz_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from quizgen.bank import load_bank
from quizgen.model import select
from quizgen.tui.apps.quiz import QuizApp, build_quiz_app
from quizgen.tui.screens.quiz import QuizScreen

BANK = Path(__file__).parent / "data" / "quiz" / "bank.yaml"
SIZE = (80, 24)


def step_clock(step: float = 17.0):
    """A clock that moves `step` seconds each time it is read."""
    now = [0.0]

    def clock() -> float:
        now[0] += step
        return now[0]

    return clock


def quiz_app() -> QuizApp:
    bank, _ = load_bank([BANK])
    return build_quiz_app(select(bank.entries()), seed=11, clock=step_clock())


async def answer(pilot: Pilot, right: bool) -> None:
    """Answer the current question (by digit), rightly or not."""
    screen = pilot.app.screen
    assert isinstance(screen, QuizScreen)
    item = screen.session.current
    index = item.answer_index if right else (item.answer_index + 1) % len(item.choices)
    await pilot.press(str(index + 1))


async def finish(pilot: Pilot) -> None:
    """Right, wrong, wrong, right: two misses to review."""
    for right in (True, False, False, True):
        await answer(pilot, right)
        await pilot.press("enter")


def test_question_screen(snap_compare):
    assert snap_compare(quiz_app(), terminal_size=SIZE, press=["down"])


def test_feedback_screen_wrong_answer(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        await answer(pilot, right=False)

    assert snap_compare(quiz_app(), terminal_size=SIZE, run_before=run_before)


def test_feedback_screen_light_theme(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        pilot.app.theme = "textual-light"
        await answer(pilot, right=False)

    assert snap_compare(quiz_app(), terminal_size=SIZE, run_before=run_before)


def test_end_screen(snap_compare):
    assert snap_compare(quiz_app(), terminal_size=SIZE, run_before=finish)


def test_review_screen(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        await finish(pilot)
        await pilot.press("r")

    assert snap_compare(quiz_app(), terminal_size=SIZE, run_before=run_before)


def test_confirm_quit_screen(snap_compare):
    async def run_before(pilot: Pilot) -> None:
        await answer(pilot, right=True)
        await pilot.press("q")

    assert snap_compare(quiz_app(), terminal_size=SIZE, run_before=run_before)
