"""Places: where something happened (countries, cities, venues, regions)."""

from __future__ import annotations

from spacy.tokens import Doc

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import evidence_text, is_askable, source_of
from quizgen.generate.vocabulary import PLACE_LABELS


def place_facts(doc: Doc) -> list[Fact]:
    """A fact per place named as where something is or happens ("in Hamburg")."""
    facts: list[Fact] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        sent = ent.sent
        if not is_askable(sent):
            continue
        root = ent.root
        # Only places that are the object of a locative preposition or a clause argument;
        # "Russia's support" (a possessive) is not a place fact.
        if root.dep_ == "pobj" and root.head.lower_ in (
            "in",
            "at",
            "near",
            "from",
            "to",
            "off",
            "of",
        ):
            start, end = ent.start, ent.end
            # "the coast of Aceh, Indonesia": keep the country after the comma.
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
                end2 = end + 1
                while (
                    end2 < len(doc) and doc[end2].ent_type_ == "GPE" and doc[end2].ent_iob_ != "O"
                ):
                    end2 += 1
                    if end2 < len(doc) and doc[end2].ent_iob_ == "B":
                        break
                end = end2
            if doc[start].lower_ == "the" and ent.label_ != "FAC":
                start += 1
            facts.append(
                Fact(
                    kind="place",
                    answer=doc[start:end].text,
                    evidence=evidence_text(sent),
                    source=source_of(root),
                    start=start,
                    end=end,
                    rule="places.locative",
                    label=ent.label_,
                )
            )
    return facts
