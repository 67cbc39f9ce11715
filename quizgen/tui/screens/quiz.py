"""The quiz itself: a question, then the feedback on its answer, until the last one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import Footer

from quizgen.learn.session import QuizSession
from quizgen.tui.messages import Answered, QuizFinished
from quizgen.tui.screens.staged import StagedScreen
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.question_view import QuestionView
from quizgen.tui.widgets.quiz_status import QuizStatus


class QuizScreen(StagedScreen):
    """Asks every item of `session`; at the end, posts QuizFinished (the app shows the
    results)."""

    CSS_PATH = "quiz.tcss"

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session

    @property
    def unfinished(self) -> bool:
        """Whether quitting now would lose answers of a quiz not yet finished."""
        return bool(self.session.answers) and not self.session.finished

    def flag_target(self) -> str | None:
        return self.session.current.question.id

    def compose(self) -> ComposeResult:
        yield QuizStatus()
        # The first question is composed with the screen (no second layout pass).
        with Container(id="stage"):
            yield self._question_view()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._update_status()
        self.query_one(QuestionView).focus()

    def _question_view(self) -> QuestionView:
        item = self.session.current
        return QuestionView(item.question, item.choices)

    async def _show_question(self) -> None:
        self._update_status()
        await self._stage(self._question_view())

    def _update_status(self) -> None:
        session = self.session
        number = min(session.position + 1, session.total)
        self.query_one(QuizStatus).show(number, session.total, session.score, len(session.answers))

    async def on_answered(self, message: Answered) -> None:
        message.stop()
        if self.session.answered:
            return
        self.session.answer(message.answer)
        item = self.session.current
        self._update_status()
        await self._stage(FeedbackView(item.entry, item.choices, item.index_of(message.answer)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.session.answered
        return True

    async def action_next(self) -> None:
        if not self.session.answered:
            return
        self.session.advance()
        if self.session.finished:
            self.post_message(QuizFinished(self.session))
        else:
            await self._show_question()
