"""Last checks on a written question: what a teacher would reject at a glance.

A stem must be one line of text with balanced quotation marks, must not stop on a word
that needs a continuation ("... and?"), and must be short enough to read in one go:
a fill-in-the-blank sentence or a true/false statement longer than a teacher's sentence
is dropped rather than asked.
"""

from __future__ import annotations

import re

from quizgen.generate.questions.candidate import Candidate

#: Longest fill-in-the-blank text and true/false statement, in words.
MAX_BLANK_WORDS = 30
MAX_STATEMENT_WORDS = 36
MAX_QUESTION_WORDS = 30
#: Words that cannot end a question or statement: the sentence was cut mid-phrase.
DANGLING = {
    "and",
    "or",
    "but",
    "of",
    "the",
    "a",
    "an",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "as",
    "than",
    "that",
    "which",
    "who",
    "its",
    "their",
    "his",
    "her",
    "is",
    "was",
    "were",
}
BLANK_PREFIX = "Fill in the blank: "


def one_line(text: str) -> str:
    """`text` on one line with single spaces (a paragraph break is not part of a stem)."""
    return re.sub(r"\s+", " ", text).strip()


def balanced_quotes(text: str) -> bool:
    """True when curly and straight double quotes open and close in pairs."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def acceptable(candidate: Candidate) -> bool:
    """True when `candidate` reads as a question a teacher would keep."""
    stem = candidate.question
    if not balanced_quotes(stem):
        return False
    words = re.findall(r"[\w’'-]+", stem)
    if not words or words[-1].lower() in DANGLING:
        return False
    if re.search(r"(^|[\s“\"])[,.;:]", stem) or re.search(r"\(\s*\)|\(\s*_", stem):
        return False  # a stray comma or an empty bracket left by a cut
    if candidate.type == "true_false":
        return len(stem.split()) <= MAX_STATEMENT_WORDS
    if stem.startswith(BLANK_PREFIX):
        return len(stem[len(BLANK_PREFIX) :].split()) <= MAX_BLANK_WORDS
    return len(stem.split()) <= MAX_QUESTION_WORDS
