"""How long `quizgen quiz` takes to draw its first question on a 10,000-question bank,
against an empty Textual app's start in the same run (headless `run_test`).

    .venv/bin/python benchmarks/quiz_start.py [--questions N] [--runs R]

Target: the bank adds under 0.5 s to Textual's own start. Printed twice: with the bank cache
off (every file parsed) and on (what a learner sees from the second start on). Reading a
bank of many files shows a progress bar on a terminal (`quizgen quiz` reads it before the
quiz opens); "says what is loading after" is when that bar first moves.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synthetic import write_synthetic_bank
from textual.app import App

from quizgen.bank import load_bank
from quizgen.model import select
from quizgen.tui.apps.quiz import build_quiz_app
from quizgen.tui.widgets.question_view import QuestionView

SIZE = (80, 24)


async def first_drawn(app: App, ready: Callable[[App], bool]) -> None:
    """Run `app` headless until `ready(app)` holds after a refresh."""
    async with app.run_test(size=SIZE) as pilot:
        while not ready(app):
            await pilot.pause()
        await pilot.pause()  # let the frame with it be drawn


def question_shown(app: App) -> bool:
    views = app.screen.query(QuestionView)
    return bool(views) and views.first().region.height > 0


async def time_empty_app() -> float:
    start = time.perf_counter()
    await first_drawn(App(), lambda app: app.screen.region.height > 0)
    return time.perf_counter() - start


async def time_quiz(bank: Path) -> tuple[float, float, float]:
    """(seconds to the first file read, to load and select the bank, from launch to the
    first question)."""
    start = time.perf_counter()
    steps: list[float] = []
    loaded, _problems = load_bank([bank], on_file=lambda: steps.append(time.perf_counter()))
    entries = select(loaded.entries())
    loaded_at = time.perf_counter()
    await first_drawn(build_quiz_app(entries, seed=1), question_shown)
    return steps[0] - start, loaded_at - start, time.perf_counter() - start


async def measure(bank: Path, tiny: Path, runs: int) -> None:
    await time_empty_app()  # warm-up: imports, CSS parsing caches
    await time_quiz(tiny)
    empty, first, load, quiz, small = [], [], [], [], []
    for _ in range(runs):
        empty.append(await time_empty_app())
        small.append((await time_quiz(tiny))[2])
        step, loading, total = await time_quiz(bank)
        first.append(step)
        load.append(loading)
        quiz.append(total)
    e, f, s, lo, q = (statistics.median(xs) for xs in (empty, first, small, load, quiz))
    print(f"empty Textual app, start to first frame:     {e:.3f} s (median of {runs})")
    print(f"quiz on a 1-question bank, to first question: {s:.3f} s")
    print(f"quiz on the big bank, to first question:      {q:.3f} s")
    print(f"  of which loading + selecting the bank:      {lo:.3f} s")
    print(f"  of which the app (10k entries):             {q - lo:.3f} s")
    print(f"the big bank adds over an empty app:          {q - e:+.3f} s  (target < 0.5 s)")
    print(f"  without loading the YAML:                   {q - lo - e:+.3f} s")
    print(f"the big bank adds over a 1-question quiz:     {q - s:+.3f} s")
    print(f"the screen says what is loading after:        {f:.3f} s  (progress bar moves)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank, tiny = Path(tmp) / "bank", Path(tmp) / "tiny"
        bank.mkdir()
        tiny.mkdir()
        started = time.perf_counter()
        write_synthetic_bank(bank, args.questions)
        write_synthetic_bank(tiny, 1)
        print(f"wrote {args.questions} questions in {time.perf_counter() - started:.1f} s")
        for cache in ("off", str(Path(tmp) / "cache")):
            # off: every run parses the YAML; on: the first run fills the bank cache
            os.environ["QUIZGEN_CACHE"] = cache
            load_bank([bank])  # fills the cache when it is on
            print(f"\n-- bank cache {'off (cold)' if cache == 'off' else 'on (warm)'}")
            asyncio.run(measure(bank, tiny, args.runs))


if __name__ == "__main__":
    main()
