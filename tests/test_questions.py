"""Question wording: wh-questions, blanks, true/false statements, ids and order."""

from __future__ import annotations

import pytest
from generate_support import context, fact_with, facts_of, mc, parse, quote_fact, statements, tf

from quizgen.generate.config import GenerationConfig
from quizgen.generate.context import ArticleContext
from quizgen.generate.facts import extract_facts
from quizgen.generate.questions import Candidate, multiple_choice
from quizgen.generate.questions.candidate import Refused
from quizgen.generate.questions.checks import one_line, problem
from quizgen.generate.questions.distractors import distractors_for, norm
from quizgen.generate.questions.true_false import true_false
from quizgen.generate.questions.wh import phrase_question
from quizgen.generate.rank import gives_away


def question_for(text: str, answer: str) -> str:
    doc, fact = fact_with(text, answer)
    phrasing = phrase_question(doc, fact)
    assert phrasing is not None
    return phrasing.question


def test_attributed_duration_question() -> None:
    text = "The White House said the call lasted about an hour."
    assert question_for(text, "about an hour") == (
        "According to the White House, how long did the call last?"
    )


def test_count_question_keeps_the_noun_and_auxiliary() -> None:
    text = "Microsoft has replaced Internet Explorer 6 with three newer versions."
    assert question_for(text, "three") == (
        "How many newer versions has Microsoft replaced Internet Explorer 6 with?"
    )
    # "it" may be anything its paragraph spoke of: not asked.
    doc, fact = fact_with("Microsoft has replaced it with three newer versions.", "three")
    assert phrase_question(doc, fact) is None


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


def test_place_question_takes_the_town_of_and_its_apposition_along() -> None:
    text = (
        "Abdelbaset al-Megrahi has been buried in the town of Janzur, west of the Libyan "
        "capital Tripoli."
    )
    assert question_for(text, "Janzur") == "Where has Abdelbaset al-Megrahi been buried?"


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
    candidate = mc(doc, fact)
    assert candidate is not None
    assert candidate.choices.count("about an hour") == 1
    assert len(candidate.choices) == 4
    assert "hour" not in candidate.question


def test_answer_position_varies_between_questions() -> None:
    texts = [
        ("The White House said the call lasted about an hour.", "about an hour"),
        ("Microsoft has replaced Internet Explorer 6 with three newer versions.", "three"),
        ("IE's various versions accounted for 70 percent of the market in 2009.", "70 percent"),
        ("Fishermen rescued 700 asylum seekers whose boat sank.", "700"),
        ("Five Panamanian players were booked in the match.", "Five"),
        ("Officials counted 8,000 migrants at sea in the region.", "8,000"),
    ]
    positions = set()
    for text, answer in texts:
        doc, fact = fact_with(text, answer)
        candidate = mc(doc, fact)
        assert candidate is not None
        positions.add(candidate.choices.index(answer))
    assert len(positions) >= 2


def test_false_statement_changes_exactly_the_answer() -> None:
    doc, fact = fact_with("The White House said the call lasted about an hour.", "about an hour")
    true = tf(doc, fact, True)
    false = tf(doc, fact, False)
    assert true is not None and false is not None
    assert true.question == "According to the White House, the call lasted about an hour."
    assert false.question.startswith("According to the White House, the call lasted about ")
    assert false.question != true.question
    assert norm(false.question).rstrip(".") not in norm(fact.evidence)
    assert true.question in false.explanation  # the explanation states the truth


def test_a_quotation_is_never_stated_true_or_false() -> None:
    text = (
        "Barack Obama said he would wait. Mike Pence was there. “If he does not, I will work "
        "with my colleagues to codify sanctions against Russia into law,” John McCain said."
    )
    doc, fact = quote_fact(text)
    for truth in (True, False):
        refused = true_false(context(doc), fact, truth)
        assert isinstance(refused, Refused) and "who said it" in refused.reason
    # It is asked "Who said ...?", with only people who speak in the article as choices.
    assert distractors_for(context(doc), fact) == ["Barack Obama"]


