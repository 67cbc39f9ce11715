"""Suite-wide settings: keep every test's caches and learner data out of the user's home."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path_factory.getbasetemp() / "bank-cache"))
