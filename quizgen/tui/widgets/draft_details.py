"""What a reviewer sees under a draft question: its answer, explanation, the evidence
sentence highlighted within its paragraph, tags, difficulty and `check` warnings."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quizgen.learn.flags import Flag
from quizgen.learn.review import EvidenceSpot
from quizgen.model import BankEntry, Problem
from quizgen.tui.widgets import widget_css
from quizgen.tui.widgets.choice_row import choice_key

#: How the evidence sentence stands out in its paragraph.
EVIDENCE_STYLE = "bold $text-warning on $warning-muted"


def evidence_content(spot: EvidenceSpot) -> Content:
    """The paragraph with the evidence sentence highlighted."""
    return Content(spot.paragraph).stylize(EVIDENCE_STYLE, spot.start, spot.end)


def flag_line(flag: Flag) -> str:
    """`⚑ ana, 2026-03-01 09:00: the call lasted longer` (times local)."""
    when = flag.at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"⚑ {flag.learner}, {when}: {flag.reason or '(no reason given)'}"


class DraftDetails(Vertical):
    """`DraftDetails(entry, spot=None, warnings=(), article_note="")`.

    - `entry`: the question and its file;
    - `spot`: where its evidence sits in the article (None: the sentence alone is shown,
      with `article_note` saying why, e.g. "article not found");
    - `warnings`: the question's `check` warnings, shown last;
    - `flags`: what learners said when they flagged it (`review --flagged`).

    Pure display, no keys.
    """

    DEFAULT_CSS = widget_css(__file__)

    def __init__(
        self,
        entry: BankEntry,
        spot: EvidenceSpot | None = None,
        warnings: Sequence[Problem] = (),
        *,
        article_note: str = "",
        flags: Sequence[Flag] = (),
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.entry = entry
        self.spot = spot
        self.warning_list = list(warnings)
        self.article_note = article_note
        self.flags = list(flags)

    def compose(self) -> ComposeResult:
        question = self.entry.question
        for flag in self.flags:
            yield Static(flag_line(flag), classes="flag", markup=False)
        yield self._field("Answer", self._answer(), "answer")
        if question.explanation:
            yield self._field("Explanation", question.explanation, "explanation")
        if self.spot is not None:
            yield Static(Content.assemble(("Evidence", "bold"), " in the article"), classes="label")
            yield Static(evidence_content(self.spot), id="evidence")
        elif question.evidence:
            note = f" ({self.article_note})" if self.article_note else ""
            yield Static(Content.assemble(("Evidence", "bold"), note), classes="label")
            yield Static(question.evidence, id="evidence", markup=False)
        facts = [
            ("tags", ", ".join(question.tags) or "none"),
            ("difficulty", question.difficulty or "not set"),
            ("status", question.status),
        ]
        yield Static(
            Content("   ").join(Content.assemble((f"{k} ", "dim"), v) for k, v in facts),
            id="facts",
        )
        for problem in self.warning_list:
            yield Static(f"⚠ {problem.message}", classes="warning", markup=False)

    def _answer(self) -> str:
        """`B  about an hour` (the letter as QuestionView shows it), or True / False."""
        question = self.entry.question
        if question.type == "true_false" or question.answer_text not in question.choices:
            return question.answer_text
        letter = choice_key(question.choices.index(question.answer_text)).upper()
        return f"{letter}  {question.answer_text}"

    def _field(self, label: str, text: str, ident: str) -> Static:
        return Static(Content.assemble((f"{label}: ", "bold"), text), id=ident)