def test_titled_person_in_a_subject_is_asked_with_which() -> None:
    text = "Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected in this district."
    assert question_for(text, "Gary Fan") == (
        "Which Pan-democrat of the Neo Democrats failed to get re-elected in this district?"
    )


def test_count_with_of_phrase_is_asked_how_many_of() -> None:
    text = "Labour, led by Jonas Gahr Store, took 48 of the 169 seats in the Storting."
    assert question_for(text, "48").startswith(
        "How many of the 169 seats in the Storting did Labour"
    )


def test_a_count_after_a_preposition_takes_the_preposition_in_front() -> None:
    text = "Bruce McArthur on Tuesday admitted his guilt in eight murders."
    assert question_for(text, "eight") == "In how many murders did Bruce McArthur admit his guilt?"
    for text, count in (
        # A level, not a count: no "At how many lari did the court set bail?".
        ("The Tbilisi city court set bail at 100,000 lari.", "100,000"),
        # Something hangs on the noun: "In how many matches ... the most by any player".
        ("Buffon has featured in 176 matches, the most by any player for Italy.", "176"),
        # The score gives the count of sets away.
        ("Federer overcame Rafael Nadal in five sets, 7-6, 4-6, 7-6, 2-6, 6-2.", "five"),
    ):
        doc, fact = fact_with(text, count)
        phrasing = phrase_question(doc, fact)
        assert phrasing is None or "how many" not in phrasing.question.lower()


def test_reported_speech_is_asked_who_said() -> None:
    text = "Prime Minister Matteo Renzi said the government would spend 50 million euros on aid."
    assert question_for(text, "Matteo Renzi") == (
        "Who said the government would spend 50 million euros on aid?"
    )


def test_until_date_moves_its_preposition_and_drops_a_relative_time() -> None:
    text = "The Taipei Lantern Festival runs through March 11 this year."
    assert question_for(text, "March 11") == "Until when does the Taipei Lantern Festival run?"


def test_long_blank_sentence_is_cut_after_the_answer() -> None:
    text = (
        "Trump has said he would consider easing financial penalties imposed by the US over "
        "the annexation of Crimea in 2014 in exchange for Russia’s support on a nuclear "
        "weapons deal or fighting terror groups like the Islamic State."
    )
    doc, fact = fact_with(text, "2014")
    assert mc(doc, fact) is None  # fill-in-the-blank is off unless the config asks for it
    config = GenerationConfig(cloze=True, max_blank_words=30)
    candidate = multiple_choice(ArticleContext(doc, config), fact)
    assert isinstance(candidate, Candidate)
    assert candidate.question.endswith("annexation of Crimea in _____ …")


@pytest.mark.parametrize(
    ("text", "answer", "cut_off"),
    [
        # The rest of a date is no modifier to cut.
        (
            "The Scottish Criminal Cases Review Commission, an organisation that "
            "investigates alleged miscarriages of justice, is to complete a review on June "
            "28, 2007 of the conviction on January 31, 2001 of Libyan Abdelbaset al-Megrahi "
            "for the bombing of Pan Am Flight 103.",
            "June 28, 2007",
            "on January 31.",
        ),
        # What the plans were is the claim.
        (
            "A spokesperson for the Australian Assistant Minister for Infrastructure and "
            "Regional Development, Warren Truss, announced plans this week to close four "
            "mainland immigration detention facilities — Scherger, at RAAF Scherger, "
            "Queensland; Leonora, in Leonora, Western Australia; Port Augusta, in Port "
            "Augusta, South Australia; and Inverbrackie facilities in Woodside, the Adelaide "
            "Hills, South Australia — by the end of February.",
            "Warren Truss",
            "announced plans.",
        ),
        # An idiom's object, and a verb whose subject and helper stay, are not cut off.
        (
            "On Thursday local time, the government of Samoa began a planned two-day "
            "shutdown to make way for a nationwide vaccination campaign to combat the measles "
            "outbreak that had, by reports, infected over 4,200 of the island nation's "
            "roughly 200,0000 people and killed 62, most of them children.",
            "two-day",
            "shutdown.",
        ),
    ],
)
def test_a_long_statement_is_not_cut_inside_what_it_says(
    text: str, answer: str, cut_off: str
) -> None:
    doc, fact = fact_with(text, answer)
    assert not any(statement.endswith(cut_off) for statement in statements(doc, fact))


