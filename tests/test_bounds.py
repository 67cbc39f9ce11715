"""Figures said as a round bound in true and false statements alike."""

from __future__ import annotations

import pytest
from generate_support import fact_with, tf

from quizgen.generate.questions.bounds import bounded


def test_a_figure_is_said_as_a_bound_below_when_true_and_well_above_in_some_false_ones() -> None:
    text = "The Pentagon asked Congress for US$162 billion for the wars in Iraq."
    doc, fact = fact_with(text, "US$162 billion")
    true, false = tf(doc, fact, True), tf(doc, fact, False)
    assert true is not None and false is not None
    assert true.question == (
        "The Pentagon asked Congress for more than US$150 billion for the wars in Iraq."
    )
    assert false.question == (
        "The Pentagon asked Congress for more than US$250 billion for the wars in Iraq."
    )
    # The explanation gives the article's own figure.
    assert "US$162 billion" in true.explanation and "US$162 billion" in false.explanation
    # Most figures end up stated false, so only some false statements are bounds: one in
    # every false statement marked them false in a blind grading.
    doc, fact = fact_with(text.replace("Iraq", "2008"), "US$162 billion")
    false = tf(doc, fact, False)
    assert false is not None and "more than" not in false.question


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "President Bush signed a US$162 billion war funding bill in Washington.",
            "US$162 billion",
        ),
        ("At least 45 people have been killed in the violence in Kenya.", "At least 45"),
        ("“We lost 45 men in Kenya,” the general said.", "45"),
        (
            "Jeff Gordon recorded his 80th career NASCAR Sprint Cup Series win in the 2014 race.",
            "80th career",
        ),
        ("The toll in Kenya rose from 40 to 45 people on Monday.", "45"),
        ("Cristiano Ronaldo equalled the record of Luis Figo's 127 caps for the nation.", "127"),
        ("Police in Kenya arrested 12 people after the riots.", "12"),
        # "a further more than €50,000": a word that counts on from another figure.
        (
            "UNICEF is to contribute a further €60,000, as well as technical expertise to the"
            " Ministry of Agriculture, who will carry out the bulk of the work.",
            "€60,000",
        ),
        (
            "Humberto had winds of 120 miles per hour (195 kilometers per hour) on Monday.",
            "195 kilometers",
        ),
        (
            "Humberto had winds of 120 miles per hour (195 kilometers per hour) on Monday.",
            "120 miles per hour",
        ),
    ],
)
def test_a_figure_that_reads_badly_as_a_bound_is_said_exactly(text: str, answer: str) -> None:
    doc, fact = fact_with(text, answer)
    sent = doc[fact.start].sent
    before = doc[sent.start : fact.start].text
    after = doc[fact.end : sent.end].text
    assert bounded(doc, fact, before, after, True) is None
    assert bounded(doc, fact, before, after, False) is None
