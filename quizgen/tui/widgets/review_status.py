"""The reviewer's one-line counter: reviewed / left, the tag filter and the file."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from quizgen.tui.widgets import widget_css


class ReviewStatus(Horizontal):
    """`Reviewed 2 · Left 5   tag: money   bridge-cost · bridge.yaml`.

    Call `show(reviewed, left, tags, where)`; pure display, no keys.
    """

    DEFAULT_CSS = widget_css(__file__)

    def compose(self) -> ComposeResult:
        yield Static(id="counter", markup=False)
        yield Static(id="filter", markup=False)
        yield Static(id="where", markup=False)

    def show(self, reviewed: int, left: int, tags: Sequence[str], where: str) -> None:
        """Show the counter, the tag filter (all tags when empty) and the file shown."""
        self.query_one("#counter", Static).update(f"Reviewed {reviewed} · Left {left}")
        shown = ", ".join(tags) if tags else "all"
        self.query_one("#filter", Static).update(f"tag: {shown}")
        self.query_one("#where", Static).update(where)

    @property
    def text(self) -> str:
        """The counter as shown (for tests)."""
        return str(self.query_one("#counter", Static).content)
