"""Answer sheets: one printed page per version (checked by printing with headless Chromium),
question numbers and this version's letters only, pairing with the worksheet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from browser import Page, page_texts, print_pdf

from quizgen.bank import load_bank
from quizgen.export import ExportOptions, get_format
from quizgen.export.worksheet import build_worksheets
from quizgen.model import BankEntry

BANK = Path(__file__).parent / "data" / "worksheets" / "bank.yaml"


def entries(count: int) -> list[BankEntry]:
    """`count` distinct questions cycled from the fixture bank."""
    bank, problems = load_bank([str(BANK)])
    assert not problems
    live = [e for e in bank.entries() if e.question.status != "retired"]
    return [
        BankEntry(live[n % len(live)].file, replace(live[n % len(live)].question, id=f"q-{n}"))
        for n in range(count)
    ]


def export(tmp: Path, exported: list[BankEntry], **options) -> dict[str, Path]:
    files = get_format("answersheet").render(exported, ExportOptions(title="Quiz", **options))
    paths = {}
    for name, content in files.items():
        paths[name] = tmp / name
        paths[name].write_bytes(content)
    return paths


def test_each_version_fits_one_page_and_carries_its_worksheets_letters(tmp_path: Path) -> None:
    exported = entries(10)
    paths = export(tmp_path, exported, versions=2, seed=5)
    assert sorted(paths) == ["quiz-A-answers.html", "quiz-B-answers.html"]
    sheets = build_worksheets(exported, title="Quiz", versions=2, seed=5)
    page = Page()
    try:
        for sheet in sheets:
            page.open(paths[f"quiz-{sheet.version}-answers.html"])
            rows = page.run(
                "[...document.querySelectorAll('.bubble-row')].map(r => "
                "[r.querySelector('.q-number').textContent, "
                "[...r.querySelectorAll('.bubble')].map(b => b.textContent)])"
            )
            assert rows == [[str(q.number), [c.letter for c in q.choices]] for q in sheet.questions]
    finally:
        page.close()
    text = " ".join(page_texts(print_pdf(paths["quiz-B-answers.html"], tmp_path)))
    assert "Answer sheet" in text and "Version B" in text
    # Numbers and boxes only: no question, choice or answer text is printed.
    for q in sheets[1].questions:
        assert q.text not in text
        assert not any(len(c.text) > 3 and c.text in text for c in q.choices)


def test_a_hundred_and_twenty_questions_still_fit_one_page(tmp_path: Path) -> None:
    for count, paper in ((40, "letter"), (120, "a4")):
        paths = export(tmp_path, entries(count), paper=paper, seed=1)
        (path,) = paths.values()
        assert len(print_pdf(path, tmp_path).pages) == 1, (count, paper)


def test_labels_follow_lang(tmp_path: Path) -> None:
    (path,) = export(tmp_path, entries(4), lang="de").values()
    html = path.read_text("utf-8")
    assert "Antwortbogen" in html and "Fülle pro Frage ein Kästchen aus." in html
    assert '<html lang="de">' in html
