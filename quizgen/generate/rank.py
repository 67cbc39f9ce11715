"""Ranking candidate questions and keeping the best, without near-duplicates."""

from __future__ import annotations

from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.distractors import norm
from quizgen.model import Fact

#: How much a teacher wants each kind of fact asked (numbers and names first).
KIND_WEIGHT = {
    "count": 3.0,
    "duration": 3.0,
    "percentage": 3.0,
    "money": 3.0,
    "date": 2.5,
    "person_role": 2.8,
    "place": 2.5,
    "quote": 2.2,
    "conditional": 2.2,
    "participants": 2.2,
    "event": 1.8,
    "thing": 2.0,
}
MAX_QUESTIONS = 25
MAX_PER_SENTENCE = 2
#: At most this many questions open the same way ("In which minute ...").
MAX_PER_OPENER = 3


def fact_score(fact: Fact, position: float) -> float:
    """How good a question on `fact` is likely to be; `position` is 0 (lead) to 1 (end)."""
    score = KIND_WEIGHT.get(fact.kind, 1.0)
    score += 0.8 * (1.0 - position)
    words = len(fact.evidence.split())
    if words > 45:
        score -= 1.0
    elif words < 8:
        score -= 0.5
    if fact.source:
        score += 0.2
    return score


def candidate_score(candidate: Candidate, position: float) -> float:
    """The fact's score plus a bonus for a real question over a fill-in-the-blank."""
    score = fact_score(candidate.fact, position)
    if candidate.phrased:
        score += 1.5
    if candidate.type == "multiple_choice" and len(candidate.choices) >= 4:
        score += 0.3
    return score


def select(scored: list[tuple[float, Candidate]], limit: int = MAX_QUESTIONS) -> list[Candidate]:
    """The best candidates: one question per (sentence, answer), at most two per sentence,
    no repeated answer text in the same role, at most `limit`. Ties break on text so the
    result is deterministic."""
    ordered = sorted(scored, key=lambda pair: (-pair[0], pair[1].question))
    kept: list[Candidate] = []
    per_sentence: dict[str, int] = {}
    seen_answers: set[tuple[str, str]] = set()
    seen_stems: set[str] = set()
    openers: dict[str, int] = {}
    for _, candidate in ordered:
        opener = " ".join(norm(candidate.question).split()[:3])
        if candidate.phrased and openers.get(opener, 0) >= MAX_PER_OPENER:
            continue
        fact = candidate.fact
        key = (norm(fact.evidence), norm(fact.answer))
        answer_key = (norm(fact.answer), fact.kind)
        stem = norm(candidate.question)
        if key in {(norm(c.fact.evidence), norm(c.fact.answer)) for c in kept}:
            continue
        if per_sentence.get(key[0], 0) >= MAX_PER_SENTENCE or stem in seen_stems:
            continue
        if answer_key in seen_answers and fact.kind in ("person_role", "event", "place", "quote"):
            continue
        kept.append(candidate)
        per_sentence[key[0]] = per_sentence.get(key[0], 0) + 1
        seen_answers.add(answer_key)
        seen_stems.add(stem)
        openers[opener] = openers.get(opener, 0) + 1
        if len(kept) == limit:
            break
    return kept
