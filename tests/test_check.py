"""`quizgen check`: one failing fixture per rule, with the exact `FILE:LINE: message`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.cli import main

DATA = Path("tests/data/bank")
INVALID = sorted(p for p in (DATA / "invalid").glob("*.yaml") if not p.name.endswith(".bin.yaml"))


def expected_lines(path: Path) -> list[str]:
    """The `# expect: LINE: message` comments at the top of a fixture, as check prints them."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path}:{line[len('# expect: ') :]}" for line in lines if line.startswith("# expect: ")
    ]


def run_check(*paths: str | Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", *map(str, paths)])
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.stem)
def test_check_reports_each_rule_with_file_and_line(
    fixture: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_check(fixture, capsys=capsys)
    assert code == 1
    assert out == expected_lines(fixture)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("latin1.bin.yaml", "2: not UTF-8 text (byte 0xe9): save the file as UTF-8"),
        ("binary.bin.yaml", "1: binary file, not a YAML bank: expected UTF-8 text"),
        ("empty.bin.yaml", "1: empty file: a bank file is a mapping with 'title' and 'questions'"),
    ],
)
def test_check_reports_unreadable_files(
    name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "invalid" / name
    code, out = run_check(path, capsys=capsys)
    assert (code, out) == (1, [f"{path}:{message}"])


def test_check_reports_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope"
    code, out = run_check(missing, capsys=capsys)
    assert (code, out) == (1, [f"{missing}: no such file or folder: check the path you gave"])


def test_check_reports_duplicate_id_across_files(capsys: pytest.CaptureFixture[str]) -> None:
    folder = DATA / "dup_across"
    code, out = run_check(folder, capsys=capsys)
    assert code == 1
    assert out == [
        f"{folder}/b.yaml:6: duplicate id 'shared-id': already used at {folder}/a.yaml:2; "
        "ids must be unique in the whole bank"
    ]


def test_check_reports_every_problem_of_a_broken_bank_at_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run_check(DATA / "invalid", capsys=capsys)
    assert code == 1
    expected = [line for f in INVALID for line in expected_lines(f)]
    assert set(expected) <= set(out)
    assert len(out) >= len(expected) + 3  # + the three unreadable .bin.yaml files


def test_check_passes_valid_bank_and_warns_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_check(DATA / "valid", capsys=capsys)
    assert (code, out) == (0, [])
    generated = tmp_path / "gen.yaml"
    generated.write_text(
        "title: t\nsource:\n  file: a.txt\nquestions:\n"
        "  - id: q\n    type: true_false\n    question: Is it?\n    answer: true\n",
        encoding="utf-8",
    )
    code, out = run_check(generated, capsys=capsys)
    assert code == 0
    assert out == [
        f"{generated}:5: warning: question 'q': no evidence sentence; "
        "a generated question should carry one"
    ]


def test_committed_question_bank_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_check("question_bank", capsys=capsys)
    assert code == 0, out


def test_valid_files_load_into_the_model() -> None:
    bank, problems = load_bank([DATA / "valid"])
    assert problems == []
    by_id = {q.id: q for q in bank.questions}
    assert by_id["putin-call-length"].answer == "about an hour"
    assert by_id["putin-call-length"].line == 6
    assert by_id["mccain-threat-tf"].answer is False
    assert by_id["2014"].choices == ["2014", "2008"]  # numbers kept as written
    assert by_id["tf-1"].answer is True  # YAML 1.1 `yes`


def test_console_script_and_module_run_the_same_cli() -> None:
    script = str(Path(sys.executable).parent / "quizgen")
    for command in ([script], [sys.executable, "-m", "quizgen"]):
        done = subprocess.run([*command, "check", "question_bank"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "error(s)" in done.stderr


def test_help_lists_every_spec_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("generate", "check", "schema", "list", "quiz", "train", "stats", "review"):
        assert f"    {command}" in out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--frobnicate"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_summary_counts_every_file_read_also_a_broken_one(tmp_path, capsys):
    shutil.copy(DATA / "valid" / "minimal.yaml", tmp_path / "good.yaml")
    shutil.copy(DATA / "invalid" / "syntax-error.yaml", tmp_path / "broken.yaml")
    assert main(["check", str(tmp_path)]) == 1
    assert "2 file(s) (1 unreadable), 2 valid question(s)" in capsys.readouterr().err


def test_load_bank_reports_each_file_read_for_a_progress_bar(tmp_path):
    shutil.copy(DATA / "valid" / "minimal.yaml", tmp_path / "good.yaml")
    shutil.copy(DATA / "invalid" / "syntax-error.yaml", tmp_path / "broken.yaml")
    read: list[int] = []
    bank, _ = load_bank([tmp_path], on_file=lambda: read.append(len(read) + 1))
    assert read == [1, 2] and len(bank.files) == 1


def test_a_big_bank_is_read_under_a_progress_bar(tmp_path, monkeypatch):
    from contextlib import contextmanager

    from quizgen.cli import options

    for number in range(7):
        (tmp_path / f"{number}.yaml").write_text(
            (DATA / "valid" / "minimal.yaml")
            .read_text()
            .replace('id: "', f'id: "f{number}-')
            .replace("id: tf", f"id: f{number}-tf")
        )
    bars: list[tuple[int, str, list[int]]] = []

    @contextmanager
    def recording_bar(total, description, *, minimum):
        ticks: list[int] = []
        bars.append((total, description, ticks))
        yield lambda: ticks.append(1)

    monkeypatch.setattr(options, "progress_bar", recording_bar)
    options.load_valid_bank([str(tmp_path)])
    assert [(total, what, len(ticks)) for total, what, ticks in bars] == [
        (7, "reading the bank", 7)
    ]


def test_check_shows_the_first_problems_of_a_file_full_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizgen.bank.load import MAX_PROBLEMS_PER_FILE

    path = tmp_path / "bad.yaml"
    bad = "".join(
        f"  - id: q{i}\n    type: quiz\n    question: Q?\n    answer: a\n" for i in range(150)
    )
    path.write_text("questions:\n" + bad)
    code, out = run_check(path, capsys=capsys)
    assert code == 1
    assert out[0] == (
        f"{path}: too many problems: 150 in this file, the first {MAX_PROBLEMS_PER_FILE} shown; "
        "fix those and check again"
    )
    assert len(out) == 1 + MAX_PROBLEMS_PER_FILE
    assert (
        out[1] == f"{path}:3: question 'q0': type 'quiz' is not one of: multiple_choice, true_false"
    )


def test_the_cycle_collector_is_held_only_while_a_file_is_read() -> None:
    import gc

    from quizgen.bank.load import _collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), _collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a bug while reading")
    assert gc.isenabled()


def test_every_reader_of_a_bank_file_holds_the_collector(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # generate's merge and the editors call load_text directly, not through check.
    import gc

    from quizgen.bank import load

    seen: list[bool] = []
    real = load._validated

    def spy(name: str, data: bytes):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(name, data)

    monkeypatch.setattr(load, "_validated", spy)
    bank_file, problems = load.load_text("x.yaml", b"title: T\nquestions: []\n")
    assert bank_file is not None and bank_file.title == "T"
    assert seen == [False] and gc.isenabled()
