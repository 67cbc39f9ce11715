"""True/false statements: a fact restated, or the same with exactly one thing changed."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts.quotes import nearby_speaker, quoted_without_speaker
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.generate.questions.checks import one_line
from quizgen.generate.questions.clause import clause_frame
from quizgen.generate.questions.distractors import distractors_for, norm
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.wh import phrase_question
from quizgen.generate.questions.wording import full_stop, glue, sentence_case
from quizgen.generate.vocabulary import SPEECH_VERBS


def true_false(ctx: ArticleContext, fact: Fact, truth: bool) -> Candidate | Refused:
    """A true (or false: the answer swapped for a distractor) statement of `fact`, or why
    there is none."""
    spec = spec_of(fact)
    if not spec.true_false:
        return Refused(f"{fact.kind} facts make no true/false statement")
    before, after, frame = _frame(ctx.doc, fact)
    if before is None or after is None:
        return Refused("no statement: the sentence is too long or its speaker unknown")
    true_text = one_line(full_stop(sentence_case(glue(before, fact.answer, after))))
    if truth:
        return Candidate(
            fact, "true_false", true_text, True, [], true_text, phrased=True,
            template=f"tf.true.{frame}",
        )  # fmt: skip
    wrong = distractors_for(ctx, fact)
    if spec.distractors == "other_things":
        # A false statement needs a thing of the same sort ("the Labour Party" for "the
        # Democratic Party"), not any name: "The results of the World Health Organisation".
        wrong = [w for w in wrong if name_key(w) == name_key(fact.answer)]
    if not wrong:
        return Refused("no false statement: no alternative of the same sort")
    false_text = one_line(full_stop(sentence_case(glue(before, wrong[0], after))))
    if norm(false_text).rstrip(".") in norm(fact.evidence) or false_text == true_text:
        return Refused("the false statement is still in the article")
    explanation = f"False. {true_text}"
    return Candidate(
        fact, "true_false", false_text, False, [], explanation, phrased=True,
        template=f"tf.false.{frame}",
    )  # fmt: skip


Frame = tuple[str | None, str | None, str]


def _frame(doc: Doc, fact: Fact) -> Frame:
    """The statement around the answer: the clause when it rephrases well, else the
    evidence sentence itself; and the name of the frame used (provenance)."""
    if spec_of(fact).stem == "clause":
        phrasing = phrase_question(doc, fact)
        if phrasing is not None:
            return phrasing.before, phrasing.after, "question_clause"
        frame = clause_frame(doc, fact)
        if frame is not None and not any(c in frame[0] + frame[1] for c in '“”"'):
            return frame[0], frame[1], "clause"
    evidence = fact.evidence
    if evidence.count(fact.answer) != 1:
        return None, None, "sentence"
    sent = doc[fact.start].sent
    if quoted_without_speaker(sent):
        speaker = nearby_speaker(sent)
        if not speaker or norm(speaker) == norm(fact.answer):
            return None, None, "speaker_named"
        named = _pronoun_named(sent, speaker)
        if named is not None:
            # “...,” he told supporters. -> “...,” Store told supporters.
            if named.count(fact.answer) != 1:
                return None, None, "speaker_named"
            head, tail = named.split(fact.answer, 1)
            return head.strip(), tail.strip(), "speaker_named"
        quote = strip_quote_marks(evidence)
        before, after = quote.split(fact.answer, 1) if fact.answer in quote else (None, None)
        if before is None or after is None:
            return None, None, "speaker_quoted"
        return f"{speaker} said: “{before.strip()}".rstrip(), f"{after.strip()}”", "speaker_quoted"
    before, after = evidence.split(fact.answer, 1)
    return before.strip(), after.strip(), "sentence"


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
