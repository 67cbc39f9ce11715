"""The reviewer: one draft at a time, as a learner sees it plus what a teacher checks."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.bank.atomic import atomic_write_text
from quizgen.errors import BankError
from quizgen.learn.flags import Flag
from quizgen.learn.review import EvidenceSpot, ReviewSession
from quizgen.model import BankEntry
from quizgen.tui.screens.review_dialogs import EditProblemsScreen, TagFilterScreen
from quizgen.tui.widgets.draft_details import DraftDetails
from quizgen.tui.widgets.question_view import QuestionView
from quizgen.tui.widgets.review_status import ReviewStatus

#: Where the evidence of an entry sits: (spot or None, a note when there is none).
EvidenceFinder = Callable[[BankEntry], tuple[EvidenceSpot | None, str]]


def editor_command() -> list[str]:
    """$EDITOR (else $VISUAL, else vi), split as a shell would."""
    command = os.environ.get("EDITOR") or os.environ.get("VISUAL") or "vi"
    return shlex.split(command)


def edit_in_editor(text: str, name: str) -> str:
    """Let the user edit `text` in $EDITOR, in a scratch file called `name`; what they
    saved. BankError when the editor cannot start or fails."""
    folder = Path(tempfile.mkdtemp(prefix="quizgen-review-"))
    try:
        scratch = folder / name
        atomic_write_text(scratch, text)
        command = editor_command()
        try:
            done = subprocess.run([*command, str(scratch)], check=False)
        except OSError as error:
            raise BankError(
                f"cannot start the editor '{command[0]}' ({error.strerror}); "
                "nothing was saved; set $EDITOR to one you have"
            ) from None
        if done.returncode != 0:
            raise BankError(
                f"the editor '{command[0]}' exited with status {done.returncode}; nothing was saved"
            )
        return scratch.read_bytes().decode("utf-8", errors="replace")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class DraftReviewScreen(Screen[None]):
    """Steps through `session`'s queue; every decision is written at once."""

    CSS_PATH = "review_drafts.tcss"
    BINDINGS = [
        Binding("a", "approve", "approve"),
        Binding("r", "retire", "retire"),
        Binding("s", "skip", "skip"),
        Binding("b", "back", "back"),
        Binding("e", "edit", "edit"),
        Binding("u", "undo", "undo"),
        Binding("t", "tag", "tag"),
    ]

    def __init__(
        self,
        session: ReviewSession,
        evidence: EvidenceFinder,
        flags: Mapping[str, Sequence[Flag]] | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.evidence = evidence
        #: Learners' flags by question id, shown above the answer.
        self.flags = flags or {}

    def compose(self) -> ComposeResult:
        yield ReviewStatus()
        yield VerticalScroll(id="stage")
        yield Static(id="message", markup=False)
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self.show_current()

    # -- showing -------------------------------------------------------------------

    async def show_current(self) -> None:
        """Show the session's current question (or that none is left) and the counter."""
        session = self.session
        entry = session.current
        # The id first: on a narrow terminal a long file name is what gets cut.
        where = f"{entry.question.id} · {Path(entry.file.path).name}" if entry else ""
        self.query_one(ReviewStatus).show(session.reviewed, session.left, session.tags, where)
        stage = self.query_one("#stage", VerticalScroll)
        await stage.remove_children()
        if entry is None:
            await stage.mount(Static(self._done_text(), id="done", markup=False))
        else:
            await stage.mount_all(self._question_widgets(entry))
        stage.scroll_home(animate=False)
        stage.focus()
        self.refresh_bindings()

    def _question_widgets(self, entry: BankEntry) -> list:
        view = QuestionView(entry.question, reveal=True)
        # Shown as a learner sees it, but not answerable: the screen's keys decide.
        view.can_focus = False
        spot, note = self.evidence(entry)
        warnings = self.session.warnings(entry)
        flags = self.flags.get(entry.question.id, ())
        return [view, DraftDetails(entry, spot, warnings, article_note=note, flags=flags)]

    def _done_text(self) -> str:
        session = self.session
        scope = f" with tag {', '.join(session.tags)}" if session.tags else ""
        if not session.total:
            return f"No question{scope} to review. t: another tag · q: quit"
        return (
            f"Every question{scope} is reviewed ({session.reviewed} in this review); "
            "each decision is saved.\nb: back · u: undo · t: another tag · q: quit"
        )

    def say(self, text: str, *, error: bool = False) -> None:
        """One line (or a few) above the footer: what just happened, or what went wrong."""
        message = self.query_one("#message", Static)
        message.update(text)
        message.set_class(error, "-error")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Dimmed (not hidden) when there is no question, so the footer always lists them.
        if action in ("approve", "retire", "skip", "edit"):
            return True if self.session.current is not None else None
        return True

    # -- decisions -----------------------------------------------------------------

    async def action_approve(self) -> None:
        await self._decide(self.session.approve, "Approved")

    async def action_retire(self) -> None:
        await self._decide(self.session.retire, "Retired")

    async def _decide(self, decide: Callable[[], object], verb: str) -> None:
        entry = self.session.current
        if entry is None:
            return
        try:
            decide()
        except BankError as error:
            self.say(error.message, error=True)
            return
        self.say(f"{verb} {entry.question.id} (saved to {Path(entry.file.path).name}).")
        await self.show_current()

    async def action_skip(self) -> None:
        if self.session.skip():
            self.say("Skipped; it stays a draft and comes back at the end.")
            await self.show_current()
        elif self.session.current is not None:
            self.say("This is the only question left.")

    async def action_back(self) -> None:
        if self.session.back():
            self.say("")
            await self.show_current()
        elif not self.session.total:
            tags = ", ".join(self.session.tags)
            self.say(f"No question with tag {tags} to go back to. t: another tag")
        else:
            self.say("This is the first question.")

    async def action_undo(self) -> None:
        tags = self.session.tags
        try:
            decision = self.session.undo()
        except BankError as error:
            self.say(error.message, error=True)
            return
        if decision is None:
            self.say("Nothing to undo.")
            return
        said = f"Undid {decision.action} of {decision.item.question_id}; the file is as before"
        if tags != self.session.tags:
            said += f"; the tag filter {', '.join(tags)} is cleared to show it"
        self.say(said + ".")
        await self.show_current()

    def action_tag(self) -> None:
        tags = self.session.all_tags()
        self.app.push_screen(TagFilterScreen(tags, self.session.tags), self._filter)

    async def _filter(self, tags: tuple[str, ...] | None) -> None:
        if tags is None:
            return
        self.session.set_tags(tags)
        self.say(f"Reviewing tag {', '.join(tags)}." if tags else "Reviewing every tag.")
        await self.show_current()

    # -- editing -------------------------------------------------------------------

    async def action_edit(self) -> None:
        if self.session.current is None:
            return
        try:
            text = self.session.editor_text()
        except BankError as error:
            self.say(error.message, error=True)
            return
        await self._edit(text)

    async def _edit(self, text: str) -> None:
        """Open `text` in $EDITOR, then save it or show its problems (and offer to edit
        it again, from what the user wrote)."""
        entry = self.session.current
        if entry is None:
            return
        try:
            edited = self._run_editor(text, f"{entry.question.id}.yaml")
            outcome = self.session.apply_edit(edited)
        except BankError as error:
            self.say(error.message, error=True)
            return
        if outcome.problems:

            async def again(retry: bool | None) -> None:
                if retry:
                    await self._edit(edited)
                else:
                    self.say("Edit cancelled; nothing was written.")

            self.app.push_screen(EditProblemsScreen(outcome.problems), again)
            return
        if outcome.cancelled:
            self.say("Nothing changed; nothing was written.")
        else:
            self.say(f"Saved your edit of {entry.question.id} to {Path(entry.file.path).name}.")
        await self.show_current()

    def _run_editor(self, text: str, name: str) -> str:
        """What the editor saved; its failure is raised only once the app is back, since
        Textual's `suspend()` never resumes the screen when its block raises."""
        failure: BankError | None = None
        edited = ""
        try:
            with self.app.suspend():
                try:
                    edited = edit_in_editor(text, name)
                except BankError as error:
                    failure = error
        except SuspendNotSupported:
            # Headless (tests) or a web terminal: nothing to hand over, run it as is.
            return edit_in_editor(text, name)
        if failure is not None:
            raise failure
        return edited
