"""Provenance: why each question was asked and why every other candidate was not.

The pipeline fills a `Trace` per article as it works; `records` turns it into plain
mappings (one per fact and one per candidate or refusal), which `quizgen generate
--explain FILE` writes as JSON lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quizgen.generate.fact import Fact
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.model import Article, Question

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Attempt:
    """One try at a question on a fact: the candidate written, or why none was."""

    fact: int
    #: "multiple_choice", "true_false(true)" or "true_false(false)".
    writer: str
    candidate: Candidate | None = None
    #: Why it was not asked ("" while it still may be).
    reason: str = ""
    #: The question it became, when asked (its final id may change across articles).
    question: Question | None = None


@dataclass
class Trace:
    """Everything the generator found and decided for one article."""

    #: How the article was read: reader, date, author, site, URL (see `describe`).
    article: dict[str, str] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    #: id(fact) -> its index in `facts`; id(candidate) -> its attempt.
    _fact_index: dict[int, int] = field(default_factory=dict)
    _by_candidate: dict[int, Attempt] = field(default_factory=dict)

    def add_facts(self, doc: Doc, facts: list[Fact]) -> None:
        """Record each fact: kind, rule, answer, character span, sentence."""
        for index, fact in enumerate(facts):
            self._fact_index[id(fact)] = index
            span = doc[fact.start : fact.end]
            self.facts.append(
                {
                    "record": "fact",
                    "fact": index,
                    "kind": fact.kind,
                    "rule": fact.rule,
                    "answer": fact.answer,
                    "span": [span.start_char, span.end_char],
                    "source": fact.source,
                    "sentence": fact.evidence,
                }
            )

    def attempt(self, fact: Fact, writer: str, outcome: Candidate | Refused) -> None:
        """Record a writer's result on `fact`: a candidate, or the reason it wrote none."""
        index = self._fact_index[id(fact)]
        if isinstance(outcome, Refused):
            self.attempts.append(Attempt(index, writer, reason=f"not written: {outcome.reason}"))
            return
        entry = Attempt(index, writer, candidate=outcome)
        self.attempts.append(entry)
        self._by_candidate[id(outcome)] = entry

    def drop(self, candidate: Candidate, reason: str) -> None:
        """Mark `candidate` as not asked, for `reason` (the first reason wins)."""
        entry = self._by_candidate[id(candidate)]
        if not entry.reason:
            entry.reason = reason

    def ask(self, candidate: Candidate, question: Question) -> None:
        """Mark `candidate` as asked, as `question`."""
        entry = self._by_candidate[id(candidate)]
        entry.question = question
        entry.reason = ""

    def records(self, article: str, kept: list[Question]) -> list[dict[str, Any]]:
        """Plain mappings for the article: its facts, then every attempt with its outcome.
        `kept` are the article's questions after the cross-article dedupe."""
        survivors = {id(q) for q in kept}
        out = [{"article": article, "record": "article", **self.article}] if self.article else []
        out += [{"article": article, **fact} for fact in self.facts]
        for entry in self.attempts:
            out.append({"article": article, **_attempt_record(entry, survivors, self.facts)})
        return out


def describe(article: Article) -> dict[str, str]:
    """How `article` was read, for the trace: the web page reader that found its text
    (or "text" for text and Markdown files), and the metadata found with it."""
    return {
        "reader": article.reader or "text",
        "title": article.title,
        "date": article.date,
        "author": article.author,
        "site": article.site,
        "url": article.url,
    }


def _attempt_record(
    entry: Attempt, survivors: set[int], facts: list[dict[str, Any]]
) -> dict[str, Any]:
    fact = facts[entry.fact]
    record: dict[str, Any] = {
        "record": "candidate",
        "fact": entry.fact,
        "kind": fact["kind"],
        "rule": fact["rule"],
        "writer": entry.writer,
    }
    candidate = entry.candidate
    if candidate is not None:
        record |= {
            "template": candidate.template,
            "copy": candidate.copy,
            "type": candidate.type,
            "question": candidate.question,
            "answer": candidate.answer,
            "choices": list(candidate.choices),
            "score": round(sum(candidate.score_parts.values()), 3),
            "score_parts": {k: round(v, 3) for k, v in candidate.score_parts.items()},
        }
    if entry.question is not None and id(entry.question) in survivors:
        record |= {"outcome": "asked", "id": entry.question.id}
    elif entry.question is not None:
        record |= {"outcome": "dropped", "reason": "another article already asks it"}
    else:
        record |= {"outcome": "dropped", "reason": entry.reason or "not chosen"}
    return record
