"""What an answer got: right or wrong, the correct answer, the explanation and the evidence."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quizgen.model import TRUE_FALSE_CHOICES, BankEntry
from quizgen.tui.widgets import widget_css
from quizgen.tui.widgets.choice_row import ChoiceRow, choice_key


class FeedbackView(VerticalScroll, can_focus=True):
    """The feedback on one answered question (scrolls with the arrows when it is long).

    `FeedbackView(entry, choices=None, given=None, *, heading="")`:
      - `entry`: a `quizgen.model.BankEntry` (the question, and its file's title and
        source URL, shown under the evidence);
      - `choices`: the choices in the order they were shown (default: the bank's order;
        True / False for true/false);
      - `given`: the index into `choices` the learner picked; None shows the answer
        without a verdict (e.g. a teacher reviewing a draft);
      - `heading`: an optional line above the verdict (e.g. "Missed 1 of 3").

    The correct choice has the class `-right`, a wrong one given `-wrong`; the verdict
    line `#verdict` has `-right` or `-wrong`. It posts no message: the screen decides
    what a key does next.
    """

    DEFAULT_CSS = widget_css(__file__)
    # Shown in the footer: on a small terminal the evidence and source are further down.
    BINDINGS = [Binding("pagedown", "page_down", "scroll", key_display="↑↓/PgDn")]

    def __init__(
        self,
        entry: BankEntry,
        choices: Sequence[str] | None = None,
        given: int | None = None,
        *,
        heading: str = "",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.entry = entry
        question = entry.question
        self.true_false = question.type == "true_false"
        self.choices: tuple[str, ...] = (
            TRUE_FALSE_CHOICES if self.true_false else tuple(choices or question.choices)
        )
        self.answer_index = self.choices.index(question.answer_text)
        self.given = given
        self.heading = heading

    @property
    def correct(self) -> bool | None:
        """Whether the answer given was right (None when nothing was given)."""
        return None if self.given is None else self.given == self.answer_index

    def compose(self) -> ComposeResult:
        question = self.entry.question
        if self.heading:
            yield Static(self.heading, id="heading", markup=False)
        yield self._verdict()
        yield Static(question.question, id="stem", markup=False)
        for index, text in enumerate(self.choices):
            yield self._choice_row(index, text)
        if question.explanation:
            yield Static("Explanation", classes="label")
            yield Static(question.explanation, id="explanation", markup=False)
        if question.evidence:
            yield Static("Evidence", classes="label")
            yield Static(question.quoted_evidence, id="evidence", markup=False)
        source = self._source_line()
        if source:
            yield Static(source, id="source")

    def _verdict(self) -> Static:
        answer = f"{choice_key(self.answer_index, self.true_false).upper()}  "
        answer += self.choices[self.answer_index]
        if self.correct is None:
            text, state = f"The answer: {answer}", "-answer"
        elif self.correct:
            text, state = "✔ Right!", "-right"
        else:
            text, state = f"✘ Wrong. The answer is {answer}", "-wrong"
        return Static(text, id="verdict", classes=state, markup=False)

    def _choice_row(self, index: int, text: str) -> ChoiceRow:
        key = choice_key(index, self.true_false)
        if index == self.answer_index:
            mark = "✔ your answer" if self.given == index else "✔ correct"
            row = ChoiceRow(key, text, mark=mark, id=f"choice-{index}")
            row.add_class("-right")
        elif index == self.given:
            row = ChoiceRow(key, text, mark="✘ your answer", id=f"choice-{index}")
            row.add_class("-wrong")
        else:
            row = ChoiceRow(key, text, id=f"choice-{index}")
        return row

    def _source_line(self) -> Content | None:
        """`— Title · URL`, with what the bank file has of the two."""
        bank_file = self.entry.file
        url = bank_file.source.url if bank_file.source else ""
        parts = [p for p in (bank_file.title, url) if p]
        if not parts:
            return None
        return Content("— " + " · ".join(parts))
