"""Re-running generate keeps every human edit: the merge, one behaviour per test."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from quizgen.bank.blocks import replace_question_block, set_status
from quizgen.bank.load import load_bank, load_text
from quizgen.bank.lock import LOCK_NAME
from quizgen.bank.merge import assign_ids
from quizgen.bank.update import edit_bank_file, remove_stale_temp_files, update_bank
from quizgen.bank.write import dump_question
from quizgen.cli import main
from quizgen.model import BankFile, Question, Source

DATA = Path("tests/data/merge")


def synthetic(name: str, facts: list[int] | range, version: int = 0) -> BankFile:
    """What a generator would make for article `name`: one question per fact number.

    Even facts change their stem with `version`, odd ones stay the same; every fourth is
    a true/false question.
    """
    questions = []
    for i in facts:
        stem_version = f" (v{version})" if i % 2 == 0 else ""
        if i % 4 == 3:
            questions.append(
                Question(
                    id=f"{name}-tf-{i}",
                    type="true_false",
                    question=f"Statement {i} about {name} holds{stem_version}.",
                    answer=i % 8 == 3,
                    evidence=f"Sentence {i} of {name}.",
                    tags=[name],
                )
            )
        else:
            questions.append(
                Question(
                    id=f"{name}-fact-{i}",
                    type="multiple_choice",
                    question=f"What is fact {i} of {name}{stem_version}?",
                    choices=[f"answer {i}", f"other {i}", f"third {i}"],
                    answer=f"answer {i}",
                    explanation=f"Because of sentence {i}.",
                    evidence=f"Sentence {i} of {name}.",
                    tags=[name, "synthetic"],
                    difficulty="easy",
                )
            )
    return BankFile(
        path=f"{name}.yaml",
        title=f"Article {name}",
        source=Source(file=f"articles/{name}.txt"),
        questions=questions,
    )


def block_of(text: str, question_id: str) -> str:
    """The lines of one question item, found by plain text search (not by the code under
    test): from its `- id:` line to the next item or the end of the list."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if ln.strip() == f"- id: {question_id}")
    end = start + 1
    while end < len(lines) and (lines[end].startswith("    ") or not lines[end].strip()):
        end += 1  # blank lines may sit inside a multi-line value
    while not lines[end - 1].strip():
        end -= 1
    return "".join(lines[start:end])


def errors_in(folder: Path) -> list[str]:
    _, problems = load_bank([folder])
    return [str(p) for p in problems if p.severity == "error"]


def ids_in(folder: Path) -> list[str]:
    bank, _ = load_bank([folder])
    return [q.id for q in bank.questions]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    update_bank(tmp_path, [synthetic("alpha", range(6))])
    return tmp_path


def test_first_run_writes_every_question_and_a_record(tmp_path: Path) -> None:
    [report] = update_bank(tmp_path, [synthetic("alpha", range(5))])
    assert (report.new, report.updated, report.kept, report.skipped) == (5, 0, 0, "")
    text = (tmp_path / "alpha.yaml").read_text()
    assert text.startswith("title: Article alpha\nsource:\n  file: articles/alpha.txt\n")
    assert "\ngenerated:\n  alpha-fact-0: " in text
    assert ids_in(tmp_path) == [q.id for q in synthetic("alpha", range(5)).questions]
    assert main(["check", str(tmp_path)]) == 0


def test_rerun_with_the_same_output_changes_nothing(bank: Path) -> None:
    before = (bank / "alpha.yaml").read_bytes()
    [report] = update_bank(bank, [synthetic("alpha", range(6))])
    assert (report.unchanged, report.new, report.updated, report.removed) == (6, 0, 0, 0)
    assert (bank / "alpha.yaml").read_bytes() == before


def test_untouched_questions_are_updated_edited_ones_kept_byte_for_byte(bank: Path) -> None:
    path = bank / "alpha.yaml"
    edit(path, "What is fact 0 of alpha (v0)?", "What, really, is fact 0 of alpha?  # fixed")
    edited = block_of(path.read_text(), "alpha-fact-0")
    [report] = update_bank(bank, [synthetic("alpha", range(6), version=1)])
    text = path.read_text()
    assert block_of(text, "alpha-fact-0") == edited
    assert "What is fact 2 of alpha (v1)?" in text  # untouched: updated
    assert (report.kept, report.updated, report.unchanged) == (1, 2, 3)