@pytest.mark.parametrize(
    ("text", "answer", "kept"),
    [
        # A time phrase that carries a count is more than a time to leave out.
        (
            "In North Wales, as of Friday 17,000 people had no electricity supply, while "
            "7,000 homes in Cornwall and Devon had their electricity supply cut off by "
            "Friday's storms.",
            "7,000",
            "17,000 people had no electricity",
        ),
        # A clause that reports the finding is the claim, not an aside.
        (
            "In the United States, autopsy results were released on Thursday by the Napa "
            "County Sheriff's Office, which show that Albert Wong killed himself after "
            "shooting his three hostages at The Pathway Home veterans' psychiatric center in "
            "Yountville, California last Friday.",
            "Napa County Sheriff's Office",
            "killed himself",
        ),
    ],
)
def test_a_statement_keeps_what_its_claim_needs(text: str, answer: str, kept: str) -> None:
    doc, fact = fact_with(text, answer)
    assert all(kept in statement for statement in statements(doc, fact))


@pytest.mark.parametrize(
    ("text", "answer", "opening"),
    [
        (  # an apposition the tokeniser split goes as a whole, not "Jenny Leong, co-,"
            "Jenny Leong, co-ordinator of Amnesty International in Australia, expressed"
            " concern to ABC Online about the well-being of the imprisoned journalists.",
            "Jenny Leong",
            "Jenny Leong expressed concern",
        ),
        (  # a speaker after the claim is not named twice
            "Garrison Keillor hosted the show. He had gone to Nashville, he said, to write"
            " about the Grand Ole Opry in 1974.",
            "Nashville",
            "Garrison Keillor had gone to Nashville, he said",
        ),
    ],
)
def test_a_statement_opens_on_its_claim_with_each_name_once(
    text: str, answer: str, opening: str
) -> None:
    doc, fact = fact_with(text, answer)
    statement = tf(doc, fact, True)
    assert statement is not None and statement.question.startswith(opening)


def test_a_participle_after_with_is_no_clause_to_ask() -> None:
    text = (
        "In 2013, Operation Chalice saw the breakup of a grooming ring in Telford with seven "
        "men of South Asian origin convicted."
    )
    doc, fact = fact_with(text, "seven")
    assert context(doc).phrasing(fact) is None  # "How many men ... convicted?" has no verb


def test_a_preposition_stranded_before_a_comma_is_rejected() -> None:
    text = (
        "Fiji are currently second in Pool B with ten points, ahead of Wales with five and "
        "behind Australia on points difference."
    )
    candidate = mc(*fact_with(text, "ten"))
    assert candidate is not None and "with," in candidate.question
    assert "preposition" in (problem(candidate) or "")
    candidate.question = "How many points are Fiji second in Pool B with?"
    assert problem(candidate) is None


def test_a_word_written_twice_is_rejected() -> None:
    text = "Details are expected at the first SACN Summit in March 2005 in Brazil."
    candidate = tf(*fact_with(text, "March 2005"), True)
    assert candidate is not None and problem(candidate) is None
    candidate.question = "Details are expected at the first First SACN Summit in Brazil."
    assert "twice" in (problem(candidate) or "")
    candidate.question = "Ms Lee said that that was what Sirhan Sirhan had had in mind in 2005."
    assert problem(candidate) is None


