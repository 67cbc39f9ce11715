"""`quizgen list`: filters, count line, plain output when not a terminal."""

from __future__ import annotations

import pytest

from quizgen.cli import main

VALID = "tests/data/bank/valid"


def run_list(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["list", VALID, *args])
    return code, capsys.readouterr().out.splitlines()


def test_list_prints_plain_rows_and_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_list(capsys=capsys)
    assert code == 0
    assert out[0].split("\t") == ["id", "type", "status", "difficulty", "tags", "question"]
    assert out[1].split("\t") == [
        "putin-call-length",
        "multiple_choice",
        "draft",
        "easy",
        "putin-call, duration",
        "According to the White House, how long did …",
    ]
    assert out[3].split("\t") == [
        "2014",
        "multiple_choice",
        "draft",
        "",
        "",
        "In which year was Crimea annexed?",
    ]
    assert out[-1] == "4 of 4 question(s)"


@pytest.mark.parametrize(
    ("option", "ids"),
    [
        (["--tag", "mccain"], ["mccain-threat-tf"]),
        (["--type", "true_false"], ["tf-1", "mccain-threat-tf"]),
        (["--status", "approved"], []),
        (["--tag", "mccain", "--tag", "duration"], ["putin-call-length", "mccain-threat-tf"]),
    ],
)
def test_list_filters(
    option: list[str], ids: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run_list(*option, capsys=capsys)
    assert sorted(line.split("\t")[0] for line in out[1:-1]) == sorted(ids)
    assert out[-1] == f"{len(ids)} of 4 question(s)"


def test_list_of_broken_bank_prints_check_problems(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["list", "tests/data/bank/invalid/bad-type.yaml"])
    captured = capsys.readouterr()
    assert code == 1
    assert "tests/data/bank/invalid/bad-type.yaml:4: question 'q1': type" in captured.err
    assert captured.out == ""
