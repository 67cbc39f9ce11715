"""Named things: organisations, products, works, events and laws an article is about."""

from __future__ import annotations

from spacy.tokens import Doc

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import clean_name, evidence_text, is_askable, source_of
from quizgen.generate.vocabulary import THING_LABELS

ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


def thing_facts(doc: Doc) -> list[Fact]:
    """A fact per named thing that is an argument of a clause ("Mozilla Firefox, its main
    rival, has been ..."). They are traced, not asked: see the `thing` spec in kinds."""
    facts: list[Fact] = []
    # spaCy sometimes labels a person's surname ORG ("Trump"); names seen as PERSON are out.
    people = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    for ent in doc.ents:
        if ent.text in people:
            continue
        if ent.label_ not in THING_LABELS or len(ent) > 8 or "\n" in ent.text:
            continue
        sent = ent.sent
        if not is_askable(sent) or ent.root.dep_ not in ARGUMENTS:
            continue
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if start >= ent.end or doc[ent.end - 1].dep_ == "case":
            continue
        if clean_name(doc[start : ent.end].text) != doc[start : ent.end].text:
            continue
        facts.append(
            Fact(
                kind="thing",
                answer=doc[start : ent.end].text,
                evidence=evidence_text(sent),
                source=source_of(ent.root),
                start=start,
                end=ent.end,
                rule="things.argument",
                label=ent.label_,
            )
        )
    return facts
