"""Check a progress store for damage, and copy what can still be read into a new one.

`quizgen store check` runs SQLite's integrity check and reads every row as quizgen
would; `quizgen store recover` copies every row it can read into a fresh store next to
the damaged one (`progress.recovered.sqlite3`). The damaged file is only ever read: the
user swaps the two when the copy looks right.

Rows are read in key order and the read starts again after a damaged stretch (the
answers by id, stepping past the bad ids; the cards after the last good key), so one bad
page loses only its own rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import ProgressError, printable
from quizgen.learn.flags import FLAGS_VERSION
from quizgen.learn.progress import DAMAGE_ERRORS, ProgressStore
from quizgen.learn.progress_rows import (
    ANSWER_COLUMNS,
    CARD_COLUMNS,
    answer_from_row,
    card_from_row,
    from_db_time,
)

RECOVERED_NAME = "progress.recovered.sqlite3"
#: How many times a read restarts past damage before giving the rest of a table up.
MAX_RESTARTS = 64


@dataclass
class StoreHealth:
    """What `check_store` found."""

    path: Path
    #: SQLite's integrity check findings ("ok" lines left out); empty when it found none.
    findings: list[str]
    answers: int = 0
    cards: int = 0
    flags: int = 0
    #: Rows (or damaged stretches of rows) that could not be read or did not hold what
    #: quizgen writes.
    unreadable: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings and not self.unreadable


@dataclass
class Recovery:
    """What `recover_store` copied."""

    source: Path
    target: Path
    answers: int = 0
    cards: int = 0
    #: Flags learners raised on questions (schema version 2).
    flags: int = 0
    #: Rows (or damaged stretches of rows) left behind because they could not be read.
    unreadable: int = 0


def check_store(path: Path) -> StoreHealth:
    """SQLite's integrity check of the store at `path`, and a read of every row."""
    with _read_only(path) as conn:
        try:
            findings = [
                printable(bytes(r[0]).decode("utf-8", "replace"))
                for r in conn.execute("PRAGMA integrity_check(20)")
            ]
        except DAMAGE_ERRORS as error:
            findings = [printable(str(error))]
        health = StoreHealth(path, [line for line in findings if line != "ok"])
        for kind, _row in _rows(conn, health):
            setattr(health, f"{kind}s", getattr(health, f"{kind}s") + 1)
    return health


def recover_store(path: Path) -> Recovery:
    """Copy every readable answer, card and flag of the store at `path` into a new store
    `RECOVERED_NAME` beside it (replacing an earlier copy); `path` is only read."""
    target = path.with_name(RECOVERED_NAME)
    temp = target.with_name(f".{target.name}.tmp")
    for leftover in (temp, *_journals(temp)):
        leftover.unlink(missing_ok=True)
    ProgressStore.open(temp).close()  # a fresh store of the current schema
    recovery = Recovery(path, target)
    with _read_only(path) as source, closing(sqlite3.connect(temp)) as copy:
        with copy:  # one transaction
            for kind, row in _rows(source, recovery):
                copy.execute(_INSERTS[kind], row)
                setattr(recovery, f"{kind}s", getattr(recovery, f"{kind}s") + 1)
    for journal in _journals(temp):  # closed cleanly: nothing left in them
        journal.unlink(missing_ok=True)
    temp.replace(target)
    return recovery


_FLAG_COLUMNS = "id, learner, question_id, at, reason"
#: How each kind of row is written into the fresh store.
_INSERTS = {
    "answer": f"INSERT INTO answers ({ANSWER_COLUMNS}) VALUES ({', '.join('?' * 9)})",
    "card": f"INSERT INTO cards ({CARD_COLUMNS}, introduced, learner) VALUES "
    f"({', '.join('?' * 10)})",
    "flag": f"INSERT INTO flags ({_FLAG_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
}


def _journals(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _rows(conn: sqlite3.Connection, report: StoreHealth | Recovery) -> Iterator[tuple[str, tuple]]:
    """("answer" | "card" | "flag", row) for every row that reads and converts cleanly."""
    checks: dict[str, Callable[[tuple], object]] = {
        "answer": answer_from_row,
        "card": _card_with_times,
        "flag": lambda row: from_db_time(row[3]),  # `at`
    }
    tables = [
        ("answer", _by_id(conn, "answers", ANSWER_COLUMNS, report)),
        ("card", _cards(conn, report)),
    ]
    if _version(conn) >= FLAGS_VERSION:  # a store older than flags has no flags table
        tables.append(("flag", _by_id(conn, "flags", _FLAG_COLUMNS, report)))
    for kind, rows in tables:
        for raw in rows:
            try:
                row = _decoded(raw)
                checks[kind](row)
            except DAMAGE_ERRORS:
                report.unreadable += 1
                continue
            yield kind, row


def _decoded(row: tuple) -> tuple:
    """A row read with text as bytes (so one bad value spoils only its row), as text."""
    return tuple(value.decode("utf-8") if isinstance(value, bytes) else value for value in row)


def _card_with_times(row: tuple) -> object:
    card_from_row(row[:8])
    return from_db_time(row[8])  # `introduced`


def _version(conn: sqlite3.Connection) -> int:
    """The store's schema version (0 when even that cannot be read)."""
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DAMAGE_ERRORS:
        return 0


def _by_id(
    conn: sqlite3.Connection, table: str, columns: str, report: StoreHealth | Recovery
) -> Iterator[tuple]:
    """The rows of `table` (answers, flags; `columns` start with `id`) in id order,
    stepping past damaged ids."""
    last = 0
    step = 1
    for _ in range(MAX_RESTARTS):
        try:
            for row in conn.execute(
                f"SELECT {columns} FROM {table} WHERE id > ? ORDER BY id", (last,)
            ):
                yield row
                last, step = row[0], 1
            return
        except DAMAGE_ERRORS:
            report.unreadable += 1
            last += step
            step *= 2
    report.unreadable += 1


def _cards(conn: sqlite3.Connection, report: StoreHealth | Recovery) -> Iterator[tuple]:
    """The card rows in key order, starting again after the last good key on damage."""
    after = (b"", b"")  # the last key read, as UTF-8 bytes
    for _ in range(MAX_RESTARTS):
        try:
            for row in conn.execute(
                f"SELECT {CARD_COLUMNS}, introduced, learner FROM cards"
                " WHERE (learner, question_id) > (CAST(? AS TEXT), CAST(? AS TEXT))"
                " ORDER BY learner, question_id",
                after,
            ):
                yield row
                after = (_key(row[9]), _key(row[0]))
            return
        except DAMAGE_ERRORS:
            report.unreadable += 1
            # Past the damaged stretch: the next learner name, as the key order has it.
            after = (after[0] + b"\x00", b"")
    report.unreadable += 1


def _key(value: object) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the store at `path` (ProgressError when there is none)."""
    if not path.is_file():
        raise ProgressError(f"there is no progress file at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ProgressError(f"cannot open the progress file {path}: {error}") from error
    conn.text_factory = bytes  # decoded row by row: see `_decoded`
    try:
        yield conn
    finally:
        conn.close()
