"""'Who ...?' among the story's people and 'Where ...?' among places like the answer: asked
of one deed done by one person or in one place, refused where a blind grading marked
such questions down."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from generate_support import parse

from quizgen.generate.context import ArticleContext
from quizgen.generate.facts import extract_facts
from quizgen.generate.questions import multiple_choice
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.generate.questions.checks import problem
from quizgen.generate.questions.who_where import gives_away_by_country

#: The minister's deed, asked "Who ...?".
VISIT = "Health Minister Ana Lopez visited survivors in Samarinda General Hospital."
#: Four people with roles, each with a deed or a remark of their own.
PEOPLE = (
    "Governor Tom Reed said the bridge had been inspected in May. Police chief John Cole"
    " said divers were still searching the river. Engineer Mary Kent said the cables had"
    " rusted."
)


def asked(lead: str, answer: str, title: str = "Bridge collapses in Borneo") -> Candidate | Refused:
    """The multiple-choice question on the fact `answer` of an article opening on `lead`."""
    doc = parse(f"A bridge collapsed on Saturday, killing twenty people.\n\n{lead}\n\n{PEOPLE}")
    published = datetime.date(2019, 6, 1)
    ctx = ArticleContext(doc, facts=extract_facts(doc), title=title, published=published)
    fact = next(f for f in ctx.facts if f.answer == answer and f.kind == "person_role")
    return multiple_choice(ctx, fact)


def test_who_did_a_deed_is_asked_among_the_story_s_people() -> None:
    question = asked(VISIT, "Ana Lopez")
    assert isinstance(question, Candidate)
    assert question.question == "Who visited survivors in Samarinda General Hospital?"
    assert question.answer == "Ana Lopez"
    assert sorted(question.choices) == ["Ana Lopez", "John Cole", "Mary Kent", "Tom Reed"]


@pytest.mark.parametrize(
    ("lead", "answer", "reason"),
    [
        (
            "Health Minister Ana Lopez also visited survivors in Samarinda General Hospital.",
            "Ana Lopez",
            "a deed others share",
        ),
        (
            "Health Minister Ana Lopez and Mayor Sam Hill visited survivors in Samarinda.",
            "Ana Lopez",
            "one name of a pair",
        ),
        ("Health Minister Ana Lopez is from Samarinda.", "Ana Lopez", "a state, not a deed"),
        (
            "Survivors whom Health Minister Ana Lopez visited were moved to the city hospital.",
            "Ana Lopez",
            "side clause",
        ),
        (
            "Health Minister Ana Lopez visited survivors: she promised them free treatment.",
            "Ana Lopez",
            "semicolon or a colon",
        ),
        (
            "Health Minister Ana Lopez described the collapse to the BBC.",
            "Ana Lopez",
            "a remark whose words the stem does not give",
        ),
    ],
)
def test_who_is_not_asked_of_a_shared_deed_a_state_or_a_side_clause(
    lead: str, answer: str, reason: str
) -> None:
    refused = asked(lead, answer)
    assert isinstance(refused, Refused)
    assert reason in refused.reason


def test_who_is_not_asked_of_the_person_the_headline_names() -> None:
    refused = asked(VISIT, "Ana Lopez", title="Lopez visits bridge survivors")
    assert isinstance(refused, Refused)
    assert "headline" in refused.reason


def test_the_story_s_reporter_is_no_wrong_choice() -> None:
    question = asked(f"{VISIT} Wikinews reporter Paul Stone said the ward was full.", "Ana Lopez")
    assert isinstance(question, Candidate)
    assert "Paul Stone" not in question.choices


def test_a_stem_that_names_a_wrong_choice_is_rejected() -> None:
    question = asked(VISIT, "Ana Lopez")
    assert isinstance(question, Candidate)
    assert problem(question) is None
    named = replace(question, question="Who visited survivors with Reed?")
    assert problem(named) == "the stem names a wrong choice"


def test_where_a_past_event_happened_is_asked_among_cities_of_its_province() -> None:
    doc = parse(
        "Researchers say the new virus may have infected thousands.\n\n"
        "The SARS-like virus first appeared in December in Wuhan, China."
    )
    ctx = ArticleContext(doc, facts=extract_facts(doc), title="Study: virus infected thousands")
    fact = next(f for f in ctx.facts if f.kind == "place" and f.answer.startswith("Wuhan"))
    question = multiple_choice(ctx, fact)
    assert isinstance(question, Candidate)
    assert question.question.startswith("Where did the SARS-like virus")
    assert question.answer == "Wuhan, China"
    assert len(question.choices) == 4
    assert all(choice.endswith(", China") for choice in question.choices)


def test_who_is_not_asked_of_a_bare_meeting_nor_of_the_story_s_past() -> None:
    met = asked("Health Minister Ana Lopez met with Governor Tom Reed.", "Ana Lopez")
    assert isinstance(met, Refused)
    assert "a bare meeting" in met.reason
    past = asked("In 2011, Health Minister Ana Lopez opened the bridge.", "Ana Lopez")
    assert isinstance(past, Refused)
    assert "story's past" in past.reason


def test_the_dead_are_no_wrong_choice_of_a_deed_of_the_living() -> None:
    question = asked(
        f"{VISIT} Mayor Paul Stone was announced to have died in the collapse.", "Ana Lopez"
    )
    assert isinstance(question, Candidate)
    assert "Paul Stone" not in question.choices


def test_a_person_named_by_surname_is_asked_with_full_names() -> None:
    lead = "Health Minister Ana Lopez arrived on Sunday. Minister Lopez thanked the rescuers."
    question = asked(lead, "Lopez")
    assert isinstance(question, Candidate)
    assert question.answer == "Ana Lopez"
    assert all(len(choice.split()) == 2 for choice in question.choices)


def test_a_stem_that_names_the_country_of_the_answer_s_role_alone_is_a_giveaway() -> None:
    lead = "Polish foreign minister Jan Nowak visited survivors in Samarinda General Hospital."
    stem = "Who said the bridge harmed Polish interests?"
    text = parse(f"{lead}\n\n{PEOPLE}")
    assert gives_away_by_country(text, stem, "Jan Nowak", ["Tom Reed", "John Cole", "Mary Kent"])
    assert not gives_away_by_country(
        text, "Who said the bridge had rusted?", "Jan Nowak", ["Tom Reed", "John Cole"]
    )


@pytest.mark.parametrize(
    ("lead", "pointer"),
    [
        ("Health Minister Ana Lopez visited the injured in Samarinda General Hospital.", "injured"),
        (
            "A bridge committee met on Monday. Health Minister Ana Lopez thanked the"
            " committee's members.",
            "committee",
        ),
    ],
)
def test_who_is_not_asked_of_a_clause_that_points_back(lead: str, pointer: str) -> None:
    refused = asked(lead, "Ana Lopez")
    assert isinstance(refused, Refused)
    assert f"'the {pointer}' points back" in refused.reason
