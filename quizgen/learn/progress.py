"""The learner progress store: one SQLite file with an append-only answer log and card states.

Design notes (why):
- Autocommit connection plus explicit `BEGIN IMMEDIATE` for every write: the write lock is
  taken up front, so two sessions of the same learner queue behind `busy_timeout` instead of
  failing with "database is locked" when a reader tries to upgrade to a writer.
- WAL mode: readers never block the writer, and a killed process leaves the file consistent;
  `synchronous=NORMAL` keeps every committed answer across a crash of quizgen (a power cut
  may lose the last few, never corrupts).
- The schema version lives in `PRAGMA user_version`; `MIGRATIONS[n]` brings a file from
  version n-1 to n. A file from a newer quizgen is refused, never rewritten.
- Times are stored as fixed-width UTC ISO text, so text order is time order and the file
  stays readable with the `sqlite3` shell.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Literal, TypeVar

from quizgen.errors import ProgressError, printable
from quizgen.learn.flags import FLAGS_VERSION, create_flags_table
from quizgen.learn.progress_rows import (
    ANSWER_COLUMNS,
    CARD_COLUMNS,
    AnswerRow,
    CardRow,
    answer_from_row,
    card_from_row,
    from_db_time,
    to_db_time,
)

FILE_NAME = "progress.sqlite3"
SCHEMA_VERSION = 2
#: How long a writer waits for another session's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 10.0
SQLITE_HEADER = b"SQLite format 3\x00"

Mode = Literal["quiz", "train"]
T = TypeVar("T")


def store_path(data_dir: Path | str) -> Path:
    """Where the progress file of a data folder lives."""
    return Path(data_dir) / FILE_NAME


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements inside the caller's transaction (`executescript` would
    commit it first)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_v1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            learner TEXT NOT NULL,
            question_id TEXT NOT NULL,
            at TEXT NOT NULL,
            given TEXT NOT NULL,
            correct INTEGER NOT NULL,
            rating INTEGER,
            response_seconds REAL,
            mode TEXT NOT NULL DEFAULT 'quiz'
        );
        CREATE INDEX answers_by_learner_time ON answers (learner, at);
        CREATE INDEX answers_by_learner_question ON answers (learner, question_id, correct);
        CREATE TABLE cards (
            learner TEXT NOT NULL,
            question_id TEXT NOT NULL,
            card_id INTEGER NOT NULL,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due TEXT NOT NULL,
            last_review TEXT,
            introduced TEXT NOT NULL,
            PRIMARY KEY (learner, question_id)
        ) WITHOUT ROWID;
        CREATE INDEX cards_by_learner_due ON cards (learner, due);
        CREATE INDEX cards_by_learner_introduced ON cards (learner, introduced);
        """,
    )


#: MIGRATIONS[n] upgrades a file at version n-1 to version n (run inside one transaction).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_v1,
    FLAGS_VERSION: create_flags_table,
}


def _what_to_do(path: Path) -> str:
    return (
        f"move {path} aside (e.g. rename it to {path.name}.broken) to start afresh, "
        "or point --data / QUIZGEN_DATA at another folder; quizgen never replaces it"
    )


def _damaged_message(path: Path, finding: str) -> str:
    return (
        f"the progress file {path} is damaged ({printable(finding)}); `quizgen store recover` "
        f"copies what can still be read to a new file and keeps this one; or {_what_to_do(path)}"
    )


def _read_only_message(path: Path) -> str:
    return (
        f"{path} is read-only: quizgen can show its stats but not record answers in it; "
        f"make it and its folder writable (chmod u+w), or point --data / QUIZGEN_DATA at "
        "another folder"
    )


