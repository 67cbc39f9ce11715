"""Quotes with their speaker, and conditionals or threats ("If he does not, I will ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import (
    entity_at,
    evidence_text,
    in_quotation,
    is_askable,
    source_of,
    span_text,
)
from quizgen.generate.vocabulary import QUOTE_CHARS, SPEAKER_LABELS, SPEECH_VERBS


def speaker_of(sent: Span) -> Token | None:
    """The head token of who speaks in `sent` (`“...,” McCain said.`), or None."""
    for token in sent:
        if token.lemma_ in SPEECH_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ in SPEAKER_LABELS:
                    return child
    return None


def quote_facts(doc: Doc) -> list[Fact]:
    """A fact per sentence that quotes a named speaker."""
    facts: list[Fact] = []
    for sent in doc.sents:
        if not is_askable(sent) or not any(t.text in QUOTE_CHARS for t in sent):
            continue
        speaker = speaker_of(sent)
        if speaker is None:
            continue
        ent = entity_at(speaker)
        facts.append(
            Fact(
                kind="quote",
                answer=ent.text,
                evidence=evidence_text(sent),
                source=ent.text,
                start=ent.start,
                end=ent.end,
                rule="quotes.speaker",
                label=ent.label_,
            )
        )
    return facts


def conditional_facts(doc: Doc) -> list[Fact]:
    """A fact per "if"/"unless" clause: the answer is the consequence (the main clause)."""
    facts: list[Fact] = []
    for sent in doc.sents:
        if not is_askable(sent):
            continue
        for token in sent:
            if token.lower_ not in ("if", "unless") or token.dep_ != "mark":
                continue
            condition = token.head
            main = condition.head
            if condition.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX"):
                continue
            tokens = [t for t in main.subtree if t.i not in {c.i for c in condition.subtree}]
            tokens = [t for t in tokens if not t.is_punct or t.text in ("-", "'")]
            tokens = [t for t in tokens if t.text not in QUOTE_CHARS]
            if len(tokens) < 3:
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            if any(doc[i].i in {c.i for c in condition.subtree} for i in range(start, end)):
                # The condition sits inside the consequence; ask about the whole sentence.
                start, end = main.i, main.i + 1
            facts.append(
                Fact(
                    kind="conditional",
                    answer=doc[start:end].text,
                    evidence=evidence_text(sent),
                    condition=span_text(condition.subtree),
                    source=source_of(main) or _speaker_text(sent),
                    start=start,
                    end=end,
                    rule="quotes.conditional",
                )
            )
            break
    return facts


def _speaker_text(sent: Span) -> str:
    speaker = speaker_of(sent)
    return entity_at(speaker).text if speaker is not None else ""


def quoted_without_speaker(sent: Span) -> bool:
    """True when `sent` is a quotation (or a quotation's continuation) that does not name
    who says it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    starts_quoted = words[0].text in ("“", '"', "``") or in_quotation(words[0])
    return starts_quoted and speaker_of(sent) is None
