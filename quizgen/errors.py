"""One error base class and one subclass per area; one place that prints them.

Library code raises these; `quizgen.cli` turns them into a message on stderr and an
exit code, so a user never sees a traceback for a problem with their input.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import TextIO


class QuizgenError(Exception):
    """A problem the user can fix. `title` names the area, `message` says what to do."""

    title = "error"
    exit_code = 1

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title


class UsageError(QuizgenError):
    """The command line asks for something impossible (exit 2)."""

    title = "usage"
    exit_code = 2


class BankError(QuizgenError):
    """A bank file or folder cannot be read, validated or written."""

    title = "bank"


class ArticleError(QuizgenError):
    """An article cannot be read or understood."""

    title = "article"


class ModelError(QuizgenError):
    """The spaCy pipeline is missing or broken."""

    title = "model"


class ExportError(QuizgenError):
    """An export cannot be written."""

    title = "export"


class ProgressError(QuizgenError):
    """The learner progress store cannot be opened or written."""

    title = "progress"


def printable(text: str) -> str:
    """`text` on one line and safe to print: line breaks, other control characters and
    undecodable bytes of a file name (lone surrogates) written as escapes (`\\n`,
    `\\udcff`), so a name or value can never start a forged `FILE:LINE` line."""
    if text.isprintable():
        return text
    return "".join(
        repr(ch)[1:-1] if unicodedata.category(ch) in _UNPRINTABLE else ch for ch in text
    )


#: Control, surrogate, line and paragraph separator characters.
_UNPRINTABLE = frozenset({"Cc", "Cs", "Zl", "Zp"})


def print_error(error: QuizgenError, stream: TextIO | None = None) -> None:
    """Print `error` to stderr (so piped stdout stays clean)."""
    print(f"quizgen: {error.message}", file=stream or sys.stderr)
