"""A question with its lettered choices, answered from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from quizgen.model import TRUE_FALSE_CHOICES, Question
from quizgen.tui.messages import Answered
from quizgen.tui.widgets import widget_css
from quizgen.tui.widgets.choice_row import LETTERS, ChoiceRow, choice_key


class QuestionView(VerticalScroll, can_focus=True):
    """Shows one question and takes its answer.

    `QuestionView(question, choices=None, *, reveal=False)`:
      - `question`: a `quizgen.model.Question` (its stem is shown as the heading);
      - `choices`: the choices in display order (default: `question.choices`; a true/false
        question always shows True / False);
      - `reveal`: a teacher's view: the right choice is marked (`✔ answer`, not by colour
        alone) and no choice is highlighted.

    On a small terminal it scrolls, keeping the highlighted choice in view.
    Keys (all in the footer): a-f or 1-6 pick a choice directly (t/f or 1/2 for
    true/false), up/down move the highlight, enter picks the highlighted choice; a
    mouse click on a choice picks it too.
    Picking posts `quizgen.tui.messages.Answered` once: an index into `choices` for
    multiple choice, a bool for true/false; later keys are ignored (`answered` is True).
    """

    DEFAULT_CSS = widget_css(__file__)
    # Every answer key for every question shape; `check_action` keeps those that fit this
    # question, so the footer shows the real range (a-c/1-3 for three choices) and a key
    # past the last choice falls through to the screen. The footer's one "answer" entry is
    # the `a` (or `t`) binding whose second parameter is this question's choice count.
    BINDINGS = [
        Binding("up", "move(-1)", "move", key_display="↑↓"),
        Binding("down", "move(1)", "move", show=False),
        Binding("enter", "pick_highlighted", "choose"),
        *(
            Binding("a", f"pick_letter(0, {n})", "answer", key_display=f"a-{LETTERS[n - 1]}/1-{n}")
            for n in range(2, len(LETTERS) + 1)
        ),
        *(Binding(letter, f"pick_letter({i})", show=False) for i, letter in enumerate(LETTERS)),
        Binding("t", "pick_true_false(0)", "answer", key_display="t/f 1/2"),
        Binding("f", "pick_true_false(1)", show=False),
        *(Binding(str(i + 1), f"pick({i})", show=False) for i in range(len(LETTERS))),
    ]

    highlighted: reactive[int] = reactive(0)

    def __init__(
        self,
        question: Question,
        choices: Sequence[str] | None = None,
        *,
        reveal: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.question = question
        self.reveal = reveal
        self.true_false = question.type == "true_false"
        self.choices: tuple[str, ...] = (
            TRUE_FALSE_CHOICES if self.true_false else tuple(choices or question.choices)
        )
        self.answered = False

    def compose(self) -> ComposeResult:
        yield Static(self.question.question, id="stem", markup=False)
        for index, text in enumerate(self.choices):
            right = self.reveal and text == self.question.answer_text
            key = choice_key(index, self.true_false)
            row = ChoiceRow(key, text, mark="✔ answer" if right else "", id=f"choice-{index}")
            row.set_class(right, "-right")
            yield row.set_class(not self.reveal and index == self.highlighted, "-highlighted")

    def watch_highlighted(self, highlighted: int) -> None:
        if self.reveal:
            return
        for index, row in enumerate(self.query(ChoiceRow)):
            row.set_class(index == highlighted, "-highlighted")
            if index == highlighted:
                self.scroll_to_widget(row, animate=False)

    def on_click(self, event: events.Click) -> None:
        """A click on a choice answers with it (the mouse does what its key does)."""
        if self.reveal or event.widget is None:
            return
        rows = list(self.query(ChoiceRow))
        for node in event.widget.ancestors_with_self:
            if isinstance(node, ChoiceRow) and node in rows:
                event.stop()
                self.action_pick(rows.index(node))
                return

    def action_move(self, step: int) -> None:
        self.highlighted = (self.highlighted + step) % len(self.choices)

    def action_pick_highlighted(self) -> None:
        self.action_pick(self.highlighted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the answer keys of this question's shape and choice count are live."""
        if action == "pick_letter":
            if self.true_false:
                return False
            if len(parameters) == 2:  # the footer entry for one choice count
                return parameters[1] == len(self.choices)
        elif action == "pick_true_false":
            return self.true_false
        if action in ("pick_letter", "pick"):
            index = parameters[0]
            return isinstance(index, int) and index < len(self.choices)
        return True

    def action_pick_letter(self, index: int, _count: int = 0) -> None:
        """Answer with the choice lettered a, b, c... (`index` 0, 1, 2...)."""
        self.action_pick(index)

    def action_pick_true_false(self, index: int) -> None:
        """Answer a true/false question: t is True (0), f is False (1)."""
        self.action_pick(index)

    def action_pick(self, index: int) -> None:
        """Answer with choice `index` (ignored once answered or when out of range)."""
        if self.answered or not 0 <= index < len(self.choices):
            return
        self.answered = True
        self.highlighted = index
        answer: int | bool = self.choices[index] == "True" if self.true_false else index
        self.post_message(Answered(answer))
