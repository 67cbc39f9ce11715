"""A clause turned round: "Fishermen rescued over 700 asylum seekers" -> "Over 700 asylum
seekers were rescued by fishermen".

A true statement copied from its article reads differently from a false one made by a
swap; turning the clause into the passive says the same thing in other words, and the
false version is turned the same way, so wording tells nothing. Only simple clauses are
turned: a past or present verb with no auxiliary, no negation and no particle, a named
subject and a direct object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import in_quotation
from quizgen.generate.questions.clause import CUT_DEPS, clause_verb, subject_of
from quizgen.generate.questions.coreference import unresolved
from quizgen.generate.questions.standalone import is_context_word
from quizgen.generate.questions.wording import first_word, join_tokens
from quizgen.generate.vocabulary import PARTICIPLES, QUOTE_CHARS, SPEECH_VERBS

BLOCKING_CHILDREN = {"aux", "auxpass", "neg", "prt", "dative", "ccomp", "xcomp", "expl"}


def passive_frame(doc: Doc, fact: Fact) -> tuple[str, str] | None:
    """The answer's clause in the passive, split around the answer, or None when the
    clause is not a simple active one."""
    found = clause_verb(doc[fact.start : fact.end].root)
    if found is None:
        return None
    verb = found[0]
    if not _simple(verb):
        return None
    subject = subject_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if subject is None or subject.head.i != verb.i or not objects or subject.pos_ == "PRON":
        return None
    obj = objects[0]
    if obj.pos_ == "PRON" or obj.i < verb.i or len(obj.text) < 3:
        return None
    if subject.right_edge.i + 1 != verb.i or obj.left_edge.i != verb.i + 1:
        return None  # only "subject verb object" in that order, nothing between
    subject_part = _part(subject)
    object_part = _part(obj)
    rest = [
        t
        for c in verb.rights
        if c.i > obj.i and c.dep_ not in CUT_DEPS | {"punct"} and not is_context_word(c)
        for t in c.subtree
    ]
    tokens = object_part + [verb] + subject_part + rest
    answer = set(range(fact.start, fact.end))
    if not answer <= {t.i for t in tokens} or unresolved(tokens) is not None:
        return None
    be = _be(verb, obj)
    words = [(object_part, None), ([verb], f"{be} {_participle(verb)} by"), (subject_part, None)]
    words.append((rest, None))
    return _split(words, fact)


def _simple(verb: Token) -> bool:
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.lemma_ not in SPEECH_VERBS
        and verb.lemma_ != "be"
        and not in_quotation(verb)
        and not any(c.dep_ in BLOCKING_CHILDREN for c in verb.children)
        and _participle(verb) != ""
    )


def _participle(verb: Token) -> str:
    """The past participle: a regular past as it is ("rescued"), an irregular verb from
    the table ("took" -> "taken"), else "" (not turned)."""
    if verb.tag_ == "VBD" and verb.lower_.endswith("ed"):
        return verb.lower_
    return PARTICIPLES.get(verb.lower_) or PARTICIPLES.get(verb.lemma_.lower(), "")


def _be(verb: Token, obj: Token) -> str:
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    if verb.tag_ == "VBD":
        return "were" if plural else "was"
    return "are" if plural else "is"


def _part(head: Token) -> list[Token]:
    """`head`'s phrase without a trailing relative clause, apposition or quote marks."""
    dropped = {
        t.i
        for c in head.rights
        if c.dep_ in ("relcl", "appos", "acl") and len(list(c.subtree)) > 3
        for t in c.subtree
    }
    return [
        t
        for t in head.subtree
        if t.i not in dropped and t.text not in QUOTE_CHARS and not t.is_space
    ]


def _split(parts: list[tuple[list[Token], str | None]], fact: Fact) -> tuple[str, str] | None:
    """Text before and after the answer, from parts written as their tokens or as given."""
    before: list[str] = []
    after: list[str] = []
    seen = False
    for tokens, written in parts:
        if written is not None:
            (after if seen else before).append(written)
            continue
        inside = [t for t in tokens if fact.start <= t.i < fact.end]
        if inside:
            head = [t for t in tokens if t.i < fact.start]
            tail = [t for t in tokens if t.i >= fact.end]
            before.append(_joined(head))
            after.append(_joined(tail))
            seen = True
            continue
        (after if seen else before).append(_joined(tokens))
    if not seen:
        return None
    return " ".join(p for p in before if p).strip(), " ".join(p for p in after if p).strip()


def _joined(tokens: list[Token]) -> str:
    """The tokens as text; a sentence's first word lowered when it moves inside."""
    if not tokens:
        return ""
    return first_word(tokens[0], join_tokens(tokens, keep_edges=True))
