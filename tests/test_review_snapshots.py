"""SVG snapshots of the reviewer at 80x24, over a copy of tests/data/review.

Update after a deliberate UI change with
`pytest tests/test_review_snapshots.py --snapshot-update` and look at the SVGs before
committing them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot

from quizgen.bank import load_bank
from quizgen.tui.apps.review import ReviewApp, build_review_app

DATA = Path(__file__).parent / "data" / "review"
SIZE = (80, 24)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReviewApp:
    shutil.copytree(DATA / "bank", tmp_path / "bank")
    shutil.copytree(DATA / "articles", tmp_path / "articles")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {DATA / 'fake_editor.py'}")
    bank, _ = load_bank([tmp_path / "bank"])
    return build_review_app(bank)


def test_review_screen(snap_compare, app: ReviewApp) -> None:
    assert snap_compare(app, terminal_size=SIZE)


def test_review_screen_after_approve_with_warning(snap_compare, app: ReviewApp) -> None:
    """The hand-added question: no evidence, so a `check` warning; a message above."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press(*"aaaaa")

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_edit_problems_dialog(snap_compare, app: ReviewApp, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_EDIT", "answer: Tuesday=>answer: Thursday")
    assert snap_compare(app, terminal_size=SIZE, press=["e"])
