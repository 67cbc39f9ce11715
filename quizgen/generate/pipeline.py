"""From a parsed article to ranked questions: facts -> candidates -> the best, with ids.

Pure: no file I/O. `doc` must be the pipeline's parse of `article.text`. Every decision
is recorded in a `Trace` when one is given (`quizgen generate --explain`).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from quizgen.generate.config import DEFAULT, GenerationConfig
from quizgen.generate.context import ArticleContext
from quizgen.generate.explain import Trace
from quizgen.generate.fact import Fact
from quizgen.generate.facts import extract_facts
from quizgen.generate.facts.common import entities_in
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions import Candidate, multiple_choice, true_false
from quizgen.generate.questions.acronyms import with_names_spelt_out
from quizgen.generate.questions.candidate import Refused, base_id, slugify
from quizgen.generate.questions.checks import dates_a_state, names_no_event, problem
from quizgen.generate.questions.clause import clause_verb, subject_of
from quizgen.generate.questions.definites import anchored
from quizgen.generate.questions.reparse import stem_problem
from quizgen.generate.questions.roles import with_role
from quizgen.generate.questions.text import norm
from quizgen.generate.questions.wording import typeset
from quizgen.generate.rank import gives_away, score_candidate, select
from quizgen.generate.vocabulary import HEDGE_STARTS, SINGLE_HEDGES, STEM_STOP_WORDS, TAG_LABELS
from quizgen.generate.worth import centrality, report_s_making, triviality
from quizgen.model import Article, Difficulty, Question


def questions_for_article(
    article: Article, doc: Doc, config: GenerationConfig = DEFAULT, trace: Trace | None = None
) -> list[Question]:
    """The best questions on `article` (fewer when the article is short).

    Difficulty rule: `easy` when the fact is in the lead (the first fifth of the article)
    or its answer is in the headline; `hard` when it is in the last third of the article,
    or is a number with a hedge ("about", "over"); `medium` otherwise.
    """
    trace = trace if trace is not None else Trace()
    facts = extract_facts(doc)
    ctx = ArticleContext(doc, config, facts, title=article.title, published=_published(article))
    trace.add_facts(doc, facts)
    total = max(len(doc), 1)
    scored: list[tuple[float, Candidate]] = []
    # Statements on figures alternate true and false among themselves: when only figures
    # were ever false, "a number means False" answered most statements.
    seen = {True: 0, False: 0}
    #: The lead's facts not worth asking: they may still carry the lead's claim.
    carriers: list[Fact] = []
    for fact in facts:
        trivial = _not_worth(ctx, fact)
        if trivial is not None:
            trace.attempt(fact, "worth", Refused(f"trivial: {trivial}"))
            if ctx.in_lead(fact) and not report_s_making(doc[fact.start].sent):
                carriers.append(fact)
            continue
        figure = spec_of(fact).distractors in ("other_numbers", "other_dates")
        candidate = _best_form(ctx, fact, trace, want_true=seen[figure] % 2 == 0)
        seen[figure] += 1
        if candidate is not None:
            central = centrality(doc, fact, article.title, ctx.in_lead_paragraph(fact))
            score = score_candidate(candidate, fact.start / total, config, central)
            scored.append((score, candidate))
    if not any(ctx.in_lead(candidate.fact) for _, candidate in scored):
        claim = _lead_carried(ctx, carriers, trace)
        if claim is not None:
            central = centrality(doc, claim.fact, article.title, in_lead=True)
            score = score_candidate(claim, claim.fact.start / total, config, central)
            scored.append((score, claim))
    chosen, reasons = select(scored, ctx.in_lead, config)
    for _, candidate in scored:
        if id(candidate) in reasons:
            trace.drop(candidate, reasons[id(candidate)])
    chosen = _mix_true_false(ctx, chosen, trace)
    return _finish(article, ctx, chosen, trace)


def _not_worth(ctx: ArticleContext, fact: Fact) -> str | None:
    """Why `fact` is not worth asking (`triviality`, or a year of the story's background),
    or None."""
    trivial = triviality(ctx.doc, fact, ctx.title)
    if trivial is None and spec_of(fact).distractors == "other_dates":
        # "When did U.S. troops leave Iraq?" in a report of a missile strike in 2020: a
        # blind grading of 26 such questions kept 4, and called the rest trivia.
        if ctx.of_the_story_s_past(fact):
            return "background: a year of the story's past"
    return trivial


def _lead_carried(ctx: ArticleContext, carriers: list[Fact], trace: Trace) -> Candidate | None:
    """The lead's claim stated true through one of its facts not worth asking ("On
    Tuesday, the New Zealand government announced ..." has only a weekday and the
    headline's place): a statement asks none of its facts, and blind gradings kept most
    lead statements unchanged. None when no fact of the lead carries a statement."""
    for fact in carriers:
        stated = _statement(ctx, fact, True, trace, copy_ok=True)
        if stated is not None:
            return stated
    return None


def _published(article: Article) -> datetime.date | None:
    """The article's date, or None when it has none (or not a valid one)."""
    try:
        return datetime.date.fromisoformat(article.date) if article.date else None
    except ValueError:
        return None


def _best_form(ctx: ArticleContext, fact: Fact, trace: Trace, want_true: bool) -> Candidate | None:
    """A multiple-choice question on `fact`, else a true/false statement (every other
    fallback statement is false, so both answers stay common; a true one that copies the
    article only when no false one can be made), else None."""
    question = _checked(ctx, fact, "multiple_choice", multiple_choice(ctx, fact), trace)
    if question is not None and _side_figure_turned_round(ctx, question):
        trace.drop(question, "a side figure asked by turning its sentence round: stated instead")
        question = None
    if question is not None:
        return question
    first = _statement(ctx, fact, want_true, trace, copy_ok=True)
    if first is not None and not (first.answer is True and first.copy):
        return first
    return _statement(ctx, fact, not want_true, trace, copy_ok=True) or first


#: A figure asked with its sentence turned round ("How many points did Kobe Bryant have in
#: the quarter?", "According to Ford, how many units ...?"). The stem is read, not the
#: kind's question word: a count may be asked "On which anniversary ...?".
TURNED_FIGURE = re.compile(r"^(?:According to .+?, )?how (?:many|long|much)\b", re.IGNORECASE)


def _side_figure_turned_round(ctx: ArticleContext, question: Candidate) -> bool:
    """True for a figure asked by turning round a sentence outside the lead paragraph that
    says little of the headline. Blind gradings kept about one in eight of these unchanged
    (the stem lacks which game, deal or count it means: "How many assists has Payet
    provided?"); of the lead's and the headline's figures most ("How long did the call
    last?"). Its statement keeps the sentence's own words."""
    if question.template != "wh.inverted" or ctx.in_lead_paragraph(question.fact):
        return False
    stem = question.question
    if not (stem.startswith("According to ") or TURNED_FIGURE.match(stem)):
        return False
    shared = centrality(ctx.doc, question.fact, ctx.title, in_lead=False)["headline"]
    return shared < ctx.config.turned_figure_headline_share and not _of_the_headline_s_subject(
        ctx, question.fact
    )


def _of_the_headline_s_subject(ctx: ArticleContext, fact: Fact) -> bool:
    """True when the clause of `fact` is about a thing the headline names ("the call
    lasted about an hour" under "Trump, Putin in first formal phone call ...")."""
    found = clause_verb(ctx.doc[fact.start : fact.end].root)
    subject = subject_of(found[0]) if found is not None else None
    # A thing, not a person or team: "How many changes did Bayern make?" is a side count
    # whoever the headline is about.
    return subject is not None and subject.pos_ == "NOUN" and subject.lower_ in ctx.title_words


def _statement(
    ctx: ArticleContext, fact: Fact, truth: bool, trace: Trace, copy_ok: bool = False
) -> Candidate | None:
    """A checked true/false statement of `fact`, recorded in the trace, or None. A
    statement that copies the article may stand for a fact no question fits (`copy_ok`;
    the ranker keeps few), never replace a question."""
    written = true_false(ctx, fact, truth)
    checked = _checked(ctx, fact, f"true_false({str(truth).lower()})", written, trace)
    if checked is not None and checked.copy and not copy_ok:
        trace.drop(checked, "a statement that copies the article cannot replace a question")
        return None
    return checked


def _checked(
    ctx: ArticleContext, fact: Fact, writer: str, written: Candidate | Refused, trace: Trace
) -> Candidate | None:
    """`written` when it passes the last checks, else None; recorded in the trace."""
    if isinstance(written, Candidate):
        written = anchored(ctx, written)
    if isinstance(written, Candidate):
        written = _typeset(_named_in_full(ctx, written))
    trace.attempt(fact, writer, written)
    if isinstance(written, Refused):
        return None
    reason = (
        problem(written, ctx.config, ctx.doc)
        or names_no_event(ctx.doc, written)
        or dates_a_state(ctx.doc, written)
    )
    if reason is None and ctx.parse is not None:
        reason = stem_problem(ctx.parse, ctx.doc, written)
    if reason is not None:
        trace.drop(written, f"check: {reason}")
        return None
    return written


def _named_in_full(ctx: ArticleContext, candidate: Candidate) -> Candidate:
    """`candidate` with the title of a person it names bare ("Tony Foster" -> "local mayor
    Tony Foster") and the name an acronym stands for ("the NHC" -> "the National Hurricane
    Center"): who or what they are is often said in another sentence."""
    key = candidate.answer if isinstance(candidate.answer, str) else ""
    keep = " ".join([key, *candidate.choices])
    return replace(
        candidate,
        question=with_names_spelt_out(ctx.doc, with_role(ctx.doc, candidate.question), keep),
        explanation=with_names_spelt_out(ctx.doc, with_role(ctx.doc, candidate.explanation), keep),
    )


def _typeset(candidate: Candidate) -> Candidate:
    """`candidate` with the spacing a printed question has ("58%", "six-member"), before
    the checks: they must judge what the learner will read."""
    answer = candidate.answer
    return replace(
        candidate,
        question=typeset(candidate.question),
        answer=typeset(answer) if isinstance(answer, str) else answer,
        choices=[typeset(choice) for choice in candidate.choices],
        explanation=typeset(candidate.explanation),
    )


def _mix_true_false(ctx: ArticleContext, chosen: list[Candidate], trace: Trace) -> list[Candidate]:
    """Turn every n-th question into true/false, alternating true and false answers so
    about half of the true/false questions are true."""
    out: list[Candidate] = []
    trues = sum(1 for c in chosen if c.type == "true_false" and c.answer is True)
    falses = 0
    every = ctx.config.true_false_every
    for k, candidate in enumerate(chosen):
        turn = every > 0 and k % every == every - 1
        if candidate.type == "multiple_choice" and turn:
            want_true = trues < falses
            replacement = _statement(ctx, candidate.fact, want_true, trace)
            if replacement is None and not want_true:
                replacement = _statement(ctx, candidate.fact, True, trace)
            # A statement on a sentence another question asks about must not give its
            # answer away.
            others = [
                c
                for c in chosen
                if c is not candidate and c.fact.evidence == candidate.fact.evidence
            ]
            if replacement is not None and any(gives_away(replacement, o) for o in others):
                trace.drop(replacement, "giveaway: it shows the answer of another question")
            elif replacement is not None:
                trace.drop(candidate, "replaced by a true/false statement (the quiz mixes types)")
                candidate = replacement
                if candidate.answer is True:
                    trues += 1
                else:
                    falses += 1
        out.append(candidate)
    return _balance(ctx, out, trace)


def _balance(ctx: ArticleContext, chosen: list[Candidate], trace: Trace) -> list[Candidate]:
    """Turn statements of the commoner key into the other one (one thing changed, or the
    true version said another way) while one key outnumbers the other by more than one
    (or by one, for the key that is not this article's odd one); a statement with no other
    version is left out instead (a learner who sees that most statements are true answers
    "true"). The weakest statements go first, a copy of the article counting as weaker
    (`GenerationConfig.copy_balance_penalty`); all are converted before any is left out,
    so a strong lead statement is kept."""
    keys = _KeyCount.of(chosen, odd_one=_odd_key(ctx, chosen, trace))
    order = _weakest_first(ctx, chosen)
    out: list[Candidate | None] = list(chosen)
    for k in order:
        candidate = chosen[k]
        if keys.surplus(candidate):
            other = _other_key(ctx, candidate, chosen, trace)
            if other is not None:
                trace.drop(candidate, "replaced by its other version (true/false balance)")
                keys.turn(bool(candidate.answer))
                out[k] = other
    for k in order:
        candidate = chosen[k]
        # The headline's claim stays: another statement of its key goes first.
        lead = _lead_claim(ctx, candidate, chosen)
        if out[k] is candidate and keys.surplus(candidate) and not lead:
            trace.drop(candidate, "true/false balance: no statement of the other key")
            keys.count[bool(candidate.answer)] -= 1
            out[k] = None
    return [c for c in out if c is not None]


def _other_key(
    ctx: ArticleContext, candidate: Candidate, chosen: list[Candidate], trace: Trace
) -> Candidate | None:
    """A statement of the other key on `candidate`'s sentence: of its own fact, else of
    another fact of the sentence that no chosen question asks ("A fire in Delhi killed 17
    people": a lead claim of a place with no false version is made false by its count).
    Without it, the headline's claims were true four times in five."""
    key = not candidate.answer
    other = _statement(ctx, candidate.fact, key, trace)
    if other is not None:
        return other
    sentence = ctx.doc[candidate.fact.start].sent
    asked = {c.fact for c in chosen}
    for fact in ctx.facts:
        on_it = sentence.start <= fact.start < sentence.end
        if on_it and fact not in asked and triviality(ctx.doc, fact, ctx.title) is None:
            other = _statement(ctx, fact, key, trace)
            if other is not None:
                return other
    return None


@dataclass
class _KeyCount:
    """How many statements of each key an article has, and which key may have one more."""

    count: dict[bool, int]
    odd_one: bool

    @classmethod
    def of(cls, chosen: list[Candidate], odd_one: bool) -> _KeyCount:
        keys = [c.answer for c in chosen if c.type == "true_false"]
        return cls({True: keys.count(True), False: keys.count(False)}, odd_one)

    def surplus(self, candidate: Candidate) -> bool:
        """True when `candidate` is a statement of a key that has too many."""
        key = candidate.answer
        if candidate.type != "true_false" or not isinstance(key, bool):
            return False
        return self.count[key] - self.count[not key] > (1 if key is self.odd_one else 0)

    def turn(self, key: bool) -> None:
        self.count[key] -= 1
        self.count[not key] += 1


def _odd_key(ctx: ArticleContext, chosen: list[Candidate], trace: Trace) -> bool:
    """The key that may have one statement more: true only when the headline's claim is
    stated true, has no false version (so it is kept) and is the article's only true
    statement, else false. Statements are easier to write true, and the kept lead claims
    already tip many articles to true (130 of 505 held-out articles have that one
    statement alone): a learner who sees that most statements are true learns to answer
    "true"."""
    trues = [c for c in chosen if c.type == "true_false" and c.answer is True]
    return len(trues) == 1 and any(
        _lead_claim(ctx, c, chosen) and _other_key(ctx, c, chosen, trace) is None for c in trues
    )


def _weakest_first(ctx: ArticleContext, chosen: list[Candidate]) -> list[int]:
    """Positions of `chosen`, weakest first (a copy of the article counts as weaker)."""
    penalty = ctx.config.copy_balance_penalty

    def strength(k: int) -> float:
        return sum(chosen[k].score_parts.values()) - (penalty if chosen[k].copy else 0.0)

    return sorted(range(len(chosen)), key=strength)


def _lead_claim(ctx: ArticleContext, candidate: Candidate, chosen: list[Candidate]) -> bool:
    """A true statement of the article's first sentence (what the headline says), kept
    however the keys fall; not a copy of the article beside other questions (a copy
    teaches reading, not the story, and true copies tipped banks to "true")."""
    statement = candidate.type == "true_false" and candidate.answer is True
    alone = all(c is candidate or c.type == "true_false" for c in chosen)
    return statement and ctx.in_lead(candidate.fact) and (alone or not candidate.copy)


def _finish(
    article: Article, ctx: ArticleContext, chosen: list[Candidate], trace: Trace
) -> list[Question]:
    """Questions in article order with unique ids, tags, difficulty and evidence."""
    doc = ctx.doc
    chosen = sorted(chosen, key=lambda c: (c.fact.start, c.type, c.question))
    used: set[str] = set()
    total = max(len(doc), 1)
    questions = []
    for candidate in chosen:
        qid = unique_id(base_id(candidate), used)
        fact = candidate.fact
        question = Question(
            id=qid,
            type="multiple_choice" if candidate.type == "multiple_choice" else "true_false",
            question=candidate.question,
            answer=candidate.answer,
            choices=candidate.choices,
            explanation=candidate.explanation,
            evidence=fact.evidence,
            tags=tags_for(doc, fact),
            difficulty=difficulty_of(article, fact, fact.start / total, ctx.config),
            status="draft",
        )
        trace.ask(candidate, question)
        questions.append(question)
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
    for ent in entities_in(sent):
        if ent.label_ not in TAG_LABELS:
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


def difficulty_of(
    article: Article, fact: Fact, position: float, config: GenerationConfig = DEFAULT
) -> Difficulty:
    """easy / medium / hard by the rule in `questions_for_article`'s docstring."""
    if position < config.easy_before or norm(fact.answer) in norm(article.title):
        return "easy"
    words = norm(fact.answer).split()
    hedged = spec_of(fact).hedged and (
        bool(words) and words[0] in SINGLE_HEDGES or tuple(words[:2]) in HEDGE_STARTS
    )
    if position > config.hard_after or hedged:
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
    return frozenset(w for w in words if w not in STEM_STOP_WORDS)
