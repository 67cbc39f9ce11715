"""Moodle XML export, parsed back with the standard library."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

from quizgen.bank import load_bank
from quizgen.export import ExportOptions, get_format
from quizgen.export.moodle import render_text
from quizgen.model import BankEntry, select

DATA = Path(__file__).parent / "data" / "export"


def entries(*names: str) -> list[BankEntry]:
    bank, problems = load_bank([DATA / n for n in names] or [DATA])
    assert not [p for p in problems if p.severity == "error"]
    return select(bank.entries())


def from_html(text: str | None) -> str:
    """Moodle HTML text back to the plain text it came from."""
    return html.unescape((text or "").replace("<br>\n", "\n"))


def quiz(options: ExportOptions | None = None, *names: str) -> ET.Element:
    exported = render_text(entries(*names), options or ExportOptions()).encode("utf-8")
    assert exported.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(exported)


def test_structure_is_what_moodles_importer_reads() -> None:
    exported = entries()
    root = quiz()
    assert root.tag == "quiz"
    questions = [q for q in root if q.get("type") != "category"]
    assert len(questions) == len(exported)
    for entry, element in zip(exported, questions, strict=True):
        q = entry.question
        assert element.get("type") == ("truefalse" if q.type == "true_false" else "multichoice")
        assert element.findtext("name/text") == q.id
        assert element.findtext("idnumber") == q.id
        assert element.find("questiontext").get("format") == "html"
        assert from_html(element.findtext("questiontext/text")) == q.question
        assert [t.text for t in element.findall("tags/tag/text")] == [t.strip() for t in q.tags]
        answers = element.findall("answer")
        if q.type == "true_false":
            assert [a.findtext("text") for a in answers] == ["true", "false"]
            right = "true" if q.answer else "false"
        else:
            assert element.findtext("single") == "true"
            assert element.findtext("shuffleanswers") == "true"
            assert [from_html(a.findtext("text")) for a in answers] == q.choices
            right = q.answer
        fractions = {from_html(a.findtext("text")): a.get("fraction") for a in answers}
        assert fractions == {text: ("100" if text == right else "0") for text in fractions}
        for answer in answers:
            assert from_html(answer.findtext("feedback/text")) == q.explanation
        if q.evidence:
            assert q.evidence in from_html(element.findtext("generalfeedback/text"))


def test_special_characters_survive() -> None:
    root = quiz(None, "special.yaml")
    by_id = {q.findtext("name/text"): q for q in root if q.get("type") != "category"}
    raw = by_id["special-markup-and-newlines"].findtext("questiontext/text")
    # The article's markup is text for Moodle, never HTML it would run.
    assert "<script>" not in raw
    assert "&lt;script&gt;" in raw
    assert from_html(raw).endswith(
        "]]> ends CDATA -- and <!-- a comment -->.\nA literal \\n is not a newline."
    )
    answers = [
        from_html(a.findtext("text"))
        for a in by_id["special-markup-and-newlines"].findall("answer")
    ]
    assert answers[2] == "<b>bold</b> & &amp; entities"
    assert "日本語, עברית, emoji 🎉" in from_html(
        by_id["special-markup-and-newlines"].findtext("generalfeedback/text")
    )


def test_categories_switch_per_bank_file() -> None:
    root = quiz(ExportOptions(title="Week 1/2"))
    categories = [q.findtext("category/text") for q in root if q.get("type") == "category"]
    assert categories == [
        "$course$/top/Week 1//2/Plain questions",
        "$course$/top/Week 1//2/Specials: ~ = # { } \\ // & <b>",
    ]
    assert root[0].get("type") == "category"


def test_title_with_double_dash_keeps_the_document_well_formed() -> None:
    assert quiz(ExportOptions(title="a -- b ---"), "plain.yaml").tag == "quiz"


def test_moodle_knows_its_own_files() -> None:
    fmt = get_format("moodle")
    (content,) = fmt.render(entries("plain.yaml"), ExportOptions()).values()
    assert fmt.is_own(content)
    assert not fmt.is_own(b'<?xml version="1.0"?>\n<quiz></quiz>\n')
