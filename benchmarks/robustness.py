"""Time and peak memory of quizgen on hostile inputs (the targets of the robustness work).

Each case runs `quizgen` in a fresh process and prints its wall time and peak RSS:

- `generate` of one article of about 200 KB of text (just under the per-article limit):
  ordinary news paragraphs, one paragraph of quotations, and text with no sentence
  punctuation at all, run as a user would (questions come from the first 20,000
  characters; the rest is not parsed). Target: each under 5 s and 500 MB (the model load
  included).
- `check` of a 10 MB bank file written on one line (a flow list of questions), and of a
  file of 40,000 bad questions. Target: each under 5 s.

    .venv/bin/python benchmarks/robustness.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
ARTICLE_CHARS = 195_000
CHECK_BYTES = 10_000_000
BAD_QUESTIONS = 40_000


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="quizgen-robust-") as tmp:
        folder = Path(tmp)
        articles: dict[str, Callable[[], str]] = {
            "ordinary paragraphs": _ordinary,
            "one paragraph of quotes": _quotes,
            "no sentence punctuation": _unpunctuated,
        }
        for name, make in articles.items():
            path = folder / f"{name.replace(' ', '-')}.txt"
            path.write_text(make(), encoding="utf-8")
            size = path.stat().st_size // 1000
            _report(
                f"generate, {name} ({size} KB)",
                ["generate", str(path), "--out", str(folder / "bank")],
            )
        one_line = folder / "one-line.yaml"
        one_line.write_text(_one_line_bank(), encoding="utf-8")
        size = one_line.stat().st_size / 1e6
        _report(f"check, one-line file ({size:.1f} MB)", ["check", str(one_line)])
        bad = folder / "bad.yaml"
        bad.write_text(_bad_bank(), encoding="utf-8")
        size = bad.stat().st_size / 1e6
        _report(f"check, {BAD_QUESTIONS:,} bad questions ({size:.1f} MB)", ["check", str(bad)])
    return 0


def _report(label: str, arguments: list[str]) -> None:
    seconds, peak_mb, code = _measure(arguments)
    print(f"{label}: {seconds:.1f} s, peak {peak_mb:.0f} MB, exit {code}", flush=True)


def _measure(arguments: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit code) of `quizgen ARGUMENTS` in a new process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, process.returncode


def _paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def _grow(make_paragraph: Callable[[int], str], separator: str = "\n\n") -> str:
    """A title and numbered paragraphs (repeats are dropped) up to ARTICLE_CHARS."""
    parts: list[str] = []
    size = 0
    while size < ARTICLE_CHARS:
        parts.append(make_paragraph(len(parts)))
        size += len(parts[-1]) + len(separator)
    return "A long article for the benchmark\n\n" + separator.join(parts)


def _ordinary() -> str:
    paragraphs = _paragraphs()
    return _grow(lambda i: f"In part {i}, {paragraphs[i % len(paragraphs)]}")


def _quotes() -> str:
    return _grow(lambda i: f'"Number {i} is what we said," he said. "It holds," she said.', " ")


def _unpunctuated() -> str:
    return _grow(lambda i: f"word{i} and the council met again in the town hall", " ")


def _one_line_bank() -> str:
    item = (
        "{{id: q{0}, type: multiple_choice, question: How long did call {0} last?, "
        "choices: [about an hour, two hours, ten minutes], answer: about an hour}}"
    )
    items: list[str] = []
    size = 0
    while size < CHECK_BYTES:
        items.append(item.format(len(items)))
        size += len(items[-1]) + 2
    return "{title: One line, questions: [" + ", ".join(items) + "]}\n"


def _bad_bank() -> str:
    block = "  - id: q{0}\n    type: quiz\n    question: Is it?\n    answer: maybe\n"
    return "questions:\n" + "".join(block.format(i) for i in range(BAD_QUESTIONS))


if __name__ == "__main__":
    sys.exit(main())
