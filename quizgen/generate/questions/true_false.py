"""True/false statements: a fact restated, or the same with exactly one thing changed."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quizgen.generate.facts.common import SPEECH_VERBS
from quizgen.generate.facts.quotes import nearby_speaker, quoted_without_speaker
from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.checks import one_line
from quizgen.generate.questions.clause import clause_frame
from quizgen.generate.questions.distractors import distractors_for, norm
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.wh import phrase_question
from quizgen.generate.questions.wording import full_stop, glue, sentence_case
from quizgen.model import Fact


def true_false(doc: Doc, fact: Fact, truth: bool) -> Candidate | None:
    """A true (or false: the answer swapped for a distractor) statement of `fact`."""
    before, after = _frame(doc, fact)
    if before is None or after is None:
        return None
    true_text = one_line(full_stop(sentence_case(glue(before, fact.answer, after))))
    if truth:
        return Candidate(fact, "true_false", true_text, True, [], true_text, phrased=True)
    wrong = distractors_for(doc, fact)
    if fact.kind == "thing":
        # A false statement needs a thing of the same sort ("the Labour Party" for "the
        # Democratic Party"), not any name: "The results of the World Health Organisation".
        wrong = [w for w in wrong if name_key(w) == name_key(fact.answer)]
    if not wrong:
        return None
    false_text = one_line(full_stop(sentence_case(glue(before, wrong[0], after))))
    if norm(false_text).rstrip(".") in norm(fact.evidence) or false_text == true_text:
        return None
    explanation = f"False. {true_text}"
    return Candidate(fact, "true_false", false_text, False, [], explanation, phrased=True)


def _frame(doc: Doc, fact: Fact) -> tuple[str | None, str | None]:
    """The statement around the answer: the clause when it rephrases well, else the
    evidence sentence itself (when it is short enough to read as one statement)."""
    if fact.kind not in ("quote", "conditional"):
        phrasing = phrase_question(doc, fact)
        if phrasing is not None:
            return phrasing.before, phrasing.after
        frame = clause_frame(doc, fact)
        if frame is not None and not any(c in frame[0] + frame[1] for c in '“”"'):
            return frame
    evidence = fact.evidence
    if evidence.count(fact.answer) != 1 or len(evidence.split()) > 40:
        return None, None
    sent = doc[fact.start].sent
    if quoted_without_speaker(sent):
        speaker = nearby_speaker(sent)
        if not speaker or norm(speaker) == norm(fact.answer):
            return None, None
        named = _pronoun_named(sent, speaker)
        if named is not None:
            # “...,” he told supporters. -> “...,” Store told supporters.
            if named.count(fact.answer) != 1:
                return None, None
            head, tail = named.split(fact.answer, 1)
            return head.strip(), tail.strip()
        quote = strip_quote_marks(evidence)
        before, after = quote.split(fact.answer, 1) if fact.answer in quote else (None, None)
        if before is None or after is None:
            return None, None
        return f"{speaker} said: “{before.strip()}".rstrip(), f"{after.strip()}”"
    before, after = evidence.split(fact.answer, 1)
    return before.strip(), after.strip()


def strip_quote_marks(text: str) -> str:
    """The sentence without its double quote marks (they are put back around it)."""
    return re.sub(r"[“”\"]", "", text).strip()


def _pronoun_named(sent: Span, speaker: str) -> str | None:
    """The sentence with the pronoun subject of its speech verb replaced by `speaker`
    ("..., he told supporters" -> "..., Store told supporters"), or None without one."""
    for token in sent:
        if token.lemma_ in SPEECH_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.lower_ in ("he", "she", "they"):
                    start = child.idx - sent.start_char
                    text = sent.text
                    return (text[:start] + speaker + text[start + len(child.text) :]).strip()
    return None
