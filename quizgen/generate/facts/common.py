"""Helpers shared by the fact extractors: sentences worth asking about, spans, sources."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from quizgen.generate.vocabulary import (
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    GENERATIONS,
    HEDGE_STARTS,
    SINGLE_HEDGES,
    SPEECH_VERBS,
)

T = TypeVar("T")


def per_doc(build: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """`build(doc)` worked out once for the last doc asked about: spaCy builds new spans
    on every `doc.ents`, and the question writers ask per pronoun and per name
    (quadratic on a long article). One entry: articles are handled one after another."""
    last: list[Any] = [None, None]

    def get(doc: Doc) -> T:
        if last[0] is not doc:
            last[:] = [doc, build(doc)]
        return last[1]  # type: ignore[no-any-return]

    return get


S = TypeVar("S", Token, Span)


def per_position(compute: Callable[[S], T]) -> Callable[[S], T]:
    """`compute(item)` for a token or a span worked out once per place in the last doc
    asked about: the question writers ask the same of a sentence or a word per fact."""
    table: Callable[[Doc], dict[Any, T]] = per_doc(lambda doc: {})

    def get(item: S) -> T:
        known = table(item.doc)
        key = item.i if isinstance(item, Token) else (item.start, item.end)
        if key not in known:
            known[key] = compute(item)
        return known[key]

    return get


@per_doc
def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc."""
    return tuple(doc.ents)


@per_doc
def _entity_starts(doc: Doc) -> list[int]:
    return [ent.start for ent in entities(doc)]


def entities_in(span: Span) -> tuple[Span, ...]:
    """The entities inside `span`, found by position (`span.ents` walks every entity of
    the doc: quadratic when asked per sentence of a long article)."""
    starts = _entity_starts(span.doc)
    first = bisect.bisect_left(starts, span.start)
    last = bisect.bisect_left(starts, span.end)
    return tuple(e for e in entities(span.doc)[first:last] if e.end <= span.end)


def entity_at(token: Token) -> Span:
    """The named entity `token` is part of (the token alone when it is in none)."""
    doc = token.doc
    if token.ent_iob_ in ("", "O"):
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def evidence_text(sent: Span) -> str:
    """The sentence exactly as the article has it, without surrounding whitespace."""
    return sent.text.strip()


@per_position
def is_askable(sent: Span) -> bool:
    """A sentence with a verb and enough words to carry a fact (not a heading, a dateline
    or a photo credit)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 5:
        return False
    if "\n" in sent.text.strip():
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def with_hedge(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the left over a currency sign and a hedge ("more than 11,000",
    "about 80", "US$ 20,000")."""
    if start >= 1 and doc[start - 1].lower_ in CURRENCY_SIGNS:
        start -= 1
        if start >= 1 and doc[start - 1].text in CURRENCY_PREFIXES:
            start -= 1
    if start >= 2:
        pair = (doc[start - 2].lower_, doc[start - 1].lower_)
        if pair in HEDGE_STARTS:
            return start - 2, end
    if start >= 1 and doc[start - 1].lower_ in SINGLE_HEDGES:
        return start - 1, end
    return start, end


def trim_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace, punctuation and a leading "the" at the edges of [start, end)."""
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return start, end


def source_of(token: Token) -> str:
    """Who the sentence says states the clause of `token` ("the White House"), or ""."""
    sent = token.sent
    # "..., according to X"
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return span_text(objs[0].subtree)
    # "X said (that) ... token ..."
    head = token
    while head.head.i != head.i:
        if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_ in SPEECH_VERBS:
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].pos_ != "PRON":
                return span_text(subjects[0].subtree)
            return ""
        head = head.head
    return ""


def span_text(tokens) -> str:  # type: ignore[no-untyped-def]
    """The article text covered by consecutive `tokens`, verbatim."""
    tokens = list(tokens)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def dated_word(date: Token) -> Token:
    """The word a date's phrase hangs on: the verb or noun it dates ("said in 2012" ->
    "said", "a report for 2009" -> "report", "died Tuesday" -> "died")."""
    return date.head.head if date.dep_ == "pobj" else date.head


def before_a_hyphen(token: Token) -> bool:
    """True when `token` is written against a hyphen after it: the first part of a word
    the tokeniser split ("co" of "co-founded", "vice" of "vice-president")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def after_a_hyphen(token: Token) -> bool:
    """True when `token` is written against a hyphen before it: the last part of a word
    the tokeniser split ("chancellor" of "vice-chancellor")."""
    if token.i < 2:
        return False
    hyphen = token.doc[token.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and before_a_hyphen(token.doc[token.i - 2])


def in_quotation(token: Token) -> bool:
    """True when `token` lies inside quotation marks (counting within its paragraph)."""
    return _inside_quotation(token.doc)[token.i]


@per_doc
def _inside_quotation(doc: Doc) -> list[bool]:
    """For each token, whether quotation marks before it in its paragraph leave it inside a
    quotation: the nearest curly mark decides; with none, the straight ones are counted."""
    inside: list[bool] = []
    curly: bool | None = None  # the nearest curly mark so far: opening, closing or none
    straight = False
    for token in doc:
        inside.append(curly if curly is not None else straight)
        if token.is_space and "\n" in token.text:
            curly, straight = None, False
        elif token.text in ("“", "``"):
            curly = True
        elif token.text in ("”", "''"):
            curly = False
        elif token.text == '"':
            straight = not straight
    return inside


def quoted_ids(span: Span) -> set[int]:
    """The ids of the tokens of `span` that lie inside quotation marks: `in_quotation` for
    every token at once (one pass instead of one scan back per token)."""
    if not len(span):
        return set()
    inside = in_quotation(span[0])
    quoted: set[int] = set()
    for token in span:
        if token.is_space and "\n" in token.text:
            inside = False
        elif token.text in ("“", "``") or (token.text == '"' and not inside):
            inside = True
        elif token.text in ("”", "''") or token.text == '"':
            inside = False
        elif inside:
            quoted.add(token.i)
    return quoted


def clean_name(text: str) -> str:
    """An entity's text fit to be an answer or a choice, or "" when spaCy cut it badly
    ("World Health Organisation (WHO", "IDD)", "James To.", "II" of "Queen Elizabeth
    II")."""
    text = text.strip()
    if text.lower().rstrip(".") in GENERATIONS:
        return ""
    for article in ("the ", "a ", "an "):
        if text.lower().startswith(article):
            text = text[len(article) :]
    text = text.rstrip(".,;:")
    if text.count("(") != text.count(")") or "\n" in text or not text:
        return ""
    if not text[0].isalnum():
        return ""
    return text


def to_infinitive(verb: Token) -> bool:
    """True when `verb` is a "to" infinitive ("to pay", "women to drive", "is to be
    completed")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