@pytest.mark.parametrize("status", ["approved", "retired"])
def test_approved_and_retired_questions_are_kept(bank: Path, status: str) -> None:
    path = bank / "alpha.yaml"
    path.write_text(set_status(path.read_text(), "alpha-fact-2", status))
    kept = block_of(path.read_text(), "alpha-fact-2")
    update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert block_of(path.read_text(), "alpha-fact-2") == kept
    assert f"status: {status}" in kept
    # even when its fact is gone, a retired or approved question stays
    update_bank(bank, [synthetic("alpha", [0, 1], version=2)])
    assert block_of(path.read_text(), "alpha-fact-2") == kept


def test_deleted_question_does_not_come_back(bank: Path) -> None:
    path = bank / "alpha.yaml"
    path.write_text(path.read_text().replace(block_of(path.read_text(), "alpha-fact-1"), ""))
    [report] = update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert "alpha-fact-1" not in ids_in(bank)
    assert report.deleted == 1
    assert "  alpha-fact-1: deleted\n" in path.read_text()
    update_bank(bank, [synthetic("alpha", range(6), version=2)])
    assert "alpha-fact-1" not in ids_in(bank)


def test_question_whose_fact_is_gone_is_removed_and_its_id_stays_taken(bank: Path) -> None:
    [report] = update_bank(bank, [synthetic("alpha", [0, 1, 2, 3, 4])])
    assert report.removed == 1
    assert "alpha-fact-5" not in ids_in(bank)
    assert "  alpha-fact-5: removed\n" in (bank / "alpha.yaml").read_text()
    # another article's generator now makes that id: it gets a fresh one
    other = synthetic("beta", [])
    other.questions = [synthetic("alpha", [5]).questions[0]]
    update_bank(bank, [other])
    assert "alpha-fact-5-2" in ids_in(bank)
    # the fact found again in its own article comes back under its own id
    update_bank(bank, [synthetic("alpha", range(6))])
    assert "alpha-fact-5" in ids_in(bank)
    assert errors_in(bank) == []


def test_hand_written_question_is_kept_and_new_questions_are_added(bank: Path) -> None:
    path = bank / "alpha.yaml"
    hand = (DATA / "hand_question.yaml").read_text()
    path.write_text(path.read_text().replace("\n# Written by", hand + "\n# Written by", 1))
    [report] = update_bank(bank, [synthetic("alpha", range(8))])
    text = path.read_text()
    assert hand in text
    assert (report.new, report.kept) == (2, 1)
    assert ids_in(bank)[-3:] == ["alpha-hand-1", "alpha-fact-6", "alpha-tf-7"]
    assert errors_in(bank) == []


def test_generated_id_used_in_another_file_gets_a_stable_suffix(tmp_path: Path) -> None:
    beta = synthetic("beta", range(2))
    beta.questions[0].id = "alpha-fact-0"  # a generator that happens to reuse an id
    for _ in range(2):
        update_bank(tmp_path, [synthetic("alpha", range(2)), beta])
        assert sorted(ids_in(tmp_path)) == [
            "alpha-fact-0",
            "alpha-fact-0-2",
            "alpha-fact-1",
            "beta-fact-1",
        ]
    assert errors_in(tmp_path) == []


def test_invalid_bank_file_is_reported_and_left_alone(bank: Path) -> None:
    path = bank / "alpha.yaml"
    edit(path, "status: draft", "status: finished")
    before = path.read_bytes()
    [report] = update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert path.read_bytes() == before
    line = before.decode().splitlines().index("    status: finished") + 1
    assert report.skipped.startswith(f"{path}:{line}: ")
    assert "finished" in report.skipped


def test_flow_list_of_questions_is_skipped_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "alpha.yaml"
    path.write_bytes((DATA / "flow_questions.yaml").read_bytes())
    [report] = update_bank(tmp_path, [synthetic("alpha", range(2))])
    assert report.skipped.startswith(f"{path}:3: ")
    assert "flow list" in report.skipped
    assert path.read_bytes() == (DATA / "flow_questions.yaml").read_bytes()


def test_dry_run_reports_the_same_and_writes_nothing(bank: Path) -> None:
    before = {p.name: p.read_bytes() for p in bank.iterdir()}
    (bank / LOCK_NAME).unlink()
    generated = [synthetic("alpha", range(1, 9), version=1), synthetic("beta", range(3))]
    dry = update_bank(bank, generated, dry_run=True)
    assert {p.name: p.read_bytes() for p in bank.iterdir()} == {
        k: v for k, v in before.items() if k != LOCK_NAME
    }
    real = update_bank(bank, generated)
    assert [(r.new, r.updated, r.removed, r.kept, r.dry_run) for r in dry] == [
        (r.new, r.updated, r.removed, r.kept, True) for r in real
    ]
    assert dry[0].new == 3 and dry[0].removed == 1 and dry[1].new == 3


