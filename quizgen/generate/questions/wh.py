"""Rewriting an article sentence into a wh-question whose answer is a fact's span.

"The White House said the call lasted about an hour." with the answer "about an hour"
becomes "According to the White House, how long did the call last?". When the sentence
does not fit the few shapes handled here the caller falls back to a fill-in-the-blank stem.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgen.generate.facts.common import QUOTE_CHARS, SPEECH_VERBS, in_quotation, span_text
from quizgen.generate.questions.wording import first_word, join_tokens, question_mark, sentence_case
from quizgen.model import Fact

#: Children of a clause's verb that start another clause; they stay out of the question.
CUT_DEPS = {"conj", "cc", "parataxis", "advcl", "mark", "preconj", "discourse", "intj"}
#: Clauses whose subject is not a word we can move ("which", a gap, an implied subject).
EMBEDDED = {"relcl", "acl", "csubj", "amod", "pcomp", "xcomp", "advcl", "pobj", "prep"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "this", "that"}
DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}


@dataclass(frozen=True)
class Phrasing:
    """A question and the matching statement, split around the answer for true/false."""

    question: str
    #: The statement is `before + answer + after` (attribution included).
    before: str
    after: str


def clause_verb(token: Token) -> tuple[Token, list[Token]] | None:
    """The verb of the clause that contains `token`, and the path up to it."""
    path: list[Token] = []
    current = token
    while not (current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass")):
        if current.head.i == current.i:
            return None
        path.append(current)
        current = current.head
    return current, path


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, borrowed from the first conjunct for "X came and saw"."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    return None


def attribution(verb: Token) -> str:
    """Who says the clause of `verb`: its speech verb's subject, or "according to X"."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in SPEECH_VERBS:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].lower_ not in PRONOUNS:
            return span_text(subjects[0].subtree)
    return ""


def according_to(verb: Token) -> tuple[str, set[int]]:
    """An "according to X" phrase anywhere in the sentence: X and the token ids to drop."""
    for token in verb.sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if to.lower_ == "to" and objects:
                dropped = {token.i, to.i} | {t.i for t in objects[0].subtree}
                if token.i > 0 and token.doc[token.i - 1].text == ",":
                    dropped.add(token.i - 1)
                return span_text(objects[0].subtree), dropped
    return "", set()


def clause_tokens(verb: Token, keep: set[int]) -> list[Token]:
    """The tokens of `verb`'s clause without the clauses joined to it (unless in `keep`)."""
    dropped: set[int] = set()
    for child in verb.children:
        if child.dep_ in CUT_DEPS or (child.dep_ == "punct" and child.i > verb.i + 1):
            ids = {t.i for t in child.subtree}
            if not ids & keep:
                dropped |= ids
    tokens = [t for t in verb.subtree if t.i not in dropped and not t.is_space]
    return [t for t in tokens if t.text not in QUOTE_CHARS]


def wh_phrase(fact: Fact, answer_root: Token, moved: list[Token], answer_ids: set[int]) -> str:
    """The question words that replace the moved phrase ("how many newer versions")."""
    rest = [t for t in moved if t.i not in answer_ids and t.dep_ not in ("det", "poss", "case")]
    rest = [t for t in rest if not (t.dep_ == "prep" and t.i < answer_root.i)]
    tail = join_tokens(rest) if rest else ""
    kind = fact.kind
    if kind == "count":
        return f"how many {tail}".strip() if tail else "how many"
    if kind == "percentage":
        return f"what percentage {tail}".strip()
    if kind == "money":
        return f"how much {tail}".strip()
    if kind == "duration":
        return "how long"
    if kind == "date":
        return "when"
    if kind == "place":
        return "where"
    return "who"


