"""End to end: the seeds yield the questions the issue lists; every devset question is
well formed (answer among distinct choices, evidence verbatim, no leak); output is
deterministic."""

from __future__ import annotations

import re

import pytest
from generate_support import DEVSET, SEEDS, pipeline

from quizgen.generate.pipeline import dedupe_across_articles, questions_for_article
from quizgen.generate.questions.distractors import norm
from quizgen.generate.read import read_article
from quizgen.model import Article, Question


def generate(paths: list) -> list[tuple[Article, list[Question]]]:
    articles = [read_article(p) for p in paths]
    nlp = pipeline()
    per = [questions_for_article(a, nlp(a.text)) for a in articles]
    return list(zip(articles, dedupe_across_articles(per), strict=True))


@pytest.fixture(scope="module")
def devset() -> list[tuple[Article, list[Question]]]:
    return generate(DEVSET)


@pytest.fixture(scope="module")
def seeds() -> list[tuple[Article, list[Question]]]:
    assert len(SEEDS) == 2
    return generate(SEEDS)


def every(result: list[tuple[Article, list[Question]]]) -> list[tuple[Article, Question]]:
    return [(article, q) for article, questions in result for q in questions]


def find(questions: list[Question], *words: str, answer: str | None = None) -> list[Question]:
    """Questions whose stem, answer or explanation mention all `words` (and, for multiple
    choice, whose answer is `answer` when given)."""
    found = []
    for q in questions:
        text = norm(" ".join([q.question, q.answer_text, q.explanation]))
        if all(norm(w) in text for w in words):
            if answer is None or q.answer == answer or (q.answer is True and answer == "true"):
                found.append(q)
    return found


def bank(result: list[tuple[Article, list[Question]]], index: int | None = None) -> list[Question]:
    if index is None:
        return [q for _, qs in result for q in qs]
    return result[index][1]


# --- the seeds -----------------------------------------------------------------------


def test_putin_call_length_in_both_reports(seeds) -> None:  # type: ignore[no-untyped-def]
    first = [q for q in bank(seeds, 0) if q.answer == "about an hour"]
    assert first and first[0].type == "multiple_choice"
    assert "how long" in first[0].question.lower() and "call" in first[0].question.lower()
    second = [q for q in bank(seeds, 1) if "hour-long" in q.answer_text + q.explanation]
    assert second


def test_who_took_part_in_the_call(seeds) -> None:  # type: ignore[no-untyped-def]
    questions = bank(seeds, 0)
    assert find(questions, "participated in the call", answer="Mike Pence") or find(
        questions, "Pence", "participated", "call"
    )
    for name in ("Stephen Bannon", "Reince Priebus", "Michael Flynn", "Sean Spicer"):
        assert find(questions, name, "call"), name
    assert find(questions, "Trump", "Putin")


def test_mccain_threat_to_codify_sanctions(seeds) -> None:  # type: ignore[no-untyped-def]
    found = find(bank(seeds, 0), "codify sanctions", "McCain")
    assert found


def test_merkel_call_lasted_45_minutes(seeds) -> None:  # type: ignore[no-untyped-def]
    found = [q for q in bank(seeds, 1) if "45-minute" in q.answer_text + q.explanation]
    assert found


def test_one_leader_of_a_list_is_never_the_answer(seeds) -> None:  # type: ignore[no-untyped-def]
    # "Trump spoke with Shinzo Abe, Malcolm Turnbull, Francois Hollande and Angela Merkel":
    # asking for one of them tests nothing.
    answers = {q.answer_text for q in bank(seeds)}
    assert not answers & {"Shinzo Abe", "Malcolm Turnbull", "Angela Merkel"}


def test_g20_invitation_hamburg_july(seeds) -> None:  # type: ignore[no-untyped-def]
    questions = bank(seeds, 0)
    assert find(questions, "summit", answer="Hamburg") or find(questions, "Hamburg", "summit")
    assert find(questions, "summit", "July")


def test_executive_order(seeds) -> None:  # type: ignore[no-untyped-def]
    questions = bank(seeds)
    assert find(questions, "90-day")
    assert find(questions, "seven", "Muslim-majority")
    assert find(questions, "refugee admissions")


def test_crimea_annexation_2014(seeds) -> None:  # type: ignore[no-untyped-def]
    found = find(bank(seeds, 0), "annexation", "Crimea", "2014")
    assert any(q.answer == "2014" or q.type == "true_false" for q in found)


def test_one_call_length_question_per_way_of_asking(seeds) -> None:  # type: ignore[no-untyped-def]
    stems = [q.question for q in bank(seeds) if q.type == "multiple_choice"]
    assert len(stems) == len(set(stems))


