"""QTI export: validated against the IMS Common Cartridge 1.1 schemas (XSD and their
Schematron rules) with lxml, and read back with qti2latex, a QTI reader for Canvas files."""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import qti2latex
from export_support import entries
from lxml import etree, isoschematron

from quizgen.export import ExportOptions, get_format
from quizgen.model import BankEntry

XSD = Path(__file__).parent / "data" / "qti" / "xsd"
MANIFEST_XSD = "ccv1p1_imscp_v1p2_v1p0.xsd"
QTI_XSD = "ccv1p1_qtiasiv1p2p1_v1p0.xsd"


def package(exported: list[BankEntry], **options) -> dict[str, bytes]:
    (content,) = get_format("qti").render(exported, ExportOptions(**options)).values()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@cache
def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


@cache
def rules(name: str) -> isoschematron.Schematron:
    # The profile's own Schematron rules, embedded in its XSD (cc_profile values, labels...).
    return isoschematron.Schematron(etree.parse(str(XSD / name)), validate_schema=False)


def assert_valid(content: bytes, name: str) -> None:
    document = etree.fromstring(content)
    assert schema(name).validate(document), schema(name).error_log
    assert rules(name).validate(document), rules(name).error_log


def assessment(files: dict[str, bytes]) -> bytes:
    (name,) = [n for n in files if n.endswith("/assessment_qti.xml")]
    return files[name]


def test_package_is_valid_against_the_ims_schemas() -> None:
    files = package(entries(), title="Week 1/2 <quiz> \x01")
    assert_valid(files["imsmanifest.xml"], MANIFEST_XSD)
    assert_valid(assessment(files), QTI_XSD)
    # The manifest names the assessment file, which is in the zip.
    manifest = etree.fromstring(files["imsmanifest.xml"])
    hrefs = manifest.xpath("//*[local-name()='file']/@href")
    assert hrefs and all(href in files for href in hrefs)


def as_text(mattext: str) -> str:
    """A QTI HTML text as the learner reads it."""
    return html.unescape(mattext.replace("<br>\n", "\n"))


def test_every_question_reads_back_with_a_qti_reader(tmp_path: Path) -> None:
    exported = entries()
    for name, content in package(exported).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    (path,) = qti2latex.read_qti_dir(tmp_path)
    items = qti2latex.findall_anyns(ET.parse(path).getroot(), "item")
    assert len(items) == len(exported)
    for entry, item in zip(exported, items, strict=True):
        q = entry.question
        meta = qti2latex.get_qti_metadata(item)
        kind = "true_false" if q.type == "true_false" else "multiple_choice"
        assert meta["cc_profile"] == f"cc.{kind}.v0p1"
        assert qti2latex.guess_type({}, item) == f"{kind}_question"
        assert as_text(qti2latex.get_item_stem(item)) == q.question.strip()
        choices = qti2latex.get_choices(item)
        assert [as_text(text) for _, text in choices] == list(q.shown_choices)
        (right,) = qti2latex.get_correct_idents(item)
        assert as_text(dict(choices)[right]) == q.answer_text


def test_article_text_stays_text() -> None:
    text = assessment(package(entries())).decode("utf-8")
    mattexts = re.findall(r"<mattext[^>]*>(.*?)</mattext>", text, re.S)
    assert any("&amp;lt;script&amp;gt;" in m for m in mattexts)
    assert not any("<script" in html.unescape(m).replace("&lt;script", "") for m in mattexts)


def test_two_choices_and_feedback_are_kept() -> None:
    base = entries()[0]
    two = replace(base.question, id="two", choices=["yes", "no"], answer="no", explanation="Why.")
    root = etree.fromstring(assessment(package([BankEntry(base.file, two)])))
    assert schema(QTI_XSD).validate(root), schema(QTI_XSD).error_log
    # The profile's rule 4d wants three choices or more; the question keeps its two rather
    # than gaining a made-up third (the README says so).
    assert not rules(QTI_XSD).validate(root)
    assert "[RULE 4d]" in str(rules(QTI_XSD).error_log)
    assert len(root.xpath("//*[local-name()='response_label']")) == 2
    feedback = root.xpath("//*[local-name()='itemfeedback']//*[local-name()='mattext']/text()")
    assert feedback and feedback[0].startswith("Why.")


def test_same_export_same_bytes_and_own_files_are_known() -> None:
    fmt = get_format("qti")
    (first,) = fmt.render(entries(), ExportOptions()).values()
    (second,) = fmt.render(entries(), ExportOptions()).values()
    assert first == second and fmt.is_own(first)
    assert not fmt.is_own(b"PK\x05\x06" + bytes(18))