def phrase_question(doc: Doc, fact: Fact) -> Phrasing | None:
    """A wh-question for `fact` made from its sentence, or None when the shape is unusual."""
    answer_ids = set(range(fact.start, fact.end))
    answer_root = doc[fact.start : fact.end].root
    if in_quotation(answer_root):
        return None
    found = clause_verb(answer_root)
    if found is None:
        return None
    verb, path = found
    if verb.dep_ in EMBEDDED or verb.i in answer_ids:
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in PRONOUNS or subject.dep_ == "expl":
        return None
    if subject.i in answer_ids and fact.kind not in (
        "person_role",
        "event",
        "participants",
        "quote",
    ):
        if fact.kind not in ("count", "percentage", "money"):
            return None
    # The phrase that moves to the front: the answer's constituent under the verb.
    top = path[-1] if path else answer_root
    moved_root = top
    stranded = False
    if top.dep_ == "prep":
        objects = [c for c in top.children if c.dep_ == "pobj"]
        if not objects:
            return None
        pobj = objects[0]
        if fact.kind in ("date", "place", "duration") and top.lower_ in (
            "on",
            "in",
            "at",
            "during",
            "for",
            "near",
            "off",
        ):
            moved_root = top
        else:
            moved_root = pobj
            stranded = True
    moved = list(moved_root.subtree)
    moved_ids = {t.i for t in moved}
    if not answer_ids <= moved_ids:
        return None
    # The answer must be (nearly) all of the moved phrase for who/where/when/how long.
    extra = [t for t in moved if t.i not in answer_ids and not t.is_punct]
    if fact.kind in ("date", "place", "duration", "person_role", "event", "participants", "quote"):
        extra = [t for t in extra if t.dep_ not in ("det", "prep") or t.i > answer_root.i]
        if moved_root is top and top.dep_ == "prep":
            extra = [t for t in extra if t.i != top.i]
        if extra and fact.kind != "person_role":
            return None
    wh = wh_phrase(fact, answer_root, moved, answer_ids)
    source = attribution(verb)
    according, according_ids = according_to(verb)
    source = source or according
    tokens = [t for t in clause_tokens(verb, answer_ids) if t.i not in according_ids]
    if subject.i in moved_ids or moved_root.i == subject.i:
        rest = [t for t in tokens if t.i not in moved_ids]
        body = wh + " " + join_tokens(rest)
    else:
        body = _inverted(wh, verb, subject, tokens, moved_ids)
        if body is None:
            return None
    if stranded and not body:
        return None
    question = question_mark(sentence_case(_with_source(body, source)))
    before, after = _statement(doc, fact, tokens, source)
    return Phrasing(question=question, before=before, after=after)


def _inverted(
    wh: str, verb: Token, subject: Token, tokens: list[Token], moved: set[int]
) -> str | None:
    """WH + auxiliary + subject + verb + the rest ("how long did the call last")."""
    subject_ids = {t.i for t in subject.subtree}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    negs = [c for c in verb.children if c.dep_ == "neg"]
    skip = moved | subject_ids | {t.i for t in auxes} | {t.i for t in negs} | {verb.i}
    before_subject = [t for t in tokens if t.i < subject.i and t.i not in skip]
    after = [t for t in tokens if t.i > subject.i and t.i not in skip]
    subject_text = first_word(subject.left_edge, span_text(subject.subtree))
    neg = " not" if negs else ""
    if auxes:
        first, others = auxes[0], auxes[1:]
        head = f"{first.lower_}{neg} {subject_text} " + " ".join(t.lower_ for t in others)
        head += f" {verb.text}"
    elif verb.lemma_ == "be":
        head = f"{verb.lower_}{neg} {subject_text}"
    elif verb.tag_ in DO_FORMS:
        head = f"{DO_FORMS[verb.tag_]}{neg} {subject_text} {verb.lemma_}"
    else:
        return None
    tail = join_tokens(after)
    lead = join_tokens(before_subject)
    if lead:
        lead = first_word(before_subject[0], lead)
    return " ".join(part for part in (wh, head, tail, lead) if part)


def _with_source(body: str, source: str) -> str:
    if not source:
        return body
    return f"According to {source}, {body}"


def _statement(doc: Doc, fact: Fact, tokens: list[Token], source: str) -> tuple[str, str]:
    """The clause as a statement, split around the answer."""
    before = [t for t in tokens if t.i < fact.start]
    after = [t for t in tokens if t.i >= fact.end]
    before_text = join_tokens(before)
    if before:
        before_text = first_word(before[0], before_text)
    prefix = f"According to {source}, " if source else ""
    before_text = sentence_case(prefix + before_text) if (prefix or before_text) else ""
    return before_text, join_tokens(after)
