"""False statements that reverse the claim instead of changing a figure."""

from __future__ import annotations

import pytest
from generate_support import parse

from quizgen.generate.questions.reversal import reversed_claim


def reverse(sentence: str) -> str | None:
    doc = parse(sentence)
    return reversed_claim(next(iter(doc.sents)), sentence)


@pytest.mark.parametrize(
    ("sentence", "reversed_sentence"),
    [
        (
            "Prime Minister Alexander Stubb supported the change to the law.",
            "Prime Minister Alexander Stubb opposed the change to the law.",
        ),
        (
            "The Labour Party won the election in Wellington.",
            "The Labour Party lost the election in Wellington.",
        ),
        (
            "President Barack Obama has rejected a call for a boycott of the Games.",
            "President Barack Obama has accepted a call for a boycott of the Games.",
        ),
        ("Oil prices rose sharply in May.", "Oil prices fell sharply in May."),
        (
            "The union agreed to end the strike in 2019.",
            "The union refused to end the strike in 2019.",
        ),
        ("The court upheld the ruling in 2018.", "The court overturned the ruling in 2018."),
        (
            "The government allowed women to drive in 2018.",
            "The government forbade women to drive in 2018.",
        ),
        ("The mayor welcomed the decision.", "The mayor criticised the decision."),
        (
            "The Dow Jones Industrial Average dropped 340 points on news of rising unemployment.",
            "The Dow Jones Industrial Average climbed 340 points on news of rising unemployment.",
        ),
        ("The Nasdaq lost 2.5% to close at 2,100.", "The Nasdaq gained 2.5% to close at 2,100."),
        ("Sales of the iPhone surged in May.", "Sales of the iPhone plunged in May."),
        ("The government lifted the ban on imports.", "The government imposed the ban on imports."),
        ("Ford will close its plant in Ontario.", "Ford will open its plant in Ontario."),
        ("Apple bought the company in 2010.", "Apple sold the company in 2010."),
        (
            "The House of Lords passed the Marriage Bill at Third Reading.",
            "The House of Lords rejected the Marriage Bill at Third Reading.",
        ),
        ("Smith was convicted of murder in 2004.", "Smith was acquitted of murder in 2004."),
        (
            "The airline suspended flights to Beijing in March.",
            "The airline resumed flights to Beijing in March.",
        ),
        (
            "The central bank cut interest rates in May.",
            "The central bank raised interest rates in May.",
        ),
        ("Croatia joined the European Union in 2013.", "Croatia left the European Union in 2013."),
    ],
)
def test_the_main_verb_is_turned_into_its_opposite(sentence: str, reversed_sentence: str) -> None:
    assert reverse(sentence) == reversed_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland lost to Slovakia in the final round.",  # "won to Slovakia"
        # Only someone with a say forbids: no "The travelator forbids passengers to ...".
        "The travelator allows passengers to transfer between the Northern and Jubilee lines.",
        "British singer Adele won five Grammy Awards in Los Angeles.",  # no contest
        "The contest was won by a work of genius from Maxi Rodriguez.",  # passive
        "The rate fell off sharply in May.",  # a particle: no "rose off"
        "The minister sharply criticised the decision of the court.",  # "sharply praised"
        "The referee denied Bayern a penalty in the second half.",  # no clause denied
        "Bonner initially supported the government but became critical of it.",  # contrast
        "The union did not support the strike in March.",  # negated
        "Prices rose in May after they fell in April.",  # the opposite is there too
        "“We support the bill,” the minister said on Monday.",  # quoted words
        "The union agreed that the strike was over.",  # no "refused that"
        "Police arrested 40 protesters on Sunday.",  # "released ... on criminal charges"
        "Yelena Bonner gained fame as a dissident.",  # "lost fame"
        "Trump granted Bernard Kerik a full pardon.",  # "refused ... a pardon" reads absurd
        "Strauss-Kahn fell from favour after a scandal in the US.",  # a person's fall is an idiom
        "The club suspended the player for three matches.",  # no "resumed the player"
        "The firm cut 500 jobs in May.",  # jobs are no level to raise
        "The charity raised money for the victims.",  # "lowered money"
        "Thousands joined the protest in Moscow.",  # no side to leave
        "Blair praised the wine, saying “It was a great wine”.",  # the quote tells
        # The reason given says which way the judgement went: no "praised ... for not".
        "China has been criticized by Japan for not being sufficiently cooperative.",
        "The team confirmed that 10,000 bones were unearthed.",  # "denied" its own find
        # A verdict turns only of a named person: "acquitted a serial killer of 52 crimes"
        # keeps words that presume it; "join" turns only of a body: "left Kosgei at the
        # finish line" is no opposite.
        "A judge convicted a serial killer of 52 crimes, including sixteen murders.",
        "Paula Radcliffe joined Brigid Kosgei at the finish line.",
        # Moves only of what is measured, said actively, with no word that gives the way.
        "Columbia was lost on February 1, 2003, killing all seven astronauts aboard.",
        "Imus was dropped in 2007 by MSNBC and CBS Radio.",
        "Prosecutors dropped the charges against him.",
        "Oil dropped below US$95 a barrel.",
        "Aftershocks increased the death toll from five people to six.",
        "The Dow lost its gains by the close.",
        "The state of Amazonas has lost eight people so far.",  # deaths: no "gained"
        "Police opened fire on the crowd.",  # a premise opens, fire does not close
        "Kipchoge lifted the trophy in Berlin.",  # no restriction
        "Messi passed the ball to Suarez in the second half.",  # a vote passes a law only
        # Another word says the way it went: turned, the statement contradicts itself.
        "The Hang Seng index fell 5.5 percent, its biggest fall since 2001.",
        "The Nikkei has fallen 40% this year, and has lost a quarter of its value this month.",
    ],
)
def test_a_claim_that_would_read_wrong_reversed_is_left(sentence: str) -> None:
    assert reverse(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "reversed_sentence"),
    [
        (
            "The Baltimore Ravens defeated the San Francisco 49ers, 34-31 to win the Super Bowl.",
            "The San Francisco 49ers defeated the Baltimore Ravens, 34-31 to win the Super Bowl.",
        ),
        (
            "Argentina beat Mexico 3-1 in Johannesburg.",
            "Mexico beat Argentina 3-1 in Johannesburg.",
        ),
    ],
)
def test_a_winner_and_a_loser_trade_places(sentence: str, reversed_sentence: str) -> None:
    assert reverse(sentence) == reversed_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina did not beat Mexico in the final.",  # negated: neither reads plainly false
        "Argentina beat three rivals in the final.",  # no name for the loser
        "Mexico was beaten by Argentina in the final.",  # the passive keeps its sides apart
        # Descriptions stay behind: "the 24-year-old Melzer beat Austria's Nadal".
        "In the men's semifinals earlier today, the 24-year-old Nadal beat Austria's Jurgen"
        " Melzer, and Soderling defeated Czech player Tomas Berdych.",
    ],
)
def test_no_sides_are_traded_without_two_named_sides(sentence: str) -> None:
    assert reverse(sentence) is None


def test_a_side_named_in_part_is_not_traded_inside_a_longer_name() -> None:
    doc = parse("In the final, Nadal beat Robin Soderling.")
    statement = "In the final, Rafael Nadal beat Robin Soderling."  # not "Rafael Robin ..."
    assert reversed_claim(next(iter(doc.sents)), statement) is None
