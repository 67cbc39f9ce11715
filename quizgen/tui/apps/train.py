"""The trainer app and its factory (shared by `quizgen train` and the tests)."""

from __future__ import annotations

from datetime import tzinfo

from textual.app import App
from textual.binding import Binding

from quizgen.errors import ProgressError
from quizgen.learn.flags import flag_question
from quizgen.learn.training import TrainingSession
from quizgen.tui.messages import Flagged, TrainingFinished
from quizgen.tui.screens.train import TrainScreen
from quizgen.tui.screens.train_end import end_screen


class TrainApp(App[ProgressError | None]):
    """Spaced-repetition training over `session`. Quitting loses nothing: every answer is
    already committed. Returns the ProgressError that stopped it, if one did."""

    TITLE = "quizgen train"
    # Every key is in the footer, which a 60-column terminal fills; the palette would
    # only repeat quit and theme.
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("q", "quit", "quit"),
        Binding("ctrl+c", "quit", show=False, priority=True),
    ]

    def __init__(self, session: TrainingSession, *, tz: tzinfo | None = None) -> None:
        super().__init__()
        self.session = session
        self.tz = tz

    def on_mount(self) -> None:
        # Pushed (not the default screen) so the end screen can switch_screen. The first
        # question is picked here, so a session with nothing to do opens on its end screen.
        if self.session.next_item() is None:
            self.push_screen(end_screen(self.session, self.tz))
        else:
            self.push_screen(TrainScreen(self.session, tz=self.tz))

    def on_flagged(self, message: Flagged) -> None:
        message.stop()
        session = self.session
        try:
            flag_question(
                session.store, session.learner, message.question_id, message.reason, session.now()
            )
        except ProgressError as error:
            self.exit(error)
            return
        self.notify(f"Flagged {message.question_id} for your teacher.", timeout=3)

    async def on_training_finished(self, message: TrainingFinished) -> None:
        """The trainer ran out of questions: its summary replaces it."""
        message.stop()
        await self.switch_screen(end_screen(message.session, self.tz))


def build_train_app(session: TrainingSession, *, tz: tzinfo | None = None) -> TrainApp:
    """The trainer over an open `session` (its store, learner, clock and bank)."""
    return TrainApp(session, tz=tz)
