"""A person's role put before their bare name in a question or statement."""

from __future__ import annotations

import pytest
from generate_support import parse, pipeline

from quizgen.generate.pipeline import questions_for_article
from quizgen.generate.questions.roles import title_of, with_role
from quizgen.model import Article

ARTICLE = (
    "Ramezan Sharif, a spokesman for Iran's Revolutionary Guards, said the wreckage had been "
    "found. The local mayor near the Pontville detention centre, Tony Foster, said the "
    "centre was opened only three years ago. Robert Zoelick, World Bank president, said "
    "food prices had risen."
)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Ramezan Sharif", "Iran's Revolutionary Guards spokesman"),
        ("Robert Zoelick", "World Bank president"),
        ("Tony Foster", "local mayor"),  # "near the Pontville detention centre" is not
    ],
)
def test_a_role_is_written_as_a_title(name: str, title: str) -> None:
    doc = parse(ARTICLE)
    (ent,) = [e for e in doc.ents if e.text == name]
    assert title_of(ent) == title


def test_a_title_that_opened_its_sentence_loses_the_capital_it_had_for_that() -> None:
    doc = parse(
        "Freed hostage Íngrid Betancourt arrived in France today. She was kidnapped in 2002."
    )
    (ent,) = [e for e in doc.ents if e.text == "Íngrid Betancourt"]
    assert title_of(ent) == "freed hostage"


def test_a_bare_name_gets_its_title_once_and_a_titled_or_quoted_one_none() -> None:
    doc = parse(ARTICLE)
    assert with_role(doc, "Tony Foster cited upgrade costs of $10 million.") == (
        "Local mayor Tony Foster cited upgrade costs of $10 million."
    )
    assert with_role(doc, "Prices rose, said Robert Zoelick.") == (
        "Prices rose, said World Bank president Robert Zoelick."
    )
    unchanged = [
        "Mr Robert Zoelick said food prices had risen.",
        "Robert Zoelick, who heads the bank, said food prices had risen.",
        "“Tony Foster was right,” the minister said.",
    ]
    for text in unchanged:
        assert with_role(doc, text) == text


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Former vice-president Nickey Iyambo died on Sunday.", "Nickey Iyambo died."),
        ("Mr Briton Murray Watson was abducted on Monday.", "Murray Watson was abducted."),
        # The tagger names only "Khan": "London Sadiq" is no title of anyone.
        ("The mayor of London Sadiq Khan tweeted his thanks.", "Sadiq Khan tweeted."),
        # A title the tagger cut at its hyphen: not "chancellor Abhijit Chakrabarti".
        (
            "The students encircled the vice-chancellor, Abhijit Chakrabarti, on Monday.",
            "The students complained about Abhijit Chakrabarti.",
        ),
        # A role of that time only: not "Then the Prime Minister Justin Trudeau".
        (
            "Parliament was dissolved at the request of Justin Trudeau, then the Prime Minister.",
            "Justin Trudeau heads the Liberal Party.",
        ),
    ],
)
def test_no_title_of_a_cut_word_a_form_of_address_a_name_s_part_or_a_time_s(
    sentence: str, statement: str
) -> None:
    assert with_role(parse(sentence), statement) == statement


def test_generated_statements_carry_the_title_the_article_gives() -> None:
    paragraphs = [
        "Australia will close four immigration detention centres by February, the "
        "government said on Tuesday.",
        "The local mayor near the Pontville detention centre, Tony Foster, said the centre "
        "was opened only three years ago.",
        "Tony Foster cited recent centre upgrade costs of $15 million.",
    ]
    article = Article(path="centres.txt", title="Australia to close centres", paragraphs=paragraphs)
    questions = questions_for_article(article, pipeline()(article.text))
    about_costs = [q for q in questions if "upgrade costs" in q.question]
    assert about_costs and all(
        q.question.startswith("Local mayor Tony Foster") for q in about_costs
    )
