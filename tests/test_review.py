"""The review session and its file edits, without Textual: queue, decisions, undo, edit."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.bank.edit import EDITOR_HEADER, FileTexts, apply_edited, editor_text
from quizgen.bank.update import update_bank
from quizgen.errors import BankError
from quizgen.learn.review import ReviewSession, locate_evidence
from quizgen.model import Article

DATA = Path(__file__).parent / "data" / "review"


def changed_lines(old: str, new: str) -> list[str]:
    """The lines that differ between two texts, as `-old` / `+new`."""
    diff = difflib.ndiff(old.splitlines(keepends=True), new.splitlines(keepends=True))
    return [line.rstrip("\n") for line in diff if line[:1] in "+-"]


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    """A copy of the review bank (and its article) to change."""
    shutil.copytree(DATA / "bank", tmp_path / "bank")
    shutil.copytree(DATA / "articles", tmp_path / "articles")
    return tmp_path / "bank"


def open_session(bank_dir: Path, **options) -> ReviewSession:
    bank, problems = load_bank([bank_dir])
    assert not [p for p in problems if p.severity == "error"]
    return ReviewSession(bank, FileTexts(), **options)


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def current_id(session: ReviewSession) -> str | None:
    entry = session.current
    return None if entry is None else entry.question.id


def test_queue_holds_the_drafts_in_bank_order(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    ids = [session.items[i].question_id for i in session.visible]
    assert ids == [
        "bridge-vote-day",
        "bridge-vote-count",
        "bridge-start-tf",
        "bridge-cost",
        "bridge-ferry-tf",
        "bridge-mayor-name",
        "hand-works-length",
    ]
    assert (session.reviewed, session.left) == (0, 7)
    assert current_id(session) == "bridge-vote-day"


def test_approve_changes_only_the_status_line_and_moves_on(bank_dir: Path) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    session = open_session(bank_dir)
    session.approve()
    assert changed_lines(before, read(path)) == ["-     status: draft", "+     status: approved"]
    assert read(path).replace("status: approved", "status: draft", 1) == before
    assert current_id(session) == "bridge-vote-count"
    assert (session.reviewed, session.left) == (1, 6)


def test_retire_writes_retired(bank_dir: Path) -> None:
    path = bank_dir / "hand.yaml"
    before = read(path)
    session = open_session(bank_dir, tags=("duration",))
    assert current_id(session) == "hand-works-length"
    session.retire()
    assert changed_lines(before, read(path)) == ["-     status: draft", "+     status: retired"]
    assert session.current is None and session.done


def test_skip_leaves_the_question_and_comes_back_to_it_last(bank_dir: Path) -> None:
    session = open_session(bank_dir, tags=("money", "duration"))
    assert current_id(session) == "bridge-cost"
    assert session.skip()
    assert current_id(session) == "hand-works-length"
    session.approve()
    assert current_id(session) == "bridge-cost"  # wrapped round to the skipped one
    assert not session.skip()  # the only one left
    assert (session.reviewed, session.left) == (1, 1)


def test_back_shows_the_previous_question_decided_or_not(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    assert not session.back()
    session.approve()
    session.skip()
    assert current_id(session) == "bridge-start-tf"
    assert session.back() and current_id(session) == "bridge-vote-count"
    assert session.back() and current_id(session) == "bridge-vote-day"
    session.retire()  # a decided question can be decided again
    assert "status: retired" in read(bank_dir / "bridge.yaml")
    assert current_id(session) == "bridge-vote-count"


def test_undo_restores_the_exact_text_and_shows_the_question_again(bank_dir: Path) -> None:
    path = bank_dir / "bridge.yaml"
    original = read(path)
    session = open_session(bank_dir)
    session.approve()
    after_first = read(path)
    session.retire()
    assert session.undo() is not None
    assert read(path) == after_first
    assert current_id(session) == "bridge-vote-count"
    session.undo()
    assert read(path) == original
    assert current_id(session) == "bridge-vote-day"
    assert (session.reviewed, session.left) == (0, 7)
    assert session.undo() is None


def test_undo_refuses_when_the_file_changed_since(bank_dir: Path) -> None:
    path = bank_dir / "bridge.yaml"
    session = open_session(bank_dir)
    session.approve()
    changed = read(path).replace("# Bridge questions", "# Bridge quiz", 1)
    path.write_text(changed, encoding="utf-8")
    with pytest.raises(BankError, match="changed outside this review"):
        session.undo()
    assert read(path) == changed
    assert len(session.undo_stack) == 1


def test_a_decision_reads_the_file_afresh(bank_dir: Path) -> None:
    """A change made in another editor meanwhile is kept, not overwritten."""
    path = bank_dir / "bridge.yaml"
    session = open_session(bank_dir)
    path.write_text(read(path) + "# a note\n", encoding="utf-8")
    session.approve()
    assert read(path).endswith("# a note\n")


def test_tag_filter_narrows_queue_and_counter(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    assert "money" in session.all_tags()
    session.set_tags(["transport", "quote"])
    assert (session.total, current_id(session)) == (2, "bridge-start-tf")
    session.set_tags([])
    assert session.total == 7


def test_reopening_continues_with_what_is_still_draft(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    session.approve()
    session.retire()
    again = open_session(bank_dir)
    assert (again.total, current_id(again)) == (5, "bridge-start-tf")


def test_warnings_of_the_shown_question_only(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    entries = {session.entry(i).question.id: session.entry(i) for i in session.items}
    assert session.warnings(entries["bridge-vote-day"]) == []
    (warning,) = session.warnings(entries["bridge-mayor-name"])
    assert "no evidence sentence" in warning.message


def edited_stem(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_edit_changes_only_the_edited_lines(bank_dir: Path) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    session = open_session(bank_dir)
    shown = session.editor_text()
    assert shown.startswith(EDITOR_HEADER) and "- id: bridge-vote-day\n" in shown
    outcome = session.apply_edit(edited_stem(shown, "On which day did", "On which weekday did"))
    assert outcome.problems == [] and outcome.result is not None
    assert changed_lines(before, read(path)) == [
        "-     question: On which day did the city council vote to rebuild the old river bridge?",
        "+     question: On which weekday did the city council vote to rebuild the old river "
        "bridge?",
    ]
    # Still a draft: it stays shown, to approve next.
    assert current_id(session) == "bridge-vote-day"
    assert session.current.question.question.startswith("On which weekday")
    session.undo()
    assert read(path) == before


def test_edit_keeps_comments_and_quoting_inside_the_question(bank_dir: Path) -> None:
    path = bank_dir / "hand.yaml"
    before = read(path)
    session = open_session(bank_dir, tags=("duration",))
    shown = session.editor_text()
    assert "'five years'" in shown
    session.apply_edit(edited_stem(shown, "one year", "three years"))
    assert changed_lines(before, read(path)) == ["-       - one year", "+       - three years"]


def test_edit_with_problems_writes_nothing_and_names_edited_lines(bank_dir: Path) -> None:
    path = bank_dir / "bridge.yaml"
    before = read(path)
    session = open_session(bank_dir)
    shown = session.editor_text()
    outcome = session.apply_edit(edited_stem(shown, "answer: Tuesday", "answer: Thursday"))
    assert outcome.result is None
    answer_line = (
        edited_stem(shown, "answer: Tuesday", "answer: Thursday")
        .splitlines()
        .index("  answer: Thursday")
    )
    (problem,) = outcome.problems
    assert problem.startswith(f"line {answer_line + 1}: ")
    assert "not one of the choices" in problem
    assert read(path) == before and session.undo_stack == []


def test_edit_rejects_yaml_errors_id_changes_and_two_questions(bank_dir: Path) -> None:
    text = read(bank_dir / "bridge.yaml")
    shown = editor_text(text, "bridge-vote-day")
    path = str(bank_dir / "bridge.yaml")
    broken = apply_edited(path, text, "bridge-vote-day", shown.replace("choices:", "choices: [", 1))
    assert broken.result is None and "YAML syntax error" in broken.problems[0]
    renamed = apply_edited(
        path, text, "bridge-vote-day", shown.replace("id: bridge-vote-day", "id: other")
    )
    assert renamed.problems == [
        "line 3: the id cannot change here (generate knows the question by it); "
        "keep 'id: bridge-vote-day'"
    ]
    two = apply_edited(path, text, "bridge-vote-day", shown + shown[len(EDITOR_HEADER) :])
    assert "exactly one question" in two.problems[0]


def test_edit_drops_a_changed_header_and_refuses_header_lines_below(bank_dir: Path) -> None:
    text = read(bank_dir / "bridge.yaml")
    path = str(bank_dir / "bridge.yaml")
    # What `:%s/the/THE/` in vim makes of the whole file, header included.
    shown = editor_text(text, "bridge-vote-day").replace("the", "THE")
    edited = apply_edited(path, text, "bridge-vote-day", shown)
    assert edited.result is not None
    new_text = edited.result.text
    assert "Edit THE question" not in new_text and "THE city council" in new_text
    assert new_text.count("\n") == text.count("\n")
    # A header line pasted among the question's lines is refused, with its line.
    header_line = EDITOR_HEADER.splitlines()[0]
    lines = shown.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("tags:"))
    inside = "".join([*lines[:at], header_line + "\n", *lines[at:]])
    refused = apply_edited(path, text, "bridge-vote-day", inside)
    assert refused.result is None
    line = inside.splitlines().index(header_line) + 1
    assert refused.problems[0].startswith(f"line {line}: ")
    assert "header" in refused.problems[0]


def test_edit_left_unchanged_or_emptied_is_a_cancel(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    assert session.apply_edit(session.editor_text()).cancelled
    assert session.apply_edit("").cancelled
    assert session.undo_stack == []


def test_edit_into_approved_counts_as_reviewed(bank_dir: Path) -> None:
    session = open_session(bank_dir)
    shown = session.editor_text()
    session.apply_edit(edited_stem(shown, "status: draft", "status: approved"))
    assert (session.reviewed, current_id(session)) == (1, "bridge-vote-count")


def test_generate_after_review_keeps_every_decision(bank_dir: Path) -> None:
    """Decisions count as a person's edits: the merge keeps them; an undone one is
    generate's again."""
    session = open_session(bank_dir)
    session.approve()  # bridge-vote-day
    session.retire()  # bridge-vote-count
    session.apply_edit(  # bridge-start-tf
        edited_stem(session.editor_text(), "start in May", "start in June")
    )
    session.approve()  # bridge-start-tf, edited
    session.approve()  # bridge-cost
    session.undo()  # bridge-cost back to draft, byte for byte
    reviewed = read(bank_dir / "bridge.yaml")

    generated, _ = load_bank([DATA / "generated"])
    (report,) = update_bank(bank_dir, generated.files)
    assert report.kept == 4  # three decisions and the hand-added question
    assert report.unchanged == 3 - 1  # bridge-cost (undone) and bridge-ferry-tf
    assert read(bank_dir / "bridge.yaml") == reviewed
    bank, problems = load_bank([bank_dir])
    assert not [p for p in problems if p.severity == "error"]
    status = {q.id: q.status for q in bank.questions}
    assert status["bridge-vote-day"] == "approved"
    assert status["bridge-vote-count"] == "retired"
    assert status["bridge-start-tf"] == "approved"
    assert status["bridge-cost"] == "draft"
    stems = {q.id: q.question for q in bank.questions}
    assert stems["bridge-start-tf"] == "Mayor Anna Berg said the works will start in June."


