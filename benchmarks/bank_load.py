"""Speed of reading a big bank: `quizgen check` and `quizgen list` against bare yaml.load.

Builds a synthetic 10,000-question bank in 100 files, then prints, from one run: the wall
time of the `quizgen check` and `quizgen list` commands (whole processes, as a user runs
them, and in-process), and of bare `yaml.load` with the C loader over the same files —
cold (bank cache off: every file parsed) and warm (from quizgen's bank cache).
Target: check and list each within 2x of the bare parse, and under 1.5 s.

    .venv/bin/python benchmarks/bank_load.py
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from synthetic import best_of, write_synthetic_bank

from quizgen.cli import main

FILES = 100
PER_FILE = 100


def bare_parse(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def in_process(*argv: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    assert code == 0, f"quizgen {' '.join(argv)} exited {code}"


def as_process(*argv: str) -> None:
    script = Path(sys.executable).parent / "quizgen"
    subprocess.run([str(script), *argv], check=True, capture_output=True)


def main_benchmark() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [Path(f.path) for f in write_synthetic_bank(folder, FILES * PER_FILE, PER_FILE)]
        bare = best_of(3, lambda: bare_parse(paths))
        print(f"bank: {FILES} files, {FILES * PER_FILE} questions")
        print(f"bare yaml.load (C loader):   {bare:6.3f} s")
        for cache in ("off", str(folder / ".cache")):
            os.environ["QUIZGEN_CACHE"] = cache
            in_process("check", tmp)  # fills the cache when it is on
            label = "cold" if cache == "off" else "warm"
            for command in ("check", "list"):
                inner = best_of(3, lambda c=command: in_process(c, tmp))
                whole = best_of(3, lambda c=command: as_process(c, tmp))
                print(
                    f"{label} quizgen {command:5} in-process: {inner:6.3f} s "
                    f"({inner / bare:4.2f}x bare)   whole command: {whole:6.3f} s "
                    f"({whole / bare:4.2f}x bare)"
                )


if __name__ == "__main__":
    main_benchmark()
