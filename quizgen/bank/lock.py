"""One writer at a time per bank folder: an advisory `flock` on `<bank>/.quizgen.lock`.

The kernel drops a flock when its process dies, even on kill -9, so a lock left by a
crashed run never blocks the next one; the pid written in the file only names the
holder in the "busy" message. The file itself stays (deleting a lock file races with
the next locker) and is ignored by git and by the bank loader (it is not *.yaml).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import BankError

LOCK_NAME = ".quizgen.lock"
#: How long a second run waits for the first before saying the bank is busy.
DEFAULT_WAIT = 5.0
_POLL = 0.05


@contextmanager
def bank_lock(folder: str | os.PathLike[str], *, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the bank folder's write lock (the folder is created when missing).

    Waits up to `wait` seconds for another holder, then raises BankError naming it.
    """
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
        # The lock must be one inode shared by every run, so it is opened in place rather
        # than replaced through atomic.py; its content (a pid) is informative only.
        fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise BankError(
            f"cannot lock the bank {path}: {error.strerror or error}; "
            "check that the folder exists and that you may write in it"
        ) from None
    try:
        _acquire(fd, path, wait)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, folder: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise BankError(_busy_message(fd, folder, wait)) from None
            time.sleep(_POLL)


def _busy_message(fd: int, folder: Path, wait: float) -> str:
    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    who = f"another quizgen (pid {holder})" if holder.isdigit() else "another quizgen"
    return (
        f"the bank {folder} is busy: {who} is writing to it (waited {wait:g} s); "
        "run again when it has finished"
    )