def test_locate_evidence_in_its_paragraph() -> None:
    article = Article(
        "a.txt",
        "T",
        ["First one. Second one.", "“We will start in March,” Mayor Anna Berg said. Then more."],
    )
    spot = locate_evidence(article, "Second one.")
    assert spot is not None and spot.paragraph[spot.start : spot.end] == "Second one."
    folded = locate_evidence(article, '"We will start in March,"  Mayor Anna Berg said.')
    assert folded is not None
    assert folded.paragraph[folded.start : folded.end] == (
        "“We will start in March,” Mayor Anna Berg said."
    )
    assert locate_evidence(article, "Not in it.") is None
    assert locate_evidence(article, "") is None


def test_crlf_file_keeps_its_line_breaks(bank_dir: Path) -> None:
    path = bank_dir / "hand.yaml"
    path.write_bytes(read(path).replace("\n", "\r\n").encode("utf-8"))
    before = read(path)
    session = open_session(bank_dir, tags=("duration",))
    session.apply_edit(edited_stem(session.editor_text(), "one year", "three years"))
    session.approve()
    after = read(path)
    assert after.count("\r\n") == before.count("\r\n") and "\n" not in after.replace("\r\n", "")
    assert after == before.replace("one year", "three years").replace(
        "status: draft", "status: approved"
    )
