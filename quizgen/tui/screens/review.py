"""The missed questions of a finished quiz, one by one, with their feedback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.widgets import Footer

from quizgen.learn.session import QuizSession
from quizgen.tui.screens.flag import FlaggingScreen
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.quiz_status import QuizStatus


class ReviewScreen(FlaggingScreen):
    """Steps through `session.missed`; escape (or going past the last) goes back."""

    CSS_PATH = "quiz.tcss"
    BINDINGS = [
        Binding("right,n", "step(1)", "next", key_display="→/n"),
        Binding("enter,space", "step(1)", show=False),
        Binding("left,p", "step(-1)", "back", key_display="←/p"),
        Binding("escape", "back", "results"),
    ]

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session
        self.index = 0

    def flag_target(self) -> str | None:
        return self.session.missed[self.index].question.id

    def compose(self) -> ComposeResult:
        yield QuizStatus("Missed")
        yield Container(id="stage")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self._show()

    async def _show(self) -> None:
        session = self.session
        item = session.missed[self.index]
        status = self.query_one(QuizStatus)
        status.show(self.index + 1, len(session.missed), session.score, session.total)
        stage = self.query_one("#stage", Container)
        await stage.remove_children()
        view = FeedbackView(item.entry, item.choices, session.given_for(item))
        await stage.mount(view)
        view.focus()

    async def action_step(self, step: int) -> None:
        index = self.index + step
        if index >= len(self.session.missed):
            self.action_back()
        elif index >= 0:
            self.index = index
            await self._show()

    def action_back(self) -> None:
        self.app.pop_screen()
