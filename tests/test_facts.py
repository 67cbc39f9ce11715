"""Fact extraction, one kind at a time, on short sentences."""

from __future__ import annotations

import pytest
from generate_support import facts_of, parse

from quizgen.errors import ModelError
from quizgen.generate.nlp import load_pipeline, mirror_data_dir


def answers(text: str, kind: str) -> list[str]:
    return [f.answer for f in facts_of(text, kind)]


def test_duration_keeps_its_hedge_and_attribution() -> None:
    [fact] = facts_of("The White House said the call lasted about an hour.", "duration")
    assert fact.answer == "about an hour"
    assert fact.source == "The White House"
    assert fact.evidence == "The White House said the call lasted about an hour."


def test_hour_long_is_a_duration() -> None:
    text = "The White House said so following an hour-long phone call with the Kremlin."
    assert answers(text, "duration") == ["hour-long"]


def test_an_age_with_a_time_is_no_date() -> None:
    text = "Her husband James died at the age of 73 last August."
    assert answers(text, "date") == []


def test_an_intense_day_is_not_a_duration() -> None:
    text = "The telephone conversation came on an intense day of diplomacy for the president."
    assert answers(text, "duration") == []


def test_count_widens_over_a_hedge() -> None:
    text = "On Friday, fishermen rescued over 700 asylum seekers whose boat sank off the coast."
    assert "over 700" in answers(text, "count")
    assert answers(text, "date") == ["Friday"]


def test_twice_is_a_count() -> None:
    assert answers("They were twice denied visas to enter the United States.", "count") == ["twice"]


def test_money_takes_its_currency_sign() -> None:
    assert answers("He was released on US$ 20,000 bail on Thursday.", "money") == ["US$ 20,000"]


def test_percentage_and_year() -> None:
    text = "IE's various versions accounted for 70 percent of the market in 2009."
    assert answers(text, "percentage") == ["70 percent"]
    assert answers(text, "date") == ["2009"]


def test_person_with_title_before_the_name() -> None:
    text = (
        "US Vice President Mike Pence participated in the call along with national security "
        "adviser Michael Flynn."
    )
    roles = {f.answer: f.role for f in facts_of(text, "person_role")}
    assert roles["Michael Flynn"] == "national security adviser"
    assert roles["Mike Pence"] == "US Vice President"


def test_person_with_apposition_after_the_name() -> None:
    text = (
        "Major general Fuad Basya, spokesman for the Indonesian military, said fishermen saw them."
    )
    [fact] = facts_of(text, "person_role")
    assert fact.answer == "Fuad Basya"
    assert "spokesman for the Indonesian military" in fact.role or fact.role == "Major general"


def test_participants_in_a_list() -> None:
    text = "Also on Saturday, Trump spoke with Shinzo Abe, Malcolm Turnbull and Angela Merkel."
    people = {f.answer for f in facts_of(text) if f.kind in ("participants", "person_role")}
    assert {"Malcolm Turnbull", "Angela Merkel"} <= people


def test_place_after_a_locative_preposition() -> None:
    text = "Trump accepted Merkel's invitation to attend a summit in Hamburg in July."
    assert answers(text, "place") == ["Hamburg"]
    assert answers(text, "date") == ["July"]


def test_speaker_stays_with_the_quote() -> None:
    text = (
        "Lawmakers warned Trump they would act.\n\n“If he does not, I will work with my "
        "colleagues to codify sanctions against Russia into law,” McCain said."
    )
    sentences = [s.text.strip() for s in parse(text).sents]
    assert sentences[-1].startswith("“If he does not") and sentences[-1].endswith("McCain said.")
    [quote] = facts_of(text, "quote")
    assert quote.answer == "McCain"


def test_a_noun_after_a_closed_quote_starts_the_next_sentence() -> None:
    # "report" and "experts believe" are no attribution of the quote before them.
    text = (
        "“We are leaving.” The report found that 40 people had died. "
        "“It is over.” Experts believe the fighting will stop."
    )
    sentences = [s.text.strip() for s in parse(text).sents]
    assert sentences == [
        "“We are leaving.”",
        "The report found that 40 people had died.",
        "“It is over.”",
        "Experts believe the fighting will stop.",
    ]


def test_conditional_consequence() -> None:
    text = "“If he does not, I will work with my colleagues to codify sanctions,” McCain said."
    [fact] = facts_of(text, "conditional")
    assert "codify sanctions" in fact.answer
    assert fact.condition == "If he does not" or "does not" in fact.condition


def test_named_thing() -> None:
    text = "Mozilla Firefox, its main rival, has been actively increasing its market share."
    assert "Mozilla Firefox" in answers(text, "thing")


