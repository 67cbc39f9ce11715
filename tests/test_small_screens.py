"""Every screen stays usable on a small terminal: SVG snapshots at 60x20 and 80x24 of
the quiz question, feedback and end, the trainer and the reviewer; every footer key in
view at 60 columns; dialogs and headers that fit.

Update the snapshots after a deliberate UI change with
`pytest tests/test_small_screens.py --snapshot-update` and look at the SVGs first.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_quiz_snapshots import answer, finish, quiz_app
from test_training import FakeClock
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from quizgen.bank import load_bank
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.scheduler import make_scheduler
from quizgen.learn.training import TrainingSession
from quizgen.model import select
from quizgen.tui.apps.review import ReviewApp, build_review_app
from quizgen.tui.apps.train import TrainApp, build_train_app
from quizgen.tui.screens.review_dialogs import TagFilterScreen

SIZES = [(60, 20), (80, 24)]
DATA = Path(__file__).parent / "data"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

Steps = Callable[[Pilot], Awaitable[None]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def review_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReviewApp:
    shutil.copytree(DATA / "review" / "bank", tmp_path / "bank")
    shutil.copytree(DATA / "review" / "articles", tmp_path / "articles")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {DATA / 'review' / 'fake_editor.py'}")
    bank, _ = load_bank([tmp_path / "bank"])
    return build_review_app(bank)


@pytest.fixture
def train_app(tmp_path: Path):
    """A trainer on a fixed clock, over the training bank, for learner ana."""
    bank, _ = load_bank([DATA / "train" / "bank.yaml"])
    clock = FakeClock(START)
    with ProgressStore.open(store_path(tmp_path)) as store:
        session = TrainingSession(
            store,
            "ana",
            select(bank.entries()),
            now=clock.now,
            timer=clock.timer,
            scheduler=make_scheduler(fuzzing=False),
            tz=UTC,
            seed=3,
        )
        yield build_train_app(session, tz=UTC), clock


async def answer_train(pilot: Pilot) -> None:
    """Answer the trainer's question rightly after 8 s."""
    app = pilot.app
    assert isinstance(app, TrainApp)
    item = app.session.current
    assert item is not None
    await pilot.press(str(item.answer_index + 1))
    await pilot.pause()


async def wrong_answer(pilot: Pilot) -> None:
    await answer(pilot, right=False)


async def review_misses(pilot: Pilot) -> None:
    await finish(pilot)
    await pilot.press("r")


QUIZ_STEPS: dict[str, Steps | None] = {
    "question": None,
    "feedback": wrong_answer,
    "end": finish,
    "missed": review_misses,
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", QUIZ_STEPS)
def test_quiz_screens(snap_compare, screen: str, size: tuple[int, int]) -> None:
    """The snapshot of each quiz screen; at 60 columns every footer key is in view too
    (checked on the same run: each run plays the quiz up to the screen)."""
    steps = QUIZ_STEPS[screen]

    async def run_before(pilot: Pilot) -> None:
        if steps is not None:
            await steps(pilot)
        await pilot.pause()
        if size[0] == 60:
            assert footer_overflow(pilot.app) == []

    assert snap_compare(quiz_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_train_screen(snap_compare, train_app, size: tuple[int, int]) -> None:
    app, clock = train_app

    async def run_before(pilot: Pilot) -> None:
        clock.wait(8)
        await answer_train(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_review_screen(snap_compare, review_app: ReviewApp, size: tuple[int, int]) -> None:
    assert snap_compare(review_app, terminal_size=size)


def footer_overflow(app: App) -> list[str]:
    """The footer keys not wholly on screen (or overlapping the next one)."""
    footer = app.screen.query_one(Footer)
    width = app.size.width
    keys = sorted((key.region.x, key.region.right, key) for key in footer.children)
    lost = [str(key) for _x, right, key in keys if right > width]
    lost += [str(b[2]) for a, b in zip(keys, keys[1:], strict=False) if b[0] < a[1]]
    return lost


@pytest.mark.anyio
async def test_every_train_key_is_in_view_at_60_columns(train_app) -> None:
    app, clock = train_app
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert footer_overflow(app) == []
        clock.wait(8)
        await answer_train(pilot)
        assert footer_overflow(app) == []
        assert "q" in {key.key for key in app.screen.query(FooterKey)}


@pytest.mark.anyio
async def test_reviewer_keys_and_tag_dialog_fit_60_columns(review_app: ReviewApp) -> None:
    async with review_app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert footer_overflow(review_app) == []
        await pilot.press("t")
        assert isinstance(review_app.screen, TagFilterScreen)
        dialog = review_app.screen.query_one(".dialog")
        assert dialog.region.right <= 60


@pytest.mark.anyio
async def test_reviewer_header_keeps_a_long_file_name_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_name = tmp_path / "000_e94a5a8ef24bf183_council_votes.yaml"
    shutil.copy(DATA / "review" / "bank" / "bridge.yaml", long_name)
    bank, _ = load_bank([long_name])
    app = build_review_app(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        where = app.screen.query_one("#where")
        shown = str(where.render())
        assert long_name.name in shown
        assert where.region.width * where.region.height >= len(shown)
