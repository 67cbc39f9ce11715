"""Speed and memory of `quizgen generate` over many articles.

Copies the devset articles N times into a temporary folder, then prints, from one run of
`quizgen generate` over them: articles per second, and the ratio of that whole run's
time to spaCy's bare parse of the same texts (`nlp.pipe`, one process, same batch size).
Memory: the peak RSS of a run over N/4 copies and of the run over N copies (per process:
the main one and the largest worker), which stay about the same when nothing piles up.

    .venv/bin/python benchmarks/generate.py [ARTICLES_DIR] [--copies N] [--compare]

`--compare` also times the two ways of using two cores on the same texts: workers that
each run the whole per-article pipeline (what generate does) against `nlp.pipe(n_process=2)`
with the question logic in the main process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset" / "articles"
#: 10 devset articles x 24 copies = 240 articles: about 30-60 s on two cores.
DEFAULT_COPIES = 24


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default=str(DEVSET), help="folder of articles")
    parser.add_argument("--copies", type=int, default=DEFAULT_COPIES, help="copies of each")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: generate's)")
    parser.add_argument("--compare", action="store_true", help="time both 2-core strategies")
    args = parser.parse_args()
    sources = sorted(Path(args.articles).glob("*.txt"))
    if not sources:
        print(f"no *.txt articles in {args.articles}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        small = _copies(sources, max(1, args.copies // 4), Path(tmp) / "small")
        large = _copies(sources, args.copies, Path(tmp) / "large")
        small_rss = _generate(small, Path(tmp) / "bank-small", args.model)[2]
        seconds, cpu, large_rss = _generate(large, Path(tmp) / "bank-large", args.model)
        parse_seconds, parse_cpu = _bare_parse(large, args.model)
        count = len(list(large.iterdir()))
        small_count = len(list(small.iterdir()))
        print(f"articles: {count} ({len(sources)} x {args.copies}), {os.cpu_count()} cores")
        print(f"generate: {seconds:.1f} s, {count / seconds:.1f} articles/s (CPU {cpu:.1f} s)")
        print(f"bare parse (nlp.pipe, 1 process): {parse_seconds:.1f} s (CPU {parse_cpu:.1f} s)")
        print(f"ratio generate / bare parse: {seconds / parse_seconds:.2f} wall")
        # CPU seconds do not depend on what else the machine runs: the cost of everything
        # generate adds (start-up, model loads, reading, questions, writing) over the parse.
        print(f"ratio generate / bare parse: {cpu / parse_cpu:.2f} CPU")
        print(f"peak RSS, {small_count} articles: main {small_rss[0]} MB, worker {small_rss[1]} MB")
        print(f"peak RSS, {count} articles: main {large_rss[0]} MB, worker {large_rss[1]} MB")
        if args.compare:
            _compare(large, args.model)
    return 0


def _copies(sources: list[Path], copies: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for copy in range(copies):
        for source in sources:
            shutil.copy(source, folder / f"{copy:03d}_{source.name}")
    return folder


def _generate(folder: Path, out: Path, model: str | None) -> tuple[float, float, tuple[int, int]]:
    """Wall and CPU seconds of a whole `quizgen generate` run (workers included), and its
    peak RSS (main, worker) in MB.

    Run under a small wrapper that reads the main process's own peak and its children's
    (the workers) separately, after the command has finished."""
    command = [sys.executable, "-c", _WRAPPER, "generate", str(folder), "--out", str(out)]
    if model:
        command += ["--model", model]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    if done.returncode != 0:
        sys.exit(f"generate failed ({done.returncode}):\n{done.stderr[-2000:]}")
    main_mb, worker_mb = (int(x) for x in done.stderr.strip().splitlines()[-1].split())
    return seconds, cpu, (main_mb, worker_mb)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_WRAPPER = """
import resource, sys
from quizgen.cli import main
code = main(sys.argv[1:])
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(me, workers, file=sys.stderr)
sys.exit(code)
"""


def _texts(folder: Path) -> list[str]:
    from quizgen.generate.read import read_article

    return [read_article(path).text for path in sorted(folder.iterdir())]


def _bare_parse(folder: Path, model: str | None) -> tuple[float, float]:
    """Wall and CPU seconds spaCy takes to parse the same texts (model loaded), one
    process, generate's batch size."""
    from quizgen.generate.batch import BATCH_SIZE
    from quizgen.generate.nlp import load_pipeline

    nlp = load_pipeline(model)
    texts = _texts(folder)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def _compare(folder: Path, model: str | None) -> None:
    """Time both 2-core strategies in this process (bank writing left out), in the order
    A B B A so that a change in the machine's load favours neither; best of two each."""
    paths = [str(p) for p in sorted(folder.iterdir())]
    strategies = {
        "2 workers, whole pipeline each": lambda: _pooled(paths, model),
        "nlp.pipe(n_process=2), questions in main": lambda: _piped(paths, model),
    }
    names = list(strategies)
    timings: dict[str, list[tuple[float, float, int]]] = {name: [] for name in names}
    for name in (names[0], names[1], names[1], names[0]):
        timings[name].append(_measure(strategies[name]))
    for name in names:
        wall, cpu, questions = min(timings[name])
        print(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU ({questions} questions)")


def _measure(run: Callable[[], int]) -> tuple[float, float, int]:
    """Wall and CPU seconds (this process and its finished children) of `run()`."""
    cpu = time.process_time() + _children_cpu()
    started = time.perf_counter()
    questions = run()
    wall = time.perf_counter() - started
    return wall, time.process_time() + _children_cpu() - cpu, questions


def _pooled(paths: list[str], model: str | None) -> int:
    from quizgen.generate.batch import generate_articles

    return sum(len(r.questions) for r in generate_articles(paths, model, processes=2))


def _piped(paths: list[str], model: str | None) -> int:
    from quizgen.generate.batch import BATCH_SIZE, question_maker
    from quizgen.generate.nlp import load_pipeline
    from quizgen.generate.read import read_article

    questions_for_article = question_maker()
    nlp = load_pipeline(model)
    pairs = ((article.text, article) for article in map(read_article, paths))
    count = 0
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE, n_process=2):
        count += len(questions_for_article(article, doc))
    return count


if __name__ == "__main__":
    sys.exit(main())
