"""Asks before quitting a quiz that is not finished."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


class ConfirmQuitScreen(ModalScreen[bool]):
    """Dismisses with True (quit) on y/q, False (stay) on n/escape."""

    CSS_PATH = "confirm_quit.tcss"
    BINDINGS = [
        Binding("y,q", "answer(True)", "quit", key_display="y"),
        Binding("n,escape", "answer(False)", "keep going", key_display="n/esc"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("Quit this quiz?", id="question")
            yield Static(
                "Every answer so far is saved in your progress; "
                "only this quiz's results and review of misses are skipped.",
                id="why",
            )
            yield Static("y quit   n keep going", id="keys")
        yield Footer(compact=True)

    def action_answer(self, quit_: bool) -> None:
        self.dismiss(quit_)
