"""Run the per-article pipeline over many articles, streaming, on every core.

read_article -> spaCy doc -> questions_for_article, one article at a time: only the
questions come back, never a parsed Doc, so memory stays flat however many articles
there are. With many articles a pool of worker processes each loads the model once and
runs the whole per-article pipeline (parse *and* question logic) on its share of the
articles; with few, one process parses them with `nlp.pipe`.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import chain, islice
from typing import Any

from quizgen.errors import ArticleError, ModelError, printable
from quizgen.generate.explain import Trace, describe
from quizgen.generate.read import read_article
from quizgen.model import PARAGRAPH_BREAK, Article, Question

#: Texts spaCy parses together (its default; larger batches gave no speed-up here).
BATCH_SIZE = 16
#: Questions come from the first QUESTIONED_CHARS of an article's text (whole paragraphs;
#: about 3,300 words, longer than almost any news report): the rest of a longer text is
#: not parsed, so any article is done in a few seconds (the parse and the question logic
#: grow with the text; 200,000 characters took 10 s, and a quiz keeps at most 15).
QUESTIONED_CHARS = 20_000
#: Less room than this left after whole paragraphs is not worth a cut paragraph.
MIN_OPENING_CHARS = 1_000
#: The end of a sentence inside a paragraph (not of "Dr." or "U.S."), before its space.
SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.?!][\"\u201d]?(?=\s)")
#: A longer text is parsed alone rather than in a batch, so a batch never holds the parse
#: of many long texts at once.
LONG_TEXT_CHARS = 10_000
#: Articles a worker takes at once: big enough to batch the parse, small enough to share.
CHUNK_SIZE = 8
#: Fewer articles than this are parsed in this process: starting workers costs a model load.
PARALLEL_MIN = 12
#: Never more workers than this, however many cores (each holds a model, ~150 MB).
MAX_PROCESSES = 4


@dataclass
class ArticleResult:
    """What the pipeline made of one article: its questions, or why it failed."""

    #: Position of the article in the input, so results can be put back in order.
    index: int
    path: str
    title: str = ""
    url: str = ""
    #: The article's publication date (ISO), "" when it carries none.
    date: str = ""
    #: How a web page was read ("trafilatura", "beautifulsoup", ...), "" for other formats.
    reader: str = ""
    questions: list[Question] = field(default_factory=list)
    #: `FILE: what is wrong` when the article could not be read; "" when it was.
    error: str = ""
    #: What the generator found and decided (only when asked for: `--explain`).
    trace: Trace | None = None
    #: The length of the article's text, and how much of it was questioned (less when it
    #: is longer than QUESTIONED_CHARS).
    total_chars: int = 0
    questioned_chars: int = 0


def default_processes(article_count: int) -> int:
    """How many processes to use for `article_count` articles on this machine."""
    if article_count < PARALLEL_MIN:
        return 1
    return max(1, min(_cores(), MAX_PROCESSES))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def generate_articles(
    paths: list[str],
    model: str | None = None,
    *,
    processes: int | None = None,
    batch_size: int = BATCH_SIZE,
    explain: bool = False,
) -> Iterator[ArticleResult]:
    """One result per path, as each is done (not in input order: sort by `index`); with
    `explain`, each result carries the trace of its article.

    Raises ModelError (before any result) when the spaCy pipeline cannot be loaded.
    """
    if not paths:
        return
    count = processes if processes is not None else default_processes(len(paths))
    if count <= 1 or len(paths) <= 1:
        yield from _in_process(list(enumerate(paths)), _load(model), batch_size, explain)
    else:
        yield from _in_pool(paths, model, count, batch_size, explain)


@cache
def _load(model: str | None) -> Any:
    """The pipeline `model`, loaded once per process (a load takes a second or two)."""
    # Imported here: loading spaCy takes a second that `quizgen --help` should not pay.
    from quizgen.generate.nlp import load_pipeline

    return load_pipeline(model)


def question_maker() -> Callable[..., list[Question]]:
    """The per-article question logic: `questions_for_article(article, doc, trace=...)`."""
    from quizgen.generate.pipeline import questions_for_article

    return questions_for_article


def _in_process(
    items: list[tuple[int, str]], nlp: Any, batch_size: int, explain: bool = False
) -> Iterator[ArticleResult]:
    """Read and parse `items` ((index, path)) here, streaming through `nlp.pipe`.

    Each article is read, parsed and turned into questions behind its own guard: whatever
    goes wrong with one becomes its result's error, and the others go on.
    """
    make_questions = question_maker()
    alone = partial(_parsed_alone, nlp, make_questions)
    # Results ready before the parser's next doc: failures, and long articles (parsed
    # alone rather than in a batch).
    ready: list[Callable[[], ArticleResult]] = []
    # Read and handed to the parser, not yet out of it: what a failed batch leaves.
    pending: dict[int, tuple[Article, ArticleResult]] = {}

    def readable() -> Iterator[tuple[str, int]]:
        for index, path in items:
            try:
                whole = read_article(path)
            except Exception as error:
                reason = _failure(path, "read it", error)
                ready.append(partial(ArticleResult, index, path, error=reason))
                continue
            article = questioned_part(whole)
            result = ArticleResult(
                index,
                path,
                article.title,
                article.url,
                article.date,
                article.reader,
                total_chars=len(whole.text),
                questioned_chars=len(article.text),
            )
            if len(article.text) > LONG_TEXT_CHARS:
                ready.append(partial(alone, article, result, explain))
                continue
            pending[index] = (article, result)
            yield article.text, index

    source = readable()
    try:
        for doc, index in nlp.pipe(source, as_tuples=True, batch_size=batch_size):
            yield from _drain(ready)
            yield _questions(make_questions, *pending.pop(index), doc, explain)
    except Exception:
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        # One text broke its batch: parse what is left one article at a time, so only
        # the bad one is lost.
        for index in chain(list(pending), (index for _, index in source)):
            yield from _drain(ready)
            yield alone(*pending.pop(index), explain)
    yield from _drain(ready)


def _parsed_alone(
    nlp: Any,
    make_questions: Callable[..., list[Question]],
    article: Article,
    result: ArticleResult,
    explain: bool,
) -> ArticleResult:
    try:
        doc = nlp(article.text)
    except Exception as error:
        result.error = _failure(article.path, "parse it", error)
        return result
    return _questions(make_questions, article, result, doc, explain)


def questioned_part(article: Article) -> Article:
    """`article` cut to its first QUESTIONED_CHARS of text: whole paragraphs, then the
    sentences (or words) of the next one that fit, so a short byline before one long
    paragraph does not leave nothing to ask."""
    if len(article.text) <= QUESTIONED_CHARS:
        return article
    kept: list[str] = []
    room = QUESTIONED_CHARS
    for paragraph in article.paragraphs:
        if len(paragraph) > room:
            if room >= MIN_OPENING_CHARS:
                kept.append(_opening(paragraph, room))
            break
        kept.append(paragraph)
        room -= len(paragraph) + len(PARAGRAPH_BREAK)
    return replace(article, paragraphs=kept)


def _opening(paragraph: str, chars: int) -> str:
    """The start of `paragraph`, at most `chars` long, ending after a sentence when one
    ends in its second half ("Dr. Smith" is no sentence end), else after a word."""
    head = paragraph[: chars + 1]
    sentence_end = max((m.end() for m in SENTENCE_END.finditer(head)), default=-1)
    cut = sentence_end if sentence_end >= chars // 2 else head.rfind(" ")
    return head[:cut].rstrip() if cut > 0 else head[:chars]


def _questions(
    make_questions: Callable[..., list[Question]],
    article: Article,
    result: ArticleResult,
    doc: Any,
    explain: bool,
) -> ArticleResult:
    """`result` with the article's questions, or the error that stopped them."""
    try:
        result.trace = Trace(article=describe(article)) if explain else None
        result.questions = make_questions(article, doc, trace=result.trace)
    except Exception as error:  # a bug on one article must not lose the others
        result.error = _failure(article.path, "make questions", error)
    return result


