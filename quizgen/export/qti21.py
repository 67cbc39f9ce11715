"""QTI 2.1 for LMSs that import it (Blackboard Ultra, Brightspace, TAO, Inspera...): a zip
IMS content package with `imsmanifest.xml` and one `assessmentItem` file per question.

    imsmanifest.xml        one resource of type imsqti_item_xmlv2p1 per question
    items/<id>.xml         <assessmentItem>: a single-choice choiceInteraction with the
                           question as its prompt, the right choice as the correct
                           response, 1 point for it, and the explanation, the evidence and
                           the article as feedback shown after answering

Texts are plain XML text (a line break becomes `<br/>`), so article text stays text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quizgen.export.moodle import xml_safe
from quizgen.export.qti import (
    XSI,
    child,
    feedback,
    identifier,
    is_own,
    xml_bytes,
    zip_bytes,
)
from quizgen.export.registry import ExportOptions, Format, register, unix_breaks
from quizgen.model import BankEntry

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
QTI_LOCATION = f"{QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p1.xsd"
CP_LOCATION = f"{CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
FEEDBACK = "general"


def _q(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    return child(parent, QTI, tag, text, **attrs)


def _text(element: ET.Element, text: str) -> ET.Element:
    """Plain text into `element`, a line break as `<br/>`."""
    first, *rest = xml_safe(unix_breaks(text)).split("\n")
    element.text = first
    for line in rest:
        _q(element, "br").tail = line
    return element


def choice_ids(entry: BankEntry) -> list[tuple[str, str]]:
    """(identifier, text) of each choice in bank order ("True", "False" for true/false)."""
    return [(f"choice_{n}", text) for n, text in enumerate(entry.question.shown_choices, 1)]


def _response_processing(item: ET.Element) -> None:
    # 1 point for the correct response; the feedback is shown whatever the answer.
    processing = _q(item, "responseProcessing")
    show = _q(processing, "setOutcomeValue", identifier="FEEDBACK")
    _q(show, "baseValue", FEEDBACK, baseType="identifier")
    condition = _q(_q(processing, "responseCondition"), "responseIf")
    match = _q(condition, "match")
    _q(match, "variable", identifier="RESPONSE")
    _q(match, "correct", identifier="RESPONSE")
    score = _q(condition, "setOutcomeValue", identifier="SCORE")
    _q(score, "baseValue", "1", baseType="float")


def item_document(entry: BankEntry) -> ET.Element:
    """One question as a QTI 2.1 `<assessmentItem>`."""
    q = entry.question
    item = ET.Element(
        f"{{{QTI}}}assessmentItem",
        {
            f"{{{XSI}}}schemaLocation": QTI_LOCATION,
            "identifier": identifier("Q", q.id),
            "title": q.id,
            "adaptive": "false",
            "timeDependent": "false",
        },
    )
    choices = choice_ids(entry)
    right = next(ident for ident, text in choices if text == q.answer_text)
    response = _q(
        item,
        "responseDeclaration",
        identifier="RESPONSE",
        cardinality="single",
        baseType="identifier",
    )
    _q(_q(response, "correctResponse"), "value", right)
    score = _q(
        item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float"
    )
    _q(_q(score, "defaultValue"), "value", "0")
    _q(
        item,
        "outcomeDeclaration",
        identifier="FEEDBACK",
        cardinality="single",
        baseType="identifier",
    )
    body = _q(item, "itemBody")
    shuffle = "false" if q.type == "true_false" else "true"
    interaction = _q(
        body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle=shuffle, maxChoices="1"
    )
    _text(_q(interaction, "prompt"), q.question)
    for ident, text in choices:
        _text(_q(interaction, "simpleChoice", identifier=ident), text)
    _response_processing(item)
    note = feedback(entry)
    if note:
        shown = _q(
            item,
            "modalFeedback",
            outcomeIdentifier="FEEDBACK",
            showHide="show",
            identifier=FEEDBACK,
        )
        _text(shown, note)
    return item


def manifest_document(items: dict[str, str]) -> ET.Element:
    """`imsmanifest.xml`: one item resource per {identifier: file}."""
    manifest = ET.Element(
        f"{{{CP}}}manifest",
        {f"{{{XSI}}}schemaLocation": CP_LOCATION, "identifier": identifier("M", " ".join(items))},
    )
    metadata = child(manifest, CP, "metadata")
    child(metadata, CP, "schema", "QTIv2.1 Package")
    child(metadata, CP, "schemaversion", "1.0.0")
    child(manifest, CP, "organizations")
    resources = child(manifest, CP, "resources")
    for ident, href in items.items():
        resource = child(
            resources, CP, "resource", identifier=ident, type="imsqti_item_xmlv2p1", href=href
        )
        child(resource, CP, "file", href=href)
    return manifest


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.zip": the QTI 2.1 content package}."""
    files: dict[str, bytes] = {}
    items: dict[str, str] = {}
    for entry in entries:
        ident = identifier("Q", entry.question.id)
        items[ident] = f"items/{ident}.xml"
        files[items[ident]] = xml_bytes(item_document(entry))
    return {
        "questions.zip": zip_bytes(
            {"imsmanifest.xml": xml_bytes(manifest_document(items)), **files}
        )
    }


FORMAT = register(
    Format(
        name="qti21",
        description="QTI 2.1 content package (.zip) of items, for LMSs that take QTI 2.1",
        suffix=".zip",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
