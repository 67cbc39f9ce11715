"""Navigation belongs to the apps: screens post messages, the app picks the next screen."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quizgen.tui.screens as screens_package
from quizgen.bank import load_bank
from quizgen.learn.session import QuizSession
from quizgen.model import select
from quizgen.tui.apps.quiz import QuizApp, build_quiz_app
from quizgen.tui.messages import QuizFinished, RetryMisses, ReviewMisses
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultScreen
from quizgen.tui.screens.review import ReviewScreen

SCREENS = Path(screens_package.__file__).parent
PACKAGE = "quizgen.tui.screens"
BANK = Path(__file__).parent / "data" / "quiz" / "bank.yaml"
SIZE = (80, 24)

#: The screen modules a screen may import, and why that is not navigation.
ALLOWED = {
    # A shared base class (the quiz and the trainer both show a question, then feedback).
    "staged": "the base of QuizScreen and TrainScreen",
    # Modal dialogs the reviewer pushes with a callback and returns from, like a prompt.
    "review_dialogs": "modals DraftReviewScreen awaits an answer from",
    # The base of the screens whose question can be flagged, and its one-line dialog.
    "flag": "FlaggingScreen (a base) and the FlagScreen modal it awaits a reason from",
}


def imported_modules(source: str, module: str) -> set[str]:
    """Every module `source` (the text of `module`) imports, at any depth (function-level
    imports included), relative imports resolved."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.rsplit(".", node.level)[0]
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            # `from quizgen.tui.screens import results` imports a module too.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def screens_imported(source: str, module: str) -> set[str]:
    """The other screen modules (short names) that `module` imports."""
    own = module.rsplit(".", 1)[1]
    prefix = f"{PACKAGE}."
    names = {
        name.removeprefix(prefix).split(".")[0]
        for name in imported_modules(source, module)
        if name.startswith(prefix)
    }
    return {name for name in names if (SCREENS / f"{name}.py").is_file() and name != own}


def screen_modules() -> list[Path]:
    return sorted(p for p in SCREENS.glob("*.py") if p.name != "__init__.py")


def test_the_checker_sees_function_level_and_relative_imports() -> None:
    source = (
        "from quizgen.tui.screens.staged import StagedScreen\n"
        "def go():\n"
        "    from quizgen.tui.screens.results import ResultScreen\n"
        "    from . import review\n"
        "    import quizgen.tui.screens.train_end\n"
    )
    found = screens_imported(source, f"{PACKAGE}.quiz")
    assert found == {"staged", "results", "review", "train_end"}


@pytest.mark.parametrize("path", screen_modules(), ids=lambda p: p.stem)
def test_no_screen_imports_another_screen_to_navigate(path: Path) -> None:
    module = f"{PACKAGE}.{path.stem}"
    source = path.read_text(encoding="utf-8")
    navigation = screens_imported(source, module) - ALLOWED.keys()
    assert not navigation, (
        f"{path.name} imports the screen module(s) {sorted(navigation)}: post a message "
        "from quizgen.tui.messages and let the app switch screens"
    )
    apps = {name for name in imported_modules(source, module) if name.startswith("quizgen.tui.app")}
    assert not apps, f"{path.name} imports {sorted(apps)}: screens must not know their app"


def test_every_allowed_exception_is_still_a_screen_module() -> None:
    """An exception outliving its module would silently allow a new one of that name."""
    assert all((SCREENS / f"{name}.py").is_file() for name in ALLOWED)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def quiz_app() -> QuizApp:
    bank, _ = load_bank([BANK])
    return build_quiz_app(select(bank.entries()), seed=11)


def play(session: QuizSession, *, right: int) -> None:
    """Answer all of `session` (the first `right` questions right, the rest wrongly)."""
    while not session.finished:
        item = session.current
        wrong = (item.answer_index + 1) % len(item.choices)
        session.answer(item.answer_index if len(session.answers) < right else wrong)
        session.advance()


@pytest.mark.anyio
async def test_the_app_routes_quiz_finished_to_the_results() -> None:
    app = quiz_app()
    async with app.run_test(size=SIZE) as pilot:
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        play(quiz.session, right=1)
        quiz.post_message(QuizFinished(quiz.session))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert app.screen.session is quiz.session
        assert len(app.screen_stack) == 2  # switched, not pushed: no way back to the quiz


@pytest.mark.anyio
async def test_the_app_routes_review_and_retry_of_the_misses() -> None:
    app = quiz_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.session
        play(session, right=1)
        app.screen.post_message(QuizFinished(session))
        await pilot.pause()
        results = app.screen
        assert isinstance(results, ResultScreen)

        results.post_message(ReviewMisses(session))
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.session is session
        await pilot.press("escape")  # the review is pushed over the results
        assert app.screen is results

        results.post_message(RetryMisses(session))
        await pilot.pause()
        retry = app.screen
        assert isinstance(retry, QuizScreen)
        assert sorted(i.question.id for i in retry.session.items) == sorted(
            i.question.id for i in session.missed
        )
