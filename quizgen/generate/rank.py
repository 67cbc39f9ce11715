"""Ranking candidate questions and keeping the best, without near-duplicates."""

from __future__ import annotations

from collections.abc import Callable

from quizgen.generate.config import DEFAULT, GenerationConfig
from quizgen.generate.fact import Fact
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.figures import parse_figure
from quizgen.generate.questions.text import contains_words, norm


def fact_score_parts(fact: Fact, position: float, config: GenerationConfig) -> dict[str, float]:
    """What makes a question on `fact` worth asking; `position` is 0 (lead) to 1 (end)."""
    parts = {
        "kind": spec_of(fact).weight,
        "position": config.position_bonus * (1.0 - position),
    }
    if fact.source:
        parts["source"] = config.source_bonus
    return parts


def score_candidate(
    candidate: Candidate,
    position: float,
    config: GenerationConfig = DEFAULT,
    centrality: dict[str, float] | None = None,
) -> float:
    """The fact's worth (its kind, its place in the article, how central it is: shares
    words with the headline, lies in the lead) plus the form's (a real question over a
    fill-in-the-blank); the parts are kept on the candidate for `--explain`."""
    parts = fact_score_parts(candidate.fact, position, config)
    for name, value in (centrality or {}).items():
        parts[name] = value * (config.headline_bonus if name == "headline" else config.lead_bonus)
    words = len(candidate.question.split())
    if words > config.long_stem_words:
        parts["long_stem"] = -config.long_stem_penalty
    elif words < config.short_stem_words:
        parts["short_stem"] = -config.short_stem_penalty
    if candidate.type == "true_false" and candidate.answer is True:
        parts["true_statement"] = config.true_statement_bonus
    elif candidate.phrased:
        parts["phrased"] = config.phrased_bonus
    if candidate.type == "multiple_choice" and len(candidate.choices) >= 4:
        parts["four_choices"] = config.four_choices_bonus
    candidate.score_parts = parts
    return sum(parts.values())


def select(
    scored: list[tuple[float, Candidate]],
    in_lead: Callable[[Fact], bool],
    config: GenerationConfig = DEFAULT,
) -> tuple[list[Candidate], dict[int, str]]:
    """The best candidates, at most `config.max_questions`, and why each other one was left
    out (by `id()` of the candidate): one question per (sentence, answer), no repeated
    stem, no repeated name answer, few stems opening alike. A first pass takes one question
    per sentence (so the quiz covers the article), a second fills up to `max_per_sentence`
    per sentence and one more on the lead.
    Ties break on text, so the result is deterministic."""
    # The same question with two answers in one article ("Who won the Man of the Match
    # award?" after each match) is ambiguous: ask neither.
    answers: dict[str, set[str]] = {}
    for _, candidate in scored:
        if candidate.type == "multiple_choice":
            answers.setdefault(norm(candidate.question), set()).add(norm(candidate.fact.answer))
    state = _Selection(config, in_lead)
    pool = []
    for pair in scored:
        candidate = pair[1]
        if candidate.type == "multiple_choice" and len(answers[norm(candidate.question)]) > 1:
            state.reasons[id(candidate)] = "ambiguous: the same question has another answer"
        else:
            pool.append(pair)
    for per_sentence, lead_extra in ((1, 0), (config.max_per_sentence, 1)):
        _fill(state, pool, per_sentence, lead_extra)
    kept = {id(c) for c in state.kept}
    for _, candidate in pool:
        if id(candidate) not in kept and id(candidate) not in state.reasons:
            state.reasons[id(candidate)] = f"quiz full (max_questions={config.max_questions})"
    return state.kept, state.reasons


def _fill(
    state: _Selection, pool: list[tuple[float, Candidate]], per_sentence: int, lead_extra: int
) -> None:
    """Keep the best candidate of `pool` while there is room, each kind counting a little
    less for every question of that kind already kept (a quiz of 13 "who is" questions
    tests less of the article than one that also asks its numbers and dates)."""
    kept = {id(c) for c in state.kept}
    remaining = [pair for pair in pool if id(pair[1]) not in kept]
    while remaining and len(state.kept) < state.config.max_questions:
        remaining.sort(key=lambda pair: (-state.worth(*pair), pair[1].question))
        for index, (_, candidate) in enumerate(remaining):
            # The lead sentence carries the most facts of a news report.
            lead = state.in_lead(candidate.fact)
            if state.offer(candidate, per_sentence + (lead_extra if lead else 0)):
                # What was refused before it stays refused: the kept set only grows.
                remaining = remaining[index + 1 :]
                break
        else:
            return


def gives_away(one: Candidate, other: Candidate) -> bool:
    """True when one of two questions on a sentence shows the other's answer: a true/false
    statement that restates the sentence holds the answer of a question on it."""
    return any(
        shown.type == "true_false"
        and contains_words(f"{shown.question} {shown.explanation}", asked.fact.answer)
        for shown, asked in ((one, other), (other, one))
    )


def figure_key(fact: Fact) -> tuple[float, str] | None:
    """A figure's value and what follows it ("two satellites" -> (2, "satellites")): two
    questions on one figure ask one fact twice. None for facts that are no figure."""
    if spec_of(fact).distractors != "other_numbers":
        return None
    figure = parse_figure(fact.answer)
    return None if figure is None else (figure.value, norm(figure.after))