def test_stems_are_one_line_and_drop_dangling_ends() -> None:
    doc, fact = fact_with("The call lasted about an hour, the White House said.", "about an hour")
    candidate = mc(doc, fact)
    assert candidate is not None
    candidate.question = "Who were elected newcomers Lam Cheuk-ting and?"
    assert problem(candidate) is not None
    assert one_line("The call\n\nlasted an hour.") == "The call lasted an hour."


def test_measure_in_a_noun_phrase_is_asked_how_long() -> None:
    text = (
        "US President Donald Trump and his Russian counterpart have made a significant start "
        "in fixing their relationship, the White House said following an hour-long phone call."
    )
    doc, fact = fact_with(text, "hour-long")
    candidate = mc(doc, fact)
    assert candidate is not None
    assert candidate.question == "According to the White House, how long was the phone call?"
    # Answered as a length, not as the adjective: "an hour", "two hours".
    assert candidate.answer == "an hour"
    assert not any(c.endswith("-long") for c in candidate.choices)


def test_an_age_is_not_a_duration() -> None:
    facts = facts_of("Rescue workers pulled a 10-year-old girl from the rubble.", "duration")
    assert facts == []


def test_a_statement_never_gives_another_questions_answer_away() -> None:
    text = "Fishermen rescued over 700 asylum seekers off Aceh, Indonesia on 15 May 2015."
    doc, fact = fact_with(text, "over 700")
    statement = tf(doc, fact, True)
    assert statement is not None
    other = next(f for f in extract_facts(doc) if f.kind == "date")
    other_question = mc(doc, other)
    assert other_question is not None
    assert norm(other.answer) in norm(statement.question)
    assert gives_away(statement, other_question)


def test_quote_with_a_pronoun_speaker_names_the_speaker() -> None:
    text = (
        "Labour leader Jonas Gahr Store said he would start talks on Wednesday. “We will need "
        "a few weeks to form a "
        "government,” he told supporters in Oslo."
    )
    doc, fact = fact_with(text, "Oslo")
    statement = tf(doc, fact, True)
    assert statement is not None
    assert statement.question == (
        "“We will need a few weeks to form a government,” Jonas Gahr Store told supporters in Oslo."
    )
    assert statement.template == "tf.true.sentence"
    assert not statement.copy  # the pronoun named: not a copy of the article


def test_a_clause_never_ends_on_and() -> None:
    doc, fact = fact_with(
        "South Korea's broadcasts began on August 10 and South Korea says they will continue.",
        "August 10",
    )
    candidate = mc(doc, fact)
    assert candidate is not None and problem(candidate) is None
    assert not candidate.question.rstrip(".?").endswith((" and", ","))


def test_the_comma_closing_an_age_stays() -> None:
    doc, fact = fact_with(
        "Daniel Montalvo, 19, a member of the church all his life, was arrested after "
        "leaving the Sea Org.",
        "19",
    )
    candidate = multiple_choice(ArticleContext(doc, GenerationConfig(cloze=True)), fact)
    assert isinstance(candidate, Candidate)
    assert "Montalvo, _____, was arrested" in candidate.question


def test_a_measured_figure_is_asked_what_and_keeps_its_phrase() -> None:
    text = "The fourth and strongest quake had a 5.6 magnitude in the Richter scale."
    assert question_for(text, "5.6") == (
        "What magnitude in the Richter scale did the fourth and strongest quake have?"
    )


def test_a_bare_singular_subject_makes_no_question() -> None:
    # "According to the team, when did algorithm propose?"
    doc, fact = fact_with("The team said algorithm proposed in 2005 was weak.", "2005")
    assert phrase_question(doc, fact) is None


