"""What the article itself shows about each name: person, place (and its level), speaker.

spaCy's entity labels are wrong now and then ("Tunisia" as a person, "Explorer" as an
organisation). A wrong choice must not come from such a slip, so a name is trusted as a
person or a place only on consistent evidence over all its mentions, without a gazetteer:

- its labels: the label it gets most often must be the one asked for;
- person cues: a title or role before it or in apposition ("coach X", "X, the
  spokesman"), being the subject of a speech verb, a first and last name;
- place levels: a country is a possessor ("Japan's prime minister") or follows a comma
  after another place ("Aceh, Indonesia"); a city (or smaller) precedes such a comma or
  follows "city of", "town of" ...;
- whether the article writes "the" before it ("the United States", not "the Iran").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from quizgen.generate.facts.common import (
    clean_name,
)
from quizgen.generate.facts.people import role_of
from quizgen.generate.vocabulary import (
    AGENCY_WORDS,
    AREA_LABELS,
    GENERATIONS,
    POSTNOMINALS,
    SHIP_PREFIXES,
    SMALL_PLACE_WORDS,
    SPEECH_VERBS,
    THING_NOUNS,
)


@dataclass
class NameInfo:
    """The evidence the article gives about one name (all its mentions)."""

    labels: Counter[str] = field(default_factory=Counter)
    #: Head words of the titles and roles given to the name ("minister", "coach").
    titles: set[str] = field(default_factory=set)
    speaks: bool = False
    #: "country", "city" or "" (unknown).
    level: str = ""
    takes_the: bool = False
    #: The article says it is a thing ("news agency Agência Estado", "ship RFA Wave
    #: Knight"), whatever the tagger labels it.
    thing: bool = False

    def main_label(self) -> str:
        """The label the name gets most often (ties: alphabetical, for determinism)."""
        if not self.labels:
            return ""
        return sorted(self.labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


@lru_cache(maxsize=4096)
def name_key(text: str) -> str:
    """Names compare by their last word ("Trump" == "Donald Trump"), with or without
    their accents ("Erdoğan" == "Erdogan": articles write a name both ways), before a
    generation ("Robert Cummings Sr.")."""
    words = re.findall(r"[\w-]+", clean_name(re.sub(r"[’']s$", "", text.strip())).lower())
    if len(words) > 1 and words[-1] in GENERATIONS | POSTNOMINALS:
        words = words[:-1]  # "Robert Cummings Sr." is a Cummings, "Williams QC" a Williams
    return _without_accents(words[-1]) if words else ""


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def collect_name_info(ents: tuple[Span, ...]) -> dict[str, NameInfo]:
    """The evidence about every name among an article's entities, by `name_key`
    (`ArticleContext.name_info` keeps it for the article)."""
    info: dict[str, NameInfo] = {}
    for ent in ents:
        doc = ent.doc
        key = name_key(ent.text)
        if not key:
            continue
        entry = info.setdefault(key, NameInfo())
        entry.labels[ent.label_] += 1
        if ent.label_ == "PERSON":
            _person_cues(ent, entry)
        else:
            _speech_cue(ent, entry)
        if ent.label_ in AREA_LABELS:
            _place_cues(ent, entry)
        entry.thing = entry.thing or _said_to_be_a_thing(ent)
        if ent.start > 1 and doc[ent.start - 1].lower_ == "of":
            if doc[ent.start - 2].lower_ in SMALL_PLACE_WORDS:
                entry.level = "city"  # "the city of L'Aquila", whatever its label
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if doc[ent.start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the"):
            entry.takes_the = True
    return info


def _person_cues(ent: Span, entry: NameInfo) -> None:
    head = title_head(role_of(ent))
    if head:
        entry.titles.add(head)
    _speech_cue(ent, entry)


def _speech_cue(ent: Span, entry: NameInfo) -> None:
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS:
        entry.speaks = True


def _said_to_be_a_thing(ent: Span) -> bool:
    """True when a noun or a ship's prefix before the name says what thing it is ("Rio de
    Janeiro daily O Globo", "RFA Wave Knight"), or a word of it does ("Agência Estado")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in THING_NOUNS and before.pos_ in ("NOUN", "ADJ"):
        return True
    if before is not None and before.text in SHIP_PREFIXES:
        return True  # "RFA Wave Knight", tagged a person
    return any(t.lower_ in AGENCY_WORDS for t in ent)


def _place_cues(ent: Span, entry: NameInfo) -> None:
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and after.text in ("’s", "'s") and after.head.pos_ in ("NOUN", "PROPN"):
        entry.level = entry.level or "country"
    if before is not None and before.text == "," and ent.start > 1:
        if doc[ent.start - 2].ent_type_ in AREA_LABELS:
            entry.level = "country"
    if after is not None and after.text == "," and ent.end + 1 < len(doc):
        if doc[ent.end + 1].ent_type_ in AREA_LABELS and entry.level != "country":
            entry.level = "city"
    if before is not None and before.lower_ == "of" and ent.start > 1:
        if doc[ent.start - 2].lower_ in SMALL_PLACE_WORDS | {"mayor"}:
            entry.level = "city"


ROLE_BREAKS = {"of", "for", "at", "in", "to", "from", "with", "on"}


def title_head(role: str) -> str:
    """The head word of a role: "secretary" in "the Secretary of State", "spokesman" in
    "spokesman for the Indonesian military", "minister" in "Prime Minister"."""
    words = re.findall(r"[A-Za-z’'-]+", role)
    for k, word in enumerate(words):
        if word.lower() in ROLE_BREAKS and k > 0:
            words = words[:k]
            break
    return words[-1].lower() if words else ""


def is_person(info: dict[str, NameInfo], text: str) -> bool:
    """True when the article treats `text` as a person: labelled PERSON most often, and
    with a cue (a title, speech, or a first and last name)."""
    entry = info.get(name_key(text))
    if entry is None or entry.main_label() != "PERSON" or entry.thing:
        return False
    return bool(entry.titles) or entry.speaks or len(text.split()) > 1


def is_titled_person(info: dict[str, NameInfo], text: str) -> bool:
    """True when the article labels `text` a person at least as often as anything else
    and gives it a title ("CIA director Leon Panetta", then "Panetta said" tagged an
    organisation): `is_person` with a tie broken by the title."""
    entry = info.get(name_key(text))
    if entry is None or not entry.titles or not entry.labels:
        return False
    return entry.labels["PERSON"] == max(entry.labels.values())


def is_place(info: dict[str, NameInfo], text: str) -> bool:
    """True when the article labels `text` a place more often than anything else and
    never a person, or calls it a city or town ("the city of L'Aquila")."""
    entry = info.get(name_key(text))
    if entry is None:
        return False
    if entry.level == "city":
        return True
    return entry.main_label() in AREA_LABELS | {"FAC"} and "PERSON" not in entry.labels
