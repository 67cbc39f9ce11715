"""The registry of fact kinds: everything the question writers need to know about a kind.

Every place that treats kinds differently reads a `KindSpec` here; an unknown kind is an
error, never a silent default. To add a kind: add it to `FactKind` (fact.py), give it one
entry in `KINDS` below, and write the extractor that finds it (facts/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from quizgen.generate.fact import Fact, FactKind

#: How wrong choices are found: number variants, other dates, people of the article,
#: other big cities of a city's state or neighbours of a country; "none" for kinds no
#: wrong choice is made for (a condition, a named thing).
DistractorStrategy = Literal["other_numbers", "other_dates", "other_people", "other_places",
                             "none"]  # fmt: skip
#: Which writer makes the multiple-choice stem: a wh-question from the clause (with a
#: fill-in-the-blank fallback), "Who said: ...?" for a quote, or none (statement only).
StemWriter = Literal["clause", "who_said", "none"]


@dataclass(frozen=True)
class KindSpec:
    """How questions on one kind of fact are written, ranked and given wrong choices."""

    kind: FactKind
    #: The last part of a question id ("call-last-length").
    id_suffix: str
    #: How much a teacher wants this kind asked, before position and form.
    weight: float
    #: The question word when the answer is a whole phrase ("how long", "who").
    wh: str
    distractors: DistractorStrategy
    stem: StemWriter
    #: True/false statements may be made of it.
    true_false: bool = True
    #: Multiple-choice questions may be made of it.
    multiple_choice: bool = True
    #: A figure that may carry a hedge ("about 90"): a hedged one is hard.
    hedged: bool = False
    #: A figure inside a noun phrase is asked "how many X" / "what percentage X".
    amount: bool = False
    #: A share of a whole: no wrong choice of 100% or more beside one under it.
    share: bool = False
    #: Ordinals ("the third goal") are asked "which goal".
    ordinal: bool = False
    #: A person's name: "who", a title before it may be kept ("which minister").
    person: bool = False
    #: The same answer is asked only once per article (a name, a place, a speaker).
    answer_once: bool = False
    #: The answer is who speaks: wrong choices must speak in the article too.
    speaker: bool = False
    #: A measure inside a noun phrase ("an hour-long call") is asked "how long was ...".
    measure: bool = False
    #: A bare time word before the verb ("Tuesday", "two hours") may be moved as a whole.
    adverbial: bool = False
    #: Preposition -> question word when the answer is that preposition's object.
    preposition_wh: dict[str, str] = field(default_factory=dict)
    #: Preposition -> question word that leaves the preposition behind ("before when").
    stranded_wh: dict[str, str] = field(default_factory=dict)


PLACE_PREPOSITIONS = dict.fromkeys(("in", "at", "near", "off", "inside", "outside"), "where")
DATE_PREPOSITIONS = {
    **dict.fromkeys(("on", "in", "at", "during"), "when"),
    "since": "since when",
    "until": "until when",
    "till": "until when",
    "through": "until when",
    "by": "by when",
}


def _spec(kind: FactKind, id_suffix: str, weight: float, wh: str, **rest: Any) -> KindSpec:
    return KindSpec(kind=kind, id_suffix=id_suffix, weight=weight, wh=wh, **rest)


NUMBER = {"distractors": "other_numbers", "stem": "clause", "hedged": True}
PERSON = {"distractors": "other_people", "person": True}
_SPECS = (
    _spec("duration", "length", 3.0, "how long", **NUMBER, measure=True, adverbial=True,
          preposition_wh={"for": "how long"}),
    _spec("count", "count", 3.0, "how many", **NUMBER, amount=True, ordinal=True),
    _spec("money", "amount", 3.0, "how much", **NUMBER, amount=True,
          stranded_wh={"at": "how much", "for": "how much"}),
    _spec("percentage", "share", 3.0, "what percentage", **NUMBER, amount=True, share=True),
    # A year asked twice on one article is one fact asked twice ("When did Nkurunziza
    # become president?" and "... was first elected in 2005").
    _spec("date", "date", 2.5, "when", distractors="other_dates", stem="clause",
          adverbial=True, preposition_wh=DATE_PREPOSITIONS, answer_once=True,
          stranded_wh={"before": "when", "after": "when"}),
    # "Who ...?" and "Where ...?" are asked only of one deed done by one person or in one
    # place (`questions.who_where`): blind gradings kept three in 27 of any kind (choices
    # of the wrong side or sort, a stem naming no event).
    _spec("person_role", "who", 2.8, "who", **PERSON, stem="clause", answer_once=True),
    _spec("participants", "who", 2.2, "who", **PERSON, stem="clause", multiple_choice=False),
    _spec("event", "who", 1.8, "who", **PERSON, stem="clause", answer_once=True,
          multiple_choice=False),
    # A place swapped for another of the story was false on its face ("flies fighters to
    # Greece in support of al-Assad", "the embassy in Watford"): two of 13 such statements
    # were kept unchanged in blind gradings. A place is stated true, or its claim reversed,
    # or, said plainly ("in Delhi", "in Yemen"), swapped for a place the story leaves out:
    # another big city of the city's state, a country that borders the country.
    _spec("place", "where", 2.5, "where", distractors="other_places", stem="clause",
          answer_once=True, preposition_wh=PLACE_PREPOSITIONS),
    _spec("quote", "speaker", 2.2, "who", **PERSON, stem="who_said",
          answer_once=True, speaker=True),
    _spec("conditional", "condition", 2.2, "what", distractors="none", stem="none"),
    # Named things ("Microsoft", "the Medical Journal of Australia") are found, but were
    # asked badly (wrong choices of any sort): kept for provenance, not asked.
    _spec("thing", "what", 2.0, "what", distractors="none", stem="none",
          true_false=False),
)  # fmt: skip
KINDS: dict[str, KindSpec] = {spec.kind: spec for spec in _SPECS}


class UnknownKindError(ValueError):
    """A fact of a kind the registry does not describe: a programming error."""


def spec_of(fact_or_kind: Fact | str) -> KindSpec:
    """The spec of a fact's kind (or of a kind name); UnknownKindError when there is none."""
    kind = fact_or_kind if isinstance(fact_or_kind, str) else fact_or_kind.kind
    try:
        return KINDS[kind]
    except KeyError:
        raise UnknownKindError(
            f"no KindSpec for fact kind {kind!r}; add one to quizgen/generate/kinds.py"
        ) from None
