"""Worksheets printed to PDF by a real headless Chromium, then read back with pypdf.

Locally these tests skip (with the reason) when Chromium is missing; in CI (CI=true) they
fail instead, so a broken browser set-up can never pass silently. `make chromium`
installs Debian's `chromium` package.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from browser import Page, browser, flat, page_texts, print_pdf
from pypdf import PdfReader

from quizgen.bank import load_bank
from quizgen.export.html import render_worksheets
from quizgen.export.labels import labels_for
from quizgen.export.worksheet import Worksheet, build_worksheets
from quizgen.model import BankEntry

DATA = Path(__file__).parent / "data" / "worksheets"
#: Points (1/72 in) of the paper sizes, as Chromium writes them into the PDF.
A4 = (595, 842)
LETTER = (612, 792)
#: Pages the questions of a worksheet (without its key) take, by number of questions.
#: The fixture mixes one-line true/false items with long multiple-choice ones; 7 to 10
#: fit on a page (A4 or Letter), so 10 questions take 2 pages, 40 take 5 and 120 take 14
#: (15 on Letter) with Chromium 156. The ranges leave room for font metrics, and fail
#: on a regression such as one question per page or a blank page.
SHEET_PAGES = {10: range(2, 4), 40: range(4, 7), 120: range(12, 18)}
#: Pages of the answer key: one table row per question, about 45 rows to a page (1, 1, 3).
KEY_PAGES = {10: range(1, 2), 40: range(1, 3), 120: range(3, 5)}


def entries(count: int) -> list[BankEntry]:
    """`count` distinct questions cycled from the fixture bank, each text tagged [n]."""
    bank, problems = load_bank([str(DATA / "bank.yaml")])
    assert not problems
    live = [e for e in bank.entries() if e.question.status != "retired"]
    out = []
    for n in range(count):
        base = live[n % len(live)]
        question = replace(
            base.question, id=f"{base.question.id}-{n}", question=f"{base.question.question} [{n}]"
        )
        out.append(BankEntry(base.file, question))
    return out


def export(tmp: Path, count: int, *, versions: int = 1, paper: str = "a4", key: str = "end"):
    """Write the worksheets of `count` questions to `tmp`; the sheets and their paths."""
    sheets = build_worksheets(entries(count), title="Test sheet", versions=versions, seed=3)
    paths = {}
    for name, content in render_worksheets(sheets, paper=paper, key=key).items():
        path = tmp / name
        path.write_bytes(content)
        paths[name] = path
    return sheets, paths


def body(text: str) -> str:
    """A page's text without the footer (the @page margin boxes, which come first)."""
    return re.sub(r"^Version [A-Z]+ · page \d+ of \d+(Answer key — )?Test sheet ?", "", text)


def key_start(texts: list[str], version: str) -> int:
    """The index of the page where the answer key of `version` begins."""
    heading = f"Answer key — Version {version}"
    pages = [i for i, text in enumerate(texts) if heading in text]
    assert pages, f"no page has {heading!r}"
    return pages[0]


def printed_order(sheet_text: str, sheet: Worksheet) -> list[tuple[int, str, str]]:
    """(number, letter, answer) of every question as the PDF shows it: order read from
    where each question's text appears, letter from the box printed before its answer."""
    found = []
    for q in sheet.questions:
        at = sheet_text.find(flat(q.text))
        assert at >= 0, f"question {q.id} is not in the PDF"
        found.append((at, q))
    found.sort(key=lambda pair: pair[0])
    rows = []
    for position, (at, q) in enumerate(found):
        end = found[position + 1][0] if position + 1 < len(found) else len(sheet_text)
        # The block ends before the next question's number (or at the end mark).
        block = re.sub(r" \d+\. $", "", sheet_text[at:end]).split(" End of version")[0]
        number = re.search(r"(\d+)\. $", sheet_text[max(0, at - 6) : at])
        assert number, f"no number before question {q.id}"
        right = next(c.text for c in q.choices if c.correct)
        if q.type == "true_false":
            letter = right[0]
            assert "True False" in block
        else:
            match = re.search(r"\b([A-F]) " + re.escape(flat(right)) + r"(?: [A-F] |$)", block)
            assert match, f"no lettered box for the answer of {q.id} in: {block}"
            letter = match.group(1)
        rows.append((int(number.group(1)), letter, flat(right)))
    return rows


