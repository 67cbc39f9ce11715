"""Property: whatever a person does to a generated bank, regenerating keeps it.

A bank is generated, random human edits are applied to the text (as an editor would:
line by line), the bank is regenerated with the same or a changed generator output, and
every edit must survive byte for byte, nothing deleted or retired may come back, ids stay
unique and the bank stays valid. A third run with the same output changes nothing.
"""

from __future__ import annotations

import json
import string
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_merge import block_of, errors_in, ids_in, synthetic

from quizgen.bank.load import load_bank
from quizgen.bank.update import update_bank
from quizgen.model import BankFile

KINDS = (
    "stem",
    "choice",
    "answer",
    "comment_inside",
    "comment_above",
    "reorder",
    "approve",
    "retire",
    "delete",
)
NAMES = ("alpha", "beta", "gamma")
WORDS = st.text(alphabet=string.ascii_letters + " ,'", min_size=1, max_size=30)


@dataclass
class Expected:
    """What must hold after regenerating."""

    #: Text that must appear verbatim in the file (edited or hand-written blocks).
    kept: dict[str, list[str]] = field(default_factory=dict)
    #: Ids that must never appear again.
    gone: set[str] = field(default_factory=set)
    #: Ids of the questions a person edited or added (generate must leave them be).
    touched: set[str] = field(default_factory=set)


def block_lines(text: str, question_id: str) -> tuple[list[str], int, int]:
    lines = text.splitlines(keepends=True)
    block = block_of(text, question_id)
    start = lines.index(block.splitlines(keepends=True)[0])
    return lines, start, start + len(block.splitlines())


def apply_edit(text: str, question_id: str, kind: str, words: str) -> tuple[str, str]:
    """The text after a person's edit of one question, and the text that must survive."""
    lines, start, end = block_lines(text, question_id)
    block = lines[start:end]
    is_tf = "    type: true_false\n" in block

    def index(prefix: str) -> int:
        return next(i for i, ln in enumerate(block) if ln.startswith(prefix))

    def scalar(line: str) -> str:
        return line.split(": ", 1)[1] if line.startswith("    answer") else line.split("- ", 1)[1]

    if kind == "stem":
        block[index("    question:")] = f"    question: {json.dumps('Edited ' + words)}\n"
    elif kind in ("choice", "answer") and not is_tf:
        first = index("    choices:") + 1
        choices = [i for i in range(first, len(block)) if block[i].startswith("      - ")]
        at = index("    answer:")
        other = next(i for i in choices if scalar(block[i]) != scalar(block[at]))
        if kind == "choice":
            block[other] = f"      - {json.dumps('edited ' + words)}\n"
        else:
            block[at] = "    answer: " + scalar(block[other])
    elif kind in ("choice", "answer"):
        at = index("    answer:")
        block[at] = "    answer: false\n" if "true" in block[at] else "    answer: true\n"
    elif kind == "comment_inside":
        block.insert(2, f"    # {words}\n")
    elif kind == "comment_above":
        block.insert(0, f"  # {words}\n")
    elif kind == "reorder":
        block.append(block.pop(1))  # `type:` moves last
    elif kind in ("approve", "retire"):
        status = "approved" if kind == "approve" else "retired"
        block[index("    status:")] = f"    status: {status}\n"
    elif kind == "delete":
        return "".join(lines[:start] + lines[end:]), ""
    return "".join(lines[:start] + block + lines[end:]), "".join(block)


def hand_block(question_id: str, words: str) -> str:
    return (
        f"  - id: {question_id}\n"
        f"    # written by hand\n"
        f"    question: {json.dumps(words + '?')}\n"
        f"    type: true_false\n"
        f"    answer: true\n"
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[BankFile], list, list[BankFile]]:
    names = NAMES[: draw(st.integers(1, 3))]
    first = [synthetic(name, range(draw(st.integers(1, 6)))) for name in names]
    edits = []
    for bank_file in first:
        for question in bank_file.questions:
            kind = draw(st.sampled_from((None, None, *KINDS)))
            if kind is not None:
                edits.append((bank_file.path, question.id, kind, draw(WORDS)))
        for number in range(draw(st.integers(0, 2))):
            # a hand-written id may be one the generator will make later
            fact = draw(st.integers(0, 9))
            name = bank_file.path.removesuffix(".yaml")
            hand_id = draw(st.sampled_from((f"{name}-fact-{fact}", f"{name}-hand-{number}")))
            edits.append((bank_file.path, hand_id, "add", draw(WORDS)))
    second = []
    for name, bank_file in zip(names, first, strict=True):
        count = len(bank_file.questions)
        kept_facts = draw(st.sets(st.integers(0, count - 1))) if count else set()
        added = draw(st.sets(st.integers(count, count + 3), max_size=3))
        second.append(synthetic(name, sorted(kept_facts | added), version=draw(st.integers(0, 1))))
    return first, edits, second


def apply_edits(folder: Path, edits: list) -> Expected:
    expected = Expected()
    for path_name, question_id, kind, words in edits:
        path = folder / path_name
        text = path.read_text()
        if kind == "add":
            if question_id in expected.gone or any(
                f"- id: {question_id}\n" in p.read_text() for p in folder.glob("*.yaml")
            ):
                continue  # ids stay unique: a person would pick another one
            block = hand_block(question_id, words)
            marker = "\n# Written by"
            path.write_text(text.replace(marker, block + marker, 1))
            expected.kept.setdefault(path_name, []).append(block)
            expected.touched.add(question_id)
            continue
        if question_id in expected.gone or f"- id: {question_id}\n" not in text:
            continue
        new_text, survivor = apply_edit(text, question_id, kind, words)
        path.write_text(new_text)
        if kind == "delete":
            expected.gone.add(question_id)
        else:
            expected.kept.setdefault(path_name, []).append(survivor)
            expected.touched.add(question_id)
    return expected


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_every_human_edit_survives_regeneration(scenario) -> None:
    first, edits, second = scenario
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        update_bank(folder, first)
        expected = apply_edits(folder, edits)
        assert errors_in(folder) == [], "the edits themselves must leave a valid bank"
        update_bank(folder, second)
        check_expectations(folder, expected)
        check_untouched_follow_the_generator(folder, expected, first, second)
        before = {p: p.read_bytes() for p in folder.glob("*.yaml")}
        reports = update_bank(folder, second)
        assert {p: p.read_bytes() for p in folder.glob("*.yaml")} == before
        assert all(r.new == r.updated == r.removed == 0 for r in reports)


def check_untouched_follow_the_generator(
    folder: Path, expected: Expected, first: list[BankFile], second: list[BankFile]
) -> None:
    """Untouched questions are what the generator makes now; those it no longer makes
    are gone; new ones are there."""
    bank, _ = load_bank([folder])
    found = {q.id: q for q in bank.questions}
    now = {q.id: q for f in second for q in f.questions}
    for ident, question in now.items():
        if ident not in expected.touched | expected.gone:
            assert found.get(ident) == question, f"{ident} is not what the generator made"
    before = {q.id for f in first for q in f.questions}
    for ident in before - now.keys() - expected.touched:
        assert ident not in found, f"{ident} should have been removed"


def check_expectations(folder: Path, expected: Expected) -> None:
    for path_name, blocks in expected.kept.items():
        text = (folder / path_name).read_text()
        for block in blocks:
            assert block in text, f"edit lost in {path_name}:\n{block}"
    ids = ids_in(folder)
    assert len(ids) == len(set(ids)), "ids must stay unique"
    assert not expected.gone & set(ids), "a deleted question came back"
    assert errors_in(folder) == []