def test_ids_unique_across_the_seeds(seeds) -> None:  # type: ignore[no-untyped-def]
    ids = [q.id for q in bank(seeds)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", i) for i in ids)


# --- properties over the whole development set ------------------------------------------


def test_articles_get_at_most_15_questions_and_most_get_some(devset) -> None:  # type: ignore[no-untyped-def]
    # Never padded: an article gets the questions that can be made good, 15 at most.
    # (An article whose sentences all need their paragraph may get none.)
    for article, questions in devset:
        assert len(questions) <= 15, article.path
    # Floors against a collapse of the generator, not targets (it drops what is not good):
    # nearly two questions an article on average, and questions on most articles.
    assert sum(len(qs) for _, qs in devset) >= 1.8 * len(devset)
    assert sum(1 for _, qs in devset if qs) > len(devset) / 2


def test_multiple_choice_is_well_formed(devset) -> None:  # type: ignore[no-untyped-def]
    for _, q in every(devset):
        if q.type != "multiple_choice":
            continue
        assert 3 <= len(q.choices) <= 6, q.id
        assert q.answer in q.choices, q.id
        assert len({norm(c) for c in q.choices}) == len(q.choices), q.id
        answer = re.escape(norm(str(q.answer)))
        assert not re.search(rf"(?<!\w){answer}(?!\w)", norm(q.question)), q.id
        for choice in q.choices:
            if choice != q.answer:
                assert norm(choice) not in norm(q.evidence), (q.id, choice)


def test_evidence_is_verbatim(devset) -> None:  # type: ignore[no-untyped-def]
    for article, q in every(devset):
        assert q.evidence and q.evidence in article.text, q.id
        if q.type == "multiple_choice":
            # A speaker is asked by full name: the evidence may name them by surname.
            assert str(q.answer).split()[-1] in q.evidence, q.id


def test_true_false_is_balanced_and_never_verbatim_false(devset) -> None:  # type: ignore[no-untyped-def]
    tf = [q for _, q in every(devset) if q.type == "true_false"]
    assert tf
    share = sum(q.answer is True for q in tf) / len(tf)
    assert 0.4 <= share <= 0.6
    for q in tf:
        assert isinstance(q.answer, bool)
        if q.answer is False:
            assert norm(q.question).rstrip(".") not in norm(q.evidence), q.id
            assert q.explanation.startswith("False.")


def test_questions_are_drafts_with_tags_and_difficulty(devset) -> None:  # type: ignore[no-untyped-def]
    for _, q in every(devset):
        assert q.status == "draft" and q.tags and q.difficulty in ("easy", "medium", "hard")


def test_generation_is_deterministic(devset) -> None:  # type: ignore[no-untyped-def]
    again = generate(DEVSET[:3])
    assert [qs for _, qs in again] == [qs for _, qs in devset[:3]]


def test_no_question_is_asked_twice_with_two_answers(devset) -> None:  # type: ignore[no-untyped-def]
    for _, questions in devset:
        answers: dict[str, set[str]] = {}
        for q in questions:
            if q.type == "multiple_choice":
                answers.setdefault(norm(q.question), set()).add(norm(q.answer_text))
        assert all(len(a) == 1 for a in answers.values())


def test_stems_are_one_line(devset) -> None:  # type: ignore[no-untyped-def]
    assert all("\n" not in q.question and "  " not in q.question for _, q in every(devset))


def test_cross_article_dedupe_drops_the_same_question_asked_alike() -> None:
    def q(qid: str, stem: str, answer: str) -> Question:
        return Question(
            id=qid,
            type="multiple_choice",
            question=stem,
            answer=answer,
            choices=[answer, "x", "y"],
            explanation="",
            evidence="e",
            tags=["participants"],
        )

    first = [q("who-call", "Who took part in the call with Putin?", "Mike Pence")]
    second = [
        q("who-call", "Who took part in the phone call with Putin?", "Mike Pence"),
        q("who-call", "Who took part in the call with Putin?", "Michael Flynn"),
    ]
    kept = dedupe_across_articles([first, second])
    assert [x.answer for x in kept[1]] == ["Michael Flynn"]
    assert kept[1][0].id == "who-call-2"


GAME = [
    "The Los Angeles Lakers beat the Boston Celtics 102-89 on Thursday in Game 1 of the NBA "
    "Finals in Los Angeles.",
    "The Lakers led by 12 points at half time.",
    "Kobe Bryant had 15 points in the third quarter, and Pau Gasol added 9 points in the fourth.",
]


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        # A side figure: which quarter's points, whose game? Stated, not turned round.
        ("Lakers beat Celtics in Game 1 of NBA Finals", "true_false"),
        # The headline's own figure is asked.
        ("Kobe Bryant scores 15 points in third quarter", "multiple_choice"),
    ],
)
def test_a_side_figure_is_stated_and_the_headline_s_figure_asked(title: str, asked: str) -> None:
    article = Article(path="game.txt", title=title, paragraphs=GAME)
    questions = questions_for_article(article, pipeline()(article.text))
    (points,) = [q for q in questions if "third quarter" in q.question]
    assert points.type == asked