def check_worksheet(reader: PdfReader, sheet: Worksheet, count: int, size: tuple[int, int]):
    """Every check the issue asks of one printed version with its key at the end."""
    texts = page_texts(reader)
    total = len(texts)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    # Page numbers and the version letter on every page (CSS @page margin boxes).
    for i, text in enumerate(texts, start=1):
        assert f"Version {sheet.version} · page {i} of {total}" in text, text[:200]
    # The key starts on its own page, after every question, and holds no question.
    start = key_start(texts, sheet.version)
    assert f"End of version {sheet.version}" in texts[start - 1]
    assert start in SHEET_PAGES[count], f"{count} questions took {start} pages"
    assert total - start in KEY_PAGES[count], f"the key of {count} questions took {total - start}"
    # No question split across pages: its text and every choice on one single page.
    for q in sheet.questions:
        parts = [flat(q.text)] + [flat(c.text) for c in q.choices]
        holding = [i for i, text in enumerate(texts[:start]) if flat(q.text) in text]
        assert len(holding) == 1, f"question {q.id} is on pages {holding}"
        page = texts[holding[0]]
        assert all(part in page for part in parts), f"question {q.id} is split"
    for text in texts[start:]:
        assert not re.search(r"\[\d+\]", text), "a question is printed on a key page"
    # The key lists this version's own order: rows built from what the sheet shows.
    sheet_text = " ".join(body(text) for text in texts[:start])
    rows = printed_order(sheet_text, sheet)
    assert [n for n, _, _ in rows] == list(range(1, count + 1))
    key_text = " ".join(texts[start:])
    at = 0
    for number, letter, answer in rows:
        row = f"{number} {letter} {answer} 1"
        found = key_text.find(row, at)
        assert found >= 0, f"key row {row!r} missing or out of order"
        at = found + len(row)
    return rows


def test_ten_questions_two_versions_each_with_its_own_key(tmp_path: Path) -> None:
    sheets, paths = export(tmp_path, 10, versions=2)
    assert sorted(paths) == ["test-sheet-A.html", "test-sheet-B.html"]
    rows_a = check_worksheet(print_pdf(paths["test-sheet-A.html"], tmp_path), sheets[0], 10, A4)
    rows_b = check_worksheet(print_pdf(paths["test-sheet-B.html"], tmp_path), sheets[1], 10, A4)
    # The versions really differ in what the key says.
    assert rows_a != rows_b
    assert sorted(a for _, _, a in rows_a) == sorted(a for _, _, a in rows_b)
    # Markup in the bank prints as text.
    text = " ".join(page_texts(PdfReader(tmp_path / "test-sheet-A.pdf")))
    assert 'Which tag does <script>alert("x")</script> use & why?' in text
    assert "<b>bold</b>" in text and "</style>" in text and "&amp;" in text


def test_forty_questions_on_us_letter(tmp_path: Path) -> None:
    sheets, paths = export(tmp_path, 40, paper="letter")
    check_worksheet(print_pdf(paths["test-sheet-A.html"], tmp_path), sheets[0], 40, LETTER)


def test_hundred_and_twenty_questions_on_a4(tmp_path: Path) -> None:
    sheets, paths = export(tmp_path, 120)
    check_worksheet(print_pdf(paths["test-sheet-A.html"], tmp_path), sheets[0], 120, A4)