def _failure(path: str, doing: str, error: Exception) -> str:
    """`FILE: what is wrong` for an article that failed while `doing` it."""
    if isinstance(error, ArticleError):
        return error.message
    if os.environ.get("QUIZGEN_DEBUG"):
        raise error
    return (
        f"{printable(path)}: could not {doing} ({type(error).__name__}: "
        f"{printable(str(error))}); this is a bug in quizgen, please report it "
        "(QUIZGEN_DEBUG=1 shows where)"
    )


def _drain(ready: list[Callable[[], ArticleResult]]) -> Iterator[ArticleResult]:
    while ready:
        yield ready.pop(0)()


# --- the worker pool ---------------------------------------------------------------

_worker_nlp: Any = None
_worker_error: ModelError | None = None


def _init_worker(model: str | None) -> None:
    """Load the model once per worker; a failure is reported by the first task."""
    global _worker_nlp, _worker_error
    # Ctrl-C is the main process's to handle (it stops the pool); no traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker_nlp = _load(model)
    except ModelError as error:
        _worker_error = error


def _run_chunk(task: tuple[list[tuple[int, str]], int, bool]) -> list[ArticleResult] | ModelError:
    items, batch_size, explain = task
    if _worker_error is not None:
        return _worker_error
    return list(_in_process(items, _worker_nlp, batch_size, explain))


def _chunks(paths: list[str], size: int) -> Iterator[list[tuple[int, str]]]:
    numbered = iter(enumerate(paths))
    while chunk := list(islice(numbered, size)):
        yield chunk


def _in_pool(
    paths: list[str], model: str | None, processes: int, batch_size: int, explain: bool
) -> Iterator[ArticleResult]:
    methods = multiprocessing.get_all_start_methods()
    # fork: workers start at once with quizgen and spaCy already imported.
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    # Every worker gets a share, even of a few articles.
    size = max(1, min(CHUNK_SIZE, -(-len(paths) // processes)))
    tasks = ((chunk, batch_size, explain) for chunk in _chunks(paths, size))
    processes = min(processes, -(-len(paths) // size))
    with context.Pool(processes, initializer=_init_worker, initargs=(model,)) as pool:
        for outcome in pool.imap_unordered(_run_chunk, tasks):
            if isinstance(outcome, ModelError):
                pool.terminate()
                raise outcome
            yield from outcome
