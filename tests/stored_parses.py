"""Stored spaCy parses of the devset and held-out articles, so the property tests over
their output do not parse hundreds of articles on every run (most of the suite's time).

Each parse is kept in a file named by a key of its text (so adding an article adds one
small file), and all of them under a key of everything else that shapes a parse: spaCy's
version, the model's, its components and quizgen's own component. A stored parse whose
keys differ is never used: the text is parsed again, and `test_stored_parses_are_current`
asks for `make golden`, which stores them again.
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

STORE = Path(__file__).parent / "data" / "articles" / "parses"
#: The file in `STORE` that holds the key of the pipeline the parses were made by.
PIPELINE_KEY_FILE = STORE / "PIPELINE"
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
def _current() -> bool:
    """True when the stored parses were made by this pipeline."""
    return PIPELINE_KEY_FILE.is_file() and PIPELINE_KEY_FILE.read_text().strip() == pipeline_key()


def stored_texts() -> set[str]:
    """The text keys of the stored parses when they were made by this pipeline, else none."""
    return {path.stem for path in STORE.glob("*.spacy")} if _current() else set()


def parsed(texts: Sequence[str]) -> list[Doc]:
    """`texts` parsed by the test pipeline: a stored parse when there is one made of the
    same text by the same pipeline, else a parse now."""
    vocab = pipeline().vocab
    stored = stored_texts()
    found = {
        text: next(DocBin().from_disk(STORE / f"{text_key(text)}.spacy").get_docs(vocab))
        for text in texts
        if text_key(text) in stored
    }
    missing = [t for t in texts if t not in found]
    found.update(zip(missing, pipeline().pipe(missing), strict=True))
    return [found[t] for t in texts]


def store(texts: Sequence[str]) -> None:
    """Parse `texts` and store each parse in a file named by its text's key, with the
    pipeline's key; parses of texts no longer given are removed."""
    STORE.mkdir(parents=True, exist_ok=True)
    keep = {text_key(t) for t in texts}
    for old in STORE.glob("*.spacy"):
        if old.stem not in keep:
            old.unlink()
    for text, doc in zip(texts, pipeline().pipe(texts), strict=True):
        docs = DocBin(attrs=ATTRIBUTES)
        docs.add(doc)
        _write(STORE / f"{text_key(text)}.spacy", docs.to_bytes())
    _write(PIPELINE_KEY_FILE, pipeline_key().encode("ascii") + b"\n")


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
