"""A quiz session: which questions, in which order, with which choice order; the score,
the misses and a retry of the misses. Plain Python (no Textual, no I/O).

Randomness comes from a seed and time from a clock, both parameters, so a session is
reproducible in tests and snapshots.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from quizgen.model import DEFAULT_STATUSES, TRUE_FALSE_CHOICES, BankEntry, Question

#: A clock in seconds (`time.monotonic` by default); tests pass a fake one.
Clock = Callable[[], float]
#: What the learner gave: an index into `QuizItem.choices` (multiple choice) or a bool.
Given = int | bool


@dataclass(frozen=True)
class QuizItem:
    """One question of a quiz, with its choices in the order they are shown."""

    entry: BankEntry
    #: Display order; ("True", "False") for a true/false question.
    choices: tuple[str, ...]

    @property
    def question(self) -> Question:
        return self.entry.question

    @property
    def is_true_false(self) -> bool:
        return self.question.type == "true_false"

    @property
    def answer_index(self) -> int:
        """Where the right answer sits in `choices` (found by text, so shuffling is safe)."""
        return self.choices.index(self.question.answer_text)

    def index_of(self, given: Given) -> int:
        """The choice index of an answer given as an index or (true/false) as a bool."""
        if isinstance(given, bool):
            return self.choices.index(TRUE_FALSE_CHOICES[0 if given else 1])
        if not 0 <= given < len(self.choices):
            raise ValueError(f"choice {given} out of range 0..{len(self.choices) - 1}")
        return given

    def is_correct(self, given: Given) -> bool:
        return self.index_of(given) == self.answer_index


@dataclass(frozen=True)
class Answer:
    """One answer as the progress store records it."""

    question_id: str
    #: The text of the choice the learner picked ("True"/"False" for true/false).
    given: str
    correct: bool
    #: From the question being shown to the answer.
    response_seconds: float


@dataclass(frozen=True)
class TagResult:
    """How the questions of one tag went in a quiz."""

    tag: str
    right: int
    asked: int


#: Called once for every answer (the CLI wires it to the learner's progress store).
AnswerHook = Callable[[Answer], None]


def item_for(entry: BankEntry, rng: random.Random | None = None) -> QuizItem:
    """A quiz item for `entry`; multiple-choice choices shuffled by `rng` when given."""
    question = entry.question
    if question.type == "true_false":
        return QuizItem(entry, TRUE_FALSE_CHOICES)
    choices = list(question.choices)
    if rng is not None:
        rng.shuffle(choices)
    return QuizItem(entry, tuple(choices))


def build_items(
    entries: Sequence[BankEntry],
    *,
    count: int | None = None,
    seed: int | str | None = None,
    rng: random.Random | None = None,
) -> list[QuizItem]:
    """The quiz: `entries` in a shuffled order (reproducible from `seed`; fresh without
    one), cut to `count`, each with its choices shuffled by the same generator (`rng`,
    when given, instead of a new one from `seed`)."""
    rng = rng or random.Random(seed)
    order = list(entries)
    rng.shuffle(order)
    if count is not None:
        order = order[: max(count, 0)]
    return [item_for(entry, rng) for entry in order]


def empty_reason(
    entries: Sequence[BankEntry],
    *,
    tags: Sequence[str] = (),
    statuses: Sequence[str] = DEFAULT_STATUSES,
) -> str:
    """Why selecting from `entries` with `tags` and `statuses` gave nothing, in words."""
    if not entries:
        return "the bank has no questions"
    status_words = " or ".join(statuses)
    tag_words = " or ".join(tags)
    if tags and not any(set(tags).intersection(e.question.tags) for e in entries):
        return f"no question with tag {tag_words}"
    if not any(e.question.status in statuses for e in entries):
        return f"no question with status {status_words}"
    return f"no question with tag {tag_words} and status {status_words}"


@dataclass
class QuizSession:
    """A quiz in progress: the current item, the score and the misses.

    Answer the current item with `answer()`, move on with `advance()`. Every answer goes
    through `on_answer` (one hook, so the caller decides where answers are recorded).
    """

    items: list[QuizItem]
    clock: Clock = time.monotonic
    on_answer: AnswerHook | None = None
    #: Shuffles the retry of the misses (the generator that shuffled the quiz, so a seeded
    #: quiz retries the same way every time and an unseeded one differently).
    rng: random.Random = field(default_factory=random.Random)
    position: int = 0
    answers: list[Answer] = field(default_factory=list)
    #: Items answered wrongly, in the order they were met.
    missed: list[QuizItem] = field(default_factory=list)
    started_at: float = field(init=False)
    shown_at: float = field(init=False)
    ended_at: float | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if not self.items:
            raise ValueError("a quiz needs at least one question")
        self.started_at = self.shown_at = self.clock()

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def current(self) -> QuizItem:
        """The item being asked (the last one once the quiz is finished)."""
        return self.items[min(self.position, self.total - 1)]

    @property
    def answered(self) -> bool:
        """Whether the current item has been answered (and awaits `advance()`)."""
        return len(self.answers) > self.position

    @property
    def finished(self) -> bool:
        return self.position >= self.total

    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def percent(self) -> float:
        """The score as a percentage of the questions answered so far (0 before any)."""
        return 100.0 * self.score / len(self.answers) if self.answers else 0.0

    @property
    def elapsed_seconds(self) -> float:
        """From the start to the end (or to now while the quiz runs)."""
        end = self.ended_at if self.ended_at is not None else self.clock()
        return end - self.started_at

    def answer(self, given: Given) -> Answer:
        """Record `given` for the current item and report it to `on_answer`."""
        if self.finished:
            raise RuntimeError("the quiz is finished")
        if self.answered:
            raise RuntimeError("the current question is already answered")
        item = self.current
        correct = item.is_correct(given)
        answer = Answer(
            question_id=item.question.id,
            given=item.choices[item.index_of(given)],
            correct=correct,
            response_seconds=max(self.clock() - self.shown_at, 0.0),
        )
        self.answers.append(answer)
        if not correct:
            self.missed.append(item)
        if self.position == self.total - 1:
            self.ended_at = self.clock()
        if self.on_answer is not None:
            self.on_answer(answer)
        return answer

    def advance(self) -> None:
        """Go on to the next item (after the current one is answered)."""
        if not self.answered:
            raise RuntimeError("answer the current question before going on")
        self.position += 1
        self.shown_at = self.clock()

    def tag_results(self) -> list[TagResult]:
        """Right answers out of those given, per tag of the answered questions; the
        weakest tag first (then by name)."""
        counts: dict[str, list[int]] = {}
        for item, answer in zip(self.items, self.answers, strict=False):
            for tag in item.question.tags:
                tally = counts.setdefault(tag, [0, 0])
                tally[0] += int(answer.correct)
                tally[1] += 1
        results = [TagResult(tag, right, asked) for tag, (right, asked) in counts.items()]
        return sorted(results, key=lambda r: (r.right / r.asked, r.tag))

    def given_for(self, item: QuizItem) -> int | None:
        """The choice index the learner gave for `item`, if it was answered."""
        for answered_item, answer in zip(self.items, self.answers, strict=False):
            if answered_item is item:
                return item.choices.index(answer.given)
        return None

    def retry_missed(self) -> QuizSession:
        """A new session over the missed items only, in a new order with their choices
        shuffled again (so the answer is not remembered by its place); same hook."""
        if not self.missed:
            raise ValueError("nothing was missed")
        order = [item.entry for item in self.missed]
        items = build_items(order, rng=self.rng)
        return QuizSession(items, clock=self.clock, on_answer=self.on_answer, rng=self.rng)


def format_duration(seconds: float) -> str:
    """`75.4` -> "1 min 15 s"; under a minute, "42 s"."""
    whole = int(round(seconds))
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"
