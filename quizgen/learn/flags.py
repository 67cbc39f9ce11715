"""Questions learners flag as wrong or unclear, kept in the progress file beside the answers.

A flag is one row: the learner, the question id, the time and an optional one-line reason.
Flags are only ever added (a teacher reads them with `quizgen review --flagged`, `quizgen
list --flagged` and `quizgen stats`). The table comes with the progress schema's version 2
(`create_flags_table` is its migration); writes and reads go through the store's own
transaction and error handling, so a flag is committed like an answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from quizgen.learn.progress_rows import from_db_time, to_db_time

if TYPE_CHECKING:
    from quizgen.learn.progress import ProgressStore

#: Called with (question id, reason) for every flag a learner raises in a quiz; whether
#: the flag was saved.
FlagHook = Callable[[str, str], bool]
#: A reason is one line; a longer one is cut here.
REASON_LIMIT = 300


@dataclass(frozen=True)
class Flag:
    """One learner's flag on one question."""

    learner: str
    question_id: str
    at: datetime
    #: Why, in the learner's words ("" when none was given).
    reason: str


#: The schema version of the progress store that added the flags table.
FLAGS_VERSION = 2


def create_flags_table(conn: sqlite3.Connection) -> None:
    """Progress schema version 2: the flags table (run inside the migration's transaction)."""
    conn.execute(
        "CREATE TABLE flags ("
        " id INTEGER PRIMARY KEY,"
        " learner TEXT NOT NULL,"
        " question_id TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE INDEX flags_by_question ON flags (question_id, at)")


def one_line(reason: str) -> str:
    """The reason as one tidy line, at most REASON_LIMIT characters."""
    return " ".join(reason.split())[:REASON_LIMIT]


def flag_question(
    store: ProgressStore, learner: str, question_id: str, reason: str, at: datetime
) -> Flag:
    """Record a flag and commit it at once."""
    flag = Flag(learner, question_id, at, one_line(reason))
    with store._write():
        store._conn.execute(
            "INSERT INTO flags (learner, question_id, at, reason) VALUES (?, ?, ?, ?)",
            (flag.learner, flag.question_id, to_db_time(flag.at), flag.reason),
        )
    return flag


def flags(store: ProgressStore, question_ids: Iterable[str] | None = None) -> list[Flag]:
    """Every flag (on `question_ids` only, when given), oldest first."""
    every = store._read(
        "SELECT learner, question_id, at, reason FROM flags ORDER BY at, id",
        (),
        lambda row: Flag(row[0], row[1], from_db_time(row[2]), row[3]),
    )
    wanted = None if question_ids is None else set(question_ids)
    return [flag for flag in every if wanted is None or flag.question_id in wanted]


def flag_counts(store: ProgressStore, learner: str | None = None) -> dict[str, int]:
    """How many flags each flagged question has (by `learner` only, when given)."""
    sql = "SELECT question_id, count(*) FROM flags"
    params: tuple[object, ...] = ()
    if learner is not None:
        sql += " WHERE learner = ?"
        params = (learner,)
    rows = store._read(
        sql + " GROUP BY question_id", params, lambda row: (str(row[0]), int(row[1]))
    )
    return dict(rows)
