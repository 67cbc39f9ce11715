"""People: person and role ("national security adviser Michael Flynn"), participants."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import (
    clean_name,
    evidence_text,
    is_askable,
    source_of,
    span_text,
)

ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case"}


def role_of(ent: Span) -> str:
    """The role the article gives the person `ent`, or ""."""
    doc = ent.doc
    root = ent.root
    # Title before the name: "national security adviser Michael Flynn".
    left = [t for t in root.lefts if t.i < ent.start and t.dep_ in ROLE_DEPS]
    if left:
        first = min(min(t.left_edge.i for t in left), ent.start)
        tokens = [t for t in doc[first : ent.start] if not t.is_space]
        tokens = [t for t in tokens if t.ent_type_ != "PERSON" or t.ent_iob_ == ""]
        if tokens and any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON" for t in tokens):
            if tokens[0].lower_ in ("the", "a", "an"):
                tokens = tokens[1:]
            if 0 < len(tokens) <= 8 and not any(t.ent_type_ == "PERSON" for t in tokens):
                return span_text(tokens)
    # Apposition after the name: "Fuad Basya, spokesman for the Indonesian military".
    for child in root.rights:
        if child.dep_ == "appos" and child.ent_type_ not in ("PERSON", "DATE", "CARDINAL"):
            tokens = list(child.subtree)
            if tokens[0].lower_ in ("the", "a", "an"):
                tokens = tokens[1:]
            if 0 < len(tokens) <= 10:
                return span_text(tokens)
    # The name in apposition to a title: "Malaysia's Prime Minister, Najib Razak".
    if (
        root.dep_ == "appos"
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.ent_type_ != "PERSON"
    ):
        head: Token = root.head
        tokens = [t for t in head.subtree if t.i < head.i + 1]
        if tokens and tokens[0].lower_ in ("the", "a", "an"):
            tokens = tokens[1:]
        if 0 < len(tokens) <= 8:
            return span_text(tokens)
    return ""


def person_facts(doc: Doc) -> list[Fact]:
    """A fact per named person with a role, and per person who is the subject of a clause."""
    facts: list[Fact] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) > 5 or clean_name(ent.text) != ent.text:
            continue
        sent = ent.sent
        if not is_askable(sent):
            continue
        role = role_of(ent)
        if role:
            facts.append(
                Fact(
                    kind="person_role",
                    answer=ent.text,
                    evidence=evidence_text(sent),
                    role=role,
                    source=source_of(ent.root),
                    start=ent.start,
                    end=ent.end,
                    rule="people.titled",
                    label=ent.label_,
                )
            )
        elif ent.root.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj"):
            participant = _is_participant(ent)
            facts.append(
                Fact(
                    kind="participants" if participant else "event",
                    answer=ent.text,
                    evidence=evidence_text(sent),
                    source=source_of(ent.root),
                    start=ent.start,
                    end=ent.end,
                    rule="people.participant" if participant else "people.argument",
                    label=ent.label_,
                )
            )
    return facts


def _is_participant(ent: Span) -> bool:
    """True when the person is one of several in a "with"/conjunction list."""
    root = ent.root
    if root.dep_ == "conj":
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "between", "among"):
        return True
    return any(c.dep_ == "conj" for c in root.children)
