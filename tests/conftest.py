"""Suite-wide settings: keep every test's caches and learner data out of the user's home."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path_factory.getbasetemp() / "bank-cache"))


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands that open a terminal UI believe they run in a terminal (the tests
    replace the app's run, or drive it headless)."""
    monkeypatch.setattr("quizgen.cli.options.has_terminal", lambda: True)
