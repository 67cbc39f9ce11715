"""Speed of training and stats with a big history: 10,000 cards and 100,000 logged answers.

Builds a progress file for one learner (plus a second learner of the same size, so every
query must use the learner in its index), then prints:
- pick: `TrainingSession.next_item()` (the next due card among the bank's questions);
- record: `TrainingSession.answer()` (rate, fsrs review, insert + card upsert, commit);
- stats: `compute_stats` over the 10,000-question bank, and the Rich report rendered;
- open: `ProgressStore.open` of the big file.
Targets: pick and record under 5 ms each; stats under 1 s.

    .venv/bin/python benchmarks/train.py
"""

from __future__ import annotations

import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from quizgen.cli.stats_view import print_stats
from quizgen.learn.progress import ProgressStore, store_path, to_db_time
from quizgen.learn.scheduler import card_id_for, make_scheduler
from quizgen.learn.stats import compute_stats
from quizgen.learn.training import TrainingSession
from quizgen.model import BankEntry, BankFile, Question

CARDS = 10_000
ANSWERS = 100_000
TAGS = [f"tag-{i}" for i in range(25)]
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
RUNS = 300


def bank_entries() -> list[BankEntry]:
    bank_file = BankFile(path="bench.yaml", title="bench")
    rng = random.Random(1)
    for i in range(CARDS):
        bank_file.questions.append(
            Question(
                id=f"q{i:05d}",
                type="multiple_choice",
                question=f"Synthetic question number {i} about something in the news?",
                choices=["first", "second", "third", "fourth"],
                answer="first",
                tags=rng.sample(TAGS, 2),
            )
        )
    return [BankEntry(bank_file, q) for q in bank_file.questions]


def fill(path: Path, learners: list[str]) -> None:
    """Write cards and answers straight into the tables (fast, realistic spreads)."""
    ProgressStore.open(path).close()
    import sqlite3

    rng = random.Random(2)
    conn = sqlite3.connect(path)
    with conn:
        for learner in learners:
            cards = []
            for i in range(CARDS):
                due = NOW + timedelta(hours=rng.uniform(-24 * 5, 24 * 60))
                last = due - timedelta(days=rng.uniform(1, 30))
                cards.append(
                    (
                        learner,
                        f"q{i:05d}",
                        card_id_for(f"q{i:05d}"),
                        2,
                        None,
                        rng.uniform(0.5, 80),
                        rng.uniform(1, 10),
                        to_db_time(due),
                        to_db_time(last),
                        to_db_time(last - timedelta(days=30)),
                    )
                )
            conn.executemany("INSERT INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cards)
            answers = []
            for _ in range(ANSWERS):
                at = NOW - timedelta(minutes=rng.uniform(1, 60 * 24 * 90))
                answers.append(
                    (
                        learner,
                        f"q{rng.randrange(CARDS):05d}",
                        to_db_time(at),
                        "first",
                        int(rng.random() < 0.8),
                        rng.randint(1, 4),
                        rng.uniform(2, 30),
                        "train",
                    )
                )
            conn.executemany(
                "INSERT INTO answers (learner, question_id, at, given, correct, rating,"
                " response_seconds, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                answers,
            )
    conn.close()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def report(name: str, samples: list[float], target_ms: float) -> None:
    samples = sorted(samples)
    median = statistics.median(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    verdict = "ok" if p95 < target_ms else "SLOW"
    print(
        f"{name:8} median {median:8.2f} ms   p95 {p95:8.2f} ms   max {samples[-1]:8.2f} ms"
        f"   (target < {target_ms:g} ms: {verdict}, n={len(samples)})"
    )


def main() -> None:
    entries = bank_entries()
    with tempfile.TemporaryDirectory() as tmp:
        path = store_path(tmp)
        start = time.perf_counter()
        fill(path, ["ana", "ben"])
        size = path.stat().st_size / 1e6
        print(
            f"built {CARDS} cards + {ANSWERS} answers x 2 learners in "
            f"{time.perf_counter() - start:.1f} s ({size:.1f} MB)"
        )
        report("open", [timed(lambda: ProgressStore.open(path).close()) for _ in range(20)], 50)

        clock = [NOW]
        with ProgressStore.open(path) as store:
            session = TrainingSession(
                store,
                "ana",
                entries,
                now=lambda: clock[0],
                scheduler=make_scheduler(fuzzing=True),
                seed=1,
            )
            picks, records = [], []
            for _ in range(RUNS):
                picks.append(timed(session.next_item))
                item = session.current
                assert item is not None
                clock[0] += timedelta(seconds=7)
                records.append(timed(lambda item=item: session.answer(item.answer_index)))
            report("pick", picks, 5)
            report("record", records, 5)

            stats_runs, render_runs = [], []
            for _ in range(5):
                stats_runs.append(
                    timed(lambda: compute_stats(store, "ana", entries, clock[0], days=14))
                )
                figures = compute_stats(store, "ana", entries, clock[0], days=14)
                out = Console(file=io.StringIO(), width=100)
                render_runs.append(timed(lambda f=figures, o=out: print_stats(f, o)))
            report("stats", stats_runs, 1000)
            report("render", render_runs, 1000)
            total = [s + r for s, r in zip(stats_runs, render_runs, strict=True)]
            report("stats+render", total, 1000)


if __name__ == "__main__":
    main()
