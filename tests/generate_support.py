"""Shared by the generator's tests: one spaCy pipeline per test session, small helpers."""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts import extract_facts
from quizgen.generate.nlp import load_pipeline
from quizgen.generate.questions import Candidate, multiple_choice, true_false
from quizgen.generate.questions.candidate import Refused

DATA = Path(__file__).parent / "data" / "generate"
DEVSET = sorted((DATA / "devset").glob("*.txt"))
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
FRESH_DIR = Path(__file__).parent / "data" / "articles" / "fresh"
#: The held-out articles (see their README).
FRESH = sorted(FRESH_DIR.glob("*.txt"))


@cache
def pipeline() -> Language:
    """The default pipeline, loaded once however many test modules ask for it."""
    return load_pipeline()


def parse(text: str) -> Doc:
    """`text` parsed by the shared pipeline."""
    return pipeline()(text)


def facts_of(text: str, kind: str | None = None) -> list[Fact]:
    """The facts found in `text` (of one kind when given)."""
    found = extract_facts(parse(text))
    return [f for f in found if kind is None or f.kind == kind]


def fact_with(text: str, answer: str) -> tuple[Doc, Fact]:
    """The parsed `text` and its fact whose answer is `answer` (fails when there is none)."""
    doc = parse(text)
    for fact in extract_facts(doc):
        if fact.answer == answer:
            return doc, fact
    raise AssertionError(f"no fact {answer!r} in {[f.answer for f in extract_facts(doc)]}")


def quote_fact(text: str) -> tuple[Doc, Fact]:
    """The parsed `text` and its first quotation's speaker fact."""
    doc = parse(text)
    return doc, next(f for f in extract_facts(doc) if f.kind == "quote")


def context(doc: Doc) -> ArticleContext:
    """The question writers' view of `doc`, with its facts (as the pipeline builds it)."""
    return ArticleContext(doc, facts=extract_facts(doc))


def mc(doc: Doc, fact: Fact) -> Candidate | None:
    """The multiple-choice question on `fact`, or None when the writer refused."""
    written = multiple_choice(context(doc), fact)
    return None if isinstance(written, Refused) else written


def tf(doc: Doc, fact: Fact, truth: bool) -> Candidate | None:
    """The true (or false) statement of `fact`, or None when the writer refused."""
    written = true_false(context(doc), fact, truth)
    return None if isinstance(written, Refused) else written


def statements(doc: Doc, fact: Fact) -> list[str]:
    """The true and the false statement of `fact` that the writer makes (none refused)."""
    written = (tf(doc, fact, truth) for truth in (True, False))
    return [candidate.question for candidate in written if candidate is not None]


def dated_context(text: str, published: datetime.date, title: str = "") -> ArticleContext:
    """The question writers' view of `text` in an article published on `published` (and
    headlined `title`)."""
    doc = parse(text)
    return ArticleContext(doc, facts=extract_facts(doc), title=title, published=published)
