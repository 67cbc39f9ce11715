"""One lettered choice of a question, e.g. `A  about an hour`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from quizgen.tui.widgets import widget_css

LETTERS = "abcdef"


def choice_key(index: int, true_false: bool = False) -> str:
    """The key that picks choice `index`: a, b, c... or t/f for a true/false question."""
    if true_false:
        return "tf"[index]
    return LETTERS[index]


class ChoiceRow(Horizontal):
    """A choice: its key letter, its text and an optional mark (✔ / ✘ with a note).

    The letter and the text are side by side, so a long choice wraps under its own
    text (a hanging indent), not under the letter. State is shown by CSS classes so
    themes colour it: `-highlighted` (the cursor), `-right` (the correct answer),
    `-wrong` (a wrong answer given).
    """

    DEFAULT_CSS = widget_css(__file__)

    def __init__(self, key: str, text: str, *, mark: str = "", id: str | None = None) -> None:
        super().__init__(id=id, classes="choice")
        self.key = key
        self.text = text
        self.mark = mark

    def compose(self) -> ComposeResult:
        yield Static(Content.styled(f" {self.key.upper()} ", "bold"), classes="key")
        body = Content(self.text)
        if self.mark:
            body = Content.assemble(body, "  ", (self.mark, "bold"))
        yield Static(body, classes="body")

    @property
    def plain(self) -> str:
        """The row as text: `A  about an hour  ✔ correct` (for tests and screen readers)."""
        return f"{self.key.upper()}  {self.text}" + (f"  {self.mark}" if self.mark else "")
