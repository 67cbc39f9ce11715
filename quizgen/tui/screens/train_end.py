"""The end of a training session: how many were reviewed and when the next ones are due."""

from __future__ import annotations

from datetime import datetime, tzinfo

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.learn.training import Summary, TrainingSession, describe_due


def summary_lines(summary: Summary, now: datetime, tz: tzinfo | None = None) -> list[str]:
    """The end screen's text, one line per fact."""
    if summary.reviewed:
        lines = [f"Reviewed {summary.reviewed} ({summary.correct} right)."]
    else:
        lines = ["Nothing to review right now."]
    if summary.stopped_by == "limit":
        lines.append(f"Session limit reached ({summary.reviewed} reviews, --limit).")
    elif summary.stopped_by == "minutes":
        lines.append("Session time is up (--minutes).")
    if summary.next_due is not None:
        lines.append(f"Next review due {describe_due(summary.next_due, now, tz)}.")
    if summary.new_limit_reached:
        lines.append(_new_waiting_line(summary))
    elif summary.next_due is None and not summary.new_waiting:
        lines.append("No card is scheduled.")
    return lines


def _new_waiting_line(summary: Summary) -> str:
    waiting = f"{summary.new_waiting} new question(s)"
    if summary.new_limit == 0:
        return f"{waiting} not started: --new 0 allows none."
    return f"{waiting} wait: today's {summary.new_limit} new are done (--new N allows more)."


class TrainEndScreen(Screen[None]):
    """The summary of a finished session; enter or q leaves."""

    CSS_PATH = "train_end.tcss"
    BINDINGS = [Binding("enter", "app.quit", "done", key_display="⏎")]

    def __init__(self, summary: Summary, now: datetime, tz: tzinfo | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.lines = summary_lines(summary, now, tz)

    def compose(self) -> ComposeResult:
        with Vertical(id="train-end"):
            yield Static("Training done for now", id="title")
            yield Static(self.lines[0], id="reviewed", markup=False)
            yield Static("\n".join(self.lines[1:]), id="next", markup=False)
        yield Footer(compact=True)


def end_screen(session: TrainingSession, tz: tzinfo | None = None) -> TrainEndScreen:
    """The end screen of `session` as it stands now."""
    return TrainEndScreen(session.summary(), session.now(), tz)