def test_every_fact_lies_in_its_evidence() -> None:
    text = (
        "The White House said the call lasted about an hour. Trump accepted Merkel's "
        "invitation to attend a Group of 20 summit in Hamburg in July."
    )
    for fact in facts_of(text):
        assert fact.answer in fact.evidence
        assert fact.evidence in text


def test_mirror_model_is_found_by_its_data_folder() -> None:
    folder = mirror_data_dir()
    assert folder is not None and (folder / "config.cfg").is_file()


def test_missing_model_names_the_pip_command() -> None:
    with pytest.raises(ModelError, match="pip install"):
        load_pipeline("no_such_pipeline_xyz")


def test_a_number_naming_a_thing_is_not_a_count() -> None:
    text = "Six shells hit the area near the police posts 542 and 543 on Thursday."
    assert answers(text, "count") == ["Six"]


def test_a_number_before_a_dash_and_a_word_counts() -> None:
    text = "The six - member Afghan team had been denied visas until last week."
    assert answers(text, "count") == ["six"]
    assert answers("Sweden defeated South Korea 1 – 0 in the opening match.", "count") == []


def test_a_number_in_commas_after_a_name_is_an_age() -> None:
    text = "Daniel Montalvo, 19, a member of the church all his life, was arrested on Monday."
    assert answers(text, "count") == ["19"]


def test_a_number_in_a_designation_is_no_figure() -> None:
    # "1950DA", "(29075) 1950 DA": an asteroid's name, not a count or a year.
    answers = {
        f.answer for f in facts_of("Researchers found that 1950DA is a rubble-pile asteroid.")
    }
    assert not any("1950" in a for a in answers)
    answers = {f.answer for f in facts_of("The asteroid (29075) 1950 DA was seen in 1950.")}
    assert answers & {"1950", "in 1950"} and not answers & {"29075", "1950 DA"}
    answers = {f.answer for f in facts_of("The next possession for the 49ers ended with a fumble.")}
    assert not any("49" in a for a in answers)


def test_a_sum_cut_at_its_bracketed_conversion_is_no_fact() -> None:
    # The tagger ends the sum at the brackets: no "US$4" for four million.
    answers = {f.answer for f in facts_of("The pirates demand US$4 (€2.6) million in ransom.")}
    assert not any(a.startswith("US$4") for a in answers)
    assert "US$4 million" in {f.answer for f in facts_of("They demand US$4 million in ransom.")}


def test_a_year_that_names_a_fiscal_year_is_no_length() -> None:
    text = "Bush's budget for the 2009 fiscal year was sent to Congress in February 2008."
    answers = {f.answer for f in facts_of(text)}
    assert not any("2009" in a for a in answers) and "February 2008" in answers
    text = "Started in 1990, the festival continues a 2000 year old tradition."
    assert "2000 year old" in {f.answer for f in facts_of(text)}  # a length of time
    # "the years from 1973 to": a span of years, no length of 1,973 years.
    text = "The script was discussed during the years from 1973 to 1975, the archive said."
    assert not any("1973" in f.answer and f.kind == "duration" for f in facts_of(text))


def test_a_sum_keeps_the_scale_written_onto_it() -> None:
    # The tokeniser splits "£67m" into "£", "67", "m"; the tagger's sum ends at "67".
    text = "SAIC bought the designs for £67m in 2005, and Nanjing paid $2bn."
    answers = {f.answer for f in facts_of(text)}
    assert "£67m" in answers and "£67" not in answers
    # At the end of its sentence the tokeniser keeps the full stop with the scale.
    answers = {f.answer for f in facts_of("SAIC bought the designs for £67m. It was sold.")}
    assert "£67m" in answers


def test_a_number_that_ends_a_name_is_no_count() -> None:
    answers = {f.answer for f in facts_of("Jeff Gordon won the Brickyard 400 at the speedway.")}
    assert "400" not in answers
    answers = {f.answer for f in facts_of("A new feature on the 737 Max, which had not crashed.")}
    assert "737" not in answers
    answers = {f.answer for f in facts_of("David Bowie won five Grammys in 2017.")}
    assert "five" in answers
    answers = {f.answer for f in facts_of("Gordon led 96 laps in Indianapolis.")}
    assert "96 laps" in answers or "96" in answers
    text = "She got the toy from a Six Flags theme park. Three French stars died in 2015."
    answers = {f.answer for f in facts_of(text)}
    assert not any("Six" in a for a in answers) and answers & {"Three", "Three French stars"}


def test_a_day_of_a_month_is_a_date_and_of_this_year_none() -> None:
    text = "InSight was launched May 5 and traveled 301 million miles."
    assert answers(text, "date") == ["May 5"]
    text = "InSight was launched May 5 of this year and traveled 301 million miles."
    assert answers(text, "duration") == []
    assert answers(text, "date") == []
