"""The domain model: questions, bank files, banks and problems. Plain data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from quizgen.errors import printable

QuestionType = Literal["multiple_choice", "true_false"]
Status = Literal["draft", "approved", "retired"]
Difficulty = Literal["easy", "medium", "hard"]
Severity = Literal["error", "warning"]

QUESTION_TYPES: tuple[QuestionType, ...] = ("multiple_choice", "true_false")
STATUSES: tuple[Status, ...] = ("draft", "approved", "retired")
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")
#: Marks that open a quotation (a sentence starting with one is quoted already).
OPENING_MARKS = ("“", '"', "‘", "«")
#: How every place that shows a true/false question lists its two choices.
TRUE_FALSE_CHOICES: tuple[str, str] = ("True", "False")
#: What quizzes, worksheets and exports use unless `--status` narrows it.
DEFAULT_STATUSES: tuple[Status, ...] = ("draft", "approved")


@dataclass
class Question:
    """One quiz question, as a bank file stores it."""

    id: str
    type: QuestionType
    question: str
    #: multiple_choice: the text of one of `choices`; true_false: a bool.
    answer: str | bool
    #: multiple_choice only: 2 to 6 distinct strings.
    choices: list[str] = field(default_factory=list)
    explanation: str = ""
    #: A verbatim sentence of the source article ("" for hand-written questions).
    evidence: str = ""
    tags: list[str] = field(default_factory=list)
    difficulty: Difficulty | None = None
    status: Status = "draft"
    #: 1-based line of the question's item in its file, when it was read from one.
    line: int | None = field(default=None, compare=False, repr=False)

    @property
    def quoted_evidence(self) -> str:
        """The evidence in quotation marks, as a learner sees it; a sentence that is itself
        a quotation ("“The positive call ...,” the White House said.") keeps its own marks
        instead of getting a second pair."""
        if not self.evidence or self.evidence.startswith(OPENING_MARKS):
            return self.evidence
        return f"“{self.evidence}”"

    @property
    def shown_choices(self) -> tuple[str, ...]:
        """The choices as a learner sees them in bank order ("True", "False" for
        true/false, which stores none)."""
        return TRUE_FALSE_CHOICES if self.type == "true_false" else tuple(self.choices)

    @property
    def answer_text(self) -> str:
        """The answer as a person reads it ("True"/"False" for true/false)."""
        if isinstance(self.answer, bool):
            return "True" if self.answer else "False"
        return self.answer


@dataclass
class Source:
    """Where a bank file's questions came from."""

    file: str = ""
    url: str = ""
    #: The article's publication date, ISO (`2017-01-28`); "" when unknown.
    date: str = ""


@dataclass
class BankFile:
    """One YAML file of a bank: a title, its source and its questions."""

    path: str
    title: str = ""
    source: Source | None = None
    questions: list[Question] = field(default_factory=list)


@dataclass(frozen=True)
class BankEntry:
    """A question together with the file it lives in (for its title and source)."""

    file: BankFile
    question: Question


@dataclass
class Bank:
    """A set of bank files read together; question ids are unique across all of them."""

    files: list[BankFile] = field(default_factory=list)

    @property
    def questions(self) -> list[Question]:
        """Every question of every file, in file order."""
        return [q for f in self.files for q in f.questions]

    def entries(self) -> list[BankEntry]:
        """Every question with its file, in file order."""
        return [BankEntry(f, q) for f in self.files for q in f.questions]


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong (or worth a look) in a bank file, at a line when there is one."""

    file: str
    line: int | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        """`FILE:LINE: message` on one line: a value echoed in the message (or a file
        name) with a line break cannot forge another problem line."""
        file = printable(self.file)
        where = f"{file}:{self.line}" if self.line is not None else file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{printable(self.message)}"


def select(
    entries: list[BankEntry],
    *,
    tags: tuple[str, ...] | list[str] = (),
    statuses: tuple[str, ...] | list[str] = DEFAULT_STATUSES,
    types: tuple[str, ...] | list[str] = (),
) -> list[BankEntry]:
    """The entries whose question carries any of `tags` (all when empty), has one of
    `statuses` and one of `types` (all when empty). Retired only when asked for by name."""
    wanted_tags = set(tags)
    return [
        e
        for e in entries
        if e.question.status in statuses
        and (not types or e.question.type in types)
        and (not wanted_tags or wanted_tags.intersection(e.question.tags))
    ]


#: What separates paragraphs in `Article.text`.
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Article:
    """A news article as read from a file: its title, source URL and body paragraphs."""

    path: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    url: str = ""
    #: The publication date, ISO (`2017-01-28`); "" when the article does not say.
    date: str = ""
    author: str = ""
    #: The publisher's name, as the page gives it ("Reuters", "the Guardian").
    site: str = ""
    #: How a web page was read: "trafilatura", or "beautifulsoup" when trafilatura found
    #: no article text; "" for text and Markdown.
    reader: str = ""

    @property
    def text(self) -> str:
        """The body, paragraphs separated by a blank line."""
        return PARAGRAPH_BREAK.join(self.paragraphs)
