"""The SQLite progress store: persistence, crashes, concurrent writers, damaged files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizgen.errors import ProgressError
from quizgen.learn.progress import (
    SCHEMA_VERSION,
    CardRow,
    ProgressStore,
    store_path,
    to_db_time,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _card(qid: str, due: datetime) -> CardRow:
    return CardRow(qid, 42, 2, None, 3.5, 5.0, due, due - timedelta(days=3))


def _run(code: str, *args: str) -> subprocess.Popen[str]:
    """Start a Python process running `code` with `args` in sys.argv."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _say_go(writer: subprocess.Popen[str]) -> None:
    assert writer.stdin is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()


WRITER = """
    import sys
    from datetime import UTC, datetime, timedelta
    from quizgen.learn.progress import ProgressStore
    path, learner, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    given = sys.argv[4] if len(sys.argv) > 4 else "a"
    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    with ProgressStore.open(path) as store:
        if given != "a":
            # Start together with the other writer: say so, wait for the word.
            print("ready", flush=True)
            sys.stdin.readline()
        for i in range(count):
            if given != "a" and i == count // 2:
                # Halfway, wait for the other writer to reach its half too: the two then
                # write side by side for sure, however the system schedules them.
                print("half", flush=True)
                sys.stdin.readline()
            store.record_answer(learner, f"q{i % 7}", given, i % 2 == 0, 3, 1.5,
                                t0 + timedelta(seconds=i))
            print(i, flush=True)
"""