def test_no_question_through_an_infinitive_or_a_participle() -> None:
    text = "If the bill is passed, Wales may start allowing cousins to marry in 2016."
    doc, fact = fact_with(text, "2016")
    phrasing = phrase_question(doc, fact)
    assert phrasing is None  # it was "When to cousins marry?"
    text = "The navy reported that five pirates riding in a small boat came within 200 meters."
    doc, fact = fact_with(text, "five")
    phrasing = phrase_question(doc, fact)
    assert phrasing is not None
    assert phrasing.question == "According to the navy, how many pirates came within 200 meters?"


def test_a_clause_on_a_figure_stays_with_it() -> None:
    doc, fact = fact_with("Kohail received 80 days to appeal the sentence.", "80 days")
    phrasing = phrase_question(doc, fact)
    assert phrasing is not None
    assert phrasing.question == "How long did Kohail receive to appeal the sentence?"


def test_a_claim_whose_speaker_cannot_be_named_is_not_stated_as_fact() -> None:
    from quizgen.generate.questions.clause import attribution

    doc = parse("He claimed Jones had him at gunpoint with an M4 rifle.")
    had = next(t for t in doc if t.text == "had")
    assert attribution(had) is None
    doc = parse("Smith was charged. Smith claimed Jones had him at gunpoint.")
    had = next(t for t in doc if t.text == "had")
    assert attribution(had) == "Smith"


def test_how_many_never_counts_a_singular_noun() -> None:
    from quizgen.generate.questions.wh import _amount_wh

    doc, fact = fact_with("Rescuers found 12 survivors and one quake in 2005.", "12")
    survivors = next(t for t in doc if t.text == "survivors")
    quake = next(t for t in doc if t.text == "quake")
    assert _amount_wh(fact, survivors) == "how many"
    assert _amount_wh(fact, quake) is None


def test_since_when_keeps_its_perfect_and_be_gets_no_did() -> None:
    text = "Catherine Grove's parents have been in Wells since July."
    phrasing = phrase_question(*fact_with(text, "July"))
    assert phrasing is not None
    assert phrasing.question == "Since when have Catherine Grove's parents been in Wells?"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # It put "at which point ..." between subject and verb.
        ("The great white shark population remained relatively stable until 2015, at which "
         "point their numbers went into sharp decline, sometimes reaching zero during 2017.",
         "2015"),
        # It split "Federer, who has been ..." from its verb.
        ("Roger Federer, who has been an outspoken critic of the technology, snapped at the "
         "umpire in the third game.", "third game"),
    ],
)  # fmt: skip
def test_no_question_splits_a_subject_from_its_relative_clause(text: str, answer: str) -> None:
    assert phrase_question(*fact_with(text, answer)) is None


def test_no_question_on_a_verb_without_tense() -> None:
    # It was "After which end being United States only down one?"
    text = (
        "The United States came back after the second end, and then only being down one "
        "after the fourth end, but Canada went on to score."
    )
    assert phrase_question(*fact_with(text, "fourth end")) is None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Munzer Al-Hiraki, 19, was killed in an after-school fight in January 2007.",
            "January 2007",
            "When was Munzer Al-Hiraki, 19, killed in an after-school fight?",
        ),
        (
            "The ministers, including Sayako, formerly Princess Nori, met in 2005.",
            "2005",
            "When did the ministers, including Sayako, formerly Princess Nori, meet?",
        ),
    ],
)
def test_an_aside_moved_with_its_phrase_keeps_its_closing_comma(
    text: str, answer: str, question: str
) -> None:
    assert question_for(text, answer) == question


def test_what_one_side_says_is_stated_with_the_other_side_swapped_in() -> None:
    text = (
        "“The talks were frank,” the Kremlin said in a statement. “The positive call was a "
        "significant start,” the White House said in a statement."
    )
    doc = parse(text)
    white_house = next(f for f in extract_facts(doc) if f.answer == "the White House")
    false = tf(doc, white_house, False)
    assert false is not None and "the Kremlin said" in false.question
    assert "significant start" in false.question
