"""The web page reader on real news pages: the article, its metadata, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from generate_support import pipeline

from quizgen.generate.facts import extract_facts
from quizgen.generate.formats.clean import normalize_space
from quizgen.generate.formats.web import headline, parse_web_page
from quizgen.generate.read import read_article

PAGES = Path(__file__).parent / "data" / "pages"

#: page -> (sentences the article must hold, sentences from around it it must not).
EXPECTED = {
    "dw.com.colonial": (
        [
            "The German capital has launched a five-year project to mark its part in "
            "European colonialism.",
            "Lüderitzstrasse will become Cornelius-Fredericks-Strasse, after a southwest "
            "African tribal leader",
            "The city of Berlin itself became a major part of African colonial history in 1884",
        ],
        [
            "Read more: Recognizing Germany colonial crimes",
            "Looted colonial art: Germany to set up new contact office",
            "Only about 16,000 Herero survived the extermination campaign.",
            "Deutsch - warum nicht?",
        ],
    ),
    "kulu-media.com.meta-outage": (
        [
            "Many users reported being automatically logged out of their accounts",
            "more than 104,000 Facebook users submitted outage reports",
        ],
        ["Artemis", "splashdown", "NASA", "Tigray"],
    ),
    "reuters.com.parasite": (
        ["cementing their roles", "Despite an unknown cast,", "It’s been the most beautiful dream"],
        ["Related Coverage", "4 Min Read", "The Thomson Reuters Trust Principles", "Factbox"],
    ),
    "theguardian.com.academics": (
        ["It calls on the Office for Students", "But a spokesperson for"],
        [
            "Available for everyone, funded by readers",
            "Make a contribution",
            "Striking members of the UCU",
        ],
    ),
    "salon.com.emissions": (
        ["The same can’t be said of gas-powered cars", "Cleaning up the electrical grid"],
        ["Credit:", "Advertisement:", "Reproduction of material from any"],
    ),
    "threatpost.com.android": (
        [
            "These messages include links to the ransomware",
            "using novel techniques to exfiltrate data.",
        ],
        ["Share this article:", "Write a comment", "Notify me when new comments are added."],
    ),
    "nature.com.telescope": (
        ["Since testing began", "Li hopes that"],
        ["You are using a browser version", "PDF version", "Latest on:", "I agree my information"],
    ),
    "theverge.com.ios13": (
        ["Normally, video calls tend to", "Added ARKit explanation and tweet."],
        ["Singapore’s public health program", "Command Line delivers daily updates"],
    ),
    "scmp.com.playbook": (
        ["almost insulting to Hongkongers", "Tsai triumphed using political shrewdness."],
        ["Alice Wu fell down the rabbit hole", "By registering, you agree to"],
    ),
}


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_real_page_gives_the_article_and_nothing_around_it(page):
    article = read_article(PAGES / f"{page}.html")
    must, must_not = EXPECTED[page]
    for sentence in must:
        assert sentence in article.text
    for sentence in must_not:
        assert sentence not in article.text
        assert sentence not in article.title


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_real_page_body_is_the_known_article_text(page):
    article = read_article(PAGES / f"{page}.html")
    known = (PAGES / f"{page}.article.txt").read_text(encoding="utf-8")
    title, _, body = known.partition("\n\n")
    assert article.title == title
    assert article.paragraphs == body.strip().split("\n\n")


def test_real_page_metadata():
    guardian = read_article(PAGES / "theguardian.com.academics.html")
    assert guardian.date == "2020-01-20"
    assert guardian.author == "Richard Adams"
    assert guardian.site == "The Guardian"
    assert guardian.url == (
        "http://www.theguardian.com/education/2020/jan/20/"
        "thousands-of-uk-academics-treated-as-second-class-citizens"
    )
    assert guardian.reader == "trafilatura"
    reuters = read_article(PAGES / "reuters.com.parasite.html")
    assert (reuters.date, reuters.author, reuters.site) == (
        "2020-01-20",
        "Jill Serjeant",
        "Reuters",
    )


def test_page_built_by_scripts_is_read_from_its_structured_data():
    article = read_article(PAGES / "scmp.com.playbook.html")
    assert article.reader == "structured data"
    assert article.date == "2020-01-20"
    assert article.paragraphs[0].startswith("Taiwanese President Tsai Ing-wen’s spectacular")


def test_page_trafilatura_finds_nothing_in_is_read_by_the_simple_reader():
    # trafilatura leaves tables out; the simple reader reads a page's visible text.
    article = parse_web_page(
        "page.html",
        "<html><body><h1>Flood warning</h1><table><tr><td>"
        "The river rose by two metres overnight, the agency said.</td></tr></table></body></html>",
    )
    assert article.reader == "beautifulsoup"
    assert article.title == "Flood warning"
    assert article.paragraphs == ["The river rose by two metres overnight, the agency said."]


def test_line_break_inside_a_paragraph_is_a_space():
    article = read_article(Path(__file__).parent / "data" / "articles" / "museum.html")
    assert (
        "The painting had been missing for 40 years. Police found it in a private collection."
        in article.paragraphs
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013",
            "Uncork the mystery of Germany's Frühburgunder",
        ),
        ("Meta Outage Hits Facebook - Kulu Media", "Meta Outage Hits Facebook"),
        (
            "Storm - a long night | The Daily Town Paper Online",
            "Storm - a long night | The Daily Town Paper Online",
        ),
        ("Trump - Putin call", "Trump - Putin call"),
    ],
)
def test_headline_drops_what_the_page_title_appends(title, expected):
    assert headline(title) == expected


def test_sidebar_stories_give_no_question():
    page = PAGES / "kulu-media.com.meta-outage.html"
    article = read_article(page)
    known = normalize_space((PAGES / "kulu-media.com.meta-outage.article.txt").read_text("utf-8"))
    facts = extract_facts(pipeline()(article.text))
    assert facts
    for fact in facts:
        assert normalize_space(fact.evidence) in known
        assert "Artemis" not in fact.evidence and "NASA" not in fact.evidence
