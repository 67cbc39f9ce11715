"""Moodle XML: `<quiz>` with a category switch per bank file, `multichoice` (one right
answer, shuffled, fractions 100/0) and `truefalse` questions, each with feedback.

Texts are HTML (Moodle's default format): article text is HTML-escaped and newlines become
`<br>`, so `<script>` in an article shows as text. ElementTree then escapes that HTML for
XML, which avoids CDATA and its `]]>` pitfall altogether. Characters XML 1.0 cannot carry
(control characters other than tab and newline) are dropped.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from quizgen.export.registry import (
    GENERATOR_MARK,
    ExportOptions,
    Format,
    category_runs,
    moodle_category_path,
    register,
    source_note,
    title_for,
    unix_breaks,
)
from quizgen.model import BankEntry, Question

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARK = f"<!-- {GENERATOR_MARK} -->"


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)


def to_html(text: str) -> str:
    """Plain article text as Moodle HTML: escaped, newlines as `<br>`, XML-safe."""
    return html.escape(xml_safe(unix_breaks(text)), quote=False).replace("\n", "<br>\n")


def category_path(*levels: str) -> str:
    """A Moodle category path under the course: `/` separates levels, `//` is a literal `/`."""
    return f"$course$/top/{moodle_category_path(levels)}"


def _text(parent: ET.Element, tag: str, text: str, *, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = to_html(text) if fmt == "html" else text
    return element


def _plain(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = value


def category_element(*levels: str) -> ET.Element:
    """`<question type="category">` switching the import to this category."""
    question = ET.Element("question", {"type": "category"})
    category = ET.SubElement(question, "category")
    ET.SubElement(category, "text").text = category_path(*levels)
    return question


def _answer(parent: ET.Element, text: str, right: bool, feedback: str, fmt: str) -> None:
    answer = ET.SubElement(parent, "answer", {"fraction": "100" if right else "0", "format": fmt})
    ET.SubElement(answer, "text").text = to_html(text) if fmt == "html" else text
    _text(answer, "feedback", feedback)


def _tags(parent: ET.Element, question: Question) -> None:
    tags = [t.strip() for t in question.tags if t.strip()]
    if tags:
        element = ET.SubElement(parent, "tags")
        for tag in tags:
            ET.SubElement(ET.SubElement(element, "tag"), "text").text = xml_safe(tag)


def question_element(entry: BankEntry) -> ET.Element:
    """One `<question>`: multichoice or truefalse."""
    q = entry.question
    kind = "truefalse" if q.type == "true_false" else "multichoice"
    element = ET.Element("question", {"type": kind})
    ET.SubElement(ET.SubElement(element, "name"), "text").text = q.id
    _text(element, "questiontext", q.question)
    _text(element, "generalfeedback", source_note(entry))
    _plain(element, "defaultgrade", "1")
    _plain(element, "penalty", "1" if kind == "truefalse" else "0.3333333")
    _plain(element, "hidden", "0")
    _plain(element, "idnumber", q.id)
    if kind == "truefalse":
        # Moodle recognises the literal texts "true"/"false" (moodle_auto_format).
        _answer(element, "true", q.answer is True, q.explanation, "moodle_auto_format")
        _answer(element, "false", q.answer is False, q.explanation, "moodle_auto_format")
    else:
        _plain(element, "single", "true")
        _plain(element, "shuffleanswers", "true")
        _plain(element, "answernumbering", "abc")
        for choice in q.choices:
            _answer(element, choice, choice == q.answer, q.explanation, "html")
    _tags(element, q)
    return element


def build_quiz(entries: list[BankEntry], options: ExportOptions) -> ET.Element:
    """The `<quiz>` tree: a category switch before each bank file's questions."""
    quiz = ET.Element("quiz")
    for levels, run in category_runs(entries, options):
        quiz.append(category_element(*levels))
        quiz.extend(question_element(entry) for entry in run)
    return quiz


def render_text(entries: list[BankEntry], options: ExportOptions) -> str:
    """The whole Moodle XML document."""
    quiz = build_quiz(entries, options)
    ET.indent(quiz, space="  ")
    # An XML comment may not contain "--" nor end with "-".
    title = re.sub("-{2,}", "-", to_html(" ".join(title_for(entries, options).split())))
    body = ET.tostring(quiz, encoding="unicode")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{_MARK}\n<!-- {title.rstrip("-")} -->\n{body}\n'
    )


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.xml": the Moodle XML document, UTF-8}."""
    return {"questions.xml": render_text(entries, options).encode("utf-8")}


def is_own(content: bytes) -> bool:
    """Whether a Moodle XML file was written by quizgen (the marker comment at its top)."""
    return _MARK.encode() in content[:200]


FORMAT = register(
    Format(
        name="moodle",
        description="Moodle XML for Moodle's question bank import",
        suffix=".xml",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
