"""Reading a written question again: garbled rewrites are refused, good ones pass."""

from __future__ import annotations

import pytest
from generate_support import fact_with, parse, pipeline, statements

from quizgen.generate.nlp import pipeline_of
from quizgen.generate.questions import Candidate
from quizgen.generate.questions.reparse import stem_problem

SENTENCE = "Officials said 29 people died in Nyanza Province and the BBC reported the claims."


def asked(
    stem: str, template: str = "wh.inverted", answer: str = "29", sentence: str = SENTENCE
) -> str | None:
    """Why the stem `stem`, asked on the fact `answer` of `sentence`, reads as garbled."""
    doc, fact = fact_with(sentence, answer)
    candidate = Candidate(fact, "multiple_choice", stem, answer, [], "", True, template)
    return stem_problem(pipeline(), doc, candidate)


@pytest.mark.parametrize(
    ("stem", "reason"),
    [
        ("How many quake was followed by a quake measuring 8.2?", "how many"),
        ("How many to 92 has the Parliament of Finland voted?", "how many"),
        ("How many perhaps planets did scientists identify with Kepler?", "how many"),
        ("What percentage richest of women average around 1.5 total children?", "percentage"),
        (
            "What percentage were the mortality rates for ZMapp, 53% for remdesivir?",
            "still filled",
        ),
        ("Since when did Catherine Grove's parents be in Wells?", "'did' with 'be'"),
        (
            "According to Agence France-Presse, how many people dead in Nyanza Province have "
            "officials reported 12 in North Eastern Province?",
            "still filled",
        ),
        (
            "At which end did Roger Federer, who has been a critic of the technology snap?",
            "never closed",
        ),
        ("When did the BBC report?", "lost its object"),
        ("How long is even if forgiven now?", "no subject"),
        ("When did UpGuard send reportedly an email to the firm?", "hedge"),
        ("How many towns declared a state of calamity reportedly?", "hedge"),
        ("When did UpGuard email reportedly Amazon Web Services?", "hedge"),
        (
            "According to Merkel's spokesman, Steffen Seibert, who had reminded Trump, "
            "who has been a critic of the technology snap?",
            "never closed",
        ),
    ],
)
def test_garbled_stems_are_refused(stem: str, reason: str) -> None:
    problem = asked(stem)
    assert problem is not None and reason in problem


ITALY = "Italy was eliminated in 2010 after Brazil in 1966."


@pytest.mark.parametrize(
    ("sentence", "answer", "stem", "reason"),
    [
        (
            "About 160,000 people fled in the worst nuclear disaster since 1986.",
            "1986",
            "Since when did about 160,000 people flee in the worst nuclear disaster?",
            "description",
        ),
        (ITALY, "2010", "For which time was the reigning world champion eliminated?", "which time"),
        (
            "The states sued over the emergency that Trump declared in 2019 so he could build.",
            "2019",
            "When did Trump declare so he could build?",
            "lost its object",
        ),
        (
            ITALY,
            "2010",
            "When were the previous occasions Italy, Brazil in 1966 were eliminated?",
            "another year",
        ),
    ],
)
def test_a_question_its_own_sentence_shows_garbled_is_refused(
    sentence: str, answer: str, stem: str, reason: str
) -> None:
    problem = asked(stem, answer=answer, sentence=sentence)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    "stem",
    [
        "How many people did the earthquake kill in August 1999?",
        "How many Olympic torch sculptures had fallen over at Centennial Olympic Park?",
        "How many Israeli soldiers were killed in the attack on the base in 2008?",
        "According to the police, how many people died in the fire on Monday?",
        "What percentage of the votes did the party win in the 2010 election?",
        "What percentage voted against independence in the referendum?",
        "How many scientific instruments, including a seismometer, does InSight carry?",
        "When was Munzer Al-Hiraki, 19, killed in an after-school fight?",
        "When did the BBC report the claims?",
        "How long was Trump's call with Putin?",
        "How long will the ban last?",
        "When did UpGuard reportedly send an email to the firm?",
        "How many towns also declared a state of calamity in 2019?",
        "According to Merkel's spokesman, Steffen Seibert, who had reminded Trump of his "
        "human rights responsibilities?",
    ],
)
def test_sound_stems_pass(stem: str) -> None:
    assert asked(stem) is None


def test_statements_and_quotation_questions_are_not_read_again() -> None:
    assert asked("How many quake was followed?", template="tf.true.sentence") is None
    assert asked("How many quake was followed?", template="quote.who_said") is None


def test_the_pipeline_of_a_doc_is_the_one_that_parsed_it() -> None:
    assert pipeline_of(parse("A sentence.")) is pipeline()


def test_a_statement_cut_as_a_garbled_question_is_not_made() -> None:
    # The question "How long is even if forgiven now?" is refused, and so is the
    # statement cut the same way ("Even if forgiven is now 25 years.").
    doc, fact = fact_with(
        "Though the accused can avoid the death penalty if forgiven, the minimum prison "
        "sentence for the crime even if forgiven is now 25 years.",
        "25 years",
    )
    assert not any(s.startswith("Even if forgiven") for s in statements(doc, fact))


def test_a_participle_of_someone_the_stem_leaves_out_is_garbled() -> None:
    sentence = (
        "Christopher's career as a US diplomat spanned almost 28 years, with him serving under"
        " President Johnson, before entering the diplomatic field as deputy Secretary of State."
    )
    stem = "How long did Christopher's career as a US diplomat span before entering the field?"
    reason = asked(stem, answer="almost 28 years", sentence=sentence)
    assert reason is not None and "participle" in reason
    kept = "How long did Christopher's career as a US diplomat span?"
    assert asked(kept, answer="almost 28 years", sentence=sentence) is None
