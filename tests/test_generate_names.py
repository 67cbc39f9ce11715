"""Article and bank names a careless user may give `generate`: hidden, very long,
read-only, an empty or looping `--out`."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.bank.update import update_bank
from quizgen.cli import main
from quizgen.generate.collect import MAX_STEM_BYTES, bank_file_name
from quizgen.model import BankFile, Question, Source

DATA = Path(__file__).parent / "data" / "articles"


def test_a_hidden_or_very_long_article_name_gives_a_visible_bank_file_that_fits():
    assert bank_file_name("news/.hidden.txt") == "hidden.yaml"
    long = bank_file_name("x" * 250 + ".txt")
    assert len(long.encode()) <= MAX_STEM_BYTES + len(".yaml")
    assert long != bank_file_name("x" * 249 + ".txt")  # the digest keeps them apart
    assert len(bank_file_name("é" * 200 + ".txt").encode()) <= MAX_STEM_BYTES + 5


def test_hidden_and_long_named_articles_are_generated_into_files_check_reads(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(next((DATA / "fresh").glob("81_*.txt")), articles / ".hidden.txt")
    shutil.copy(DATA / "seed_layout.txt", articles / ("long" * 61 + ".txt"))  # 248 bytes
    out = tmp_path / "bank"
    assert main(["generate", str(articles), "--out", str(out), "--jobs", "1"]) == 0
    bank, problems = load_bank([str(out)])
    assert problems == []
    assert sorted(Path(f.path).name for f in bank.files) == sorted(
        ["hidden.yaml", bank_file_name("long" * 61 + ".txt")]
    )
    assert all(f.questions for f in bank.files)


def test_a_read_only_bank_file_is_left_and_reported(tmp_path):
    target = tmp_path / "mine.yaml"
    target.write_text("title: Mine\nquestions: []\n")
    target.chmod(0o444)
    question = Question(id="q-1", type="true_false", question="Is it?", answer=True)
    generated = BankFile(str(target), "Mine", Source(file="mine.txt"), [question])
    [report] = update_bank(tmp_path, [generated])
    assert report.skipped == f"{target}: read-only, so left as it is; make it writable to update it"
    assert target.read_text() == "title: Mine\nquestions: []\n"


def test_no_writer_replaces_a_read_only_bank_file(tmp_path):
    # A rename replaces a file whatever its mode: every writer (the reviewer's edits too)
    # goes through one atomic write that refuses a read-only file.
    from quizgen.bank.edit import FileTexts
    from quizgen.errors import BankError

    target = tmp_path / "mine.yaml"
    target.write_text("title: Mine\nquestions: []\n")
    target.chmod(0o444)
    with pytest.raises(BankError, match="read-only"):
        FileTexts().change(target, lambda text: text + "# note\n")
    assert target.read_text() == "title: Mine\nquestions: []\n"


@pytest.mark.parametrize("out", ["", "  "])
def test_an_empty_out_is_a_usage_error(tmp_path, capsys, monkeypatch, out):
    monkeypatch.chdir(tmp_path)
    assert main(["generate", str(DATA / "plain.txt"), "--out", out]) == 2
    assert "--out needs a folder name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_out_that_is_a_symlink_loop_is_refused_before_any_article_is_read(
    tmp_path, capsys, monkeypatch
):
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    read = []
    monkeypatch.setattr("quizgen.generate.batch.read_article", read.append)
    assert main(["generate", str(DATA / "plain.txt"), "--out", str(loop)]) == 2
    assert "cannot be used as a folder" in capsys.readouterr().err
    assert read == []
