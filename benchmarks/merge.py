"""What the merge adds to `quizgen generate` when regenerating an edited bank.

Builds a bank of FILES x QUESTIONS generated questions (synthetic, shaped like the
generator's), edits 10% of them by hand (stem changes, approvals, comments), then
regenerates with a generator output where half the stems changed. Prints:

- first write: `update_bank` into an empty folder (the writing part of a first run);
- merge: `update_bank` over the edited bank (read + validate + merge + write);
- parse: spaCy parsing FILES articles (the seeds and devset articles, cycled) with
  `nlp.pipe` in one process, the bulk of a real first generation; skipped with
  `--no-parse` or when no pipeline is installed;

and the merge step against a first generation (= parse + first write, CPU seconds, which
do not depend on what else the machine runs): the target is that the merge adds under
20%. Times are the best of `--repeat` runs. Then (unless `--no-real`) the real
`quizgen generate` over the seeds and devset articles: a first run, 10% of the questions
edited, and the regenerate, both timed whole.

    .venv/bin/python benchmarks/merge.py [--files 100] [--questions 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.bank.blocks import set_status  # noqa: E402
from quizgen.bank.load import load_bank  # noqa: E402
from quizgen.bank.update import update_bank  # noqa: E402
from quizgen.model import BankFile, Question, Source  # noqa: E402

ARTICLE_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles")


def generated(files: int, questions: int, version: int) -> list[BankFile]:
    """A generator's output: `questions` per article; even facts change with `version`."""
    out = []
    for n in range(files):
        name = f"article-{n:03d}"
        qs = []
        for i in range(questions):
            sentence = f"Sentence {i} of {name} says that fact {i} holds, officials said."
            changed = f" (v{version})" if i % 2 == 0 else ""
            if i % 4 == 3:
                qs.append(
                    Question(
                        id=f"{name}-tf-{i}",
                        type="true_false",
                        question=f"Officials said fact {i} of {name} holds{changed}.",
                        answer=True,
                        explanation=sentence,
                        evidence=sentence,
                        tags=[name, "claim"],
                    )
                )
            else:
                qs.append(
                    Question(
                        id=f"{name}-fact-{i}",
                        type="multiple_choice",
                        question=f"According to officials, what is fact {i} of {name}{changed}?",
                        choices=[f"answer {i}", f"other {i}", f"third {i}", f"fourth {i}"],
                        answer=f"answer {i}",
                        explanation=sentence,
                        evidence=sentence,
                        tags=[name, "fact"],
                        difficulty="medium",
                    )
                )
        out.append(
            BankFile(f"{name}.yaml", f"Article {name}", Source(file=f"articles/{name}.txt"), qs)
        )
    return out


def edit_tenth(folder: Path, seed: int = 1) -> int:
    """Edit 10% of the bank's questions as a person would; how many were edited."""
    rng = random.Random(seed)
    edited = 0
    bank, _ = load_bank([folder])
    for bank_file in bank.files:
        path = Path(bank_file.path)
        text = path.read_text()
        for question in bank_file.questions:
            if rng.random() >= 0.1:
                continue
            edited += 1
            kind = rng.randrange(3)
            if kind == 0:
                text = set_status(text, question.id, "approved")
            elif kind == 1:
                text = text.replace(f"question: {question.question}", "question: Fixed stem?")
            else:
                text = text.replace(f"- id: {question.id}\n", f"- id: {question.id}\n    # ok\n")
        path.write_text(text)
    return edited


def best(repeat: int, setup, run) -> tuple[float, float, object]:
    """The best wall and CPU seconds of `repeat` runs of `run(setup())`, and its result.
    CPU time does not depend on what else the machine runs; wall time adds the fsyncs."""
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        state = setup()
        wall, cpu = time.perf_counter(), time.process_time()
        result = run(state)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def parse_seconds(files: int) -> float | None:
    """spaCy's parse of `files` articles (cycled from seeds and devset), or None."""
    try:
        from quizgen.generate.nlp import load_pipeline
        from quizgen.generate.read import read_article

        nlp = load_pipeline()
    except Exception as error:  # no pipeline installed: say so and carry on
        print(f"parse: skipped ({error})")
        return None
    paths = sorted(p for folder in ARTICLE_DIRS for p in folder.glob("*.txt"))
    texts = [read_article(paths[n % len(paths)]).text for n in range(files)]
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.process_time() - start


