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
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from quizgen.bank.write import write_bank_file
from quizgen.cli import main
from quizgen.model import BankFile, Question, Source

FILES = 100
PER_FILE = 100


def synthetic_question(file_no: int, n: int) -> Question:
    if n % 3 == 0:
        return Question(
            id=f"f{file_no}-q{n}-tf",
            type="true_false",
            question=f"Statement {n} of article {file_no} about a phone call that lasted an hour.",
            answer=n % 2 == 0,
            explanation="The article says the call lasted about an hour.",
            evidence="The White House said the call lasted about an hour.",
            tags=[f"article-{file_no}", "duration"],
            difficulty="medium",
        )
    choices = [f"about {k} minutes" for k in (15, 30, 45, 60)]
    return Question(
        id=f"f{file_no}-q{n}",
        type="multiple_choice",
        question=f"According to source {n}, how long did call number {file_no} last?",
        choices=choices,
        answer=choices[n % 4],
        explanation="The White House said the call lasted about an hour.",
        evidence="“The positive call was a significant start,” the White House said.",
        tags=[f"article-{file_no}", "duration", "putin-call"],
        difficulty="easy",
    )


def build_bank(folder: Path) -> list[Path]:
    paths = []
    for file_no in range(FILES):
        bank_file = BankFile(
            path=str(folder / f"article-{file_no:03d}.yaml"),
            title=f"Article {file_no}",
            source=Source(file=f"seeds/{file_no}.txt", url=f"https://example.org/{file_no}"),
            questions=[synthetic_question(file_no, n) for n in range(PER_FILE)],
        )
        write_bank_file(bank_file.path, bank_file)
        paths.append(Path(bank_file.path))
    return paths


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


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
        paths = build_bank(folder)
        bare = min(timed(lambda: bare_parse(paths)) for _ in range(3))
        print(f"bank: {FILES} files, {FILES * PER_FILE} questions")
        print(f"bare yaml.load (C loader):   {bare:6.3f} s")
        for cache in ("off", str(folder / ".cache")):
            os.environ["QUIZGEN_CACHE"] = cache
            in_process("check", tmp)  # fills the cache when it is on
            label = "cold" if cache == "off" else "warm"
            for command in ("check", "list"):
                inner = min(timed(lambda c=command: in_process(c, tmp)) for _ in range(3))
                whole = min(timed(lambda c=command: as_process(c, tmp)) for _ in range(3))
                print(
                    f"{label} quizgen {command:5} in-process: {inner:6.3f} s "
                    f"({inner / bare:4.2f}x bare)   whole command: {whole:6.3f} s "
                    f"({whole / bare:4.2f}x bare)"
                )


if __name__ == "__main__":
    main_benchmark()
