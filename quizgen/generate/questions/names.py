"""Wrong choices that are names: people, places and organisations of the same article.

A name is offered only on consistent evidence (entity_types.py): people who are people
by all their mentions and share the answer's title when the question shows it; places at
the answer's level; organisations of the same sort; a speaker for a speaker; "the" kept
as the article writes it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Span

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import clean_name
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.entity_types import (
    NameInfo,
    is_person,
    is_place,
    name_key,
)
from quizgen.generate.vocabulary import ADDRESS_WORDS, REPORTERS

#: (label, clean text, name key) of an entity fit to be a choice.
Name = tuple[str, str, str]


def entity_variants(ctx: ArticleContext, fact: Fact, labels: AbstractSet[str]) -> list[str]:
    """Other entities of the article with one of `labels`, longest form of each name."""
    answer_key = name_key(fact.answer)
    seen: dict[str, str] = {}
    for label, text, key in ctx.names:
        if label not in labels:
            continue
        if key == answer_key or key in answer_key or answer_key in key:
            continue
        if key not in seen or len(text) > len(seen[key]):
            seen[key] = text
    return list(seen.values())


def usable_names(ents: tuple[Span, ...]) -> list[Name]:
    """Every entity fit to be a choice (`ArticleContext.names` keeps them)."""
    names = []
    for ent in ents:
        text = clean_name(re.sub(r"[’']s$", "", ent.text.strip()))
        if ent.label_ == "FAC" and ent.text.lower().startswith("the "):
            text = "the " + text
        if text and "\n" not in text and len(text) <= 40:
            names.append((ent.label_, text, name_key(text)))
    return names


def other_speakers(ctx: ArticleContext, candidates: list[str]) -> list[str]:
    """The candidates the article shows to be people who speak in it, then people it
    gives a title or role ("the health minister", "coach"), who might have: the choices of
    "Who said ...?", which shows no title. (Only such people are offered or swapped:
    another name from the story is false on its face.)"""
    info = ctx.name_info
    # "Ms Bauchtman" is a surname with a form of address, not a full name.
    people = [
        c
        for c in candidates
        if len(c.split()) > 1 and c.split()[0].lower() not in ADDRESS_WORDS and is_person(info, c)
    ]
    # The story's reporter ("Wikinews reporter William S. Saturn") is no one of the story.
    people = [c for c in people if not info[name_key(c)].titles & REPORTERS]
    speakers = [c for c in people if info[name_key(c)].speaks]
    titled = [c for c in people if not info[name_key(c)].speaks and info[name_key(c)].titles]
    return speakers + titled


def same_sort(ctx: ArticleContext, fact: Fact, candidates: list[str], label: str) -> list[str]:
    """Organisations (or nations...) for an organisation that speaks or acts: the same
    main label, not a person or a place, a speaker for a speaker, "the" kept alike."""
    info = ctx.name_info
    doc = ctx.doc
    out = []
    for c in candidates:
        entry = info.get(name_key(c))
        if entry is None or entry.main_label() != label or is_person(info, c):
            continue
        if "PERSON" in entry.labels:
            continue  # "Trump" is often labelled ORG, but never an organisation
        if is_place(info, c) and label not in ("GPE", "LOC"):
            continue
        if spec_of(fact).speaker and not entry.speaks:
            continue
        out.append(c)
    if fact.start > 0 and doc[fact.start - 1].lower_ == "the":
        out = [c for c in out if _takes_the(info, c)]
    elif fact.answer.lower().startswith("the "):
        # "the White House said" -> "the Kremlin said", never "Kremlin said".
        out = [_with_the(c) for c in out if _takes_the(info, c)]
    return out


def _with_the(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def _takes_the(info: dict[str, NameInfo], text: str) -> bool:
    entry = info.get(name_key(text))
    return entry is not None and entry.takes_the
