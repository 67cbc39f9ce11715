"""The real generator, a review by keys, the generator again: every decision is kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.cli import main
from quizgen.tui.apps.review import build_review_app

ROOT = Path(__file__).parent.parent
SEED = "seeds/000_e94a5a8ef24bf183.txt"
FAKE_EDITOR = Path(__file__).parent / "data" / "review" / "fake_editor.py"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_generate_keeps_what_review_decided(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)  # generate records `source.file` as given, like `make run`
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {FAKE_EDITOR}")
    out = tmp_path / "bank"
    assert main(["generate", SEED, "--out", str(out)]) == 0
    (path,) = out.glob("*.yaml")
    generated = path.read_text(encoding="utf-8")

    bank, _ = load_bank([out])
    app = build_review_app(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        details = app.screen.query_one("DraftDetails")
        assert details.spot is not None  # the seed article was found and holds the evidence
        await pilot.press("a", "r")
        stem = next(
            line
            for line in app.session.editor_text().splitlines()
            if line.startswith("  question:")
        )
        monkeypatch.setenv("FAKE_EDIT", f"{stem}=>  question: A stem the reviewer rewrote?")
        await pilot.press("e", "a", "a", "u", "q")
    assert app.session.reviewed == 3
    reviewed = path.read_text(encoding="utf-8")
    assert reviewed != generated

    capsys.readouterr()
    assert main(["generate", SEED, "--out", str(out)]) == 0
    assert path.read_text(encoding="utf-8") == reviewed
    assert main(["check", str(out)]) == 0
    statuses = [q.status for q in load_bank([out])[0].questions]
    assert statuses[:4] == ["approved", "retired", "approved", "draft"]
    assert "A stem the reviewer rewrote?" in reviewed
