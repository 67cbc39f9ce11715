"""Speed of printable worksheets: 500 questions in 4 versions, each with its answer key.

Builds 500 questions in memory (a third true/false, the rest multiple choice with four
to five choices, text that needs escaping), then prints the best of five in-process
`render_html` runs (shuffles + Jinja2 templates, no disk I/O), split into building the
versions and rendering the HTML, and the output size. Also times one whole
`quizgen export html --versions 4` process over the same bank written to a temp folder.
Target: the in-process export well under 1 s.

    .venv/bin/python benchmarks/worksheets.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import best_of, entries_of, synthetic_files

from quizgen.bank.write import write_bank_file
from quizgen.export import ExportOptions
from quizgen.export.html import render_html, render_worksheets
from quizgen.export.worksheet import build_worksheets

QUESTIONS = 500
VERSIONS = 4
RUNS = 5


def report(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<32} {seconds * 1000:7.1f} ms" + (f"  ({note})" if note else ""))


def main() -> None:
    (bank_file,) = synthetic_files(QUESTIONS, per_file=QUESTIONS)
    entries = entries_of([bank_file])
    options = ExportOptions(versions=VERSIONS, seed=1)
    render_html(entries, options)  # warm up: template compilation happens once per process
    files = render_html(entries, options)
    size = sum(len(content) for content in files.values())
    shuffle = {"versions": VERSIONS, "seed": 1}
    sheets = build_worksheets(entries, **shuffle)
    print(f"{QUESTIONS} questions x {VERSIONS} versions -> {len(files)} files, {size / 1e6:.2f} MB")
    report(
        "build versions (shuffles, keys)",
        best_of(RUNS, lambda: build_worksheets(entries, **shuffle)),
    )
    report("render HTML (Jinja2)", best_of(RUNS, lambda: render_worksheets(sheets)))
    report(
        "render_html total",
        best_of(RUNS, lambda: render_html(entries, options)),
        "target < 1000 ms",
    )

    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "bench.yaml"
        write_bank_file(bank, bank_file)
        command = [sys.executable, "-m", "quizgen", "export", "html", str(bank)]
        command += ["--out", str(Path(tmp) / "out"), "--versions", str(VERSIONS), "--seed", "1"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        elapsed = time.perf_counter() - start
        report("`quizgen export html` process", elapsed, "start-up, load, validate, write")


if __name__ == "__main__":
    main()
