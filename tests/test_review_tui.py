"""`quizgen review` driven by keys (Pilot, 80x24): the bank files are asserted after."""

from __future__ import annotations

import difflib
import shutil
import sys
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.bank.update import update_bank
from quizgen.cli import main
from quizgen.tui.apps.review import ArticleShelf, ReviewApp, build_review_app
from quizgen.tui.screens.review_dialogs import EditProblemsScreen, TagFilterScreen
from quizgen.tui.screens.review_drafts import DraftReviewScreen
from quizgen.tui.widgets.draft_details import DraftDetails
from quizgen.tui.widgets.review_status import ReviewStatus

DATA = Path(__file__).parent / "data" / "review"
SIZE = (80, 24)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def bank_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the review bank and its article; the fake editor as $EDITOR."""
    shutil.copytree(DATA / "bank", tmp_path / "bank")
    shutil.copytree(DATA / "articles", tmp_path / "articles")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {DATA / 'fake_editor.py'}")
    monkeypatch.setenv("FAKE_EDIT_LOG", str(tmp_path / "editor.log"))
    monkeypatch.setenv("FAKE_EDIT", "")
    return tmp_path / "bank"


def review_app(bank_dir: Path, **options) -> ReviewApp:
    bank, _ = load_bank([bank_dir])
    return build_review_app(bank, **options)


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def changed_lines(old: str, new: str) -> list[str]:
    diff = difflib.ndiff(old.splitlines(keepends=True), new.splitlines(keepends=True))
    return [line.rstrip("\n") for line in diff if line[:1] in "+-"]


def shown_id(app: ReviewApp) -> str | None:
    entry = app.session.current
    return None if entry is None else entry.question.id


def counter(app: ReviewApp) -> str:
    return app.screen.query_one(ReviewStatus).text


def message(app: ReviewApp) -> str:
    return str(app.screen.query_one("#message").content)


@pytest.mark.anyio
async def test_approve_retire_edit_undo_quit_touch_only_their_lines(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    monkeypatch.setenv("FAKE_EDIT", "start in May.=>start in June.")
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        assert counter(app) == "Reviewed 0 · Left 7"
        await pilot.press("a")  # bridge-vote-day
        assert shown_id(app) == "bridge-vote-count"
        await pilot.press("r")  # bridge-vote-count
        await pilot.press("e")  # bridge-start-tf: the fake editor rewrites the stem
        assert "Saved your edit of bridge-start-tf" in message(app)
        assert shown_id(app) == "bridge-start-tf"  # still a draft: decide it now
        await pilot.press("a")
        await pilot.press("a")  # bridge-cost ...
        assert counter(app) == "Reviewed 4 · Left 3"
        await pilot.press("u")  # ... undone
        assert shown_id(app) == "bridge-cost"
        assert counter(app) == "Reviewed 3 · Left 4"
        await pilot.press("q")
    assert app.return_code == 0
    assert changed_lines(before, read(path)) == [
        "-     status: draft",
        "+     status: approved",
        "-     status: draft",
        "+     status: retired",
        "-     question: Mayor Anna Berg said the works will start in May.",
        "+     question: Mayor Anna Berg said the works will start in June.",
        "-     status: draft",
        "+     status: approved",
    ]
    assert read(bank_dir / "hand.yaml") == read(DATA / "bank" / "hand.yaml")

    capsys.readouterr()
    assert main(["check", str(bank_dir)]) == 0
    assert "0 error(s)" in capsys.readouterr().err

    # A following generate keeps every decision, byte for byte.
    reviewed = read(path)
    generated, _ = load_bank([DATA / "generated"])
    (report,) = update_bank(bank_dir, generated.files)
    assert (report.kept, report.updated, report.new) == (4, 0, 0)
    assert read(path) == reviewed

    # Reopening continues with what is still draft.
    again = review_app(bank_dir)
    async with again.run_test(size=SIZE):
        assert counter(again) == "Reviewed 0 · Left 4"
        assert shown_id(again) == "bridge-cost"


@pytest.mark.anyio
async def test_edit_problems_are_shown_then_edited_again(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    monkeypatch.setenv("FAKE_EDIT", "answer: Tuesday=>answer: Thursday")
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, EditProblemsScreen)
        (problem,) = app.screen.problems
        assert "answer 'Thursday' is not one of the choices" in problem
        assert read(path) == before
        # The editor opens again on what the user wrote, not on the file.
        monkeypatch.setenv("FAKE_EDIT", "answer: Thursday=>answer: Friday\n- Friday=>- Thursday")
        await pilot.press("e")
        assert isinstance(app.screen, EditProblemsScreen)
        monkeypatch.setenv("FAKE_EDIT", "answer: Friday=>answer: Tuesday")
        await pilot.press("e")
        assert isinstance(app.screen, DraftReviewScreen)
    assert changed_lines(before, read(path)) == ["-       - Friday", "+       - Thursday"]
    log = (bank_dir.parent / "editor.log").read_text().splitlines()
    assert log == ["bridge-vote-day.yaml"] * 3


@pytest.mark.anyio
async def test_edit_cancelled_writes_nothing(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    monkeypatch.setenv("FAKE_EDIT", "id: bridge-vote-day=>id: renamed")
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, EditProblemsScreen)
        assert "the id cannot change here" in app.screen.problems[0]
        await pilot.press("escape")
        assert isinstance(app.screen, DraftReviewScreen)
        assert message(app) == "Edit cancelled; nothing was written."
        monkeypatch.setenv("FAKE_EDIT", "CLEAR")
        await pilot.press("e")
        assert message(app) == "Nothing changed; nothing was written."
    assert read(path) == before


@pytest.mark.anyio
async def test_tag_filter_skip_and_back(bank_dir: Path) -> None:
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, TagFilterScreen)
        await pilot.press("ctrl+u", *"transport, quote", "enter")
        assert counter(app) == "Reviewed 0 · Left 2"
        assert shown_id(app) == "bridge-start-tf"
        await pilot.press("s")
        assert shown_id(app) == "bridge-ferry-tf"
        await pilot.press("b")
        assert shown_id(app) == "bridge-start-tf"
        await pilot.press("r", "r")
        assert app.session.done
        assert "Every question with tag transport, quote is reviewed" in str(
            app.screen.query_one("#done").content
        )
        await pilot.press("t", "ctrl+u", "enter")
        assert counter(app) == "Reviewed 2 · Left 5"
        assert shown_id(app) == "bridge-vote-day"


@pytest.mark.anyio
async def test_evidence_shown_within_its_paragraph(bank_dir: Path) -> None:
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE):
        details = app.screen.query_one(DraftDetails)
        assert details.spot is not None
        assert details.spot.paragraph.endswith("The vote was 31 to 12.")
        evidence = app.screen.query_one("#evidence").content
        assert [span.style for span in evidence.spans] != []


@pytest.mark.anyio
async def test_footer_shows_every_binding(bank_dir: Path) -> None:
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE):
        shown = {
            binding.key: binding.description
            for binding in (b.binding for b in app.screen.active_bindings.values())
            if binding.show
        }
        assert shown == {
            "a": "approve",
            "r": "retire",
            "s": "skip",
            "b": "back",
            "e": "edit",
            "u": "undo",
            "t": "tag",
            "q": "quit",
        }


def test_cli_reports_a_broken_bank_like_check(capsys: pytest.CaptureFixture[str]) -> None:
    broken = Path(__file__).parent / "data" / "quiz" / "broken.yaml"
    assert main(["review", str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:" in err and "fix them (see `quizgen check`)" in err


def test_cli_with_nothing_to_review_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(DATA / "bank"), "--tag", "nope"]) == 0
    assert "nothing to review: no question with tag nope" in capsys.readouterr().err


def test_article_is_found_up_the_bank_folders_or_named_missing(bank_dir: Path) -> None:
    bank, _ = load_bank([bank_dir])
    bridge = next(f for f in bank.files if f.path.endswith("bridge.yaml"))
    shelf = ArticleShelf()
    article, note = shelf.article(bridge)
    assert article is not None and note == ""
    assert article.title == "Council votes to rebuild the old river bridge"
    shutil.rmtree(bank_dir.parent / "articles")
    article, note = ArticleShelf().article(bridge)
    assert article is None and note == "article articles/bridge.txt not found"
    hand = next(f for f in bank.files if f.path.endswith("hand.yaml"))
    assert ArticleShelf().article(hand) == (None, "no source article named")


class SuspendingDriver:
    """Makes the headless driver suspend as a real terminal's does, counting resumes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from textual.drivers.headless_driver import HeadlessDriver

        self.calls: list[str] = []
        monkeypatch.setattr(HeadlessDriver, "can_suspend", property(lambda _self: True))
        monkeypatch.setattr(
            HeadlessDriver, "suspend_application_mode", lambda _self: self.calls.append("suspend")
        )
        monkeypatch.setattr(
            HeadlessDriver, "resume_application_mode", lambda _self: self.calls.append("resume")
        )


