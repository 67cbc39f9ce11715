"""A one-line status: the question number out of the total, the score, a progress bar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static

from quizgen.tui.widgets import widget_css


class QuizStatus(Horizontal):
    """`Question 3 of 10   Score 2/2   ━━━━━━━━━━──────`.

    `QuizStatus(label="Question")`, then `show(number, total, score, answered)`:
    `number` is 1-based; `score` counts right answers out of `answered`. `label`
    names what is counted ("Question", "Card", "Draft"...). Pure display, no keys.
    """

    DEFAULT_CSS = widget_css(__file__)

    def __init__(self, label: str = "Question", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label

    def compose(self) -> ComposeResult:
        yield Static(id="position", markup=False)
        yield Static(id="score", markup=False)
        yield ProgressBar(show_eta=False, show_percentage=False, id="progress")

    def show(self, number: int, total: int, score: int, answered: int) -> None:
        """Show question `number` of `total` and `score` right out of `answered`."""
        self.query_one("#position", Static).update(f"{self.label} {number} of {total}")
        self.query_one("#score", Static).update(f"Score {score}/{answered}")
        self.query_one("#progress", ProgressBar).update(total=total, progress=answered)

    @property
    def text(self) -> str:
        """The position and score as shown (for tests and screen readers)."""
        position = self.query_one("#position", Static).content
        score = self.query_one("#score", Static).content
        return f"{position}  {score}"
