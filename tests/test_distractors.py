"""Distractors: same kind and form as the answer, never true by the evidence."""

from __future__ import annotations

import datetime
import re

import pytest
from generate_support import context, dated_context, fact_with, mc, parse, quote_fact, tf
from hypothesis import given
from hypothesis import strategies as st

from quizgen.generate.facts import extract_facts
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.generate.questions.coreference import full_name, full_name_of
from quizgen.generate.questions.distractors import (
    choose,
    date_variants,
    distractors_for,
    numeric_variants,
)
from quizgen.generate.questions.entity_types import is_person, is_place
from quizgen.generate.questions.figures import (
    changed_values,
    guessable,
    parse_figure,
    shifted_dates,
    stands_apart,
)
from quizgen.generate.questions.gazetteer import known_place
from quizgen.generate.questions.multiple_choice import as_measure, multiple_choice, quote_stem
from quizgen.generate.questions.true_false import true_false
from quizgen.generate.vocabulary import WORD_NUMBERS


def test_duration_keeps_hedge_and_unit() -> None:
    variants = numeric_variants("about an hour")
    assert len(variants) >= 3
    assert all(v.startswith("about ") and v.endswith(("hours", "half an hour")) for v in variants)


def test_count_keeps_hedge_and_thousands_separator() -> None:
    variants = numeric_variants("more than 11,000")
    assert variants and all(re.fullmatch(r"more than \d{1,3}(,\d{3})+", v) for v in variants)


def test_number_words_stay_words() -> None:
    assert all(v.split()[0].isalpha() for v in numeric_variants("three newer versions"))
    assert "six newer versions" in numeric_variants("three newer versions")


def test_a_fraction_has_no_changed_values() -> None:
    # "two millionth of a mole" is no English, and "a third" is no "a second".
    assert numeric_variants("a millionth") == []
    assert numeric_variants("two thirds") == []
    assert "two months" in numeric_variants("a month")


def test_ordinals_keep_their_noun_and_suffix() -> None:
    variants = numeric_variants("62nd minute")
    assert variants and all(re.fullmatch(r"\d+(st|nd|rd|th) minute", v) for v in variants)
    assert "69th minute" in variants


def test_times() -> None:
    assert set(numeric_variants("twice")) >= {"three times", "four times"}


def test_hour_long() -> None:
    # "a month" beside two, three and four months stands out as evenly spaced, and "an hour"
    # beside half an hour and two hours as halved and doubled.
    for unit in ("hour", "month"):
        choices = [as_measure(v) for v in numeric_variants(f"{unit}-long")]
        figures = [parse_figure(c) for c in choices]  # "half an hour" is no figure
        assert not guessable(1, [f.value for f in figures if f is not None]), choices


def test_ranges_have_no_variants() -> None:
    assert numeric_variants("8–10 years") == []
    # "six to ten years" overlaps "three to ten years": arguably still true.
    assert numeric_variants("three to ten years") == []
    assert numeric_variants("three years") != []


def test_weekday_gives_weekdays() -> None:
    assert set(date_variants("Friday")) <= {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Saturday",
        "Sunday",
    }


def test_years_are_irregular_and_never_consecutive() -> None:
    years = [int(y) for y in date_variants("2014")]
    assert len(years) >= 3 and 2014 not in years
    picked = sorted([2014, *years[:3]])
    assert all(b - a > 1 for a, b in zip(picked, picked[1:], strict=False))
    assert not guessable(2014, years[:3])


def test_a_full_date_moves_by_days_in_its_own_form() -> None:
    variants = date_variants("March 4, 2011")
    assert len(variants) >= 3
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", v) for v in variants)
    # Not "the same day in other months": the day changes too.
    assert not all(v.split()[1] == "4," for v in variants)


def test_a_future_year_gets_later_years() -> None:
    assert all(int(y) > 2050 for y in shifted_dates("2050", forward=True))