def test_separate_key_file_prints_only_the_key(tmp_path: Path) -> None:
    sheets, paths = export(tmp_path, 10, key="separate")
    sheet_texts = page_texts(print_pdf(paths["test-sheet-A.html"], tmp_path))
    key_texts = page_texts(print_pdf(paths["test-sheet-A-key.html"], tmp_path))
    assert not any("Answer key" in text for text in sheet_texts)
    assert len(key_texts) == 1
    assert "Version A · page 1 of 1" in key_texts[0]
    assert "Answer key — Version A" in key_texts[0]
    assert not re.search(r"\[\d+\]", key_texts[0])
    expected = printed_order(" ".join(body(text) for text in sheet_texts), sheets[0])
    for number, letter, answer in expected:
        assert f"{number} {letter} {answer} 1" in key_texts[0]


def test_missing_browser_fails_in_ci_and_skips_locally(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the browser tests"):
        browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="make chromium"):
        browser()


def test_the_browser_prints_no_header_of_its_own(tmp_path: Path) -> None:
    # A print dialog adds the date, the page title and the file's URL to every page unless
    # the page defines its margin boxes.
    _, paths = export(tmp_path, 3)
    sheet = next(p for name, p in paths.items() if name.endswith(".html"))
    text = " ".join(page_texts(print_pdf(sheet, tmp_path, browser_headers=True)))
    assert "file:" not in text
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text)  # the print date


def test_a_line_break_in_a_stem_or_a_choice_is_printed(tmp_path: Path) -> None:
    base = entries(1)[0]
    question = replace(
        base.question,
        type="multiple_choice",
        question="Read the lines:\nfirst line\nsecond line",
        choices=["alpha\nbeta", "gamma", "delta"],
        answer="gamma",
    )
    sheets = build_worksheets([BankEntry(base.file, question)], title="Breaks", seed=1)
    (name, content), *_ = render_worksheets(sheets, paper="a4", key="end").items()
    sheet = tmp_path / name
    sheet.write_bytes(content)
    raw = print_pdf(sheet, tmp_path).pages[0].extract_text()
    lines = [line.strip() for line in raw.splitlines()]
    assert any(line.endswith("Read the lines:") for line in lines)
    assert "first line" in lines and "second line" in lines
    assert any(line.endswith("alpha") for line in lines) and "beta" in lines


def test_each_question_takes_its_direction_from_its_text_and_labels_follow_lang(
    tmp_path: Path,
) -> None:
    base = entries(1)[0]
    hebrew = replace(
        base.question,
        id="rtl",
        type="multiple_choice",
        question="מה בירת צרפת?",
        choices=["פריז", "רומא", "Berlin"],
        answer="פריז",
    )
    english = replace(base.question, id="ltr", type="true_false", question="Paris is in France.")
    english.answer = True
    labels = labels_for("fr")
    sheets = build_worksheets(
        [BankEntry(base.file, hebrew), BankEntry(base.file, english)],
        title="Mixte",
        seed=1,
        true_false=labels.true_false,
    )
    files = render_worksheets(sheets, paper="a4", key="end", labels=labels)
    (name, content), *_ = files.items()
    sheet = tmp_path / name
    sheet.write_bytes(content)
    page = Page()
    try:
        page.open(sheet)
        directions = dict(
            page.run(
                "[...document.querySelectorAll('.q-text')]"
                ".map(e => [e.textContent, getComputedStyle(e).direction])"
            )
        )
        choice_direction = page.run(
            "[...document.querySelectorAll('.choice-text')].map(e => getComputedStyle(e).direction)"
        )
        lang = page.run("document.documentElement.lang")
    finally:
        page.close()
    assert directions == {"מה בירת צרפת?": "rtl", "Paris is in France.": "ltr"}
    assert sorted(choice_direction) == ["ltr", "ltr", "ltr", "rtl", "rtl"]  # Berlin, Vrai, Faux
    assert lang == "fr"
    text = " ".join(page_texts(print_pdf(sheet, tmp_path)))
    for label in ("Nom", "Classe", "Vrai", "Faux", "Corrigé — Version A", "page 1 sur"):
        assert label in text
    assert "Name" not in text and "True" not in text
