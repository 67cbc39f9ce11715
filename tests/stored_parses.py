"""Stored spaCy parses of the devset and held-out articles, so the property tests over
their output do not parse hundreds of articles on every run (most of the suite's time).

Each parse is kept under a key of its text, and all of them under a key of everything
else that shapes a parse: spaCy's version, the model's, its components and quizgen's own
component. A stored parse whose keys differ is never used: the text is parsed again, and
`test_stored_parses_are_current` asks for `make golden`, which stores them again.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import spacy
from generate_support import pipeline
from spacy.tokens import Doc, DocBin

from quizgen.generate import nlp as quizgen_nlp

STORE = Path(__file__).parent / "data" / "articles" / "parses.spacy"
#: Stored with the parses: every attribute the generator reads from a token.
ATTRIBUTES = ["ORTH", "NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB",
              "ENT_TYPE", "SENT_START", "SPACY"]  # fmt: skip


def pipeline_key() -> str:
    """What a parse by the test pipeline depends on besides its text, as one digest."""
    nlp = pipeline()
    parts = (spacy.__version__, nlp.meta.get("version", ""), ",".join(nlp.pipe_names),
             inspect.getsource(quizgen_nlp))  # fmt: skip
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@cache
def _stored() -> tuple[str, dict[str, Doc]]:
    """The stored pipeline key and parses by text key (("", {}) when there are none)."""
    if not STORE.is_file():
        return "", {}
    key, texts, data = STORE.read_bytes().split(b"\n", 2)
    docs = DocBin().from_bytes(data).get_docs(pipeline().vocab)
    return key.decode("ascii"), dict(zip(texts.decode("ascii").split(","), docs, strict=True))


def stored_texts() -> set[str]:
    """The text keys of the stored parses when they were made by this pipeline, else none."""
    key, docs = _stored()
    return set(docs) if key == pipeline_key() else set()


def parsed(texts: Sequence[str]) -> list[Doc]:
    """`texts` parsed by the test pipeline: a stored parse when there is one made of the
    same text by the same pipeline, else a parse now."""
    key, stored = _stored()
    current = stored if key == pipeline_key() else {}
    missing = [t for t in texts if text_key(t) not in current]
    fresh = dict(zip(missing, pipeline().pipe(missing), strict=True))
    return [current[text_key(t)] if text_key(t) in current else fresh[t] for t in texts]


def store(texts: Sequence[str]) -> None:
    """Parse `texts` and store the parses with their keys (atomically)."""
    docs = DocBin(attrs=ATTRIBUTES)
    for doc in pipeline().pipe(texts):
        docs.add(doc)
    header = f"{pipeline_key()}\n{','.join(text_key(t) for t in texts)}\n"
    temporary = STORE.with_suffix(".tmp")
    temporary.write_bytes(header.encode("ascii") + docs.to_bytes())
    temporary.replace(STORE)
