"""Questions on a measure written inside a noun phrase: "an hour-long phone call",
"a 45-minute chat", "a 90-day ban" -> "How long was the phone call?".

The sentence around such a phrase is often long and its clause hard to turn round; the
noun phrase alone makes a short, clear question. The source is kept when the sentence
names one ("According to the White House, how long was the phone call?").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import (
    in_quotation,
)
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.clause import (
    names_someone,
    source_text,
)
from quizgen.generate.questions.wh import Phrasing
from quizgen.generate.questions.wording import join_tokens, question_mark
from quizgen.generate.vocabulary import PRONOUNS, SPEECH_VERBS

MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod"}
#: Prepositions that say what the measured thing is ("a ban on", "a call with").
ABOUT_PREPS = {"on", "of", "with", "against", "between", "over", "from", "to"}


def measure_question(doc: Doc, fact: Fact) -> Phrasing | None:
    """ "How long was the phone call?" for a duration that modifies a noun, or None."""
    if not spec_of(fact).measure or in_quotation(doc[fact.start]):
        return None
    answer_ids = set(range(fact.start, fact.end))
    root = doc[fact.start : fact.end].root
    noun = root.head
    if root.dep_ not in MODIFIER_DEPS or noun.pos_ != "NOUN" or noun.i < fact.end:
        return None
    left = [t for t in noun.lefts if t.i not in answer_ids and t.dep_ not in ("det", "poss")]
    words = [t for t in left if t.i >= fact.end] + [noun]
    if any(t.dep_ not in MODIFIER_DEPS and t.i != noun.i for t in words):
        return None
    phrase = join_tokens(words)
    # "the ban on admissions of immigrants from seven nations": what the noun is about.
    about = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS]
    if about:
        tail = [t for t in about[0].subtree if not t.is_punct or t.i < about[0].right_edge.i]
        cut = next((k for k, t in enumerate(tail) if t.lower_ == "including"), len(tail))
        if cut <= 10:
            phrase = f"{phrase} {join_tokens(tail[:cut])}"
    source = _source(noun)
    if not source and len(phrase.split()) < 2:
        return None  # "How long was the tradition?": which one, says only the article
    lead = f"According to {source}, " if source else ""
    question = question_mark(f"{lead}how long was the {phrase}")
    question = question[0].upper() + question[1:]
    before = f"{lead}the {phrase} was"
    before = before[0].upper() + before[1:]
    return Phrasing(question=question, before=before, after="", template="measure.noun")


def _source(token: Token) -> str:
    """The subject of the speech verb the phrase hangs from ("the White House said
    following an hour-long call"), or ""."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.lemma_ in SPEECH_VERBS and current.pos_ == "VERB":
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ not in PRONOUNS:
                text = source_text(list(subjects[0].subtree))
                return text if names_someone(token.doc, text) else ""
            return ""
    return ""
