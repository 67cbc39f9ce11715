"""A question not yet chosen: the fact it tests, how it was written and what it scored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.generate.fact import Fact
from quizgen.generate.kinds import spec_of
from quizgen.generate.vocabulary import STEM_STOP_WORDS


@dataclass
class Candidate:
    """A generated question before ranking."""

    fact: Fact
    type: str
    question: str
    answer: str | bool
    choices: list[str]
    explanation: str
    #: True when the stem is a real wh-question (not fill-in-the-blank).
    phrased: bool = False
    #: The template that wrote the stem ("wh.inverted", "cloze.clause", "tf.false"):
    #: provenance for `--explain`.
    template: str = ""
    #: A true/false statement in the article's own words: told apart from an altered
    #: false one by its wording, so the ranker keeps few (`GenerationConfig.copy_share`).
    copy: bool = False
    #: The parts of the ranking score (filled in by the ranker), by name.
    score_parts: dict[str, float] = field(default_factory=dict)

    def slug_words(self) -> list[str]:
        """Content words of the stem, for a readable id."""
        words = re.findall(r"[a-z0-9]+", self.question.lower().replace("’", "'"))
        return [w for w in words if w not in STEM_STOP_WORDS and len(w) > 1]


@dataclass(frozen=True)
class Refused:
    """Why a writer made no question of a fact (shown by `--explain`)."""

    reason: str


def slugify(words: list[str]) -> str:
    """`words` as an id fragment: lower case, hyphens, [a-z0-9-]."""
    text = "-".join(words)
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "question"


def base_id(candidate: Candidate) -> str:
    """A readable id such as `call-last-length` or `pence-call-tf`."""
    words = candidate.slug_words()[:3]
    suffix = "tf" if candidate.type == "true_false" else spec_of(candidate.fact).id_suffix
    return slugify(words + [suffix])
