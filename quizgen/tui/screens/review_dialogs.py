"""The reviewer's two small dialogs: problems of an edited question, and the tag filter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Input, Static


class EditProblemsScreen(ModalScreen[bool]):
    """Why an edited question cannot be saved; dismissed with True to edit it again,
    False to cancel the edit (nothing is written either way)."""

    CSS_PATH = "review_drafts.tcss"
    BINDINGS = [
        Binding("e", "dismiss(True)", "edit again"),
        Binding("escape,c", "dismiss(False)", "cancel edit", key_display="esc/c"),
    ]

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("The edited question was not saved:", classes="title")
            for problem in self.problems:
                yield Static(f"• {problem}", classes="problem", markup=False)
            yield Static("e: edit again (your changes are kept) · esc: cancel", classes="hint")
        yield Footer(compact=True)


class TagFilterScreen(ModalScreen[tuple[str, ...] | None]):
    """Asks for the tags to review; dismissed with the tags (empty: every question) or
    None when cancelled."""

    CSS_PATH = "review_drafts.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "cancel", key_display="esc")]

    def __init__(self, tags: Sequence[str], current: Sequence[str] = ()) -> None:
        super().__init__()
        self.tags = list(tags)
        self.current = list(current)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Review only questions with the tag(s):", classes="title")
            yield Input(
                ", ".join(self.current),
                placeholder="a tag, or several separated by commas; empty: all",
                suggester=SuggestFromList(self.tags),
                id="tags",
            )
            yield Static("Tags: " + (", ".join(self.tags) or "none"), classes="hint")
        yield Footer(compact=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(tuple(t for t in re.split(r"[,\s]+", event.value) if t))