def test_no_two_smaller_figures_add_up_to_the_key() -> None:
    for key in (700, 277, 48, 11000):
        values = changed_values(parse_figure(f"{key:,}"))  # type: ignore[arg-type]
        smaller = [v for v in values if v < key]
        pairs = {a + b for i, a in enumerate(smaller) for b in smaller[i + 1 :]}
        assert key not in pairs, (key, values)


def test_a_speakers_choices_are_other_speakers_then_people_with_a_role() -> None:
    doc = parse(
        '"We will act," said President Barack Obama. "It is a mistake," said Senator John '
        'McCain. "Talks must go on," Chancellor Angela Merkel said. Adviser Michael Flynn '
        "met Putin in Moscow. Bob Hale waited."
    )
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Barack Obama"]
    # "Who said ...?" shows no title. Michael Flynn says nothing, but has a role: he might
    # have said it; Bob Hale has neither.
    choices = distractors_for(context(doc), fact)
    assert choices[:2] in (["John McCain", "Angela Merkel"], ["Angela Merkel", "John McCain"])
    assert choices[2:] == ["Michael Flynn"]


def test_a_speaker_who_said_much_the_same_is_no_wrong_answer() -> None:
    doc = parse(
        '"The truce is over," said Hamas official Ayman Taha. "The truce is finished because '
        'Israel broke it," said Fawzi Barhum, a spokesman for Hamas. "We regret it," said '
        'Israeli spokesman Yigal Palmor. "Talks must go on," said President Barack Obama. '
        "Adviser Michael Flynn met Putin in Moscow."
    )
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Ayman Taha"]
    choices = distractors_for(context(doc), fact)
    assert "Fawzi Barhum" not in choices
    assert "Yigal Palmor" in choices


def test_the_only_speaker_of_an_article_gets_no_who_said() -> None:
    doc = parse(
        '"It was a great wine," said Prime Minister Tony Blair. He met President Jacques'
        " Chirac and Chancellor Gerhard Schroeder in Paris with adviser Alastair Campbell."
    )
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote"]
    assert distractors_for(context(doc), fact) == []


def test_a_name_labelled_person_once_but_mostly_a_place_is_no_person() -> None:
    text = (
        "Tunisia faced England in Volgograd. Coach Nabil Maaloul said the team was ready. "
        "Tunisia scored first. Striker Wahbi Khazri was booked, and Tunisia lost. "
        "Goalkeeper Mouez Hassen was injured and replaced by Farouk Ben Mustapha."
    )
    doc = parse(text)
    info = context(doc).name_info
    assert not is_person(info, "Tunisia")
    assert is_person(info, "Nabil Maaloul")


def test_a_name_the_article_calls_a_thing_is_no_person() -> None:
    # Both were wrong choices of a "Who said" ("Agência Estado", "Knight").
    text = (
        "Agência Estado reports the pilot was calm. The seizure was witnessed by the UK "
        "refuelling ship RFA Wave Knight. John Hansman said it was rare. Apple chief "
        "executive Tim Cook spoke."
    )
    info = context(parse(text)).name_info
    assert not is_person(info, "Agência Estado") and not is_person(info, "Wave Knight")
    assert is_person(info, "John Hansman") and is_person(info, "Tim Cook")


def test_a_place_makes_no_false_statement_by_a_swap() -> None:
    # Another place of the story was false on its face ("fighters to Greece in support of
    # al-Assad"): a place has no wrong choices, and is stated true or its claim reversed.
    text = (
        "The talks were held in Berlin. Later, officials flew to Paris and then to Madrid. "
        "Trump accepted an invitation to attend a summit in Hamburg in 2017."
    )
    doc, fact = fact_with(text, "Hamburg")
    assert distractors_for(context(doc), fact) == []
    said = true_false(context(doc), fact, False)
    assert isinstance(said, Candidate) and "rejected" in said.question


def test_countries_are_known_by_their_everyday_names() -> None:
    assert known_place("the Netherlands").name == "Netherlands"  # type: ignore[union-attr]
    assert known_place("Britain").name == "United Kingdom"  # type: ignore[union-attr]
    assert known_place("the U.S.").name == "United States"  # type: ignore[union-attr]


