"""Flagging a question as wrong or unclear: the `!` key of the quiz, the trainer and the
review of misses, and the one-line dialog that asks why."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Static

from quizgen.learn.flags import REASON_LIMIT
from quizgen.tui.messages import Flagged


class FlagScreen(ModalScreen[str | None]):
    """Asks why `question_id` is flagged; dismissed with the reason ("" for none) on
    enter, or None when cancelled."""

    CSS_PATH = "flag.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "cancel", key_display="esc")]

    def __init__(self, question_id: str) -> None:
        super().__init__()
        self.question_id = question_id

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-dialog"):
            yield Static(f"Flag {self.question_id} as wrong or unclear", id="title", markup=False)
            yield Input(placeholder="why (optional), then enter", max_length=REASON_LIMIT)
            yield Static("Your teacher sees it. ⏎ flag · esc cancel", id="hint")
        yield Footer(compact=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)


class FlaggingScreen(Screen[None]):
    """A screen whose question can be flagged with `!`; subclasses say which question
    (`flag_target`). The flag is posted as `Flagged` for the app to record."""

    BINDINGS = [Binding("exclamation_mark", "flag", "flag", key_display="!")]

    def flag_target(self) -> str | None:
        """The id of the question on screen, if any."""
        raise NotImplementedError

    def action_flag(self) -> None:
        question_id = self.flag_target()
        if question_id is None:
            return

        def post(reason: str | None) -> None:
            if reason is not None:
                self.post_message(Flagged(question_id, reason))

        self.app.push_screen(FlagScreen(question_id), post)