def _check_file(path: Path) -> str:
    """Refuse what SQLite must not touch: a pipe or device (opening one may block for
    ever) or a file that is not SQLite. A notice when an empty file is made a store."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ProgressError(
                f"{path} is not a regular file (a folder, pipe or device); {_what_to_do(path)}"
            )
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return ""
    except OSError as error:
        raise ProgressError(f"cannot read the progress file {path}: {error.strerror}") from error
    if not head:
        return f"{path} was empty (0 bytes): it is set up as a new progress file"
    if head != SQLITE_HEADER:
        raise ProgressError(
            f"{path} is not a quizgen progress file (not an SQLite database); {_what_to_do(path)}"
        )
    return ""


def _read_only(path: Path) -> bool:
    """Whether quizgen may not write the store (its file, or the folder its journal goes in)."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class ProgressStore:
    """Learner progress in one SQLite file. Use `ProgressStore.open(path)` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        #: Something the user should know about the file (e.g. it was empty); "" usually.
        self.notice = ""

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only_ok: bool = False) -> ProgressStore:
        """Open (creating if needed) the store at `path`, migrating it to SCHEMA_VERSION.

        A store quizgen may not write is opened for reading when `read_only_ok` (stats),
        else refused. Raises ProgressError, leaving the file untouched, when it is not a
        progress file, is damaged, or comes from a newer quizgen."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ProgressError(
                f"cannot create the data folder {path.parent}: {error.strerror}; "
                "choose another with --data or QUIZGEN_DATA"
            ) from error
        notice = _check_file(path)
        read_only = _read_only(path)
        if read_only and not read_only_ok:
            raise ProgressError(_read_only_message(path))
        try:
            conn = sqlite3.connect(
                path.resolve().as_uri() + "?mode=ro" if read_only else path,
                uri=read_only,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise ProgressError(f"cannot open the progress file {path}: {error}") from error
        store = cls(conn, path, read_only=read_only)
        store.notice = notice
        try:
            store._prepare()
        except ProgressError:
            conn.close()
            raise
        except DAMAGE_ERRORS as error:  # a bad schema's error message may not even be UTF-8
            conn.close()
            if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY:
                raise ProgressError(_read_only_message(path)) from error
            raise ProgressError(
                f"the progress file {path} is damaged or unreadable ({printable(str(error))}); "
                f"{_what_to_do(path)}"
            ) from error
        return store

    @classmethod
    def empty(cls, path: Path) -> ProgressStore:
        """A store with no rows, in memory, named `path` in messages: what a command that
        only reads sees when there is no progress file yet (none is made)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        store = cls(conn, path)
        store._migrate()
        return store

    def _prepare(self) -> None:
        self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        version = self._refuse_foreign()
        if self.read_only:
            if version < SCHEMA_VERSION:
                raise ProgressError(
                    f"{_read_only_message(self.path)}; it also needs an upgrade to this "
                    "quizgen's format before it can be read"
                )
            return
        if version < SCHEMA_VERSION:
            self._migrate()
        mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise ProgressError(
                f"cannot use WAL mode on {self.path} (journal mode {mode}); "
                "put --data on a local disk"
            )
        self._conn.execute("PRAGMA synchronous = NORMAL")

    def _schema_state(self) -> tuple[int, int]:
        """(schema version, table count), read in ONE statement so they are one snapshot:
        read apart, another process's first migration could commit in between."""
        version, tables = self._conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT count(*) FROM sqlite_master WHERE type = 'table')"
        ).fetchone()
        return int(version), int(tables)

    def _refuse_foreign(self) -> int:
        """The file's schema version; ProgressError when it is not ours to use."""
        version, tables = self._schema_state()
        if version < 0:
            raise ProgressError(_damaged_message(self.path, f"its schema version reads {version}"))
        if version > SCHEMA_VERSION:
            raise ProgressError(
                f"{self.path} was written by a newer quizgen (progress schema {version}; "
                f"this quizgen knows up to {SCHEMA_VERSION}); upgrade quizgen, "
                f"or {_what_to_do(self.path)}"
            )
        if version == 0 and tables:
            raise ProgressError(
                f"{self.path} is an SQLite database but not a quizgen progress file; "
                f"{_what_to_do(self.path)}"
            )
        return version

    def _migrate(self) -> None:
        with self._write():
            # Re-read inside the write lock: another process may have migrated meanwhile.
            version = self._refuse_foreign()
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](self._conn)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (every answer is already committed)."""
        self._conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------

    def _write(self) -> _WriteTransaction:
        return _WriteTransaction(self._conn, self.path)

    # -- writing --------------------------------------------------------------------------

    def record_answer(
        self,
        learner: str,
        question_id: str,
        given: str,
        correct: bool,
        rating: int | None,
        response_seconds: float | None,
        at: datetime,
        *,
        card: CardRow | Callable[[CardRow | None], CardRow] | None = None,
        mode: Mode = "quiz",
    ) -> int:
        """Append one answer (and, for training, the card's new state) and commit at once.

        `card` may be a function from the card's stored state (None for a new card) to its
        new state: it is called inside the write transaction, so another session of the
        same learner cannot update the card between the read and the write (that update
        would be lost). Returns the answer's id (for `amend_rating`)."""
        with self._write():
            cursor = self._conn.execute(
                "INSERT INTO answers (learner, question_id, at, given, correct, rating,"
                " response_seconds, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    learner,
                    question_id,
                    to_db_time(at),
                    given,
                    int(bool(correct)),
                    None if rating is None else int(rating),
                    response_seconds,
                    mode,
                ),
            )
            if callable(card):
                card = card(self.card(learner, question_id))
            if card is not None:
                self._put_card(learner, card, at)
        answer_id = cursor.lastrowid
        assert answer_id is not None
        return answer_id

    def amend_rating(self, answer_id: int, rating: int, card: CardRow) -> None:
        """The learner overrode the rating of the answer just recorded: fix the row's rating
        and the card state in one transaction. The log is otherwise append-only."""
        with self._write():
            row = self._conn.execute(
                "SELECT learner, at FROM answers WHERE id = ?", (answer_id,)
            ).fetchone()
            if row is None:
                raise ProgressError(f"answer {answer_id} is not in {self.path}")
            self._conn.execute("UPDATE answers SET rating = ? WHERE id = ?", (rating, answer_id))
            self._put_card(row[0], card, from_db_time(row[1]))

    def forget_answer(self, answer_id: int, previous: CardRow | None) -> None:
        """Take back the answer just recorded (the trainer's undo), in one transaction: its
        row goes and its card is put back exactly as `previous` (removed when the answer
        made it)."""
        with self._write():
            row = self._conn.execute(
                "SELECT learner, question_id, at FROM answers WHERE id = ?", (answer_id,)
            ).fetchone()
            if row is None:
                raise ProgressError(f"answer {answer_id} is not in {self.path}")
            learner, question_id, at = row
            self._conn.execute("DELETE FROM answers WHERE id = ?", (answer_id,))
            if previous is None:
                self._conn.execute(
                    "DELETE FROM cards WHERE learner = ? AND question_id = ?",
                    (learner, question_id),
                )
            else:
                self._put_card(learner, previous, from_db_time(at))

    def put_card(self, learner: str, card: CardRow, at: datetime) -> None:
        """Store a card state on its own (tests, imports)."""
        with self._write():
            self._put_card(learner, card, at)

    def _put_card(self, learner: str, card: CardRow, at: datetime) -> None:
        # `introduced` keeps the time of the card's first review (the daily new-card limit).
        self._conn.execute(
            "INSERT INTO cards (learner, question_id, card_id, state, step, stability,"
            " difficulty, due, last_review, introduced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (learner, question_id) DO UPDATE SET card_id = excluded.card_id,"
            " state = excluded.state, step = excluded.step, stability = excluded.stability,"
            " difficulty = excluded.difficulty, due = excluded.due,"
            " last_review = excluded.last_review",
            (
                learner,
                card.question_id,
                card.card_id,
                card.state,
                card.step,
                card.stability,
                card.difficulty,
                to_db_time(card.due),
                None if card.last_review is None else to_db_time(card.last_review),
                to_db_time(at),
            ),
        )

    # -- reading --------------------------------------------------------------------------

    def card(self, learner: str, question_id: str) -> CardRow | None:
        """The card of one question, or None when the learner has never trained it."""
        rows = self._read(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE learner = ? AND question_id = ?",
            (learner, question_id),
            card_from_row,
        )
        return rows[0] if rows else None

    def cards(self, learner: str) -> dict[str, CardRow]:
        """Every card of a learner, by question id."""
        rows = self._read(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE learner = ?", (learner,), card_from_row
        )
        return {card.question_id: card for card in rows}

    def card_ids(self, learner: str) -> set[str]:
        """The question ids the learner has a card for."""
        rows = self._read("SELECT question_id FROM cards WHERE learner = ?", (learner,), _text)
        return set(rows)

    def due_cards(self, learner: str, until: datetime) -> Iterator[CardRow]:
        """Cards due at or before `until`, earliest first (lazily, via the due index)."""
        return self._read_lazily(
            f"SELECT {CARD_COLUMNS} FROM cards WHERE learner = ? AND due <= ? ORDER BY due",
            (learner, to_db_time(until)),
            card_from_row,
        )

    def next_due_after(self, learner: str, moment: datetime, among: set[str]) -> datetime | None:
        """When the first card in `among` falls due after `moment`, or None."""
        rows = self._read_lazily(
            "SELECT question_id, due FROM cards WHERE learner = ? AND due > ? ORDER BY due",
            (learner, to_db_time(moment)),
            lambda row: (_text(row), from_db_time(row[1])),
        )
        return next((due for question_id, due in rows if question_id in among), None)

    def introduced_since(self, learner: str, since: datetime) -> int:
        """How many cards the learner saw for the first time at or after `since`."""
        return self._read(
            "SELECT count(*) FROM cards WHERE learner = ? AND introduced >= ?",
            (learner, to_db_time(since)),
            lambda row: int(row[0]),
        )[0]

    def answers(self, learner: str, since: datetime | None = None) -> list[AnswerRow]:
        """The learner's answers (since a time, when given), oldest first."""
        sql = f"SELECT {ANSWER_COLUMNS} FROM answers WHERE learner = ?"
        params: tuple[object, ...] = (learner,)
        if since is not None:
            sql += " AND at >= ?"
            params += (to_db_time(since),)
        return self._read(sql + " ORDER BY at, id", params, answer_from_row)

    def answer_times(self, learner: str, since: datetime) -> list[tuple[datetime, bool]]:
        """(time, correct) of each answer since a time: the light read the activity chart needs."""
        return self._read(
            "SELECT at, correct FROM answers WHERE learner = ? AND at >= ? ORDER BY at",
            (learner, to_db_time(since)),
            lambda row: (from_db_time(row[0]), bool(row[1])),
        )

    def answer_totals(self, learner: str) -> dict[str, tuple[int, int]]:
        """(answers, correct answers) per question id."""
        rows = self._read(
            "SELECT question_id, count(*), sum(correct) FROM answers WHERE learner = ?"
            " GROUP BY question_id",
            (learner,),
            lambda row: (_text(row), (int(row[1]), int(row[2] or 0))),
        )
        return dict(rows)

    def learners(self) -> list[str]:
        """Every learner with an answer or a card, sorted."""
        return self._read(
            "SELECT learner FROM answers UNION SELECT learner FROM cards ORDER BY 1", (), _text
        )

    def _read(self, sql: str, params: tuple[object, ...], convert: Callable[[tuple], T]) -> list[T]:
        """Every row of a query, converted; ProgressError when the file turns out damaged.

        The rows are fetched and converted inside the guard: damage shows while rows are
        read (a bad page, text that is not UTF-8, a time that is not one), not only when
        the query starts."""
        try:
            return [convert(row) for row in self._conn.execute(sql, params)]
        except DAMAGE_ERRORS as error:
            raise self._damaged(error) from error

    def _read_lazily(
        self, sql: str, params: tuple[object, ...], convert: Callable[[tuple], T]
    ) -> Iterator[T]:
        """`_read` one row at a time, for reads that usually stop early."""
        try:
            for row in self._conn.execute(sql, params):
                yield convert(row)
        except DAMAGE_ERRORS as error:
            raise self._damaged(error) from error

    def _damaged(self, error: Exception) -> ProgressError:
        """The error for a read that failed: what SQLite's quick check finds, and what to do."""
        try:
            found = [row[0] for row in self._conn.execute("PRAGMA quick_check(5)")]
        except DAMAGE_ERRORS as check_error:
            found = [str(check_error)]
        finding = "; ".join(str(line) for line in found if line != "ok") or str(error)
        return ProgressError(_damaged_message(self.path, finding))


#: What a damaged file raises while rows are read and converted.
DAMAGE_ERRORS = (sqlite3.DatabaseError, ValueError, TypeError, OverflowError, UnicodeDecodeError)


def _text(row: tuple) -> str:
    """The first column of a row, which must be text."""
    if not isinstance(row[0], str):
        raise TypeError(f"expected text, found {type(row[0]).__name__}")
    return row[0]


class _WriteTransaction:
    """`BEGIN IMMEDIATE` ... `COMMIT` (or `ROLLBACK`), turning SQLite errors into ProgressError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise ProgressError(
                f"cannot write to the progress file {self._path} ({error}); another quizgen "
                "may hold it for too long, or the folder is read-only"
            ) from error

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise ProgressError(
                    f"cannot write to the progress file {self._path} ({exc}); "
                    f"{_what_to_do(self._path)}"
                ) from exc
            return
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise ProgressError(
                f"cannot save progress to {self._path} ({error}); is the disk full or read-only?"
            ) from error
