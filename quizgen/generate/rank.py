"""Ranking candidate questions and keeping the best, without near-duplicates."""

from __future__ import annotations

import re

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
#: An article that has not filled the quiz after two per sentence may ask this many on a
#: sentence: short reports pack several facts into one sentence.
MAX_PER_SENTENCE_SHORT = 4
#: Facts starting in the first this-many tokens are in the lead.
LEAD_TOKENS = 60
#: At most this many questions open the same way ("In which minute ...").
MAX_PER_OPENER = 2
#: A kept question on a kind of fact lowers the worth of the next of that kind this much.
KIND_REPEAT = 0.15


def fact_score(fact: Fact, position: float) -> float:
    """How good a question on `fact` is likely to be; `position` is 0 (lead) to 1 (end)."""
    score = KIND_WEIGHT.get(fact.kind, 1.0)
    score += 0.8 * (1.0 - position)
    if fact.source:
        score += 0.2
    return score


def candidate_score(candidate: Candidate, position: float) -> float:
    """The fact's score plus a bonus for a real question over a fill-in-the-blank."""
    score = fact_score(candidate.fact, position)
    words = len(candidate.question.split())
    if words > 40:
        score -= 0.6
    elif words > 30:
        score -= 0.4
    elif words < 6:
        score -= 0.5
    if candidate.type == "true_false" and candidate.answer is True:
        score += 0.5  # a restated sentence tests less than a question about it
    elif candidate.phrased:
        score += 1.5
    if candidate.type == "multiple_choice" and len(candidate.choices) >= 4:
        score += 0.3
    return score


def select(scored: list[tuple[float, Candidate]], limit: int = MAX_QUESTIONS) -> list[Candidate]:
    """The best candidates, at most `limit`: one question per (sentence, answer), no
    repeated stem, no repeated name answer, at most MAX_PER_OPENER stems opening alike.
    A first pass takes one question per sentence (so the quiz covers the article), a
    second fills up to two per sentence, a third (for an article that has not filled the
    quiz) up to MAX_PER_SENTENCE_SHORT. Ties break on text, so the result is
    deterministic."""
    # The same question with two answers in one article ("Who won the Man of the Match
    # award?" after each match) is ambiguous: ask neither.
    answers: dict[str, set[str]] = {}
    for _, candidate in scored:
        if candidate.type == "multiple_choice":
            answers.setdefault(norm(candidate.question), set()).add(norm(candidate.fact.answer))
    pool = [
        pair
        for pair in scored
        if pair[1].type != "multiple_choice" or len(answers[norm(pair[1].question)]) == 1
    ]
    state = _Selection()
    for per_sentence in (1, MAX_PER_SENTENCE, MAX_PER_SENTENCE_SHORT):
        _fill(state, pool, limit, per_sentence)
    return state.kept


def _fill(
    state: _Selection, pool: list[tuple[float, Candidate]], limit: int, per_sentence: int
) -> None:
    """Keep the best candidate of `pool` while there is room, each kind counting a little
    less for every question of that kind already kept (a quiz of 13 "who is" questions
    tests less of the article than one that also asks its numbers and dates)."""
    remaining = list(pool)
    while remaining and len(state.kept) < limit:
        remaining.sort(key=lambda pair: (-state.worth(*pair), pair[1].question))
        for index, (_, candidate) in enumerate(remaining):
            # The lead sentence carries the most facts of a news report.
            lead = candidate.fact.start < LEAD_TOKENS
            if state.offer(candidate, per_sentence + (1 if lead and per_sentence > 1 else 0)):
                # What was refused before it stays refused: the kept set only grows.
                remaining = remaining[index + 1 :]
                break
        else:
            return


def gives_away(one: Candidate, other: Candidate) -> bool:
    """True when one of two questions on a sentence shows the other's answer: a true/false
    statement that restates the sentence holds the answer of a question on it."""
    for a, b in ((one, other), (other, one)):
        if a.type == "true_false" and _holds(a.question + " " + a.explanation, b.fact.answer):
            return True
    return False


def _holds(text: str, answer: str) -> bool:
    key = norm(answer)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", norm(text)) is not None


class _Selection:
    """What has been kept so far, and the keys that make a candidate a near-duplicate."""

    def __init__(self) -> None:
        self.kept: list[Candidate] = []
        self.pairs: set[tuple[str, str]] = set()
        self.per_sentence: dict[str, int] = {}
        self.answers: set[tuple[str, str]] = set()
        self.stems: set[str] = set()
        self.openers: dict[str, int] = {}
        self.by_sentence: dict[str, list[Candidate]] = {}
        self.kinds: dict[str, int] = {}

    def worth(self, score: float, candidate: Candidate) -> float:
        """`score` less KIND_REPEAT for each kept question on a fact of the same kind."""
        return score - KIND_REPEAT * self.kinds.get(candidate.fact.kind, 0)

    def offer(self, candidate: Candidate, max_per_sentence: int) -> bool:
        """Keep `candidate` (True) unless it repeats what is kept or its sentence is full."""
        fact = candidate.fact
        sentence = norm(fact.evidence)
        pair = (sentence, norm(fact.answer))
        answer_key = (norm(fact.answer), fact.kind)
        stem = norm(candidate.question)
        opener = " ".join(stem.split()[:3])
        if pair in self.pairs or stem in self.stems:
            return False
        if self.per_sentence.get(sentence, 0) >= max_per_sentence:
            return False
        if any(gives_away(candidate, other) for other in self.by_sentence.get(sentence, [])):
            return False
        if candidate.phrased and self.openers.get(opener, 0) >= MAX_PER_OPENER:
            return False
        if answer_key in self.answers and fact.kind in ("person_role", "event", "place", "quote"):
            return False
        self.kept.append(candidate)
        self.pairs.add(pair)
        self.per_sentence[sentence] = self.per_sentence.get(sentence, 0) + 1
        self.by_sentence.setdefault(sentence, []).append(candidate)
        self.answers.add(answer_key)
        self.stems.add(stem)
        self.openers[opener] = self.openers.get(opener, 0) + 1
        self.kinds[fact.kind] = self.kinds.get(fact.kind, 0) + 1
        return True
