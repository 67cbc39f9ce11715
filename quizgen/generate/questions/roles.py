"""Who a person is, put before their name where a question or statement shows it bare.

Blind gradings called "Tony Foster cited upgrade costs of $10 million" context-poor: the
article said who Foster was in another sentence ("The local mayor ..., Tony Foster,"),
or in an aside the statement left out. A role the article gives as a short title is put
back before the name ("Iran's Revolutionary Guards spokesman Ramezan Sharif"), once.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quizgen.generate.facts.common import after_a_hyphen, before_a_hyphen, per_doc, span_text
from quizgen.generate.facts.people import ROLE_DEPS
from quizgen.generate.questions.coreference import full_name_of, several_people
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.text import inside_quotation
from quizgen.generate.questions.wording import first_word
from quizgen.generate.vocabulary import ADDRESS_WORDS, VAGUE_TITLES

#: A role said with a preposition that turns into a title before the name ("a
#: spokesman for Iran's Revolutionary Guards" -> "Iran's Revolutionary Guards spokesman").
_OF_WHOM = re.compile(r"^(?:(?:a|an|the) )?([a-z]+) (?:for|of|at) (?:the )?([A-Z].*)$")
#: A title longer than this reads as a clause, not a name's title.
MAX_TITLE_WORDS = 6


def with_role(doc: Doc, text: str) -> str:
    """`text` with the title of the first person it names bare put before the name; the
    text as it was when it names none (or only inside a quotation)."""
    for name, title in _titles(doc).items():
        named = re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’-])", text)
        found = next((m for m in named if not inside_quotation(text, m.start())), None)
        if found is None or _said_already(title, text):
            continue
        before, after = text[: found.start()], text[found.start() :]
        if re.search(r"(?:\b[A-Z][\w.-]*|\bthe|\ba|\ban|,)\s*$", before) or re.match(
            rf"{re.escape(name)}\s*,", after
        ):
            continue  # a title or a description is already there
        return f"{before}{_cased(title, at_start=not before)} {after}"
    return text


def _said_already(title: str, text: str) -> bool:
    """True when `text` already holds a name of the title ("The U.S. Prohibition Party
    picked ... as ... Phil Collins's running mate": "Prohibition Party nominee" repeats)."""
    names = [w for w in re.findall(r"[\w’'.-]+", title) if w[:1].isupper() and len(w) > 3]
    return title.lower() in text.lower() or any(
        re.search(rf"\b{re.escape(w)}", text) for w in names
    )


def _cased(title: str, at_start: bool) -> str:
    return title[:1].upper() + title[1:] if at_start else title


@per_doc
def _titles(doc: Doc) -> dict[str, str]:
    """Each person's full name and the first title the article gives them."""
    titles: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = full_name_of(doc, ent.text)
        if not name or name in titles or several_people(doc, name_key(ent.text)):
            continue
        title = title_of(ent)
        # Only where the full name stands: a bare "Khan" may be another Khan.
        if title and ent.text == name:
            titles[name] = title
    return titles


def title_of(ent: Span) -> str:
    """The role the article gives the person `ent`, written as a title to go before the
    name ("Revolutionary Guards spokesman"), or "" when it gives none that reads so."""
    doc, root = ent.doc, ent.root
    left = [t for t in root.lefts if t.i < ent.start and t.dep_ in ROLE_DEPS]
    if left:
        return _title([t for t in doc[min(t.left_edge.i for t in left) : ent.start]])
    for child in root.rights:
        if child.dep_ == "appos" and child.ent_type_ not in ("PERSON", "DATE", "CARDINAL"):
            return _title(list(child.subtree))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        return _title([t for t in root.head.subtree if t.i <= root.head.i])
    return ""


#: Words that date a role: "then the Prime Minister", "now an adviser".
HELD_AT_A_TIME = frozenset({"then", "now", "currently", "still", "formerly"})


def _title(tokens: list[Token]) -> str:
    """`tokens` as a title before a name, or "" when they do not make one: a short noun
    phrase that ends on its head noun, with no person, place or form of address in it
    ("London Sadiq Khan", "Mr Briton Murray Watson") and no word cut at a hyphen."""
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens = tokens[1:]
    if not tokens or any(_no_title_word(t) for t in tokens):
        return ""
    if tokens[0].lower_ in HELD_AT_A_TIME:
        return ""  # "Justin Trudeau, then the Prime Minister": a role of that time only
    if after_a_hyphen(tokens[0]):
        return ""  # "chancellor" of "vice-chancellor": the tagger cut the title in two
    text = span_text(tokens)
    of_whom = _OF_WHOM.match(text)
    if of_whom:
        # "spokesman for Iran's Revolutionary Guards": only a name may go before the role.
        if re.search(r"(?<![\w’'])(?!and\b)[a-z]", of_whom.group(2)):
            return ""
        text = f"{of_whom.group(2)} {of_whom.group(1)}"
    elif tokens[-1].pos_ not in ("NOUN", "PROPN") or tokens[-1].ent_type_:
        return ""  # a title ends on its role, not on a place ("London Sadiq Khan")
    elif any(t.pos_ in ("ADP", "VERB", "AUX", "PRON", "CCONJ", "PUNCT") for t in tokens):
        return ""
    elif tokens[0].pos_ != "PROPN" and not tokens[0].ent_type_:
        text = text[:1].lower() + text[1:]  # "Chief mediator Kofi Annan said": its start
    else:
        text = first_word(tokens[0], text)  # "Freed hostage Íngrid Betancourt arrived"
    too_long = len(text.split()) > MAX_TITLE_WORDS
    if too_long or not re.fullmatch(r"[\w’'. -]+", text) or text.lower() in VAGUE_TITLES:
        return ""
    return text


def _no_title_word(token: Token) -> bool:
    """A word no title before a name may hold: a person's name, a form of address, a
    word split at a hyphen ("vice" of "vice-president"), a line break."""
    return (
        token.ent_type_ == "PERSON"
        or token.lower_ in ADDRESS_WORDS
        or before_a_hyphen(token)
        or token.is_space
    )
