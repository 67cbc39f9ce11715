"""From a parsed article to ranked questions: facts -> candidates -> the best, with ids.

Pure: no file I/O. `doc` must be the pipeline's parse of `article.text`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quizgen.generate.facts import extract_facts
from quizgen.generate.questions import Candidate, multiple_choice, true_false
from quizgen.generate.questions.candidate import base_id, slugify
from quizgen.generate.questions.checks import acceptable
from quizgen.generate.questions.distractors import norm
from quizgen.generate.rank import candidate_score, gives_away, select
from quizgen.model import Article, Difficulty, Fact, Question

#: Every third question is true/false (when the fact allows one).
TF_EVERY = 3
ENTITY_TAG_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


def questions_for_article(article: Article, doc: Doc) -> list[Question]:
    """The best 8-25 questions on `article` (fewer when the article is short).

    Difficulty rule: `easy` when the fact is in the lead (the first fifth of the article)
    or its answer is in the headline; `hard` when it is in the last third of the article,
    or is a number with a hedge ("about", "over"); `medium` otherwise.
    """
    facts = extract_facts(doc)
    total = max(len(doc), 1)
    scored: list[tuple[float, Candidate]] = []
    for fact in facts:
        position = fact.start / total
        candidate = multiple_choice(doc, fact)
        if candidate is None or not acceptable(candidate):
            # Every other fallback statement is false, so both answers stay common.
            want_true = len(scored) % 2 == 0
            candidate = true_false(doc, fact, truth=want_true)
            if candidate is None or not acceptable(candidate):
                candidate = true_false(doc, fact, truth=not want_true)
        if candidate is not None and acceptable(candidate):
            scored.append((candidate_score(candidate, position), candidate))
    chosen = select(scored)
    chosen = _mix_true_false(doc, chosen)
    return _finish(article, doc, chosen)


def _mix_true_false(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Turn every third question into true/false, alternating true and false answers so
    about half of the true/false questions are true."""
    out: list[Candidate] = []
    trues = sum(1 for c in chosen if c.type == "true_false" and c.answer is True)
    falses = 0
    for k, candidate in enumerate(chosen):
        quote = candidate.fact.kind in ("quote", "conditional")
        if candidate.type == "multiple_choice" and (quote or k % TF_EVERY == TF_EVERY - 1):
            want_true = trues < falses
            replacement = true_false(doc, candidate.fact, truth=want_true)
            if replacement is None and not want_true:
                replacement = true_false(doc, candidate.fact, truth=True)
            # A statement on a sentence another question asks about must not give its
            # answer away.
            others = [
                c
                for c in chosen
                if c is not candidate and c.fact.evidence == candidate.fact.evidence
            ]
            if (
                replacement is not None
                and acceptable(replacement)
                and not any(gives_away(replacement, other) for other in others)
            ):
                candidate = replacement
                if candidate.answer is True:
                    trues += 1
                else:
                    falses += 1
        out.append(candidate)
    return _balance(doc, out)


def _balance(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Turn true statements false (one thing changed) while more than half of the
    true/false questions are true."""
    trues = sum(1 for c in chosen if c.type == "true_false" and c.answer is True)
    falses = sum(1 for c in chosen if c.type == "true_false" and c.answer is False)
    out = []
    for candidate in chosen:
        if candidate.type == "true_false" and candidate.answer is True and trues > falses:
            false = true_false(doc, candidate.fact, truth=False)
            if false is not None and acceptable(false):
                candidate = false
                trues -= 1
                falses += 1
        out.append(candidate)
    return out


def _finish(article: Article, doc: Doc, chosen: list[Candidate]) -> list[Question]:
    """Questions in article order with unique ids, tags, difficulty and evidence."""
    chosen = sorted(chosen, key=lambda c: (c.fact.start, c.type, c.question))
    used: set[str] = set()
    total = max(len(doc), 1)
    questions = []
    for candidate in chosen:
        qid = unique_id(base_id(candidate), used)
        fact = candidate.fact
        questions.append(
            Question(
                id=qid,
                type="multiple_choice" if candidate.type == "multiple_choice" else "true_false",
                question=candidate.question,
                answer=candidate.answer,
                choices=list(candidate.choices),
                explanation=candidate.explanation,
                evidence=fact.evidence,
                tags=tags_for(doc, fact),
                difficulty=difficulty_of(article, fact, fact.start / total),
                status="draft",
            )
        )
    return questions


def unique_id(base: str, used: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... the first not in `used` (which it joins)."""
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def tags_for(doc: Doc, fact: Fact) -> list[str]:
    """The fact's kind and up to three named things of its sentence (people by surname)."""
    tags = [fact.kind.replace("_", "-")]
    sent = doc[fact.start].sent
    for ent in sent.ents:
        if ent.label_ not in ENTITY_TAG_LABELS:
            continue
        words = re.findall(r"[A-Za-z0-9]+", ent.text.replace("’s", "").replace("'s", ""))
        if not words:
            continue
        name = words[-1] if ent.label_ == "PERSON" else "-".join(words)
        tag = slugify([name])
        if tag not in tags and tag != "the":
            tags.append(tag)
        if len(tags) == 4:
            break
    return tags


HEDGE_WORDS = ("about", "over", "around", "nearly", "almost", "approximately", "more than")


def difficulty_of(article: Article, fact: Fact, position: float) -> Difficulty:
    """easy / medium / hard by the rule in `questions_for_article`'s docstring."""
    if position < 0.2 or norm(fact.answer) in norm(article.title):
        return "easy"
    hedged = fact.kind in ("count", "duration", "money", "percentage") and norm(
        fact.answer
    ).startswith(HEDGE_WORDS)
    if position > 2 / 3 or hedged:
        return "hard"
    return "medium"


def dedupe_across_articles(per_article: list[list[Question]]) -> list[list[Question]]:
    """Drop a question that asks what an earlier article's question already asks: the same
    answer to the same kind of fact, asked with mostly the same words ("Who took part in
    the call?" / "Who participated in the phone call?" in two reports of one story). Ids
    are made unique across all the articles."""
    kept_so_far: list[tuple[str, str, frozenset[str], int]] = []
    used: set[str] = set()
    out: list[list[Question]] = []
    for index, questions in enumerate(per_article):
        kept = []
        for question in questions:
            key = _dedupe_key(question)
            if any(_same_question(key, other) for other in kept_so_far if other[3] != index):
                continue
            kept_so_far.append((*key, index))
            question.id = unique_id(question.id, used)
            kept.append(question)
        out.append(kept)
    return out


def _dedupe_key(question: Question) -> tuple[str, str, frozenset[str]]:
    kind = question.tags[0] if question.tags else ""
    return norm(question.answer_text), kind, _stem_words(question.question)


def _same_question(
    key: tuple[str, str, frozenset[str]], other: tuple[str, str, frozenset[str], int]
) -> bool:
    answer, kind, words = key
    if answer == other[0] and words == other[2]:
        return True
    if kind != other[1] or not words or not other[2]:
        return False
    # Each report keeps its own question on a shared fact when it states it its own way
    # ("about an hour" / "an hour-long call"); the same answer asked alike goes.
    overlap = len(words & other[2]) / len(words | other[2])
    return overlap >= 0.5 and answer == other[0]


def _stem_words(stem: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", norm(stem))
    return frozenset(w for w in words if w not in STEM_STOP)


STEM_STOP = {"according", "to", "the", "a", "an", "how", "what", "who", "did", "was", "is"}
STEM_STOP |= {"of", "in", "on", "fill", "blank", "does", "were", "long", "many", "much"}
