"""The fact-kind registry is the only place that knows kinds; the config is frozen."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import get_args

import pytest
from generate_support import SEEDS, fact_with, mc, pipeline, tf

from quizgen.generate.config import GenerationConfig
from quizgen.generate.fact import FactKind
from quizgen.generate.kinds import KINDS, UnknownKindError, spec_of
from quizgen.generate.pipeline import questions_for_article
from quizgen.generate.read import read_article

GENERATE = Path(__file__).parent.parent / "quizgen" / "generate"


def test_every_fact_kind_has_exactly_one_spec() -> None:
    assert set(KINDS) == set(get_args(FactKind))
    assert all(spec.kind == name for name, spec in KINDS.items())


def test_an_unknown_kind_is_an_error_not_a_default() -> None:
    with pytest.raises(UnknownKindError, match="kinds.py"):
        spec_of("weekday")


def _kind_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kinds = set(KINDS)
    return [
        f"{path.name}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in kinds
    ]


def test_no_kind_is_named_outside_the_registry_and_the_extractors() -> None:
    # The extractors (facts/) say which kind they found; everything after them reads the
    # kind's spec. "date" and "place" are English words too, so docstrings are skipped
    # by looking only at string constants that are a kind name exactly.
    modules = [*GENERATE.glob("questions/*.py"), GENERATE / "rank.py", GENERATE / "pipeline.py"]
    found = [hit for path in modules for hit in _kind_literals(path)]
    assert found == []


def test_the_config_is_frozen_and_its_limits_apply() -> None:
    config = GenerationConfig(max_questions=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_questions = 9  # type: ignore[misc]
    article = read_article(str(SEEDS[0]))
    doc = pipeline()(article.text)
    assert len(questions_for_article(article, doc)) > 2
    # At most the limit: the true/false balance may then leave out a copied statement.
    assert 1 <= len(questions_for_article(article, doc, config)) <= 2


def test_the_config_sets_difficulty_by_position() -> None:
    article = read_article(str(SEEDS[0]))
    doc = pipeline()(article.text)
    # Everything counts as the lead with easy_before=1; nothing is easy by position with 0
    # (only an answer in the headline still is).
    all_lead = questions_for_article(article, doc, GenerationConfig(easy_before=1.0))
    assert {q.difficulty for q in all_lead} == {"easy"}
    no_lead = questions_for_article(article, doc, GenerationConfig(easy_before=0.0))
    assert any(q.difficulty != "easy" for q in no_lead)


def test_people_and_places_are_stated_not_asked_with_choices() -> None:
    text = (
        "Donald Trump accepted an invitation from Angela Merkel to a summit in Hamburg. "
        "Emmanuel Macron went to Berlin and Munich."
    )
    for answer in ("Donald Trump", "Hamburg"):
        doc, fact = fact_with(text, answer)
        assert spec_of(fact).stem == "clause" and mc(doc, fact) is None
        assert tf(doc, fact, True) is not None


def test_a_quote_is_asked_who_said_it_with_other_speakers_as_choices() -> None:
    # "Who said ...?" of a speaker of the lead, with the article's other speakers as
    # choices, was kept unchanged in blind gradings; the quote restated true or false
    # was mostly not.
    from quizgen.model import Article

    paragraphs = [
        "The city council of Springfield voted on Tuesday to close the old river bridge, as"
        " Mayor Anna Berg asked.",
        '"The bridge is no longer safe for heavy trucks," said Mayor Anna Berg.',
        'Council member Tom Hale said: "We should have repaired the bridge years ago."',
        'Engineer Maria Lopez said the repairs would take two years. "Every month counts," '
        "she added.",
        "Shop owner Peter Novak said he feared for his business.",
    ]
    article = Article(path="bridge.txt", title="Springfield closes bridge", paragraphs=paragraphs)
    doc = pipeline()(article.text)
    asked = {q.question: q for q in questions_for_article(article, doc)}
    question = asked["Who said: “The bridge is no longer safe for heavy trucks”?"]
    assert question.type == "multiple_choice" and question.answer == "Anna Berg"
    assert set(question.choices) == {"Anna Berg", "Tom Hale", "Maria Lopez", "Peter Novak"}
    # The question mark ends the quotation, not its full stop; a side speaker's remark is
    # not asked.
    assert "Who said: “We should have repaired the bridge years ago”?" not in asked