def test_record_answer_round_trips(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    with ProgressStore.open(path) as store:
        answer_id = store.record_answer("ana", "q1", "about an hour", True, 4, 2.25, T0)
        store.record_answer("ben", "q1", "no", False, None, None, T0 + timedelta(minutes=1))
    with ProgressStore.open(path) as store:
        (row,) = store.answers("ana")
        assert row.id == answer_id
        assert (row.question_id, row.given, row.correct, row.rating) == (
            "q1",
            "about an hour",
            True,
            4,
        )
        assert row.response_seconds == 2.25
        assert row.at == T0
        assert [a.learner for a in store.answers("ben")] == ["ben"]
        assert store.learners() == ["ana", "ben"]


def test_card_state_is_stored_with_the_answer_and_upserted(tmp_path: Path) -> None:
    with ProgressStore.open(store_path(tmp_path)) as store:
        first = _card("q1", T0 + timedelta(days=1))
        store.record_answer("ana", "q1", "x", True, 3, 3.0, T0, card=first, mode="train")
        later = _card("q1", T0 + timedelta(days=9))
        store.record_answer(
            "ana", "q1", "x", True, 3, 3.0, T0 + timedelta(days=1), card=later, mode="train"
        )
        assert store.card("ana", "q1") == later
        assert store.card("ben", "q1") is None
        # introduced keeps the first review, so the daily new-card limit counts it once.
        assert store.introduced_since("ana", T0) == 1
        assert store.introduced_since("ana", T0 + timedelta(hours=1)) == 0


def test_due_cards_come_earliest_first(tmp_path: Path) -> None:
    with ProgressStore.open(store_path(tmp_path)) as store:
        for qid, days in (("late", 5), ("soon", 1), ("past", -2)):
            store.put_card("ana", _card(qid, T0 + timedelta(days=days)), T0)
        due = [c.question_id for c in store.due_cards("ana", T0 + timedelta(days=2))]
        assert due == ["past", "soon"]
        assert store.next_due_after("ana", T0, {"late", "soon"}) == T0 + timedelta(days=1)
        assert store.next_due_after("ana", T0, {"late"}) == T0 + timedelta(days=5)


def test_amend_rating_changes_the_row_and_the_card(tmp_path: Path) -> None:
    with ProgressStore.open(store_path(tmp_path)) as store:
        card = _card("q1", T0 + timedelta(days=1))
        answer_id = store.record_answer("ana", "q1", "x", True, 3, 3.0, T0, card=card)
        amended = _card("q1", T0 + timedelta(days=4))
        store.amend_rating(answer_id, 4, amended)
        assert [a.rating for a in store.answers("ana")] == [4]
        assert store.card("ana", "q1") == amended


def test_file_has_schema_version_and_wal_mode(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    ProgressStore.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        to_db_time(datetime(2026, 1, 1))


def test_persists_across_processes(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    writer = _run(WRITER, str(path), "ana", "5")
    assert writer.wait(timeout=60) == 0, writer.stderr.read() if writer.stderr else ""
    reader = _run(
        """
        import sys
        from quizgen.learn.progress import ProgressStore
        with ProgressStore.open(sys.argv[1]) as store:
            print(len(store.answers("ana")))
        """,
        str(path),
    )
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert out.strip() == "5"


def test_kill_9_keeps_every_committed_answer(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    writer = _run(WRITER, str(path), "ana", "1000000")
    assert writer.stdout is not None
    # Each printed number is an answer whose commit has returned; wait for a few hundred.
    committed = -1
    while committed < 300:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else "writer stopped"
        committed = int(line)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    with ProgressStore.open(path) as store:
        rows = store.answers("ana")
    # Every answer reported as committed is there (one more may have landed after the print).
    assert len(rows) >= committed + 1
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    assert len({r.id for r in rows}) == len(rows)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_two_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    writers = [_run(WRITER, str(path), "ana", "3000", name) for name in ("one", "two")]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:
        _say_go(writer)
    for writer in writers:
        assert writer.stdout is not None
        while (line := writer.stdout.readline()) and line.strip() != "half":
            pass
        assert line, writer.stderr.read() if writer.stderr else "writer stopped"
    for writer in writers:
        _say_go(writer)
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.split()[-1] == "2999"
    with ProgressStore.open(path) as store:
        rows = store.answers("ana")
    assert len(rows) == 6000
    by_id = [r.given for r in sorted(rows, key=lambda r: r.id)]
    assert by_id.count("one") == by_id.count("two") == 3000
    # The two really wrote at the same time: their rows interleave.
    switches = sum(1 for a, b in zip(by_id, by_id[1:], strict=False) if a != b)
    assert switches > 1


def _assert_refused_untouched(path: Path, *words: str) -> None:
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(ProgressError) as caught:
        ProgressStore.open(path)
    message = caught.value.message
    assert str(path) in message
    assert "move" in message and "aside" in message
    for word in words:
        assert word in message
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_random_bytes_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    path.write_bytes(bytes(range(256)) * 16)
    _assert_refused_untouched(path, "not an SQLite database")


def test_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    path.write_text("learner,question\nana,q1\n")
    _assert_refused_untouched(path, "not a quizgen progress file")


def test_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    with ProgressStore.open(path) as store:
        for i in range(50):
            store.record_answer("ana", f"q{i}", "x" * 200, True, 3, 1.0, T0)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    # Keep the 100-byte header, scribble over the schema page and beyond.
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    _assert_refused_untouched(path, "damaged")


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    _assert_refused_untouched(path, "newer quizgen")


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name)")
    conn.close()
    _assert_refused_untouched(path, "not a quizgen progress file")


def test_unwritable_data_folder_is_a_progress_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ProgressError, match="data folder"):
        ProgressStore.open(blocker / "sub" / "progress.sqlite3")


def test_migrations_run_from_an_older_version(tmp_path: Path, monkeypatch) -> None:
    import quizgen.learn.progress as progress

    path = store_path(tmp_path)
    ProgressStore.open(path).close()

    def add_note(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE answers ADD COLUMN note TEXT")

    later = SCHEMA_VERSION + 1
    monkeypatch.setattr(progress, "SCHEMA_VERSION", later)
    monkeypatch.setitem(progress.MIGRATIONS, later, add_note)
    ProgressStore.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == later
    columns = [row[1] for row in conn.execute("PRAGMA table_info(answers)")]
    assert "note" in columns
    conn.close()


def test_reading_while_another_process_writes(tmp_path: Path) -> None:
    path = store_path(tmp_path)
    writer = _run(WRITER, str(path), "ana", "200")
    with ProgressStore.open(path) as store:
        deadline = time.monotonic() + 60
        while writer.poll() is None and time.monotonic() < deadline:
            store.answers("ana")
    assert writer.wait(timeout=60) == 0
