"""Suite-wide settings: keep every test's caches and learner data out of the user's home,
and start the longest group of tests first."""

from __future__ import annotations

import pytest

#: The tests that share the generated output of every devset and held-out article (in
#: two halves, "generated-0" and "generated-1"): their fixture is the suite's longest
#: step, so each worker starts on a half before the rest (started last, it keeps one
#: worker busy long after the other is done).
LONGEST_GROUP = "generated"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def in_longest_group(item: pytest.Item) -> bool:
        marker = item.get_closest_marker("xdist_group")
        return marker is not None and any(str(a).startswith(LONGEST_GROUP) for a in marker.args)

    items.sort(key=lambda item: not in_longest_group(item))


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
