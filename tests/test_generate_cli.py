"""`quizgen generate` through the CLI: files written, exit codes, messages, dry run,
missing model, determinism. Each run loads spaCy (~1-2 s), so the runs are few and shared."""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from pathlib import Path

import pytest

from quizgen.cli import main

DATA = Path(__file__).parent / "data" / "articles"
GOOD = ("seed_layout.txt", "devset_layout.txt", "library.md", "museum.html")


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name in (*GOOD, "binary.txt"):
        shutil.copy(DATA / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def first_run(articles, tmp_path_factory):
    """One run over a folder with four good articles and a binary one, in one process."""
    out = tmp_path_factory.mktemp("bank")
    # capsys is function-scoped; this run is shared by several tests.
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["generate", str(articles), "--out", str(out), "--jobs", "1"])
    return code, stdout.getvalue(), stderr.getvalue(), out


def test_bad_article_exits_1_names_the_file_and_the_good_ones_still_generate(first_run, articles):
    code, stdout, stderr, out = first_run
    assert code == 1
    assert f"{articles / 'binary.txt'}: looks like a binary file" in stderr
    assert sorted(p.name for p in out.glob("*.yaml")) == sorted(
        f"{Path(name).stem}.yaml" for name in GOOD
    )
    assert "binary" not in stdout


def test_bank_files_carry_title_source_and_questions(first_run, articles):
    from quizgen.bank import load_bank

    _, _, _, out = first_run
    bank, problems = load_bank([str(out)])
    assert [p for p in problems if p.severity == "error"] == []
    by_name = {Path(f.path).name: f for f in bank.files}
    seed = by_name["seed_layout.yaml"]
    assert seed.title == "Council votes to rebuild the old river bridge"
    assert seed.source.file == str(articles / "seed_layout.txt")
    assert seed.source.url.startswith("https://example.org/news/")
    assert seed.questions
    assert all(q.evidence and q.status == "draft" for q in seed.questions)


def test_summary_names_each_article_with_its_counts(first_run, articles):
    _, stdout, _, out = first_run
    lines = stdout.splitlines()
    for name in GOOD:
        line = next(line for line in lines if line.startswith(f"{articles / name}: "))
        assert " questions, " in line and " new, " in line and " removed " in line
        assert str(out / f"{Path(name).stem}.yaml") in line


def test_two_processes_write_byte_identical_files(first_run, articles, tmp_path, capsys):
    _, _, _, first_out = first_run
    good = [str(articles / name) for name in GOOD]
    assert main(["generate", *good, "--out", str(tmp_path), "--jobs", "2"]) == 0
    for name in GOOD:
        bank_name = f"{Path(name).stem}.yaml"
        assert (tmp_path / bank_name).read_bytes() == (first_out / bank_name).read_bytes()


def test_a_second_run_over_the_same_articles_leaves_the_files_as_they_were(
    first_run, articles, tmp_path, capsys
):
    _, _, _, first_out = first_run
    good = [str(articles / name) for name in GOOD]
    shutil.copytree(first_out, tmp_path, dirs_exist_ok=True)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.yaml")}
    assert main(["generate", *good, "--out", str(tmp_path), "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.yaml")} == before
    assert len(lines) == len(GOOD)
    assert all(line.endswith(" left as it was)") and " 0 new, 0 updated" in line for line in lines)


def test_dry_run_writes_nothing(tmp_path, capsys):
    out = tmp_path / "bank"
    code = main(["generate", str(DATA / "seed_layout.txt"), "--out", str(out), "--dry-run"])
    stdout = capsys.readouterr().out
    assert code == 0
    assert not out.exists()
    assert "would write" in stdout and "nothing written" in stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_missing_model_is_one_clear_message(tmp_path, capsys, jobs):
    articles = [str(DATA / "plain.txt"), str(DATA / "seed_layout.txt")]
    code = main(
        ["generate", *articles, "--out", str(tmp_path), "--model", "not_a_model", "--jobs", jobs]
    )
    stderr = capsys.readouterr().err
    assert code == 1
    assert "not_a_model" in stderr and "pip install" in stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []


def test_a_bug_on_one_article_is_reported_and_the_others_still_generate(
    tmp_path, capsys, monkeypatch
):
    from quizgen.generate import batch

    real = batch.question_maker()

    def fragile(article, doc, trace=None):
        if "storm" in article.title.lower():
            raise ValueError("boom")
        return real(article, doc, trace=trace)

    monkeypatch.setattr(batch, "question_maker", lambda: fragile)
    articles = [str(DATA / "plain.txt"), str(DATA / "seed_layout.txt")]
    code = main(["generate", *articles, "--out", str(tmp_path), "--jobs", "1"])
    stderr = capsys.readouterr().err
    assert code == 1
    assert f"{DATA / 'plain.txt'}: could not make questions (ValueError: boom)" in stderr
    assert [p.name for p in tmp_path.glob("*.yaml")] == ["seed_layout.yaml"]


def test_missing_inputs_are_reported_and_exit_1(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["generate", str(tmp_path / "nope.txt"), str(empty), "--out", str(tmp_path)])
    stderr = capsys.readouterr().err
    assert code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or folder" in stderr
    assert f"{empty}: no articles in this folder" in stderr


def test_usage_errors_exit_2(tmp_path, monkeypatch, capsys):
    with pytest.raises(SystemExit) as info:
        main(["generate", "--jobs", "0"])
    assert info.value.code == 2
    monkeypatch.chdir(tmp_path)  # no seeds/ here
    assert main(["generate"]) == 2
    assert "no seeds/ folder here" in capsys.readouterr().err


def test_out_that_is_a_file_is_a_usage_error_before_any_article_is_read(tmp_path, capsys):
    out = tmp_path / "bank.yaml"
    out.write_text("title: x\nquestions: []\n", encoding="utf-8")
    assert main(["generate", str(tmp_path / "nope.txt"), "--out", str(out)]) == 2
    stderr = capsys.readouterr().err
    assert f"--out {out} is a file; give the bank folder" in stderr
    assert "nope.txt" not in stderr  # stopped before reading articles
    assert out.read_text(encoding="utf-8") == "title: x\nquestions: []\n"


def test_summary_is_a_table_on_a_terminal(monkeypatch, capsys):
    from quizgen.bank.update import MergeReport
    from quizgen.cli.generate import print_summary
    from quizgen.model import BankFile, Source

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "100")
    bank_file = BankFile("bank/story.yaml", "Story", Source("news/story.txt"), [])
    report = MergeReport("bank/story.yaml", new=3, updated=1, unchanged=2, kept=4, removed=5)
    print_summary([bank_file], [report], dry_run=True)
    out = capsys.readouterr().out
    assert "would write 1 bank file(s) in bank/ from news/ (dry run)" in out
    assert "unchanged" in out
    row = next(line for line in out.splitlines() if "story.txt" in line)
    assert [cell for cell in row.split() if cell.isdigit()] == ["0", "3", "1", "2", "4", "5"]


def test_many_articles_use_every_core_up_to_four(monkeypatch):
    from quizgen.generate import batch

    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert batch.default_processes(batch.PARALLEL_MIN - 1) == 1
    assert batch.default_processes(batch.PARALLEL_MIN) == 2
    monkeypatch.setattr(batch.os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    assert batch.default_processes(1000) == batch.MAX_PROCESSES
