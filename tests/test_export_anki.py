"""Anki export: open the .apkg (zip + SQLite collection) and check notes, guids and tags."""

from __future__ import annotations

import html
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki

from quizgen.bank import load_bank
from quizgen.export import ExportOptions, get_format
from quizgen.export.anki import FIELDS, MODEL_NAME, note_guid, stable_id, to_html
from quizgen.export.registry import shuffled_choices as card_choices
from quizgen.model import BankEntry, Question, select

DATA = Path(__file__).parent / "data" / "export"


def entries(*names: str) -> list[BankEntry]:
    bank, problems = load_bank([DATA / n for n in names] or [DATA])
    assert not [p for p in problems if p.severity == "error"]
    return select(bank.entries())


def export(options: ExportOptions, *names: str) -> bytes:
    (content,) = get_format("anki").render(entries(*names), options).values()
    return content


def collection(apkg: bytes) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        data = archive.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    return conn


def notes(apkg: bytes) -> dict[str, dict]:
    """guid -> {fields by name, tags, model name}."""
    conn = collection(apkg)
    models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
    found = {}
    for guid, mid, flds, tags in conn.execute("SELECT guid, mid, flds, tags FROM notes"):
        model = models[str(mid)]
        names = [f["name"] for f in model["flds"]]
        found[guid] = {
            "fields": dict(zip(names, flds.split("\x1f"), strict=True)),
            "tags": tags.split(),
            "model": model["name"],
        }
    return found


def guid(name: str, qid: str) -> str:
    """The guid of question `qid` in the test bank file `name`."""
    (entry,) = [e for e in entries(name) if e.question.id == qid]
    return note_guid(entry)


def test_one_note_per_question_with_guid_from_its_bank_and_id() -> None:
    exported = entries()
    found = notes(export(ExportOptions(timestamp=1_700_000_000)))
    assert set(found) == {note_guid(e) for e in exported}
    for entry in exported:
        q = entry.question
        note = found[note_guid(entry)]
        assert note["model"] == MODEL_NAME
        assert list(note["fields"]) == list(FIELDS)
        fields = {k: html.unescape(v.replace("<br>", "\n")) for k, v in note["fields"].items()}
        assert fields["Question"] == q.question
        assert fields["Answer"] == q.answer_text
        assert fields["Explanation"] == q.explanation
        assert fields["Evidence"] == q.quoted_evidence
        assert fields["Id"] == q.id
        choices = ["True", "False"] if q.type == "true_false" else q.choices
        for choice in choices:
            assert (
                f"<li>{html.escape(choice).replace(chr(10), '<br>')}</li>"
                in note["fields"]["Choices"]
            )
        assert note["tags"] == sorted({t.strip().replace(" ", "_") for t in q.tags})


def test_article_text_is_html_escaped_in_fields() -> None:
    found = notes(export(ExportOptions(timestamp=1), "special.yaml"))
    note = found[guid("special.yaml", "special-markup-and-newlines")]["fields"]
    assert "<script>" not in note["Question"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in note["Question"]
    assert "<br>" in note["Question"]
    source = found[guid("special.yaml", "special-gift-controls")]["fields"]["Source"]
    assert source.startswith('<a href="https://example.com/a?b=1&amp;c=&lt;2&gt;#frag">')


def test_tags_with_spaces_become_underscores() -> None:
    found = notes(export(ExportOptions(timestamp=1), "special.yaml"))
    assert found[guid("special.yaml", "special-gift-controls")]["tags"] == [
        "escaping",
        "gift",
        "tag_with_spaces",
    ]


def test_same_timestamp_gives_byte_identical_packages() -> None:
    assert export(ExportOptions(timestamp=1_700_000_000)) == export(
        ExportOptions(timestamp=1_700_000_000)
    )


def test_exporting_twice_keeps_guids_models_and_decks() -> None:
    first, second = export(ExportOptions()), export(ExportOptions(timestamp=2_000_000_000))
    assert set(notes(first)) == set(notes(second))
    decks = [
        {
            k: v["name"]
            for k, v in json.loads(
                collection(apkg).execute("SELECT decks FROM col").fetchone()[0]
            ).items()
        }
        for apkg in (first, second)
    ]
    assert decks[0] == decks[1]
    assert str(stable_id("quizgen questions::Plain questions")) in decks[0]


def test_anki_knows_its_own_files() -> None:
    fmt = get_format("anki")
    assert fmt.is_own(export(ExportOptions(timestamp=1), "plain.yaml"))
    assert not fmt.is_own(b"not a zip")
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("collection.anki2", b"not sqlite")
    assert not fmt.is_own(other.getvalue())


def test_two_banks_with_the_same_id_make_two_notes(tmp_path: Path) -> None:
    # A Biology and a Geography deck that both have `capital-question`: re-importing the
    # second must not overwrite the first card and its review history.
    for subject in ("Biology", "Geography"):
        (tmp_path / f"{subject.lower()}.yaml").write_text(
            f"title: {subject}\nquestions:\n  - id: capital-question\n"
            f"    type: true_false\n    question: A {subject} statement.\n    answer: true\n",
            encoding="utf-8",
        )
    # Each deck is its own bank (a bank's ids are unique), exported and imported apart.
    guids = set()
    for subject in ("biology", "geography"):
        bank, problems = load_bank([tmp_path / f"{subject}.yaml"])
        assert not problems
        (entry,) = bank.entries()
        guids.add(note_guid(entry))
        again, _ = load_bank([tmp_path / f"{subject}.yaml"])
        assert note_guid(again.entries()[0]) == note_guid(entry)  # stable across exports
    assert len(guids) == 2
    assert genanki.guid_for("capital-question") not in guids


def test_a_lone_carriage_return_is_a_line_break() -> None:
    assert to_html("a lone\rCR") == "a lone<br>CR"


def test_choices_are_shuffled_per_card_and_reproducibly() -> None:
    multiple = [e for e in entries() if e.question.type == "multiple_choice"]
    assert multiple
    for entry in multiple:
        shown = card_choices(entry.question, seed=7)
        assert sorted(shown) == sorted(entry.question.choices)
        assert shown == card_choices(entry.question, seed=7)  # the same seed, the same card
    # Not where the bank has it: the card order differs from the bank's somewhere.
    assert any(card_choices(e.question, 7) != e.question.choices for e in multiple)
    choices = ["a", "b", "c", "d"]
    question = Question(id="x", type="multiple_choice", question="?", answer="a", choices=choices)
    orders = {tuple(card_choices(question, seed)) for seed in range(20)}
    assert len(orders) > 1