@given(
    hedge=st.sampled_from(["", "about ", "over ", "more than ", "nearly "]),
    value=st.integers(min_value=2, max_value=5_000_000),
    unit=st.sampled_from(["", " people", " votes", " percent", " minutes"]),
)
def test_numeric_variants_keep_the_form(hedge: str, value: int, unit: str) -> None:
    answer = f"{hedge}{value:,}{unit}"
    variants = numeric_variants(answer)
    if unit == " percent" and value > 100:
        assert all(int(re.sub(r"\D", "", v)) <= 100 for v in variants)
        return
    assert variants
    assert len(set(variants)) == len(variants)
    for variant in variants:
        assert variant != answer
        singular = unit.rstrip("s")  # "1 minute"
        assert variant.startswith(hedge) and variant.endswith((unit, singular))
        number = variant[len(hedge) :].removesuffix(unit).removesuffix(singular)
        assert re.fullmatch(r"\d{1,3}(,\d{3})*", number), variant


def test_organisation_speaker_is_swapped_for_another_speaking_organisation() -> None:
    text = (
        "The Kremlin said the talks were useful. NATO met in Brussels. President Donald "
        "Trump spoke to Putin. “The call was a good start to improving relations,” the "
        "White House said in a statement."
    )
    doc, fact = quote_fact(text)
    wrong = distractors_for(context(doc), fact)
    # NATO does not speak in the article; Trump is a person even if labelled ORG once.
    assert wrong and all(w.lower().startswith("the ") for w in wrong)
    assert not any("NATO" in w or "Trump" in w for w in wrong)


def test_a_name_after_city_of_is_a_place_whatever_its_label() -> None:
    doc = parse("In 2009, an earthquake in the city of L'Aquila killed more than 300 people.")
    assert is_place(context(doc).name_info, "L'Aquila")


def test_a_key_between_consecutive_counts_is_a_pattern() -> None:
    # "four, five, six, eight": the key is the middle of a run.
    assert guessable(5, [4, 6, 8]) == "three consecutive values"
    assert guessable(50, [30, 70, 91]) == "the key halfway between two others"
    assert guessable(5, [3, 8, 12]) == ""
    # The odd one out: further from the nearest choice than the others are from each other.
    assert stands_apart(1923, [1941, 1943, 1945])
    assert stands_apart(1968, [1981, 1989, 1991])
    assert not stands_apart(2014, [2005, 1999, 2010])


def _wrong_years(text: str, year: str) -> list[int]:
    """The wrong choices offered for the year `year` of `text`."""
    ctx = context(parse(text))
    fact = next(f for f in ctx.facts if f.answer == year)
    return [int(w) for w in distractors_for(ctx, fact)]


def test_a_year_is_not_offered_beside_the_year_after_or_before_it() -> None:
    text = (
        "Steve Jobs has been fighting pancreatic cancer since 2004. In 2005 he spoke at"
        " Stanford. He founded NeXT in 1985 and returned to Apple in 1997."
    )
    wrong = _wrong_years(text, "2004")
    assert len(wrong) == 3 and not {2003, 2005} & set(wrong)


def test_a_birth_year_is_not_offered_the_later_years_of_the_life() -> None:
    text = (
        "Yelena Bonner was born in 1923 in Turkmenistan. She joined the party in 1941 and"
        " served in the war until 1945. She married Andrei Sakharov in 1972."
    )
    wrong = _wrong_years(text, "1923")
    assert len(wrong) == 3 and min(wrong) < 1923 and not {1941, 1945, 1972} & set(wrong)


@pytest.mark.parametrize("published", [datetime.date(2005, 11, 20), None])
def test_a_year_is_not_always_the_latest_of_its_choices(published: datetime.date | None) -> None:
    text = (
        "In 1946 the Latin American Training Center was established in Panama; in 1949 it "
        "became the U.S. Army Caribbean Training Center. The school moved to Georgia in 1984."
    )
    ctx = dated_context(text, published) if published else context(parse(text))
    fact = next(f for f in ctx.facts if f.answer == "1946")
    wrong = [int(w) for w in distractors_for(ctx, fact)]
    assert len(wrong) == 3 and max(wrong) > 1946 and 1949 not in wrong


