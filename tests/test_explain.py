"""`generate --explain`: every fact with its rule, every candidate with its template and
score, every candidate not asked with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from generate_support import SEEDS

from quizgen.cli import main
from quizgen.generate.read import read_article


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of one `generate --explain` run on the first seed (bank/ and why.jsonl)."""
    out = tmp_path_factory.mktemp("explain")
    target = out / "why.jsonl"
    code = main(["generate", str(SEEDS[0]), "--out", str(out / "bank"), "--explain", str(target)])
    assert code == 0
    return out


@pytest.fixture(scope="module")
def records(run: Path) -> list[dict]:
    lines = (run / "why.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_the_call_length_question_names_its_rule_template_and_score(records) -> None:  # type: ignore[no-untyped-def]
    asked = [
        r
        for r in records
        if r["record"] == "candidate" and r["outcome"] == "asked" and r["answer"] == "about an hour"
    ]
    assert len(asked) == 1
    line = asked[0]
    assert line["kind"] == "duration" and line["rule"] == "numbers.entity"
    assert line["template"] == "wh.inverted"
    assert line["question"] == (
        "According to the White House, how long did the first formal phone call last?"
    )
    assert line["score"] == pytest.approx(sum(line["score_parts"].values()), abs=0.01)
    assert {"kind", "position", "source", "phrased"} <= set(line["score_parts"])
    bank = Path(SEEDS[0]).stem
    assert line["id"] and line["article"].endswith(f"{bank}.txt")


def test_each_fact_has_kind_rule_and_the_span_of_its_answer(records) -> None:  # type: ignore[no-untyped-def]
    text = read_article(str(SEEDS[0])).text
    facts = [r for r in records if r["record"] == "fact"]
    assert facts
    for fact in facts:
        start, end = fact["span"]
        assert text[start:end] == fact["answer"]
        assert fact["rule"] and fact["kind"] and fact["answer"] in fact["sentence"]


def test_every_candidate_not_asked_says_why(records) -> None:  # type: ignore[no-untyped-def]
    candidates = [r for r in records if r["record"] == "candidate"]
    dropped = [r for r in candidates if r["outcome"] == "dropped"]
    assert dropped and all(r["reason"] for r in dropped)
    reasons = " | ".join(r["reason"] for r in dropped)
    assert "not written:" in reasons  # a writer's refusal
    assert "sentence full" in reasons or "duplicate" in reasons  # a ranking decision


def test_asked_candidates_are_the_bank_questions(records, run: Path) -> None:  # type: ignore[no-untyped-def]
    asked = {r["id"]: r for r in records if r["record"] == "candidate" and r["outcome"] == "asked"}
    bank = yaml.safe_load((run / "bank" / f"{Path(SEEDS[0]).stem}.yaml").read_text("utf-8"))
    written = {q["id"]: q for q in bank["questions"]}
    assert set(asked) == set(written)
    for qid, question in written.items():
        assert asked[qid]["question"] == question["question"]


def test_explain_into_a_missing_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "generate",
            str(SEEDS[0]),
            "--out",
            str(tmp_path),
            "--explain",
            str(tmp_path / "no" / "x.jsonl"),
        ]
    )
    assert code == 2
    assert "--explain" in capsys.readouterr().err


def test_explain_into_a_read_only_file_is_a_usage_error_before_generating(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.jsonl"
    target.write_text("kept\n")
    target.chmod(0o444)
    out = tmp_path / "bank"
    code = main(["generate", str(SEEDS[0]), "--out", str(out), "--explain", str(target)])
    assert code == 2
    assert f"--explain {target}: the file is read-only" in capsys.readouterr().err
    assert target.read_text() == "kept\n" and not out.exists()
