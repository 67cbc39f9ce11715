"""Turning token lists back into readable English: joining, capitals, final marks."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import per_doc
from quizgen.generate.questions.coreference import full_name, replacement


def join_tokens(
    tokens: list[Token], keep_edges: bool = False, shown: set[int] | None = None
) -> str:
    """The tokens as text, with the article's spacing where tokens were neighbours.
    `keep_edges` keeps a comma at either end (the text will be glued to an answer);
    `shown` are the ids of every token the whole stem shows, when `tokens` are only part
    of it (a name before the answer still names the "he" after it)."""
    parts: list[str] = []
    kept = {t.i for t in tokens} | (shown or set())
    for k, token in enumerate(tokens):
        if token.is_space or _before_a_full_name(token, kept):
            continue
        parts.append(replacement(token, kept) or full_name(token) or token.text)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None:
            break
        if nxt.i == token.i + 1:
            parts.append(("," if leaves_a_subject_open(token) else "") + token.whitespace_)
        else:
            parts.append(" ")
    return tidy("".join(parts), keep_edges)


def leaves_a_subject_open(token: Token) -> bool:
    """True when `token` ends the second of two subjects of one verb that a comma sets
    side by side, with no comma closing it ("The former Chief Operating Officer, Tim Cook
    will be succeeding Jobs"): the article's missing comma, written where it belongs."""
    if token.right_edge.i != token.i:
        return False
    doc = token.doc
    start = token.left_edge.i
    if start == 0 or doc[start - 1].text != "," or token.i + 1 >= len(doc):
        return False
    if doc[token.i + 1].is_punct:
        return False
    if token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass"):
        # "the Prime Minister of Turkey, Recep Tayyip Erdoğan paid": a name the parser
        # took for the second of a list that has no "and".
        return not any(c.dep_ == "cc" for c in token.head.children)
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    first = [c for c in token.head.children if c.dep_ == token.dep_ and c.i < start]
    if first and first[-1].ent_type_ == "GPE" and doc[start].ent_type_ == "GPE":
        return False  # "Portland, Oregon man Jeremy Christian was": one place, cut in two
    return bool(first) and first[-1].i == start - 2


def comma_after_answer(fact: Fact, after: list[Token]) -> str:
    """ ", " when the answer is a subject left open (see `leaves_a_subject_open`) and the
    words `after` it go on right after it, else "" (glued before the words after it)."""
    if not after or after[0].i != fact.end or fact.end == 0:
        return ""
    return ", " if leaves_a_subject_open(after[0].doc[fact.end - 1]) else ""


def _before_a_full_name(token: Token, kept: set[int]) -> bool:
    """ "the" before a title written out as a full name: "the Queen" becomes "Queen
    Elizabeth II", not "the Queen Elizabeth II"."""
    head = token.head
    return (
        token.lower_ == "the"
        and token.dep_ == "det"
        and head.i in kept
        and replacement(head, kept) is None
        and full_name(head) is not None
    )


def tidy(text: str, keep_edges: bool = False) -> str:
    """Collapse spaces and stray punctuation left by removing words."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;:.?!])", r"\1", text)
    text = re.sub(r"([,;:])\s*([,;:.?!])", r"\2", text)
    if not keep_edges:
        text = re.sub(r"^[,;:\s]+", "", text)
        text = re.sub(r"[,;:\s]+$", "", text)
    return text.strip()


#: A number and the word it makes an adjective with, split by the article's tokeniser
#: ("six - member", "10 - year"): written as one word.
_SPLIT_COMPOUND = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred)\s-\s([a-z]+)\b",
    re.IGNORECASE,
)


def typeset(text: str) -> str:
    """`text` with the spacing a printed question has where the article's own text was
    split by its tokeniser: "58 %" -> "58%", "67.5 °" -> "67.5°", "six - member" ->
    "six-member", "28 -yard" -> "28-yard", "US$ 200" -> "US$200", a doubled "the the"
    once, no comma before the full stop a cut put after it, and "an" before a figure said
    with a vowel, "a" before one said with a consonant ("a 8.8 earthquake" -> "an 8.8
    earthquake", "an $57 million deal" -> "a $57 million deal"). Other words are not
    changed."""
    text = re.sub(r"(\d) (%|°(?![CF]))", r"\1\2", text)  # "67.5°", not "6000°C"
    text = re.sub(r"(\$|€|£) (\d)", r"\1\2", text)
    text = re.sub(r"\( (?=\S)", "(", text)  # "( 195 kilometres" where the answer starts
    text = re.sub(r"(\w) -([a-z])", r"\1-\2", text)  # "28 -yard"
    text = re.sub(r"\b(the|a|an|of|to|in) \1\b", r"\1", text, flags=re.IGNORECASE)
    # "as a warning to ‘behave,’.”": the comma that led into the speech tag it lost.
    text = re.sub(r",([’'”\"]*)\.", r"\1.", text)
    text = _A_BEFORE_EIGHT.sub(r"\1n", text)
    text = _AN_BEFORE_A_CONSONANT_FIGURE.sub(r"\1", text)
    text = _A_BEFORE_A_VOWEL_NAME.sub(r"\1n", text)
    text = _AN_BEFORE_A_CONSONANT_NAME.sub(r"\1", text)
    return _SPLIT_COMPOUND.sub(r"\1-\2", text)


#: A sum's sign before its number ("$", "US$", "€"): "an $88 million deal" is said
#: "an eighty-eight million dollar deal".
_SIGN = r"(?:[A-Z]{0,2}[$€£¥])?"
#: "a" before a figure said with a vowel: eight (8, 80, 8.8, 8,000), eleven, eighteen.
_A_BEFORE_EIGHT = re.compile(rf"\b([Aa])(?= {_SIGN}(?:8|1[18](?!\d)))")
#: "an" before a figure said with a consonant ("an $57 million deal", after a false
#: statement changed "$88").
_AN_BEFORE_A_CONSONANT_FIGURE = re.compile(rf"\b([Aa])n(?= {_SIGN}(?!8|1[18](?!\d))\d)")


#: "a" before a name said with a vowel ("a Atlas V rocket", as an article may slip, or
#: after a name was put in); "a European", "a Ukrainian", "a One-Two-Go flight" are fine.
#: A capital "A" only opening a sentence: "Vitamin A Intake", "Type A Influenza" are names.
_A_BEFORE_A_VOWEL_NAME = re.compile(r"(\ba|^A|(?<=[.!?] )A)(?= (?:[AI]|O(?!ne)|E(?!u))[a-z])")
#: "an" before a name said with a consonant ("an Federal Bureau of Investigation agent",
#: where the article wrote "an FBI agent"); "an FBI", "an Honorary", "an Hour" are fine.
_AN_BEFORE_A_CONSONANT_NAME = re.compile(
    r"(\ba|^A|(?<=[.!?] )A)n(?= (?!Ho[nu]|Heir)[B-DF-HJ-NP-TV-Z][a-z])"
)


def sentence_case(text: str, keep_first: bool = False) -> str:
    """Capitalise the first letter (leaving the rest as it is), after dropping stray
    punctuation a cut left at the start."""
    text = re.sub(r"^[\s,;:]+", "", text)
    text = re.sub(r",(\s*,)+", ",", text)
    if not text:
        return text
    return text[0].upper() + text[1:] if not keep_first else text


def first_word(token: Token, text: str) -> str:
    """`text` with its first letter lowered when `token` only had a capital because it
    opened the sentence (not a name, not "I")."""
    if not text.startswith(token.text):
        return text  # a pronoun that became a name
    named = token.lower_ not in ("the", "a", "an") and (
        (token.pos_ == "PROPN" and not _capital_of_the_opening(token))
        or token.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        or _capitalised_elsewhere(token)
    )
    if token.is_sent_start and not named and token.text != "I" and text:
        if not (len(token.text) > 1 and token.text.isupper()):
            return text[0].lower() + text[1:]
    return text


def _capital_of_the_opening(token: Token) -> bool:
    """True for a word the tagger calls a name only for its capital: outside every
    entity, describing the lower-case noun after it ("Freed hostage Íngrid Betancourt";
    "Smith claimed" is a name)."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        not token.ent_type_
        and token.dep_ in ("compound", "amod")
        and token.head.i > token.i
        and after is not None
        and after.is_lower
        and after.pos_ in ("NOUN", "ADJ")
    )


def question_mark(text: str) -> str:
    """`text` ending in exactly one question mark."""
    return re.sub(r"[\s.,;:!?]+$", "", text) + "?"


def full_stop(text: str) -> str:
    """`text` ending in a full stop (or the quote that closes it)."""
    text = re.sub(r",(\s*,)+", ",", re.sub(r"^[\s,;:]+", "", text)).rstrip()
    if text.endswith(("”", '"', "’")) and len(text) > 1 and text[-2] in ".?!":
        return text
    return re.sub(r"[\s,;:]+$", "", text).rstrip(".") + "."


def glue(before: str, middle: str, after: str) -> str:
    """`before middle after` with spaces only where words meet ("Mertens's", "Sochi,")."""
    text = f"{before.rstrip()} {middle}".strip() if before else middle
    if after:
        joiner = "" if after[0] in ",.;:!?)’'" and not after.startswith("' ") else " "
        if after.startswith(("'s", "’s")):
            joiner = ""
        text = f"{text}{joiner}{after}"
    return text


def _capitalised_elsewhere(token: Token) -> bool:
    """True when the article writes the word with a capital inside a sentence too: a name
    the tagger missed ("Trump" tagged as a noun)."""
    if not token.text[:1].isupper() or token.text in ("The", "A", "An", "I"):
        return False
    # "... Gender Equality and Women" names a report; "women" elsewhere is the word.
    return capitalised_in(token.doc, token.text) and not _written_lower(token.doc, token.lower_)


def _written_lower(doc: Doc, word: str) -> bool:
    """True when `doc` writes `word` in lower case somewhere."""
    return word in _lower_words(doc)


@per_doc
def _lower_words(doc: Doc) -> frozenset[str]:
    """The words `doc` writes in lower case."""
    return frozenset(t.text for t in doc if t.is_lower)


def capitalised_in(doc: Doc, word: str) -> bool:
    """True when `doc` writes `word` with its capital inside a sentence."""
    return word in _capitals(doc)


@per_doc
def _capitals(doc: Doc) -> frozenset[str]:
    """The words `doc` capitalises inside a sentence (`doc.text` is rebuilt on every
    access: it is read once per article)."""
    return frozenset(re.findall(r"(?<=[a-z,;] )([A-Z][\w’'-]*)", doc.text))


def closed_aside(tokens: list[Token], text: str) -> str:
    """`text` (the words of `tokens`) with the comma that closes an aside in it
    ("Munzer Al-Hiraki, 19" -> "Munzer Al-Hiraki, 19,"): in the sentence that comma came
    right after the phrase, and a question that moves the phrase must keep it, or the
    aside runs into the question's verb."""
    if not tokens or "," not in text or text.endswith(","):
        return text
    last = max(tokens, key=lambda t: t.i)
    # The parse may count the closing comma as the phrase's own (then tidying dropped it).
    after = last if last.text == "," else last.nbor(1) if last.i + 1 < len(last.doc) else None
    return f"{text}," if after is not None and after.text == "," else text


#: "an" before a consonant sound ("an 22-year", "an three"); "an hour", "an 18-year-old",
#: "an 11", "an 8", "an 11,000", a year said "eighteen ..." ("an 1824 victory") and
#: acronyms ("an MP") are fine.
AN_BEFORE_CONSONANT = re.compile(
    r"\b[Aa]n (?!hour|honou?r|heir|honest|1[18](?:\d\d)?\b|1[18]-|1[18],|8|[A-Z]{2})"
    r"(?:[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]|\d)"
)
#: "a" before a vowel sound ("a 8-year", "a eleven", "a 1822 victory"); "a one-day", "a
#: U.S." and "a university" are fine.
A_BEFORE_VOWEL = re.compile(
    r"\b[Aa] (?:[aeiAI]|E(?!u)|o(?!ne)|O(?!ne)|8|1[18](?:\d\d)?\b|1[18][-,])(?![A-Z.])"
)


def fitting_article(written: str, following: str) -> str:
    """ "a" or "an" (as `written` is cased) that fits the first sound of `following`."""
    phrase = f"{written} {following}"
    if AN_BEFORE_CONSONANT.match(phrase):
        return written[0]
    if A_BEFORE_VOWEL.match(phrase):
        return written[0] + "n"
    return written
