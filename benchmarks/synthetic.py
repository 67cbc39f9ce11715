"""Synthetic banks and timing helpers shared by the benchmark scripts.

Questions look like generated ones (a third true/false, the rest multiple choice with
four choices) and carry text that needs escaping in every export format.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from quizgen.bank.write import write_bank_file
from quizgen.model import BankEntry, BankFile, Question, Source


def synthetic_question(file_no: int, n: int) -> Question:
    """Question `n` of article `file_no`; ids are unique across the whole bank."""
    if n % 3 == 0:
        return Question(
            id=f"f{file_no}-q{n}-tf",
            type="true_false",
            question=f"Statement {n} of article {file_no}: the call {{lasted}} 1 hour & 5 min.",
            answer=n % 2 == 0,
            explanation="The article says: the call lasted about an hour <b>exactly</b>.",
            evidence="“The call lasted about an hour,” the White House said.",
            tags=[f"article-{file_no}", "duration"],
            difficulty="medium",
        )
    choices = [f"about {k} minutes ~ {k // 60} h" for k in (15, 30, 45, 60)]
    return Question(
        id=f"f{file_no}-q{n}",
        type="multiple_choice",
        question=f"According to source {n}, how long = what time did call #{file_no} last?",
        choices=choices,
        answer=choices[n % 4],
        explanation="The White House said the call lasted about an hour.",
        evidence="“The positive call was a significant start,” the White House said.",
        tags=[f"article-{file_no}", "duration", "putin-call"],
        difficulty="easy",
    )


def synthetic_files(questions: int, per_file: int = 100, folder: str = "bank") -> list[BankFile]:
    """`questions` questions in files of `per_file`, as BankFiles named under `folder`."""
    files = []
    for file_no, start in enumerate(range(0, questions, per_file)):
        files.append(
            BankFile(
                path=f"{folder}/article-{file_no:04d}.yaml",
                title=f"Article {file_no}: Trump, Putin agree to cooperate",
                source=Source(file=f"seeds/{file_no}.txt", url=f"https://example.com/{file_no}"),
                questions=[
                    synthetic_question(file_no, n)
                    for n in range(start, min(start + per_file, questions))
                ],
            )
        )
    return files


def write_synthetic_bank(folder: Path, questions: int, per_file: int = 100) -> list[BankFile]:
    """Write a synthetic bank into `folder` with quizgen's own writer; returns its files."""
    files = synthetic_files(questions, per_file, str(folder))
    for bank_file in files:
        write_bank_file(bank_file.path, bank_file)
    return files


def entries_of(files: list[BankFile]) -> list[BankEntry]:
    return [BankEntry(f, q) for f in files for q in f.questions]


def best_of(
    rounds: int, action: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of `rounds` runs of `action`, in seconds of `clock` (wall time by
    default; `time.process_time` for CPU time, which a busy shared machine inflates less)."""
    times = []
    for _ in range(rounds):
        start = clock()
        action()
        times.append(clock() - start)
    return min(times)
