"""Speed of `quizgen review`'s decisions on a big bank file.

Builds a generated bank file (written by the real merge, so it carries its `generated:`
record) of 20 questions (an article's worth: the usual case) and of 200 (the worst case:
every draft in one file), and prints for each: the time to open a review session, and the
time per approve, per undo and per edit, each a full read -> splice -> check of the whole
file -> atomic write under the bank's lock. Target: under 50 ms for an article's file, so
a keypress feels instant; the cost grows with the file (two YAML parses of it).

    .venv/bin/python benchmarks/review.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from quizgen.bank import load_bank
from quizgen.bank.edit import FileTexts
from quizgen.bank.update import update_bank
from quizgen.learn.review import ReviewSession
from quizgen.model import BankFile, Question, Source

SIZES = (20, 200)


def generated_file(count: int) -> BankFile:
    questions = [
        Question(
            id=f"fact-{n}",
            type="multiple_choice",
            question=f"Question number {n}: how long did call {n} last?",
            choices=[f"{n} minutes", f"{n + 1} minutes", f"{n + 2} minutes"],
            answer=f"{n} minutes",
            explanation=f"The call lasted {n} minutes.",
            evidence=f"The call lasted {n} minutes, officials said.",
            tags=["call", f"group-{n % 10}"],
            difficulty="medium",
        )
        for n in range(count)
    ]
    source = Source(file="seeds/none.txt", url="https://example.org/x")
    return BankFile(path="big.yaml", title="Big", source=source, questions=questions)


def ms(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds) * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms"


def main() -> None:
    for count in SIZES:
        measure(count)


def measure(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        update_bank(folder, [generated_file(count)])
        size = (folder / "big.yaml").stat().st_size
        start = time.perf_counter()
        bank, _ = load_bank([folder])
        session = ReviewSession(bank, FileTexts())
        opened = time.perf_counter() - start
        print(f"== bank file of {count} questions, {size / 1024:.0f} KiB")
        print(f"open session (load + queue): {opened * 1000:.1f} ms")

        approve, undo, edit = [], [], []
        for _ in range(count // 4):
            t = time.perf_counter()
            session.approve()
            approve.append(time.perf_counter() - t)
        for _ in range(count // 10):
            t = time.perf_counter()
            session.undo()
            undo.append(time.perf_counter() - t)
        for _ in range(count // 10):
            text = session.editor_text().replace("Question number", "Question no.", 1)
            t = time.perf_counter()
            session.apply_edit(text)
            edit.append(time.perf_counter() - t)
            session.approve()
        print(f"approve: {ms(approve)}")
        print(f"undo:    {ms(undo)}")
        print(f"edit:    {ms(edit)}")


if __name__ == "__main__":
    main()
