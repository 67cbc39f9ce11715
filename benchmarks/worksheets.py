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
from collections.abc import Callable
from pathlib import Path

from quizgen.bank.write import write_bank_file
from quizgen.export import ExportOptions
from quizgen.export.html import render_html, render_worksheets
from quizgen.export.worksheet import build_worksheets
from quizgen.model import BankEntry, BankFile, Question

QUESTIONS = 500
VERSIONS = 4
RUNS = 5


def synthetic_question(n: int) -> Question:
    if n % 3 == 0:
        return Question(
            id=f"q{n}-tf",
            type="true_false",
            question=f"Statement {n}: the White House said the call lasted <about> an hour & more.",
            answer=n % 2 == 0,
        )
    choices = [f"about {k} minutes of talks on item {n}" for k in (15, 30, 45, 60, 90)[: 4 + n % 2]]
    return Question(
        id=f"q{n}",
        type="multiple_choice",
        question=f"According to source {n}, how long did the call between the two leaders last?",
        choices=choices,
        answer=choices[n % len(choices)],
    )


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def report(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<32} {seconds * 1000:7.1f} ms" + (f"  ({note})" if note else ""))


def main() -> None:
    bank_file = BankFile(
        "bench.yaml", "Benchmark worksheet", None, [synthetic_question(n) for n in range(QUESTIONS)]
    )
    entries = [BankEntry(bank_file, q) for q in bank_file.questions]
    options = ExportOptions(versions=VERSIONS, seed=1)
    render_html(entries, options)  # warm up: template compilation happens once per process
    files = render_html(entries, options)
    size = sum(len(content) for content in files.values())
    shuffle = {"versions": VERSIONS, "seed": 1}
    sheets = build_worksheets(entries, **shuffle)
    print(f"{QUESTIONS} questions x {VERSIONS} versions -> {len(files)} files, {size / 1e6:.2f} MB")
    report("build versions (shuffles, keys)", best(lambda: build_worksheets(entries, **shuffle)))
    report("render HTML (Jinja2)", best(lambda: render_worksheets(sheets)))
    report("render_html total", best(lambda: render_html(entries, options)), "target < 1000 ms")

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