def test_small_counts_get_no_consecutive_run() -> None:
    _, fact = fact_with("Whitmore said the crime involved five hard drives.", "five")
    picked = choose(fact, numeric_variants("five"))
    values = [WORD_NUMBERS[p] for p in picked]
    assert len(picked) == 3 and not guessable(5, values), picked


def test_a_share_gets_no_choice_over_100_percent() -> None:
    text = "By 2010, over 60% of Australians had access to the Internet. Use grew 200% in a decade."
    doc, fact = fact_with(text, "over 60")
    figures = [parse_figure(c) for c in distractors_for(context(doc), fact)]
    assert figures and all(f is not None and f.value < 100 for f in figures)


def test_an_article_figure_is_written_in_the_answers_scale() -> None:
    text = "More than 60 thousand people gathered on the square.\n\nPolice said 30,000 people came."
    doc, fact = fact_with(text, "More than 60 thousand")
    assert not any("30,000 thousand" in c for c in distractors_for(context(doc), fact))


def test_a_day_of_a_month_is_no_count() -> None:
    doc = parse("The Bicentennial takes place on a holiday from September 17th until 21st.")
    assert not [f for f in extract_facts(doc) if f.kind == "count"]  # "17th", "21st"


def test_an_organisation_is_not_swapped_for_its_own_acronym() -> None:
    from quizgen.generate.questions.distractors import same_initials

    assert same_initials("HRCP", "The Human Rights Commission")
    assert same_initials("the Human Rights Commission of Pakistan", "HRCP")
    assert not same_initials("BBC", "Al Jazeera")


def test_quoted_words_that_go_on_from_the_writer_s_words_make_no_who_said() -> None:
    text = (
        "Putin told Trump he “sees the US as a most important partner in the fight against "
        "terrorism,” according to the Kremlin. “We want a partner in this fight,” Putin said."
    )
    doc = parse(text)
    quotes = [f for f in extract_facts(doc) if f.kind == "quote"]
    stems = {f.evidence[:10]: quote_stem(f, 4) for f in quotes}
    assert "Putin told" in stems and stems["Putin told"] is None
    assert stems.get("“We want a") == "Who said: “We want a partner in this fight”?"
    # Nor do words the writer's sentence works in without a verb: no claim of their own.
    doc = parse("Obama said the vote was “a good day for America and for the world”.")
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote"]
    assert quote_stem(fact, 4) is None


def test_an_apostrophe_does_not_close_the_quoted_words_of_a_who_said() -> None:
    text = (
        "Vladimir Putin, president of Russia, said in a statement: “Many important dates in"
        " Zimbabwe’s modern history are tied to the name of Robert Mugabe.”"
    )
    doc = parse(text)
    fact = next(f for f in extract_facts(doc) if f.answer == "Vladimir Putin")
    assert quote_stem(fact, 4) == (
        "Who said: “Many important dates in Zimbabwe’s modern history are tied to the name"
        " of Robert Mugabe”?"
    )
    # A quotation that goes on past its sentence is not asked by a piece of it.
    doc = parse(text.rstrip("”"))
    fact = next(f for f in extract_facts(doc) if f.answer == "Vladimir Putin")
    assert quote_stem(fact, 4) is None


def test_a_precise_figure_gets_no_whole_choices_and_a_whole_one_some() -> None:
    # "1.0" and "3.0" beside "2.6" are made up, and "9.0" among "8.3, 9.4" is the key.
    precise = [parse_figure(v) for v in numeric_variants("US$2.6 billion")]
    assert precise and all(f is not None and f.value != int(f.value) for f in precise)
    whole = [
        parse_figure(v)
        for v in choose(fact_with("It was a 9.0 quake.", "9.0")[1], numeric_variants("9.0"))
    ]
    assert len(whole) == 3 and any(f is not None and f.value == int(f.value) for f in whole)