def test_hand_styled_file_keeps_its_style(tmp_path: Path) -> None:
    """A file with a comment head, an indentless list, CRLF line ends and a BOM."""
    original = (DATA / "styled.yaml").read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "gamma.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + original)
    generated = synthetic("gamma", [0, 1, 2])
    [report] = update_bank(tmp_path, [generated])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + original.rstrip(b"\r\n"))
    assert report.kept == 1 and report.new == 3 and errors_in(tmp_path) == []
    bank_file, problems = load_text("gamma.yaml", data)
    assert bank_file is not None and [p for p in problems if p.severity == "error"] == []
    assert b"\n- id: gamma-fact-0\n" in data.replace(b"\r\n", b"\n")  # its indentation


def test_empty_question_list_gets_the_new_questions(tmp_path: Path) -> None:
    path = tmp_path / "alpha.yaml"
    path.write_text("title: Mine  # keep\nquestions: []  # none yet\n")
    update_bank(tmp_path, [synthetic("alpha", range(2))])
    text = path.read_text()
    assert text.startswith("title: Mine  # keep\nquestions:  # none yet\n  - id: alpha-fact-0\n")
    assert errors_in(tmp_path) == []


def test_all_questions_removed_leaves_an_empty_list(bank: Path) -> None:
    update_bank(bank, [synthetic("alpha", [])])
    bank_file, problems = load_text("a", (bank / "alpha.yaml").read_bytes())
    assert bank_file is not None and bank_file.questions == [] and problems == []
    assert "questions: []\n" in (bank / "alpha.yaml").read_text()


def test_set_status_changes_one_line_or_adds_it() -> None:
    text = (DATA / "styled.yaml").read_text()
    approved = set_status(text, "gamma-hand", "approved")
    assert approved.replace("status: approved", "status: draft") == text
    no_status = text.replace("  status: draft\n", "")
    added = set_status(no_status, "gamma-hand", "retired")
    assert added.replace("  status: retired\n", "") == no_status
    assert "  status: retired\n" in added


def test_replace_question_block_touches_only_that_question(bank: Path) -> None:
    text = (bank / "alpha.yaml").read_text()
    question = synthetic("alpha", [2]).questions[0]
    question.question = "A reviewer's better stem?"
    new = replace_question_block(text, "alpha-fact-2", dump_question(question))
    assert block_of(new, "alpha-fact-2") == dump_question(question)
    assert new.replace(dump_question(question), block_of(text, "alpha-fact-2")) == text


def test_review_edit_counts_as_a_human_edit(bank: Path) -> None:
    path = bank / "alpha.yaml"
    assert edit_bank_file(path, lambda t: set_status(t, "alpha-fact-0", "approved"))
    kept = block_of(path.read_text(), "alpha-fact-0")
    update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert block_of(path.read_text(), "alpha-fact-0") == kept


def test_file_written_before_records_is_adopted_not_duplicated(tmp_path: Path) -> None:
    from quizgen.bank.write import write_bank_file

    write_bank_file(tmp_path / "alpha.yaml", synthetic("alpha", range(4)))
    [report] = update_bank(tmp_path, [synthetic("alpha", range(4), version=1)])
    # identical questions become generate's again; differing ones may be a person's
    assert (report.unchanged, report.kept, report.new) == (2, 2, 0)
    assert len(ids_in(tmp_path)) == 4
    [report] = update_bank(tmp_path, [synthetic("alpha", range(4), version=1)])
    assert (report.unchanged, report.kept) == (2, 2)


def test_stale_temp_files_of_a_killed_run_are_removed(bank: Path) -> None:
    stale = bank / ".alpha.yaml.abc123.tmp"
    fresh = bank / ".alpha.yaml.def456.tmp"
    stale.write_text("half a fil")
    fresh.write_text("being written")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert remove_stale_temp_files(bank) == 1
    assert not stale.exists() and fresh.exists()


def test_assign_ids_keeps_own_and_free_ids_and_suffixes_the_rest() -> None:
    owned = {"a", "b-2"}
    taken = {"a", "b", "c", "b-2"}
    assert assign_ids(["a", "b", "d", "d", "c"], owned, taken) == ["a", "b-2", "d", "d-2", "c-2"]


def test_two_questions_with_one_id_in_one_article_both_land(tmp_path: Path) -> None:
    generated = synthetic("alpha", range(2))
    generated.questions[1].id = generated.questions[0].id
    update_bank(tmp_path, [generated])
    assert ids_in(tmp_path) == ["alpha-fact-0", "alpha-fact-0-2"]
    [report] = update_bank(tmp_path, [generated])
    assert report.unchanged == 2 and errors_in(tmp_path) == []