def real_runs() -> None:
    """`quizgen generate` over the seeds and devset articles: a first run into an empty
    folder, 10% of the questions edited, then the run again over the edited bank."""
    paths = sorted(p for folder in ARTICLE_DIRS for p in folder.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="quizgen-merge-real-") as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        for path in paths:
            shutil.copy(path, articles / path.name)
        out = Path(tmp) / "bank"
        command = [sys.executable, "-m", "quizgen", "generate", str(articles), "--out", str(out)]

        def run() -> tuple[float, float]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise SystemExit(f"quizgen generate failed:\n{done.stderr}")
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            return wall, cpu

        first_wall, first_cpu = run()
        bank, _ = load_bank([out])
        edited = edit_tenth(out)
        second_wall, second_cpu = run()
    count = len(bank.questions)
    print(f"real generate, {len(paths)} articles, {count} questions ({edited} edited):")
    print(f"  first run   {first_wall:.2f} s wall, {first_cpu:.2f} s CPU")
    print(f"  regenerate  {second_wall:.2f} s wall, {second_cpu:.2f} s CPU")
    print(f"  regenerate vs first run: {100 * (second_cpu - first_cpu) / first_cpu:+.1f}% CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-parse", action="store_true", help="skip the spaCy parse")
    parser.add_argument("--no-real", action="store_true", help="skip the real generate runs")
    args = parser.parse_args()
    first = generated(args.files, args.questions, 0)
    second = generated(args.files, args.questions, 1)
    total = args.files * args.questions
    with tempfile.TemporaryDirectory(prefix="quizgen-merge-") as tmp:
        base = Path(tmp)
        counter = iter(range(10**6))

        def fresh() -> Path:
            return base / f"fresh-{next(counter)}"

        write_s, write_cpu, _ = best(args.repeat, fresh, lambda folder: update_bank(folder, first))
        edited_bank = base / "edited"
        update_bank(edited_bank, first)
        edited = edit_tenth(edited_bank)

        def copy() -> Path:
            target = base / f"merge-{next(counter)}"
            shutil.copytree(edited_bank, target)
            return target

        merge_s, merge_cpu, reports = best(
            args.repeat, copy, lambda folder: update_bank(folder, second)
        )
    kept = sum(r.kept for r in reports)
    updated = sum(r.updated for r in reports)
    print(f"bank: {args.files} files x {args.questions} = {total} questions, {edited} edited")
    print(f"merge result: {updated} updated, {kept} kept; best of {args.repeat} runs")
    print(
        f"first write (update_bank into an empty folder): "
        f"{write_s * 1000:.0f} ms wall, {write_cpu * 1000:.0f} ms CPU"
    )
    print(
        f"merge (update_bank over the edited bank):       "
        f"{merge_s * 1000:.0f} ms wall, {merge_cpu * 1000:.0f} ms CPU"
    )
    parse_s = None if args.no_parse else parse_seconds(args.files)
    if parse_s is not None:
        first_gen = parse_s + write_cpu
        print(f"spaCy parse of {args.files} articles (nlp.pipe, 1 process): {parse_s:.2f} s CPU")
        print(
            f"first generation (parse + first write, CPU): {first_gen:.2f} s; the merge step "
            f"is {100 * merge_cpu / first_gen:.1f}% of it, "
            f"{100 * (merge_cpu - write_cpu) / first_gen:+.1f}% over the plain write "
            "(target: the merge adds < 20%)"
        )
    if not args.no_real:
        real_runs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
