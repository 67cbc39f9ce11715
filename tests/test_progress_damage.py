"""A progress store that is damaged, empty, read-only or not a file: said, never a
traceback, never replaced; `quizgen store check|recover` find the damage and save the rest."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.errors import ProgressError
from quizgen.learn import progress
from quizgen.learn.flags import flag_question, flags
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.progress_rows import CardRow
from quizgen.learn.store_repair import RECOVERED_NAME

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _filled(folder: Path, answers: int = 20) -> Path:
    path = store_path(folder)
    with ProgressStore.open(path) as store:
        for i in range(answers):
            qid = f"q{i}"
            card = CardRow(qid, i, 2, None, 5.0, 5.0, T0 + timedelta(days=3), T0)
            at = T0 + timedelta(minutes=i)
            given = f"given-{i:05d}"
            store.record_answer("ana", qid, given, True, 3, 2.0, at, card=card, mode="train")
    return path


def _spoil(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "spoil",
    [
        "UPDATE answers SET at = CAST(X'FF00FE' AS TEXT) WHERE id = 3",  # not UTF-8
        "UPDATE answers SET at = 'yesterday' WHERE id = 3",  # not a time
        "UPDATE cards SET due = '2026-03-01T09:00:00' WHERE question_id = 'q3'",  # no zone
    ],
)
def test_stats_on_damaged_rows_says_damaged_where_and_what_to_do(tmp_path, capsys, spoil):
    path = _filled(tmp_path)
    _spoil(path, spoil)
    before = path.read_bytes()
    code = main(["stats", "--data", str(tmp_path), "--learner", "ana", "nothing.yaml"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"quizgen: the progress file {path} is damaged (" in err
    assert "`quizgen store recover`" in err and "Traceback" not in err
    assert path.read_bytes() == before


def test_store_check_finds_bad_rows_and_recover_copies_the_rest(tmp_path, capsys):
    path = _filled(tmp_path)
    with ProgressStore.open(path) as store:
        flag_question(store, "ana", "q4", "two right answers", T0)
    _spoil(path, "UPDATE answers SET at = 'yesterday' WHERE id = 3")
    before = path.read_bytes()
    assert main(["store", "check", "--data", str(tmp_path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}: damaged: ")
    assert main(["store", "recover", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    copied = "copied 19 answer(s), 20 card(s) and 1 flag(s)"
    assert f"{copied} of {path} to {tmp_path / RECOVERED_NAME}" in out
    assert path.read_bytes() == before
    with ProgressStore.open(tmp_path / RECOVERED_NAME) as copy:
        assert [a.question_id for a in copy.answers("ana")] == [
            f"q{i}" for i in range(20) if i != 2
        ]
        assert len(copy.cards("ana")) == 20
        assert [(f.question_id, f.reason) for f in flags(copy)] == [("q4", "two right answers")]
    assert main(["store", "check", "--data", str(tmp_path / "none")]) == 1


def test_store_check_reads_the_flags_too(tmp_path, capsys):
    path = _filled(tmp_path, answers=2)
    with ProgressStore.open(path) as store:
        flag_question(store, "ana", "q0", "", T0)
        flag_question(store, "ana", "q1", "", T0)
    assert main(["store", "check", "--data", str(tmp_path)]) == 0
    assert "2 answer(s), 2 card(s) and 2 flag(s) readable" in capsys.readouterr().out
    _spoil(path, "UPDATE flags SET at = 'yesterday' WHERE question_id = 'q1'")
    assert main(["store", "check", "--data", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "1 read error(s)" in out and "and 1 flag(s) readable" in out


def test_store_recover_steps_past_a_damaged_page(tmp_path, capsys):
    path = _filled(tmp_path, answers=3000)
    data = bytearray(path.read_bytes())
    page = 4096
    # The page holding answer 1500 turned to noise.
    start = data.index(b"given-01500") // page * page
    data[start : start + page] = random.Random(start).randbytes(page)
    path.write_bytes(bytes(data))
    assert main(["store", "recover", "--data", str(tmp_path)]) == 0
    with ProgressStore.open(tmp_path / RECOVERED_NAME) as copy:
        recovered = len(copy.answers("ana"))
    assert 2500 < recovered < 3000
    assert path.read_bytes() == bytes(data)


def test_an_empty_file_is_set_up_and_said(tmp_path, capsys):
    path = store_path(tmp_path)
    path.write_bytes(b"")
    assert main(["stats", "--data", str(tmp_path), "nothing.yaml"]) == 0
    err = capsys.readouterr().err
    assert f"quizgen: {path} was empty (0 bytes): it is set up as a new progress file" in err


def test_a_fifo_in_place_of_the_store_is_refused_at_once(tmp_path):
    os.mkfifo(store_path(tmp_path))
    with pytest.raises(ProgressError, match="is not a regular file"):
        ProgressStore.open(store_path(tmp_path))


def test_a_read_only_store_is_read_by_stats_and_refused_for_answers(tmp_path, monkeypatch):
    path = _filled(tmp_path)
    before = path.read_bytes()
    # chmod cannot keep root from writing, so the permission check says no.
    monkeypatch.setattr(progress.os, "access", lambda *args: False)
    with ProgressStore.open(path, read_only_ok=True) as store:
        assert len(store.answers("ana")) == 20
    with pytest.raises(ProgressError) as info:
        ProgressStore.open(path)
    assert f"{path} is read-only" in info.value.message
    assert "damaged" not in info.value.message
    assert path.read_bytes() == before
