"""QTI 2.1 export: every item and the manifest validated against the IMS QTI 2.1.1 and
content-packaging schemas with lxml (no pip-installable QTI 2.1 reader is used)."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

from export_support import entries
from lxml import etree

from quizgen.export import ExportOptions, get_format

XSD = Path(__file__).parent / "data" / "qti21" / "xsd"
NS = {
    "q": "http://www.imsglobal.org/xsd/imsqti_v2p1",
    "cp": "http://www.imsglobal.org/xsd/imscp_v1p1",
}


@cache
def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


def package() -> dict[str, bytes]:
    (content,) = get_format("qti21").render(entries(), ExportOptions()).values()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_manifest_and_every_item_are_valid_and_listed() -> None:
    files = package()
    manifest = etree.fromstring(files.pop("imsmanifest.xml"))
    assert schema("imscp_v1p1.xsd").validate(manifest), schema("imscp_v1p1.xsd").error_log
    hrefs = manifest.xpath("//cp:resource[@type='imsqti_item_xmlv2p1']/@href", namespaces=NS)
    assert sorted(hrefs) == sorted(files)
    items = schema("qtiv2p1p1/imsqti_v2p1p1.xsd")
    for content in files.values():
        assert items.validate(etree.fromstring(content)), items.error_log


def text_of(element: etree._Element) -> str:
    """An element's text as shown: `<br/>` is a line break."""
    parts = [element.text or ""]
    for br in element:
        parts.append("\n" + (br.tail or ""))
    return "".join(parts)


def test_items_carry_question_choices_right_answer_and_feedback() -> None:
    files = package()
    by_title = {}
    for name, content in files.items():
        if name != "imsmanifest.xml":
            root = etree.fromstring(content)
            by_title[root.get("title")] = root
    for entry in entries():
        q = entry.question
        root = by_title[q.id]
        prompt = root.find(".//q:prompt", NS)
        assert text_of(prompt) == q.question.replace("\r\n", "\n")
        choices = {c.get("identifier"): text_of(c) for c in root.iterfind(".//q:simpleChoice", NS)}
        assert list(choices.values()) == [c.replace("\r\n", "\n") for c in q.shown_choices]
        right = root.findtext(".//q:correctResponse/q:value", namespaces=NS)
        assert choices[right] == q.answer_text
        feedback = root.find("q:modalFeedback", NS)
        if q.explanation:
            assert text_of(feedback).startswith(q.explanation)
