"""The trainer: a question, the feedback with its rating (which a key can change), repeat.

Reuses the quiz's QuestionView and FeedbackView. Every answer is committed by
`TrainingSession.answer` before the feedback (and so before the next question) shows.
"""

from __future__ import annotations

from datetime import tzinfo

from fsrs import Rating
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.widgets import Footer, Static

from quizgen.errors import ProgressError
from quizgen.learn.scheduler import rating_limits
from quizgen.learn.training import Outcome, TrainingSession, describe_due
from quizgen.tui.messages import Answered, TrainingFinished
from quizgen.tui.screens.staged import StagedScreen
from quizgen.tui.widgets.feedback_view import FeedbackView
from quizgen.tui.widgets.question_view import QuestionView

#: The rating keys share one footer entry, "1234 rate".
RATE_KEYS = Binding.Group("rate", compact=True)
#: A rating key this soon after the answer is the answering key pressed twice (or a
#: bouncing key), not a change of mind: 1 and 2 both answer and rate.
RATING_GRACE_SECONDS = 0.5


def new_cards_text(new_today: int, limit: int) -> str:
    """The header's count of new cards: "new today 3/20", or "new today 9, no more
    (--new 0)" once the day's limit is met (9/0 would read as an error)."""
    if new_today >= limit:
        return f"new today {new_today}, no more (--new {limit})"
    return f"new today {new_today}/{limit}"


class TrainScreen(StagedScreen):
    """Asks what `session` picks until it has nothing left, then posts TrainingFinished
    (the app shows the end screen)."""

    CSS_PATH = "train.tcss"
    BINDINGS = [
        # One footer entry, "1234 rate", so the footer keeps every key at 60 columns.
        Binding("1", "rate(1)", "again", group=RATE_KEYS),
        Binding("2", "rate(2)", "hard", group=RATE_KEYS),
        Binding("3", "rate(3)", "good", group=RATE_KEYS),
        Binding("4", "rate(4)", "easy", group=RATE_KEYS),
        Binding("u", "undo", "undo"),
    ]

    def __init__(self, session: TrainingSession, *, tz: tzinfo | None = None) -> None:
        super().__init__()
        self.session = session
        self.tz = tz
        self.outcome: Outcome | None = None

    def compose(self) -> ComposeResult:
        # The app shows this screen once the session has a first question (`current`);
        # it is composed with the screen, so mounting never has to switch away.
        item = self.session.current
        assert item is not None, "TrainScreen needs a question to show"
        yield Static(id="train-status", markup=False)
        with Container(id="stage"):
            yield QuestionView(item.question, item.choices)
        yield Static(id="rating", markup=False)
        yield Footer(compact=True)

    def flag_target(self) -> str | None:
        item = self.session.current or (self.outcome.item if self.outcome else None)
        return None if item is None else item.question.id

    def on_mount(self) -> None:
        self.query_one("#rating", Static).display = False
        self._update_status()
        self.query_one(QuestionView).focus()

    # -- showing -------------------------------------------------------------------------

    async def _show_next(self) -> None:
        self.outcome = None
        item = self.session.next_item()
        if item is None:
            self.post_message(TrainingFinished(self.session))
            return
        self._update_status()
        self.query_one("#rating", Static).update("")
        self.query_one("#rating", Static).display = False
        await self._stage(QuestionView(item.question, item.choices))

    def _update_status(self) -> None:
        session = self.session
        new = new_cards_text(session.new_today(), session.new_limit)
        self.query_one("#train-status", Static).update(
            f"{session.learner}   reviewed {session.reviewed} ({session.correct} right)   {new}"
        )

    def _show_rating(self, outcome: Outcome) -> None:
        limits = rating_limits(outcome.item.question)
        how = "your choice" if outcome.overridden else (
            f"answered in {outcome.response_seconds:.0f} s; "
            f"Easy within {limits.easy:.0f} s, Hard after {limits.hard:.0f} s"
            if outcome.correct
            else "a wrong answer"
        )  # fmt: skip
        due = describe_due(outcome.card.due, outcome.card.last_review or outcome.card.due, self.tz)
        if self.session.comes_back_in_session(outcome.card.due):
            # It is asked again as soon as nothing else is due, which may be at once.
            when = f"Back in this session once nothing else is due (due {due})."
        else:
            when = f"Next review {due}."
        line = (
            f"Rated {outcome.rating.name} ({how}). {when}\n"
            "Change the rating: 1 Again  2 Hard  3 Good  4 Easy"
        )
        rating = self.query_one("#rating", Static)
        rating.update(line)
        rating.display = True
        rating.set_class(not outcome.correct, "-wrong")

    # -- keys ----------------------------------------------------------------------------

    async def on_answered(self, message: Answered) -> None:
        message.stop()
        item = self.session.current
        if item is None or self.outcome is not None:
            return
        try:
            outcome = self.session.answer(message.answer)
        except ProgressError as error:
            self.app.exit(error)
            return
        self.outcome = outcome
        self._update_status()
        await self._stage(FeedbackView(item.entry, item.choices, item.index_of(message.answer)))
        self._show_rating(outcome)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next", "rate"):
            return self.outcome is not None
        if action == "undo":
            # Dimmed, not hidden, before the first answer: the footer keeps its place.
            return True if self.session.last is not None else None
        return True

    async def action_next(self) -> None:
        if self.outcome is not None:
            await self._show_next()

    async def action_undo(self) -> None:
        """Take back the last answer (shown or just left) and ask its question again."""
        if self.session.last is None:
            return
        try:
            item = self.session.undo()
        except ProgressError as error:
            self.app.exit(error)
            return
        self.outcome = None
        self._update_status()
        self.query_one("#rating", Static).display = False
        await self._stage(QuestionView(item.question, item.choices))
        self.notify(f"Took back your answer to {item.question.id}; its schedule is as before.")

    def action_rate(self, value: int) -> None:
        """Override the rating of the answer just given."""
        if self.outcome is None or self.session.seconds_since_answer() < RATING_GRACE_SECONDS:
            return
        try:
            self.outcome = self.session.override(Rating(value))
        except ProgressError as error:
            self.app.exit(error)
            return
        self._show_rating(self.outcome)