@pytest.mark.anyio
@pytest.mark.parametrize("editor", ["false", "no-such-editor-xyz"])
async def test_a_failing_editor_is_reported_and_the_screen_comes_back(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch, editor: str
) -> None:
    driver = SuspendingDriver(monkeypatch)
    monkeypatch.setenv("EDITOR", editor)
    before = read(bank_dir / "bridge.yaml")
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert driver.calls == ["suspend", "resume"]
        assert editor in message(app) and "nothing was saved" in message(app)
        await pilot.press("a")
        assert "Approved bridge-vote-day" in message(app)
    assert read(bank_dir / "bridge.yaml") != before


@pytest.mark.anyio
async def test_an_editor_replacing_words_everywhere_keeps_its_header_out_of_the_bank(
    bank_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "sed -i s/the/THE/")
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert message(app).startswith("Saved your edit of bridge-vote-day")
    saved = read(bank_dir / "bridge.yaml")
    assert "#|" not in saved and "Edit THE question" not in saved
    assert "On which day did THE city council vote" in saved
    assert main(["check", str(bank_dir)]) == 0


def test_cli_without_a_terminal_says_so_and_exits_2(
    bank_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(bank_dir)]) == 2
    assert "the reviewer needs a terminal" in capsys.readouterr().err


@pytest.mark.anyio
async def test_the_right_choice_has_a_mark_and_no_choice_looks_selected(bank_dir: Path) -> None:
    from quizgen.tui.widgets.choice_row import ChoiceRow

    app = review_app(bank_dir)
    async with app.run_test(size=SIZE):
        rows = list(app.screen.query(ChoiceRow))
        assert [row.mark for row in rows] == ["✔ answer", "", "", ""]
        assert not any(row.has_class("-highlighted") for row in rows)


@pytest.mark.anyio
async def test_a_tag_filter_with_no_question_says_so_and_undo_says_it_clears_it(
    bank_dir: Path,
) -> None:
    app = review_app(bank_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await pilot.press("t", "ctrl+u", *"nope", "enter")
        assert app.session.total == 0
        await pilot.press("b")
        assert message(app) == "No question with tag nope to go back to. t: another tag"
        await pilot.press("u")
        assert shown_id(app) == "bridge-vote-day"
        assert "the tag filter nope is cleared to show it" in message(app)
        assert app.session.tags == ()
