"""The end of a quiz: score, percentage, time taken; review or retry the misses."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.learn.session import QuizSession, format_duration
from quizgen.tui.messages import RetryMisses, ReviewMisses


class ResultScreen(Screen[None]):
    """The results of a finished `session`; review and retry are the app's to open."""

    CSS_PATH = "results.tcss"
    BINDINGS = [
        Binding("r", "review", "review misses"),
        Binding("m", "retry", "retry misses"),
    ]

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        session = self.session
        missed = len(session.missed)
        with Vertical(id="results"):
            yield Static("Quiz finished", id="title")
            yield Static(f"Score  {session.score} / {session.total}", id="score")
            yield Static(f"{session.percent:.0f}%", id="percent")
            yield Static(f"Time taken  {format_duration(session.elapsed_seconds)}", id="time")
            tags = session.tag_results()
            if tags:
                shown = " · ".join(f"{t.tag} {t.right}/{t.asked}" for t in tags)
                yield Static(f"By tag (weakest first): {shown}", id="tags", markup=False)
            if missed:
                yield Static(
                    f"{missed} missed: press r to review them one by one, m to retry only those.",
                    id="missed",
                )
            else:
                yield Static("No misses. Well done!", id="missed")
        yield Footer(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("review", "retry"):
            return bool(self.session.missed)
        return True

    def action_review(self) -> None:
        if self.session.missed:
            self.post_message(ReviewMisses(self.session))

    def action_retry(self) -> None:
        if self.session.missed:
            self.post_message(RetryMisses(self.session))