def test_a_date_still_to_come_is_offered_no_date_before_the_report() -> None:
    text = (
        "Theresa May stepped down on July 24. Parliament is to remain out-of-session through"
        " October 14; the deadline is October 31."
    )
    ctx = dated_context(text, datetime.date(2019, 9, 11))
    fact = next(f for f in ctx.facts if f.answer == "October 14")
    wrong = distractors_for(ctx, fact)
    assert len(wrong) == 3 and "July 24" not in wrong
    assert all(w.split()[0] in ("September", "October", "November", "December") for w in wrong)


def test_a_speaker_called_by_first_name_is_named_in_full_by_a_shared_surname() -> None:
    text = (
        "Retired British couple Paul and Rachel Chandler were released on Sunday. "
        "Officer Peter Coutroubis met them in Nairobi. Andrew Mwangura said the ransom was "
        "high. Mark Knight said the navy did not help. “This is not piracy,” Paul said. "
        "“We are happy to be home,” Coutroubis said. “They were kind,” Knight said. "
        "“The navy must act,” Mwangura said. Lisa Brown, a lawyer, agreed. “It is over,” "
        "Brown said."
    )
    doc = parse(text)
    assert full_name_of(doc, "Paul") == "Paul Chandler"
    ticket = parse("They nominated Bill Bayes for President and C.L. Gammon for Vice President.")
    assert full_name_of(ticket, "President") is None
    fact = next(f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Paul")
    written = mc(doc, fact)
    # Not "Paul" among surnames ("Coutroubis", "Knight"), where a first name stands out.
    assert written is not None and written.answer == "Paul Chandler"
    assert all(len(choice.split()) == 2 for choice in written.choices)


def test_a_nickname_in_quotation_marks_is_not_written_out() -> None:
    text = (
        "Source: https://en.wikinews.org/wiki/Guitarist_Eddie_Van_Halen_dies\n\n"
        "Guitarist Eddie Van Halen dies, aged 65\n\nThursday, October 8, 2020\n\n"
        'Edward Lodewijk "Eddie" Van Halen, lead guitarist of US rock band Van Halen, died '
        "Tuesday at age 65 following an extended battle with throat cancer."
    )
    doc = parse(text)
    (nickname,) = [t for t in doc if t.text == "Eddie" and doc[t.i - 1].text == '"']
    assert full_name(nickname) is None  # not 'Edward Lodewijk "Eddie Van Halen" Van Halen'


def test_who_said_offers_no_one_the_article_reports_dead_and_never_quotes() -> None:
    text = (
        "Navy SEAL William Owens was killed in the raid on Yemen. Defence minister Abdul"
        " Saleh demanded a review of the raid. Pentagon spokesman Josh Jaques said the raid"
        ' had met its goals. "Currently we are not planning another raid," said Jaques.'
        " Navy spokesman Tom Kemp said the team had been briefed. Yemeni official Ali"
        " Kassem said the government was not consulted."
    )
    doc, fact = quote_fact(text)
    assert fact.answer.endswith("Jaques")
    wrong = distractors_for(context(doc), fact)
    assert wrong and not any("Owens" in w for w in wrong)


def test_a_shop_price_gets_prices_that_end_like_it() -> None:
    assert all(re.fullmatch(r"US\$\d*9", v) for v in numeric_variants("US$99"))
    assert all(v.endswith(".99") for v in numeric_variants("$29.99"))
    assert "US$194" not in numeric_variants("US$199")
    # Sums are no shop prices: "$19 billion" moves like any figure.
    assert not all(v.split()[0].endswith("9") for v in numeric_variants("$19 billion"))


def test_a_hedged_round_key_takes_no_precise_figure_of_the_article() -> None:
    text = (
        "The Dow Jones surged nearly 200 points in the first 90 minutes of trading. The"
        " Nasdaq rose 54 points and the S&P 500 gained 25 points."
    )
    doc = parse(text)
    ctx = context(doc)
    fact = next(f for f in ctx.facts if f.answer == "nearly 200")
    wrong = distractors_for(ctx, fact)
    assert wrong and not {"nearly 54", "nearly 25"} & set(wrong)


def test_a_sum_in_billions_written_short_is_no_point_on_a_scale() -> None:
    figure = parse_figure("£1.4bn")
    assert figure is not None and figure.scaled()
    assert 0.7 not in changed_values(figure)  # moved by a scale step, it was halved


def test_a_city_is_made_false_by_another_big_city_of_its_state() -> None:
    text = (
        "Daniel Montalvo lived in California for years. Police said Montalvo left his "
        "job in Los Angeles on September 24."
    )
    doc, fact = fact_with(text, "Los Angeles")
    wrong = distractors_for(context(doc), fact)
    assert wrong and "San Diego" in wrong  # the largest of California's other cities
    assert not {"Long Beach", "Glendale"} & set(wrong)  # next door to Los Angeles
    statement = tf(doc, fact, False)
    assert statement is not None and f"job in {wrong[0]} on September 24" in statement.question


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the bomb went off in Baghdad, the capital of Iraq, on Sunday.",
        "The army moved into Tahrir Square in Cairo on Friday.",
        "A fire broke out in a hotel in Lompoc on Friday.",  # a town no reader knows
    ],
)
def test_a_city_the_sentence_pins_down_is_not_swapped(sentence: str) -> None:
    text = f"Officials in Iraq, Egypt, Pakistan and the United States spoke. {sentence}"
    place = next(w for w in ("Baghdad", "Cairo", "Lompoc") if w in sentence)
    doc = parse(text)
    fact = next(f for f in extract_facts(doc) if place in f.answer)
    assert distractors_for(context(doc), fact) == []


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("Two people were stabbed in Multan, Pakistan on Friday.", "Multan, Pakistan",
         "Lahore, Pakistan"),
        ("The singer died at his home in Detroit, Michigan on Monday.", "Detroit, Michigan",
         "Grand Rapids, Michigan"),
    ],
)  # fmt: skip
def test_a_city_with_its_state_or_country_is_swapped_for_another_of_them(
    sentence: str, place: str, expected: str
) -> None:
    doc, fact = fact_with(sentence, place)
    wrong = distractors_for(context(doc), fact)
    assert expected in wrong
    # Every choice keeps the state or country the sentence gives.
    assert all(w.endswith(place.split(", ")[1]) for w in wrong)


