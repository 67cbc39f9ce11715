"""CSV export, read back with the csv module: every field round-trips."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from quizgen.bank import load_bank
from quizgen.export import ExportOptions, get_format
from quizgen.export.csv_format import COLUMNS, TAG_SEPARATOR, as_text, from_text
from quizgen.model import BankEntry, BankFile, Question, select

DATA = Path(__file__).parent / "data" / "export"


def entries(*names: str) -> list[BankEntry]:
    bank, problems = load_bank([DATA / n for n in names] or [DATA])
    assert not [p for p in problems if p.severity == "error"]
    return select(bank.entries())


def export(*names: str) -> bytes:
    (content,) = get_format("csv").render(entries(*names), ExportOptions()).values()
    return content


def test_utf8_with_bom_and_documented_header() -> None:
    content = export()
    assert content.startswith(b"\xef\xbb\xbfid,type,question,choice_a,")
    header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert tuple(header) == COLUMNS


def test_every_field_round_trips() -> None:
    exported = entries()
    text = export().decode("utf-8-sig")
    rows = [
        {key: from_text(value) for key, value in row.items()}
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]
    assert len(rows) == len(exported)
    for entry, row in zip(exported, rows, strict=True):
        q = entry.question
        choices = ["True", "False"] if q.type == "true_false" else q.choices
        assert row["id"] == q.id
        assert row["type"] == q.type
        assert row["question"] == q.question
        assert [row[f"choice_{c}"] for c in "abcdef"] == choices + [""] * (6 - len(choices))
        assert row["answer"] == q.answer_text
        assert choices["ABCDEF".index(row["answer_letter"])] == q.answer_text
        assert row["explanation"] == q.explanation
        assert row["evidence"] == q.evidence
        assert (row["tags"].split(TAG_SEPARATOR) if row["tags"] else []) == q.tags
        assert row["difficulty"] == (q.difficulty or "")
        assert row["status"] == q.status
        assert row["category"] == (entry.file.title or Path(entry.file.path).stem)
        assert row["source_url"] == (entry.file.source.url if entry.file.source else "")
        assert row["bank_file"] == Path(entry.file.path).name  # relative to the bank


def test_commas_quotes_and_newlines_are_quoted() -> None:
    text = export("special.yaml").decode("utf-8-sig")
    assert '"comma, ""quote"", and\nnewline"' in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[1]["choice_d"] == 'comma, "quote", and\nnewline'
    assert rows[1]["evidence"] == "She said, “It’s done” — naïve café, 日本語, עברית, emoji 🎉."


def test_csv_knows_its_own_files() -> None:
    fmt = get_format("csv")
    assert fmt.is_own(export("plain.yaml"))
    assert not fmt.is_own(b"name,score\r\nann,3\r\n")


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() -> None:
    dangerous = ["=1+1", '=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "+2", "-3", "@SUM(A1)"]
    question = Question(
        id="formula",
        type="multiple_choice",
        question=dangerous[0],
        answer=dangerous[1],
        choices=dangerous[1:5],
        explanation="@SUM(A1)",
    )
    entry = BankEntry(BankFile(path="bank.yaml", title="Formulas"), question)
    (content,) = get_format("csv").render([entry], ExportOptions()).values()
    (row,) = csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""))
    cells = [row["question"], row["explanation"], *(row[f"choice_{c}"] for c in "abcd")]
    assert all(cell.startswith("'") for cell in cells)
    assert row["choice_a"] == "'" + dangerous[1]  # the text itself is kept after the quote
    assert row["id"] == "formula"  # ordinary cells are untouched


def test_a_leading_quote_before_a_formula_start_round_trips() -> None:
    for value in ("'=x", "''+1", "'plain", "=x", "plain"):
        assert from_text(as_text(value)) == value


def test_a_bank_typed_as_an_absolute_path_leaks_no_home_folder() -> None:
    absolute = (DATA / "plain.yaml").resolve()
    bank, _ = load_bank([absolute])
    (content,) = get_format("csv").render(select(bank.entries()), ExportOptions()).values()
    text = content.decode("utf-8-sig")
    assert str(absolute.parent) not in text
    (first,) = list(csv.DictReader(io.StringIO(text, newline="")))[:1]
    assert first["bank_file"] == "plain.yaml"
