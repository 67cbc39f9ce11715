"""A question not yet chosen: the fact it tests and what the ranker needs to know."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.model import Fact

STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "for",
    "and",
    "at",
    "by",
    "with",
    "according",
    "how",
    "what",
    "who",
    "when",
    "where",
    "which",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "many",
    "much",
    "long",
    "fill",
    "blank",
    "true",
    "false",
    "said",
    "s",
    "that",
    "this",
    "it",
    "its",
    "his",
    "her",
    "their",
    "be",
    "been",
    "will",
    "would",
}
KIND_SUFFIX = {
    "duration": "length",
    "count": "count",
    "money": "amount",
    "percentage": "share",
    "date": "date",
    "person_role": "who",
    "participants": "who",
    "event": "who",
    "place": "where",
    "quote": "speaker",
    "conditional": "condition",
    "thing": "what",
}


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

    def slug_words(self) -> list[str]:
        """Content words of the stem, for a readable id."""
        words = re.findall(r"[a-z0-9]+", self.question.lower().replace("’", "'"))
        return [w for w in words if w not in STOP and len(w) > 1]


def slugify(words: list[str]) -> str:
    """`words` as an id fragment: lower case, hyphens, [a-z0-9-]."""
    text = "-".join(words)
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "question"


def base_id(candidate: Candidate) -> str:
    """A readable id such as `call-last-length` or `pence-call-tf`."""
    words = candidate.slug_words()[:3]
    suffix = "tf" if candidate.type == "true_false" else KIND_SUFFIX.get(candidate.fact.kind, "q")
    return slugify(words + [suffix])
