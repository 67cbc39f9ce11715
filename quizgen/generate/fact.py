"""A fact an article states: what a question can ask about, and where it was found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FactKind = Literal[
    "duration",
    "count",
    "money",
    "percentage",
    "date",
    "person_role",
    "participants",
    "place",
    "quote",
    "conditional",
    "event",
    "thing",
]


@dataclass(frozen=True)
class Fact:
    """One thing an article states that a question can ask about."""

    kind: FactKind
    #: The answer span, verbatim from the article.
    answer: str
    #: The whole sentence the answer comes from, verbatim.
    evidence: str
    #: Token offsets of the answer in the parsed article (doc[start:end]).
    start: int
    end: int
    #: The extractor rule that found it ("numbers.entity", "people.role"): provenance.
    rule: str
    #: Who the article says states it ("the White House"), "" when unattributed.
    source: str = ""
    #: The spaCy entity label of the answer ("ORG", "CARDINAL"), "" when it has none.
    label: str = ""
    #: person_role: the title or role the article gives the person ("national security adviser").
    role: str = ""
    #: conditional: the "if"/"unless" clause the answer depends on.
    condition: str = ""