def test_a_city_named_with_a_region_it_is_not_in_is_not_swapped() -> None:
    # "San Rafael, California" is no Argentine San Rafael, and too small to swap.
    text = "He died at his home in San Rafael, California."
    doc, fact = fact_with(text, "San Rafael, California")
    assert distractors_for(context(doc), fact) == []


def test_a_city_of_a_country_the_article_never_names_is_not_swapped() -> None:
    # "Westminster" is also a town in Colorado: the article must say which country.
    doc, fact = fact_with("The bill passed into law in Westminster in July.", "Westminster")
    assert distractors_for(context(doc), fact) == []


def test_a_country_is_made_false_by_a_neighbour_the_article_does_not_name() -> None:
    text = (
        "Abdelbaset al-Megrahi was placed on trial in May 2000 in the Netherlands "
        "alongside Al Amin Khalifah Fhimah."
    )
    doc, fact = fact_with(text, "Netherlands")
    assert distractors_for(context(doc), fact) == ["Germany", "Belgium"]
    statement = tf(doc, fact, False)
    assert statement is not None
    assert statement.question == text.replace("the Netherlands", "Germany")
    # A neighbour the article names is part of the story ("Saudi Arabia denied it").
    text = "Awlaki was arrested in Yemen in 2006. Saudi Arabia denied it."
    doc, fact = fact_with(text, "Yemen")
    assert distractors_for(context(doc), fact) == ["Oman"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Police in Denmark shot dead a man who attacked a cafe in Copenhagen.", "Denmark"),
        ("Toronto Comicon returned as one of the largest fan events in Canada.", "Canada"),
        ("The Indian government said fires are common in India.", "India"),
        ("The film was shot in New Zealand by the director.", "New Zealand"),  # an island
        # A state, not an event: it may hold in the neighbour too.
        ("The PKK is banned in Turkey, the minister said.", "Turkey"),
        ("Awlaki is believed to be hiding in Yemen.", "Yemen"),
    ],
)
def test_a_country_the_sentence_pins_down_or_a_state_is_not_swapped(
    sentence: str, place: str
) -> None:
    doc, fact = fact_with(sentence, place)
    assert distractors_for(context(doc), fact) == []


