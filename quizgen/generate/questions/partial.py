"""Wh-words for an answer that is only part of its phrase.

"Pan-democrat Gary Fan of the Neo Democrats" with the answer "Gary Fan" is asked
"which pan-democrat of the Neo Democrats"; "48 of the 169 seats" with the answer "48"
is asked "how many of the 169 seats".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgen.generate.fact import Fact
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.wording import join_tokens

ORDINAL = re.compile(
    r"\b(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE,
)
#: Words before a name that make a title to ask with ("which pan-democrat veteran").
TITLE_DEPS = {"compound", "amod", "nmod"}


def in_apposition(token: Token, top: Token) -> bool:
    """True when `token` lies in an apposition or relative clause of `top`."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ in ("appos", "relcl", "acl") and current.head.i == top.i:
            return True
        current = current.head
    return False


def which_person(fact: Fact, phrase: list[Token], answer_ids: set[int], top: Token) -> str:
    """ "Pan-democrat Gary Fan of the Neo Democrats" with the answer "Gary Fan" ->
    "which pan-democrat of the Neo Democrats"; "" when the name has no title before it."""
    if not spec_of(fact).person or top.i not in answer_ids or top.ent_type_ != "PERSON":
        return ""
    title = [t for t in phrase if t.i < min(answer_ids)]
    while title and (title[0].dep_ == "det" or title[0].is_punct):
        title = title[1:]
    while title and title[-1].is_punct:
        title = title[:-1]
    after = [t for t in phrase if t.i > max(answer_ids)]
    if not title or not all(
        (t.dep_ in TITLE_DEPS or t.is_punct) and t.ent_type_ != "PERSON" for t in title
    ):
        return ""
    if any(t.dep_ in ("relcl", "acl", "appos") for t in after) or len(after) > 6:
        return ""
    title_text = join_tokens(title)
    if title[0].pos_ != "PROPN":
        title_text = title_text[0].lower() + title_text[1:]
    return " ".join(["which", title_text, join_tokens(after)]).strip()


def how_many_of(fact: Fact, phrase: list[Token], answer_ids: set[int], top: Token) -> str:
    """ "took 48 of the 169 seats" -> "how many of the 169 seats"; "produces about four
    million barrels of oil" -> "how many barrels of oil"."""
    if spec_of(fact).wh != "how many" or top.i not in answer_ids or ORDINAL.search(fact.answer):
        return ""
    if any(t.i < min(answer_ids) and t.dep_ not in ("det",) for t in phrase if not t.is_punct):
        return ""
    after = [t for t in phrase if t.i > max(answer_ids)]
    if not after or after[0].dep_ != "prep" or after[0].lower_ != "of" or len(after) > 8:
        return ""
    nouns = [t for t in phrase if t.i in answer_ids and t.pos_ == "NOUN" and t.i == top.i]
    wh = "how many " + (nouns[0].lower_ + " " if nouns else "")
    return wh + join_tokens(after)
