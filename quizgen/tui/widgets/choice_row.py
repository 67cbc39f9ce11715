"""One lettered choice of a question, e.g. `A  about an hour`."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quizgen.tui.widgets import widget_css

LETTERS = "abcdef"


def choice_key(index: int, true_false: bool = False) -> str:
    """The key that picks choice `index`: a, b, c... or t/f for a true/false question."""
    if true_false:
        return "tf"[index]
    return LETTERS[index]


class ChoiceRow(Static):
    """A choice: its key letter, its text and an optional mark (✔ / ✘ with a note).

    State is shown by CSS classes so themes colour it: `-highlighted` (the cursor),
    `-right` (the correct answer), `-wrong` (a wrong answer given).
    """

    DEFAULT_CSS = widget_css(__file__)

    def __init__(self, key: str, text: str, *, mark: str = "", id: str | None = None) -> None:
        self.key = key
        self.text = text
        self.mark = mark
        super().__init__(self._content(), id=id, classes="choice", markup=False)

    def _content(self) -> Content:
        row = Content.assemble((f" {self.key.upper()} ", "bold"), "  ", self.text)
        if self.mark:
            row = Content.assemble(row, "  ", (self.mark, "bold"))
        return row