def test_question_moved_to_another_file_is_not_generated_again(bank: Path) -> None:
    path = bank / "alpha.yaml"
    moved = block_of(path.read_text(), "alpha-fact-2")
    path.write_text(path.read_text().replace(moved, ""))
    (bank / "mine.yaml").write_text("title: Mine\nquestions:\n" + moved)
    update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert ids_in(bank).count("alpha-fact-2") == 1
    assert (bank / "mine.yaml").read_text().endswith(moved)
    assert errors_in(bank) == []


def test_file_saved_by_an_editor_during_the_run_is_not_overwritten(tmp_path: Path) -> None:
    generated = [synthetic("alpha", range(3)), synthetic("beta", range(3))]
    update_bank(tmp_path, generated)
    beta = tmp_path / "beta.yaml"
    saved = beta.read_text().replace("status: draft", "status: approved", 1)

    def editor_saves_beta(report: object) -> None:
        if beta.read_text() != saved:
            beta.write_text(saved)

    changed = [synthetic("alpha", range(3), 1), synthetic("beta", range(3), 1)]
    reports = update_bank(tmp_path, changed, on_file=editor_saves_beta)
    assert reports[0].updated == 2 and "changed while generate ran" in reports[1].skipped
    assert beta.read_text() == saved


def test_generated_question_that_breaks_the_rules_is_never_written(bank: Path) -> None:
    before = (bank / "alpha.yaml").read_bytes()
    generated = synthetic("alpha", range(7), version=1)
    generated.questions[-1].answer = "not one of the choices"
    [report] = update_bank(bank, [generated])
    assert report.skipped.startswith("not written, it would not pass check: ")
    assert "alpha-fact-6" in report.skipped and "not one of the choices" in report.skipped
    assert (bank / "alpha.yaml").read_bytes() == before


def test_multi_paragraph_values_survive_reindenting(tmp_path: Path) -> None:
    (tmp_path / "gamma.yaml").write_bytes((DATA / "styled.yaml").read_bytes())
    generated = synthetic("gamma", [0])
    generated.questions[0].explanation = "First paragraph.\n\nSecond paragraph.\n"
    update_bank(tmp_path, [generated])
    bank, problems = load_bank([tmp_path])
    assert problems == []
    assert bank.questions[-1] == generated.questions[0]


def test_safety_net_writes_nothing_when_a_merge_would_change_a_kept_question(
    bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quizgen.bank.update as update

    path = bank / "alpha.yaml"
    edit(path, "What is fact 1 of alpha?", "My own stem?")
    before = path.read_bytes()
    real_merge = update.merge_text

    def faulty_merge(*args, **kwargs):  # a merge bug that garbles a kept question
        merged = real_merge(*args, **kwargs)
        merged.text = merged.text.replace("My own stem?", "Garbled?")
        return merged

    monkeypatch.setattr(update, "merge_text", faulty_merge)
    [report] = update_bank(bank, [synthetic("alpha", range(6), version=1)])
    assert report.skipped == (
        "not written: question 'alpha-fact-1' would not stay as it was "
        "(a bug in quizgen; please report it)"
    )
    assert path.read_bytes() == before


def test_cr_only_file_keeps_its_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "gamma.yaml"
    path.write_bytes((DATA / "styled.yaml").read_bytes().replace(b"\n", b"\r"))
    update_bank(tmp_path, [synthetic("gamma", [0, 1, 2])])  # adds questions and a record
    data = path.read_bytes()
    assert b"\n" not in data and b"generated:\r" in data
    assert errors_in(tmp_path) == []


def test_a_file_with_an_alias_cycle_is_left_and_the_others_written(tmp_path: Path) -> None:
    cycle = "title: Mine\nquestions: []\ngenerated: &g {x: *g}\n"
    (tmp_path / "alpha.yaml").write_text(cycle)
    reports = update_bank(tmp_path, [synthetic("alpha", range(2)), synthetic("beta", range(2))])
    assert reports[0].skipped.startswith(f"{tmp_path / 'alpha.yaml'}:3: anchors and aliases")
    assert (tmp_path / "alpha.yaml").read_text() == cycle
    assert reports[1].written and reports[1].new == 2


def test_a_flow_style_question_says_which_line_to_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "alpha.yaml"
    text = (
        "title: Mine\nquestions:\n"
        "  - {id: mine, type: true_false, question: Is it?, answer: true}\n"
    )
    path.write_text(text)
    [report] = update_bank(tmp_path, [synthetic("alpha", range(2))])
    assert report.skipped.startswith(f"{path}:3: this question is written in flow style")
    assert "one 'key: value' per line" in report.skipped
    assert path.read_text() == text
