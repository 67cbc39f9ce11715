"""Question wording: wh-questions, blanks, true/false statements, ids and order."""

from __future__ import annotations

from generate_support import fact_with

from quizgen.generate.questions import multiple_choice, true_false
from quizgen.generate.questions.distractors import norm
from quizgen.generate.questions.wh import phrase_question


def question_for(text: str, answer: str) -> str:
    doc, fact = fact_with(text, answer)
    phrasing = phrase_question(doc, fact)
    assert phrasing is not None
    return phrasing.question


def test_attributed_duration_question() -> None:
    text = "The White House said the call lasted about an hour."
    assert question_for(text, "about an hour") == (
        "According to The White House, how long did the call last?"
    )


def test_count_question_keeps_the_noun_and_auxiliary() -> None:
    text = "Microsoft has replaced it with three newer versions."
    assert question_for(text, "three") == "How many newer versions has Microsoft replaced it with?"


def test_subject_person_question() -> None:
    text = "Swedish captain Andreas Granqvist scored from the penalty spot, putting Sweden ahead."
    question = question_for(text, "Andreas Granqvist")
    assert question.startswith("Who scored from the penalty spot")
    assert "Granqvist" not in question


def test_place_question_moves_the_preposition() -> None:
    text = "In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium."
    assert question_for(text, "the Nizhny Novgorod Stadium") == (
        "Where did Sweden face South Korea in the first game of the day?"
    )


def test_ordinal_question_asks_which() -> None:
    text = "In the 62nd minute Kim Min-Woo conceded a penalty which the referee awarded Sweden."
    assert question_for(text, "62nd minute") == (
        "In which minute did Kim Min-Woo concede a penalty which the referee awarded Sweden?"
    )


def test_relative_duration_question() -> None:
    text = "Six minutes later, Lukaku scored a third goal for Belgium."
    question = question_for(text, "Six minutes later")
    assert question.startswith("How many minutes later did Lukaku score a third goal")


def test_multiple_choice_has_the_answer_once_and_no_leak() -> None:
    doc, fact = fact_with("The White House said the call lasted about an hour.", "about an hour")
    candidate = multiple_choice(doc, fact)
    assert candidate is not None
    assert candidate.choices.count("about an hour") == 1
    assert len(candidate.choices) == 4
    assert "hour" not in candidate.question


def test_answer_position_varies_between_questions() -> None:
    texts = [
        ("The White House said the call lasted about an hour.", "about an hour"),
        ("Microsoft has replaced it with three newer versions.", "three"),
        ("IE's various versions accounted for 70 percent of the market in 2009.", "70 percent"),
        ("Fishermen rescued over 700 asylum seekers whose boat sank.", "over 700"),
        ("Five Panamanian players were booked in the match.", "Five"),
        ("Estimates suggest 8000 migrants may be currently at sea in the region.", "8000"),
    ]
    positions = set()
    for text, answer in texts:
        doc, fact = fact_with(text, answer)
        candidate = multiple_choice(doc, fact)
        assert candidate is not None
        positions.add(candidate.choices.index(answer))
    assert len(positions) >= 2


def test_false_statement_changes_exactly_the_answer() -> None:
    doc, fact = fact_with("The White House said the call lasted about an hour.", "about an hour")
    true = true_false(doc, fact, truth=True)
    false = true_false(doc, fact, truth=False)
    assert true is not None and false is not None
    assert true.question == "According to The White House, the call lasted about an hour."
    assert false.question.startswith("According to The White House, the call lasted about ")
    assert false.question != true.question
    assert norm(false.question).rstrip(".") not in norm(fact.evidence)
    assert true.question in false.explanation  # the explanation states the truth


def test_quote_true_false_swaps_the_speaker() -> None:
    text = (
        "Barack Obama spoke first. “If he does not, I will work with my colleagues to codify "
        "sanctions against Russia into law,” Senator John McCain said."
    )
    doc, fact = fact_with(text, "John McCain")
    false = true_false(doc, fact, truth=False)
    assert false is not None
    assert "Barack Obama said" in false.question and "codify sanctions" in false.question