def test_who_said_offers_people_who_speak_and_at_most_one_who_does_not() -> None:
    text = (
        "Pilot Liao Chien-tsung was killed in the crash. Mayor Ko Wen-je was briefed. "
        "Premier Mao Chi-kuo visited. "
        '"The engines were fine," said Thomas Wang. "The crew erred," said Michael Cox.'
    )
    doc, fact = quote_fact(text)
    wrong = distractors_for(context(doc), fact)
    # The other speaker first, then one who never speaks (never the dead pilot): two
    # wrong choices, too few for a question.
    assert len(wrong) == 2 and wrong[0] == "Michael Cox"
    assert wrong[1] in ("Ko Wen-je", "Mao Chi-kuo")


def test_who_said_offers_no_one_the_quote_speaks_of() -> None:
    text = (
        'Noura Hussein was sentenced to death. "I want to live," said Noura Hussein. '
        '"The court will hear the appeal," said Eldin Salah. '
        '"Noura is a victim, not a criminal," said Yasmeen Hassan.'
    )
    doc = parse(text)
    fact = next(f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Yasmeen Hassan")
    wrong = distractors_for(context(doc), fact)
    assert "Eldin Salah" in wrong and "Noura Hussein" not in wrong


def test_no_who_said_of_words_that_name_their_speaker_s_office() -> None:
    text = (
        "Attorney General Bob Ferguson sued. Governor Jay Inslee agreed. "
        '"It is a sad day," said Jay Inslee. "We will win," said Xavier Becerra. '
        '"It is unfair," said Eric Schneiderman. "As attorney general for the state of '
        'Washington, I will fight this," said Bob Ferguson.'
    )
    doc = parse(text)
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Bob Ferguson"]
    refused = multiple_choice(context(doc), fact)
    assert isinstance(refused, Refused) and "office" in refused.reason


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("It happened eight months later.", False),
        ("We will continue searching until we find it.", False),
        ("They have always been against the rules of our state.", False),
        ("If he does not, I will work with my colleagues to codify sanctions.", True),
        ("We assume that it is the same culprit behind both attacks.", False),
        ("Osama bin Laden declared war and today he has paid the price.", True),
        ("The operation started at dawn and it is going to plan.", True),
        # Only the first quotation is shown.
        ('The plan was a good one for our state," he added, "but it failed.', True),
    ],
)
def test_no_who_said_of_words_whose_pronoun_names_no_one_in_them(words: str, asked: bool) -> None:
    text = (
        "Governor Jay Inslee agreed. "
        '"It is a sad day for our state," said Jay Inslee. "We will win this case," said '
        f'Xavier Becerra. "It is unfair to us all," said Eric Schneiderman. "{words}" said '
        "Bob Ferguson."
    )
    doc = parse(text)
    (fact,) = [f for f in extract_facts(doc) if f.kind == "quote" and f.answer == "Bob Ferguson"]
    written = multiple_choice(context(doc), fact)
    assert isinstance(written, Candidate) == asked
    if not asked:
        assert isinstance(written, Refused) and "pronoun" in written.reason


def test_a_rank_the_tagger_cut_from_a_name_is_no_person() -> None:
    text = (
        "Marine Lance Cpl. Matthew Snyder was buried in 2006. "
        '"Speech cannot be restricted," said John Roberts. "I disagree," said Samuel Alito.'
    )
    doc, fact = quote_fact(text)
    assert not any(c.endswith("Cpl") for c in distractors_for(context(doc), fact))
