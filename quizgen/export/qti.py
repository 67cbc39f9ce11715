"""QTI 1.2 for Canvas, Blackboard, Brightspace (D2L) and Schoology: a zip that is an IMS
Common Cartridge 1.1 content package (`imsmanifest.xml`) holding one assessment.

    imsmanifest.xml                      the package: one resource, the assessment
    <assessment id>/assessment_qti.xml   <questestinterop>: one assessment, one section,
                                          an <item> per question

Each item follows the Common Cartridge profile of QTI 1.2.1 (what these LMSs import and
export themselves): `cc_profile` metadata (`cc.multiple_choice.v0p1`, `cc.true_false.v0p1`),
a single-response `response_lid` with one `response_label` per choice (True/False for
true/false), 100 points for the right label, and the explanation, the evidence and the
article as general feedback. Texts are HTML (`texttype="text/html"`), escaped, so
`<script>` in an article shows as text; ElementTree escapes that HTML again for XML.
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET
import zipfile

from quizgen.export.moodle import to_html, xml_safe
from quizgen.export.registry import (
    GENERATOR_MARK,
    ExportOptions,
    Format,
    register,
    source_note,
    title_for,
)
from quizgen.model import BankEntry, Question

QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATIONS = {
    QTI: f"{QTI} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd",
    CP: f"{CP} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd "
    f"{LOM} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd",
}
#: The Common Cartridge profile of each question type.
CC_PROFILES = {"multiple_choice": "cc.multiple_choice.v0p1", "true_false": "cc.true_false.v0p1"}
RESPONSE = "response1"
FEEDBACK = "general_fb"
#: Zip entries carry this date, so the same export gives the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_MARK = f"<!-- {GENERATOR_MARK} -->"


def child(
    parent: ET.Element, namespace: str, tag: str, text: str | None = None, **attrs: str
) -> ET.Element:
    """A new `namespace:tag` element under `parent`, with its text and attributes."""
    element = ET.SubElement(parent, f"{{{namespace}}}{tag}", attrs)
    element.text = text
    return element


def _q(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    return child(parent, QTI, tag, text, **attrs)


def _material(parent: ET.Element, text: str) -> None:
    _q(_q(parent, "material"), "mattext", to_html(text), texttype="text/html")


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    metadata = _q(parent, "qtimetadata")
    for label, entry in fields.items():
        field = _q(metadata, "qtimetadatafield")
        _q(field, "fieldlabel", label)
        _q(field, "fieldentry", entry)


def identifier(prefix: str, text: str) -> str:
    """An XML-safe, stable identifier for `text` ("Q_" + a hash of a question id)."""
    return f"{prefix}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def labels(question: Question) -> list[tuple[str, str]]:
    """(label ident, text) of each choice, in bank order ("True", "False" for true/false)."""
    return [(f"{RESPONSE}_{n}", text) for n, text in enumerate(question.shown_choices, 1)]


def feedback(entry: BankEntry) -> str:
    """The general feedback: the explanation, then the evidence and the article."""
    return "\n".join(part for part in (entry.question.explanation, source_note(entry)) if part)


def item_element(entry: BankEntry) -> ET.Element:
    """One question as a QTI `<item>` of the Common Cartridge profile."""
    q = entry.question
    item = ET.Element(f"{{{QTI}}}item", {"ident": identifier("Q", q.id), "title": q.id})
    _metadata(_q(item, "itemmetadata"), {"cc_profile": CC_PROFILES[q.type], "cc_weighting": "1"})
    presentation = _q(item, "presentation")
    _material(presentation, q.question)
    response = _q(presentation, "response_lid", ident=RESPONSE, rcardinality="Single")
    choices = _q(response, "render_choice", shuffle="Yes" if q.type != "true_false" else "No")
    right = ""
    for ident, text in labels(q):
        _material(_q(choices, "response_label", ident=ident), text)
        if text == q.answer_text:
            right = ident
    processing = _q(item, "resprocessing")
    outcomes = _q(processing, "outcomes")
    _q(outcomes, "decvar", varname="SCORE", vartype="Decimal", minvalue="0", maxvalue="100")
    note = feedback(entry)
    if note:
        always = _q(processing, "respcondition", **{"continue": "Yes"})
        _q(_q(always, "conditionvar"), "other")
        _q(always, "displayfeedback", feedbacktype="Response", linkrefid=FEEDBACK)
    scored = _q(processing, "respcondition", **{"continue": "No"})
    _q(_q(scored, "conditionvar"), "varequal", right, respident=RESPONSE)
    _q(scored, "setvar", "100", varname="SCORE", action="Set")
    if note:
        _material(_q(_q(item, "itemfeedback", ident=FEEDBACK), "flow_mat"), note)
    return item


def assessment_document(entries: list[BankEntry], title: str, ident: str) -> ET.Element:
    """`<questestinterop>` with one assessment of one section holding every item."""
    root = ET.Element(
        f"{{{QTI}}}questestinterop", {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATIONS[QTI]}
    )
    assessment = _q(root, "assessment", ident=ident, title=title)
    _metadata(assessment, {"cc_maxattempts": "1"})
    section = _q(assessment, "section", ident="root_section")
    section.extend(item_element(entry) for entry in entries)
    return root


def manifest_document(title: str, ident: str) -> ET.Element:
    """`imsmanifest.xml`: a Common Cartridge 1.1 package whose one resource is the assessment."""
    manifest = ET.Element(
        f"{{{CP}}}manifest",
        {"identifier": identifier("M", ident), f"{{{XSI}}}schemaLocation": SCHEMA_LOCATIONS[CP]},
    )
    metadata = child(manifest, CP, "metadata")
    child(metadata, CP, "schema", "IMS Common Cartridge")
    child(metadata, CP, "schemaversion", "1.1.0")
    general = child(child(metadata, LOM, "lom"), LOM, "general")
    child(child(general, LOM, "title"), LOM, "string", title)
    child(manifest, CP, "organizations")
    resources = child(manifest, CP, "resources")
    resource = child(
        resources,
        CP,
        "resource",
        identifier=ident,
        type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
    )
    child(resource, CP, "file", href=f"{ident}/assessment_qti.xml")
    return manifest


def xml_bytes(root: ET.Element) -> bytes:
    """A document as UTF-8 with declaration and quizgen's marker comment."""
    # The root's namespace is the document's default one (xmlns="..."), as these LMSs write it.
    default = root.tag[1:].split("}")[0]
    for prefix, namespace in (("", default), ("lom", LOM), ("xsi", XSI)):
        ET.register_namespace(prefix, namespace)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{_MARK}\n{body}\n'.encode()


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.zip": the content package}."""
    title = xml_safe(" ".join(title_for(entries, options).split()))
    ident = identifier("A", title)
    files = {
        "imsmanifest.xml": xml_bytes(manifest_document(title, ident)),
        f"{ident}/assessment_qti.xml": xml_bytes(assessment_document(entries, title, ident)),
    }
    return {"questions.zip": zip_bytes(files)}


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A content package: `files` zipped with a fixed date (the same export, the same bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def is_own(content: bytes) -> bool:
    """Whether a zip is a QTI package quizgen wrote (its manifest carries the marker)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return _MARK.encode() in archive.read("imsmanifest.xml")[:200]
    except (zipfile.BadZipFile, KeyError):
        return False


FORMAT = register(
    Format(
        name="qti",
        description="QTI 1.2 content package (.zip) for Canvas, Blackboard, Brightspace, Schoology",
        suffix=".zip",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
