"""Acronyms a question uses are written out as its article spells them out."""

from __future__ import annotations

from generate_support import parse

from quizgen.generate.questions.acronyms import with_names_spelt_out
from quizgen.generate.questions.wording import typeset

ARTICLE = (
    "The United States National Hurricane Center (NHC) said Ida was strong. The Scottish"
    " National Party (SNP) won 48 seats. The World Health Organization (WHO) met."
)


def test_an_acronym_the_article_spells_out_is_written_in_full() -> None:
    doc = parse(ARTICLE)
    stem = "According to the NHC, Ida could reach the US's Gulf Coast."
    assert with_names_spelt_out(doc, stem) == (
        "According to the National Hurricane Center, Ida could reach the US's Gulf Coast."
    )
    # "the" as the article writes it, and "a" or "an" as the name's sound needs.
    assert with_names_spelt_out(doc, "NHC reported rain.") == (
        "The National Hurricane Center reported rain."
    )
    # (the article before the name is mended as every question's, by `typeset`)
    assert typeset(with_names_spelt_out(doc, "Swinson lost to an SNP candidate.")) == (
        "Swinson lost to a Scottish National Party candidate."
    )


def test_an_acronym_stays_when_well_known_quoted_or_the_key() -> None:
    doc = parse(ARTICLE)
    assert with_names_spelt_out(doc, "The WHO met in Geneva.") == "The WHO met in Geneva."
    quoted = "Mr Smith said “the NHC was right”."
    assert with_names_spelt_out(doc, quoted) == quoted
    asked = "Which body warned that Ida could reach the NHC's coast?"
    assert with_names_spelt_out(doc, asked, keep="NHC") == asked
    undefined = "The FEMA team arrived."
    assert with_names_spelt_out(doc, undefined) == undefined