class _Selection:
    """What has been kept so far, the keys that make a candidate a near-duplicate, and why
    each refused candidate was refused."""

    def __init__(self, config: GenerationConfig, in_lead: Callable[[Fact], bool]) -> None:
        self.config = config
        self.in_lead = in_lead
        self.kept: list[Candidate] = []
        self.reasons: dict[int, str] = {}
        self.pairs: set[tuple[str, str]] = set()
        self.answers: set[tuple[str, str]] = set()
        self.figures: set[tuple[float, str]] = set()
        #: The kept questions on a figure (a statement must not show their answers).
        self.figure_questions: list[Candidate] = []
        self.stems: set[str] = set()
        self.openers: dict[str, int] = {}
        self.by_sentence: dict[str, list[Candidate]] = {}
        self.kinds: dict[str, int] = {}
        self.fresh_trues = 0
        self.copies = 0

    def worth(self, score: float, candidate: Candidate) -> float:
        """`score` less the kind-repeat penalty for each kept question of the same kind."""
        return score - self.config.kind_repeat_penalty * self.kinds.get(candidate.fact.kind, 0)

    def offer(self, candidate: Candidate, max_per_sentence: int) -> bool:
        """Keep `candidate` (True) unless it repeats what is kept or its sentence is full."""
        reason = self._refusal(candidate, max_per_sentence)
        if reason:
            self.reasons[id(candidate)] = reason
            return False
        self.reasons.pop(id(candidate), None)
        fact = candidate.fact
        sentence = norm(fact.evidence)
        self.kept.append(candidate)
        self.pairs.add((sentence, norm(fact.answer)))
        self.by_sentence.setdefault(sentence, []).append(candidate)
        self.answers.add(_answer_key(fact))
        figure = figure_key(fact)
        if figure is not None:
            self.figures.add(figure)
            self.figure_questions.append(candidate)
        stem = norm(candidate.question)
        self.stems.add(stem)
        opener = _opener(candidate, stem)
        self.openers[opener] = self.openers.get(opener, 0) + 1
        self.kinds[fact.kind] = self.kinds.get(fact.kind, 0) + 1
        if candidate.type == "true_false" and candidate.answer is True:
            if candidate.copy:
                self.copies += 1
            else:
                self.fresh_trues += 1
        return True

    def _refusal(self, candidate: Candidate, max_per_sentence: int) -> str:
        fact = candidate.fact
        sentence = norm(fact.evidence)
        stem = norm(candidate.question)
        opener = _opener(candidate, stem)
        if (sentence, norm(fact.answer)) in self.pairs:
            return "duplicate: its sentence and answer are already asked"
        if stem in self.stems:
            return "duplicate: the same stem is already asked"
        if len(self.by_sentence.get(sentence, [])) >= max_per_sentence:
            return f"sentence full ({max_per_sentence} questions on it)"
        if any(gives_away(candidate, other) for other in self.by_sentence.get(sentence, [])):
            return "giveaway: it and another question on its sentence show each other's answer"
        figure = figure_key(fact)
        if figure is not None and figure in self.figures:
            return "duplicate: the same figure is already asked"
        if any(gives_away(candidate, other) for other in self.figure_questions):
            return "giveaway: it shows the figure another question asks"
        if any(_choices_cross(candidate, other) for other in self.kept):
            return "giveaway: its choices hold another question's key, or the other way round"
        if candidate.phrased and self.openers.get(opener, 0) >= self.config.max_per_opener:
            return f"too many stems open with {opener!r} (max_per_opener)"
        if _answer_key(fact) in self.answers and spec_of(fact).answer_once:
            return "duplicate: the same answer is already asked"
        if any(_same_key_and_choices(candidate, other) for other in self.kept):
            # "During which burn did a malfunction occur?" after "During which burn had an
            # anomaly occurred?": two sentences on one fact.
            return "duplicate: the same key and choices are already asked"
        # Copies may make up `copy_share` of the true statements: copies <= share * all.
        # The lead's claim is what the headline says, and is asked however it reads.
        share = self.config.copy_share
        allowed = share / (1 - share) * self.fresh_trues
        lead = self.in_lead(fact)
        if candidate.copy and candidate.answer is True and self.copies + 1 > allowed and not lead:
            return f"too many statements copy the article (copy_share={self.config.copy_share:.2f})"
        return ""


def _same_key_and_choices(one: Candidate, other: Candidate) -> bool:
    """True when two multiple-choice questions offer the same choices with the same key."""
    if one.type != "multiple_choice" or other.type != "multiple_choice":
        return False
    same_key = norm(str(one.answer)) == norm(str(other.answer))
    return same_key and {norm(c) for c in one.choices} == {norm(c) for c in other.choices}


def _choices_cross(one: Candidate, other: Candidate) -> bool:
    """True when one of two multiple-choice questions on figures or dates offers the
    other's key as a wrong choice ("September 24" among the choices of "... September
    29?" and the key of the question beside it): the pair gives away part of each other.
    (A speaker may say two things: "Who said" questions share their choices.)"""
    figures = ("other_numbers", "other_dates")
    if any(
        q.type != "multiple_choice" or spec_of(q.fact).distractors not in figures
        for q in (one, other)
    ):
        return False
    wrong = {norm(c) for c in one.choices} - {norm(str(one.answer))}
    other_wrong = {norm(c) for c in other.choices} - {norm(str(other.answer))}
    return norm(str(other.answer)) in wrong or norm(str(one.answer)) in other_wrong


def _answer_key(fact: Fact) -> tuple[str, str]:
    """The answer as compared with the kept ones: a person by surname ("Jaya Kumar" is
    "Kumar"), anything else by its words."""
    answer = name_key(fact.answer) if spec_of(fact).person else norm(fact.answer)
    return answer, fact.kind


def _opener(candidate: Candidate, stem: str) -> str:
    """How a stem opens, for variety: a question's wh-words ("when did": four "When did
    ..." questions on one article read as a drill), a statement's first three words."""
    words = stem.split()
    return " ".join(words[: 2 if candidate.type == "multiple_choice" else 3])
