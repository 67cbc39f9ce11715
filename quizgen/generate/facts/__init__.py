"""Finding facts in a parsed article: one module per family of fact kinds."""

from __future__ import annotations

from spacy.tokens import Doc

from quizgen.generate.fact import Fact
from quizgen.generate.facts.numbers import number_facts
from quizgen.generate.facts.people import person_facts
from quizgen.generate.facts.places import place_facts
from quizgen.generate.facts.quotes import conditional_facts, quote_facts
from quizgen.generate.facts.things import thing_facts

__all__ = ["extract_facts"]


def extract_facts(doc: Doc) -> list[Fact]:
    """Every fact found in `doc`, in article order, without exact duplicates."""
    found = number_facts(doc) + person_facts(doc) + place_facts(doc)
    found += quote_facts(doc) + conditional_facts(doc) + thing_facts(doc)
    seen: set[tuple[str, str, int]] = set()
    unique = []
    for fact in sorted(found, key=lambda f: (f.start, f.end, f.kind)):
        key = (fact.kind, fact.answer, fact.start)
        if key not in seen:
            seen.add(key)
            unique.append(fact)
    return unique
