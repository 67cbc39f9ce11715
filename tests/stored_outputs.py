"""Stored questions of the devset and held-out articles, so the property tests over all
their output do not run the generator over hundreds of articles on every run (most of
the suite's time, and growing with every held-out batch).

The store holds, per article, the questions the generator makes of it, under a key of
everything that shapes them: quizgen's source and the stored parses' pipeline. A store
whose key differs is never used: the questions are made again, and
`test_stored_outputs_are_current` asks for `make golden`, which stores them again.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from generate_support import DEVSET, FRESH
from stored_parses import parsed, pipeline_key

import quizgen
from quizgen.generate.pipeline import dedupe_across_articles, questions_for_article
from quizgen.generate.read import read_article
from quizgen.model import Article, Question

STORE = Path(__file__).parent / "data" / "articles" / "outputs.json.gz"
ROOT = Path(__file__).parent.parent
#: The runs the property tests read: the devset, and the held-out articles in two halves.
RUNS = (DEVSET, FRESH[0::2], FRESH[1::2])


def generator_key() -> str:
    """What the generated questions depend on besides the articles, as one digest."""
    digest = hashlib.sha256(pipeline_key().encode("ascii"))
    for source in sorted(Path(quizgen.__file__).parent.rglob("*.py")):
        digest.update(source.relative_to(ROOT).as_posix().encode("utf-8"))
        digest.update(source.read_bytes())
    return digest.hexdigest()


def generate(paths: Sequence[Path]) -> list[tuple[Article, list[Question]]]:
    """The questions of each article of `paths`, generated together as one run reads
    them: from the store when it is current and holds that run, else made now."""
    stored = _stored().get(_run_key(paths))
    if stored is None:
        return generated_now(paths)
    articles = [read_article(str(p)) for p in paths]
    per = [[Question(**q) for q in questions] for questions in stored]  # type: ignore[arg-type]
    return list(zip(articles, per, strict=True))


def store(runs: Sequence[Sequence[Path]]) -> None:
    """Generate each run of articles now and store the questions, with the key."""
    data = {
        _run_key(paths): [
            [dataclasses.asdict(q) for q in questions] for _, questions in generated_now(paths)
        ]
        for paths in runs
    }
    text = json.dumps({"key": generator_key(), "runs": data}, ensure_ascii=False, sort_keys=True)
    temporary = STORE.with_suffix(".tmp")
    temporary.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    temporary.replace(STORE)


def is_current() -> bool:
    """True when the store was made by the generator as it is now."""
    return _read().get("key") == generator_key()


def generated_now(paths: Sequence[Path]) -> list[tuple[Article, list[Question]]]:
    articles = [read_article(str(p)) for p in paths]
    docs = parsed([a.text for a in articles])
    per = [questions_for_article(a, doc) for a, doc in zip(articles, docs, strict=True)]
    return list(zip(articles, dedupe_across_articles(per), strict=True))


def _stored() -> dict[str, list[list[dict[str, object]]]]:
    """The stored runs when the store is current, else none."""
    data = _read()
    return data.get("runs", {}) if data.get("key") == generator_key() else {}


def _read() -> dict[str, object]:
    if not STORE.is_file():
        return {}
    return json.loads(gzip.decompress(STORE.read_bytes()).decode("utf-8"))  # type: ignore[no-any-return]


def _run_key(paths: Sequence[Path]) -> str:
    """A run by the articles it reads, in order (paths relative to the project)."""
    return "\n".join(Path(p).resolve().relative_to(ROOT).as_posix() for p in paths)
