"""Fuzzers over every kind of input a user hands quizgen: articles of every format, bank
files that `check` passes, and damaged progress stores. Each counts as a failure any
traceback, any hang (an example over HANG_SECONDS) and any message that does not name
its file on one line.

The suite runs a small fixed budget; `make fuzz` runs many more examples
(QUIZGEN_FUZZ_EXAMPLES per fuzzer).
"""

from __future__ import annotations

import os
import random
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_check_property import mutated_bank

from quizgen.bank.load import load_text
from quizgen.bank.update import update_bank
from quizgen.cli import main
from quizgen.errors import ArticleError
from quizgen.generate.read import read_article
from quizgen.learn.progress import ProgressStore, store_path
from quizgen.learn.progress_rows import CardRow
from quizgen.model import BankFile, Question, Source

EXAMPLES = int(os.environ.get("QUIZGEN_FUZZ_EXAMPLES", "40"))
#: Longer than any honest example takes on a loaded machine; a hang never ends.
HANG_SECONDS = 20
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Hang(Exception):
    """An example ran past HANG_SECONDS."""


@contextmanager
def no_hang() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise Hang(f"still running after {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def one_line_about(message: str, name: str) -> bool:
    return message.startswith(f"{name}: ") and "\n" not in message and "\r" not in message


# --- articles ---------------------------------------------------------------------------

FRAGMENTS = [
    "\ufeff", "Source: https://example.org/a\n", "World/ Europe\n", "# Title\n", "Title\n",
    "\n\n", "\n", "\r", "\r\n", "---\n", "title: x\n", "url: [", "a: &a [*a]\n", "[[[[", "{",
    "<html>", "<article>", "<p>", "</p>", "<h1>", "<script>", "<!--", "&amp;", "&#0;",
    "The council voted on Tuesday, the mayor said. ", '"We will," she said. ', "“", "”",
    "\x00", "\x07", "\u2028", "\udcff", "é", "😀", "12 million", "  ", "\t", "> ", "- ", "```",
]  # fmt: skip
article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40
).map("".join)
article_bytes = st.one_of(
    article_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=300),
    article_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@FUZZ
@given(data=article_bytes)
def test_any_article_is_read_or_refused_in_one_line(tmp_path, suffix, data) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    with no_hang():
        try:
            article = read_article(path)
        except ArticleError as error:
            assert one_line_about(error.message, str(path)), error.message
            return
    assert article.title and article.paragraphs


# --- bank files -------------------------------------------------------------------------


def _generated(target: Path) -> BankFile:
    question = Question(
        id="fuzz-q", type="true_false", question="Is it?", answer=True, evidence="It is."
    )
    return BankFile(str(target), "Fuzz", Source(file="fuzz.txt"), [question])


@FUZZ
@given(data=mutated_bank())
def test_a_bank_file_check_passes_never_breaks_generate(tmp_path, data) -> None:
    target = tmp_path / "bank" / "fuzz.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(data)
    with no_hang():
        loaded, problems = load_text(str(target), data)
        line_count = max(1, len(data.decode("utf-8", "replace").splitlines()) + 1)
        for problem in problems:
            shown = str(problem)
            assert shown.startswith(f"{target}:") and "\n" not in shown, shown
            assert problem.line is None or 1 <= problem.line <= line_count, problem
        if any(p.severity == "error" for p in problems):
            return
        [report] = update_bank(target.parent, [_generated(target)])
    assert report.written or report.skipped.startswith(str(target))


# --- progress stores --------------------------------------------------------------------


@pytest.fixture(scope="module")
def store_file(tmp_path_factory) -> Path:
    path = store_path(tmp_path_factory.mktemp("store"))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    with ProgressStore.open(path) as store:
        for i in range(300):
            qid = f"q{i % 60}"
            card = CardRow(qid, i, 2, None, 5.0, 5.0, start + timedelta(days=3), start)
            at = start + timedelta(minutes=i)
            store.record_answer("ana", qid, "yes", i % 3 > 0, 3, 2.0, at, card=card, mode="train")
    return path


@FUZZ
@given(seed=st.integers(0, 2**32), spots=st.integers(1, 40), width=st.integers(1, 64))
def test_a_damaged_store_is_reported_never_a_traceback(
    tmp_path, capsys, store_file, seed, spots, width
) -> None:
    rng = random.Random(seed)
    data = bytearray(store_file.read_bytes())
    for _ in range(spots):
        at = rng.randrange(len(data))
        data[at : at + width] = rng.randbytes(width)[: len(data) - at]
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    store_path(folder).write_bytes(bytes(data))
    with no_hang():
        stats = main(["stats", "--data", str(folder), "--learner", "ana", "nothing.yaml"])
        checked = main(["store", "check", "--data", str(folder)])
    err = capsys.readouterr().err
    assert stats in (0, 1) and checked in (0, 1)
    for line in err.splitlines():
        assert line.startswith("quizgen: "), line
    if stats == 1:
        assert str(store_path(folder)) in err
    assert bytes(data) == store_path(folder).read_bytes()  # never replaced
