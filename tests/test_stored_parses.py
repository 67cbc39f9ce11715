"""The stored parses and questions are current and stand for what is made now."""

from __future__ import annotations

from generate_support import FRESH, pipeline
from golden_outputs import stored_article_texts
from stored_outputs import RUNS, generate, generated_now, is_current
from stored_parses import parsed, stored_texts, text_key

from quizgen.generate.pipeline import questions_for_article
from quizgen.generate.read import read_article


def test_stored_parses_are_current() -> None:
    missing = [t[:60] for t in stored_article_texts() if text_key(t) not in stored_texts()]
    assert not missing, f"{len(missing)} articles have no current stored parse; run `make golden`"


def test_a_stored_parse_asks_what_a_parse_made_now_asks() -> None:
    # Every seventieth held-out article, parsed now and taken from the store.
    articles = [read_article(str(path)) for path in FRESH[::70]]
    stored = parsed([a.text for a in articles])
    made_now = list(pipeline().pipe(a.text for a in articles))
    for article, doc, now in zip(articles, stored, made_now, strict=True):
        assert doc.to_json() == now.to_json(), article.path
        asked = [q.question for q in questions_for_article(article, doc)]
        assert asked == [q.question for q in questions_for_article(article, now)], article.path


def test_stored_outputs_are_current() -> None:
    assert is_current(), "the stored questions are not the generator's now; run `make golden`"


def test_a_stored_run_is_what_the_generator_makes_now() -> None:
    devset = RUNS[0]
    assert generate(devset) == generated_now(devset)
