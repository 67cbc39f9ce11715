"""The quiz app and its factory (shared by `quizgen quiz` and the tests)."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

from textual.app import App
from textual.binding import Binding

from quizgen.learn.flags import FlagHook
from quizgen.learn.session import AnswerHook, Clock, QuizSession, build_items
from quizgen.model import BankEntry
from quizgen.tui.messages import Flagged, QuizFinished, RetryMisses, ReviewMisses
from quizgen.tui.screens.confirm_quit import ConfirmQuitScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultScreen
from quizgen.tui.screens.review import ReviewScreen


class QuizApp(App[None]):
    """A quiz over `session`: questions, results, review and retry of the misses."""

    TITLE = "quizgen quiz"
    # Every key is in the footer, which a 60-column terminal fills; the palette would
    # only repeat quit and theme.
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("q", "request_quit", "quit"),
        # Textual's ctrl+c only hints at ctrl+q; here it quits like q (asking first).
        Binding("ctrl+c", "request_quit", show=False, priority=True),
    ]

    def __init__(self, session: QuizSession, on_flag: FlagHook | None = None) -> None:
        super().__init__()
        self.session = session
        self.on_flag = on_flag

    def on_mount(self) -> None:
        # Pushed (not the default screen) so that results and retries can switch_screen.
        self.push_screen(QuizScreen(self.session))

    # -- navigation: the screens say what happened, the app picks the next screen --------

    async def on_quiz_finished(self, message: QuizFinished) -> None:
        message.stop()
        await self.switch_screen(ResultScreen(message.session))

    async def on_review_misses(self, message: ReviewMisses) -> None:
        message.stop()
        # Pushed over the results, so leaving the review goes back to them.
        await self.push_screen(ReviewScreen(message.session))

    async def on_retry_misses(self, message: RetryMisses) -> None:
        message.stop()
        # The retry is the session from now on (what quitting reports).
        self.session = message.session.retry_missed()
        await self.switch_screen(QuizScreen(self.session))

    async def action_quit(self) -> None:
        """Every way to quit (ctrl+q too) asks like q does."""
        self.action_request_quit()

    def on_flagged(self, message: Flagged) -> None:
        message.stop()
        if self.on_flag is not None and self.on_flag(message.question_id, message.reason):
            self.notify(f"Flagged {message.question_id} for your teacher.", timeout=3)
        else:
            self.notify(
                f"The flag on {message.question_id} could not be saved.",
                severity="error",
                timeout=5,
            )

    def action_request_quit(self) -> None:
        """Quit; ask first when that would lose an unfinished quiz."""
        screen = self.screen
        if isinstance(screen, ConfirmQuitScreen):
            self.exit()
        elif isinstance(screen, QuizScreen) and screen.unfinished:
            self.push_screen(ConfirmQuitScreen(), self._quit_if)
        else:
            self.exit()

    def _quit_if(self, confirmed: bool | None) -> None:
        if confirmed:
            self.exit()


def build_quiz_app(
    entries: Sequence[BankEntry],
    *,
    count: int | None = None,
    seed: int | str | None = None,
    clock: Clock = time.monotonic,
    on_answer: AnswerHook | None = None,
    on_flag: FlagHook | None = None,
) -> QuizApp:
    """The quiz over `entries` (already selected): shuffled from `seed` (fresh without
    one), cut to `count`; `clock` times it; `on_answer` gets every answer, `on_flag`
    every flag."""
    rng = random.Random(seed)
    items = build_items(entries, count=count, rng=rng)
    return QuizApp(QuizSession(items, clock=clock, on_answer=on_answer, rng=rng), on_flag)
