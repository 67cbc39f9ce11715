"""A cache of validated bank files, so a big bank opens fast the second time.

Parsing YAML is most of the cost of opening a bank (about 1 s for 10,000 questions); a
quiz should start in a blink. Each bank file's result (the `BankFile` and its problems)
is pickled under the user cache folder, keyed by the file's path and checked against a
digest of its exact bytes and quizgen's version: any edit, by hand or by quizgen, is a
miss. One entry per path, so the cache never grows past the number of bank files.
`QUIZGEN_CACHE=off` turns it off; `QUIZGEN_CACHE=DIR` puts it elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import platformdirs

from quizgen import __version__
from quizgen.bank.atomic import atomic_write_bytes
from quizgen.model import BankFile, Problem

Loaded = tuple[BankFile | None, list[Problem]]


def cache_folder() -> Path | None:
    """Where entries live, or None when the cache is off."""
    setting = os.environ.get("QUIZGEN_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    return Path(setting) if setting else Path(platformdirs.user_cache_dir("quizgen")) / "bank"


def _entry_path(folder: Path, name: str) -> Path:
    key = hashlib.blake2b(os.path.abspath(name).encode(), digest_size=16).hexdigest()
    return folder / f"{key}.pickle"


def _digest(name: str, data: bytes) -> bytes:
    return hashlib.blake2b(
        b"\0".join([__version__.encode(), name.encode(), data]), digest_size=32
    ).digest()


def cached(name: str, data: bytes) -> Loaded | None:
    """The stored result for exactly these bytes at this path, if there is one."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        digest, loaded = pickle.loads(_entry_path(folder, name).read_bytes())
    except Exception:  # a missing, stale or damaged entry is only a miss
        return None
    return loaded if digest == _digest(name, data) else None


def store(name: str, data: bytes, loaded: Loaded) -> None:
    """Remember `loaded` for these bytes; a cache that cannot be written is skipped."""
    folder = cache_folder()
    if folder is None:
        return
    try:
        payload = pickle.dumps((_digest(name, data), loaded), protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(_entry_path(folder, name), payload)
    except OSError:
        pass
