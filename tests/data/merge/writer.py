"""A stand-in for `quizgen generate` in the crash and concurrency tests (no spaCy).

writer.py FOLDER loop              regenerate FILES files forever, versions 1, 0, 1, ...;
                                   prints "wrote NAME" after each file
writer.py FOLDER runs N VERSION LOG  N runs at one version, appending "PID" to LOG per file
writer.py FOLDER hold              hold the bank lock until a line arrives on stdin
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for test_merge

from test_merge import synthetic  # noqa: E402

from quizgen.bank.lock import bank_lock  # noqa: E402
from quizgen.bank.update import update_bank  # noqa: E402

FILES = 40
QUESTIONS = 12


def generated(version: int) -> list:
    return [synthetic(f"art{n:03d}", range(QUESTIONS), version) for n in range(FILES)]


def main() -> None:
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    if mode == "loop":
        version = 1
        while True:
            update_bank(
                folder, generated(version), on_file=lambda r: print("wrote", r.path, flush=True)
            )
            version = 1 - version
    elif mode == "runs":
        runs, version, log = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        for _ in range(runs):
            update_bank(
                folder,
                generated(version),
                wait=60,
                on_file=lambda r: os.write(fd, f"{os.getpid()}\n".encode()),
            )
    elif mode == "hold":
        with bank_lock(folder):
            print("locked", flush=True)
            sys.stdin.readline()


if __name__ == "__main__":
    main()
