"""The base of the quiz and the trainer: a `#stage` showing a question, then its feedback."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Container

from quizgen.tui.screens.flag import FlaggingScreen
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.question_view import QuestionView


class StagedScreen(FlaggingScreen):
    """A screen with one `Container(id="stage")` holding the question or its feedback.

    Subclasses compose the stage, enable `next` in `check_action` once an answer is in,
    and implement `action_next`. Their BINDINGS add to these (Textual merges them)."""

    BINDINGS = [
        Binding("enter", "next", "next", key_display="⏎/space"),
        Binding("space", "next", show=False),
    ]

    async def _stage(self, view: QuestionView | FeedbackView) -> None:
        """Show `view` alone on the stage, focused, and refresh the footer's keys."""
        stage = self.query_one("#stage", Container)
        await stage.remove_children()
        await stage.mount(view)
        view.focus()
        self.refresh_bindings()
