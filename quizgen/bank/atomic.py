"""The one way quizgen writes a file: temp file in the same folder, fsync, rename.

A crash or an error at any moment leaves either the old file or the new one, never a
half-written file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data` atomically (the folder is created when missing). A file
    the person made read-only is never replaced (PermissionError): a rename would replace
    it whatever its mode."""
    target = Path(path)
    if read_only(target):
        raise PermissionError(
            errno.EACCES, "it is read-only; make it writable to change it", str(target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if target.exists():
            os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def read_only(target: Path) -> bool:
    """Whether the person made the file read-only (kept so even where root may write)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return False
    return not mode & 0o222 or not os.access(target, os.W_OK)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` with `text` (UTF-8) atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk too.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
