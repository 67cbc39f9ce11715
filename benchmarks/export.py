"""Speed of every export format over a synthetic 10,000-question bank (target: < 3 s each).

Builds 10,000 questions in 100 bank files in memory (a third true/false, the rest
multiple choice with four choices, with text that needs escaping), then prints, per
format, the best of three in-process renders (`Format.render`, no disk I/O) in wall and
in CPU time (on a busy shared machine the CPU time is the steadier figure), and the
output size. Also times one `quizgen export` of each format through the CLI (load,
validate, render, atomic write) on the same bank written to a temporary folder, and
marks a format slower than the target.

    .venv/bin/python benchmarks/export.py            # every format
    .venv/bin/python benchmarks/export.py gift web   # some
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

from synthetic import best_of, entries_of, synthetic_files

from quizgen.bank.write import write_bank_file
from quizgen.cli import main
from quizgen.export import ExportOptions, formats

FILES = 100
PER_FILE = 100
ROUNDS = 3
#: Seconds an export of 10,000 questions may take (the issue's target).
TARGET = 3.0


def main_benchmark(names: tuple[str, ...]) -> None:
    files = synthetic_files(FILES * PER_FILE, PER_FILE)
    entries = entries_of(files)
    options = ExportOptions(timestamp=1_700_000_000)
    known = formats()
    print(f"{len(entries)} questions in {len(files)} bank files")
    print(
        f"{'format':<12} {'render (best of 3)':>18} {'cpu':>8} {'size':>10}"
        f"   {'quizgen export (CLI)':>20}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bank"
        for bank_file in files:
            write_bank_file(bank / Path(bank_file.path).name, bank_file)
        for name in names:
            fmt = known[name]
            seconds = best_of(ROUNDS, lambda fmt=fmt: fmt.render(entries, options))
            cpu = best_of(ROUNDS, lambda fmt=fmt: fmt.render(entries, options), time.process_time)
            size = sum(len(c) for c in fmt.render(entries, options).values())
            out = Path(tmp) / f"out-{name}"
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["export", name, str(bank), "--out", str(out)])
            cli = time.perf_counter() - start
            assert code == 0, f"quizgen export {name} failed"
            slow = "   over the target" if max(seconds, cli) > TARGET else ""
            print(
                f"{name:<12} {seconds:>17.3f}s {cpu:>7.3f}s {size / 1e6:>8.1f}MB"
                f"   {cli:>19.3f}s{slow}"
            )


if __name__ == "__main__":
    main_benchmark(tuple(sys.argv[1:]) or tuple(formats()))
