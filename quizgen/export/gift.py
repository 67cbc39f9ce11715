r"""GIFT, Moodle's plain-text question format.

One question per paragraph:

    // [id:putin-call-length] [tag:putin-call]
    ::putin-call-length::[plain]How long did the call last?{
    \t=about an hour#The White House said ...
    \t~about two hours#The White House said ...
    \t####Source\: “The White House said ...”
    }

Every text goes through `escape`, which is Moodle's own `qformat_gift::repchar`: a backslash
before `\ ~ = # { } :`, line breaks (`\n`, `\r\n` or a lone `\r`) written as `\n`. Texts are
`[plain]` so `<script>` in an article shows as text instead of becoming HTML. True/false
follows Moodle's exporter: `{TRUE#feedback if wrong#feedback if right}`.
"""

from __future__ import annotations

import re

from quizgen.export.registry import (
    GENERATOR_MARK,
    ExportOptions,
    Format,
    category_runs,
    moodle_category_path,
    register,
    source_note,
    title_for,
    unix_breaks,
)
from quizgen.model import BankEntry, Question

_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "~": "\\~",
        "=": "\\=",
        "#": "\\#",
        "{": "\\{",
        "}": "\\}",
        ":": "\\:",
        "\n": "\\n",
    }
)
# An answer starting like this would be read as a text format or a %weight%.
_LOOKS_LIKE_MARKUP = re.compile(r"\s*(\[(html|moodle|plain|markdown)\]|%)")
_MARK_LINE = f"// {GENERATOR_MARK}"
# An HTML-ish tag inside a question tag: `<b>`, `</b>`, `<br/>`.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# What Moodle's `[tag:...]` pattern refuses: `<`, `>`, a backquote, control characters.
_REFUSED_IN_TAG = re.compile(r"[<>`\x00-\x1f\x7f]")


def escape(text: str) -> str:
    """`text` as GIFT text: Moodle's escaping of `\\ ~ = # { } :` and newlines (a lone
    carriage return is a line break too: old Mac text)."""
    return unix_breaks(text).translate(_ESCAPES)


def answer_text(text: str) -> str:
    """An answer or feedback: escaped, with `[plain]` when it would read as markup."""
    escaped = escape(text)
    return f"[plain]{escaped}" if _LOOKS_LIKE_MARKUP.match(escaped) else escaped


def category_line(*levels: str) -> str:
    """`$CATEGORY:` with Moodle's path rules: `/` separates levels, so a literal `/` is `//`."""
    return f"$CATEGORY: {moodle_category_path(levels)}"


def tag_token(tag: str) -> str:
    """`tag` as Moodle's `[tag:...]` comment token, "" when nothing of it is left.

    Moodle's tag pattern takes any character but `<`, `>`, a backquote or a control
    character, with `]` written `\\]`; a token with anything else is skipped without a
    word. So markup (`<b>tag</b>`) is stripped to its text, the refused characters become
    spaces, whitespace runs one space (Moodle's PARAM_TAG does the same), and a trailing
    backslash goes, as it would escape the closing bracket."""
    text = _MARKUP_TAG.sub("", tag)
    text = " ".join(_REFUSED_IN_TAG.sub(" ", text).split()).rstrip("\\").strip()
    escaped = text.replace("]", "\\]")
    return f"[tag:{escaped}]" if text else ""


def _metadata_comment(question: Question) -> str:
    # Moodle (3.x+) reads `[id:...]` into the idnumber and `[tag:...]` into tags.
    tokens = [token for token in map(tag_token, question.tags) if token]
    return "// " + " ".join([f"[id:{question.id}]", *tokens])


def _feedback(text: str) -> str:
    return f"#{answer_text(text)}" if text else ""


def choice_order(question: Question) -> list[str]:
    """The choices in bank order, except that a right answer containing `->` never comes
    first: `{=a -> b ...` reads as a matching question to PEG parsers such as gift-pegjs
    (Moodle itself decides on the `~` and would be fine). Moodle shuffles choices anyway."""
    choices = list(question.choices)
    if len(choices) > 1 and choices[0] == question.answer and "->" in choices[0]:
        choices[0], choices[1] = choices[1], choices[0]
    return choices


def question_text(entry: BankEntry) -> str:
    """One question as a GIFT paragraph (no trailing blank line)."""
    q = entry.question
    head = f"{_metadata_comment(q)}\n::{escape(q.id)}::[plain]{escape(q.question)}"
    general = source_note(entry)
    general_line = f"\t####{answer_text(general)}\n" if general else ""
    if q.type == "true_false":
        answer = "TRUE" if q.answer is True else "FALSE"
        feedback = ""
        if q.explanation:  # Moodle: first the feedback for a wrong answer, then a right one
            feedback = _feedback(q.explanation) * 2
        tail = f"\n\t####{answer_text(general)}\n" if general else ""
        return f"{head}{{{answer}{feedback}{tail}}}"
    lines = [
        f"\t{'=' if choice == q.answer else '~'}{answer_text(choice)}{_feedback(q.explanation)}"
        for choice in choice_order(q)
    ]
    return f"{head}{{\n" + "\n".join(lines) + f"\n{general_line}}}"


def render_text(entries: list[BankEntry], options: ExportOptions) -> str:
    """The whole GIFT file: a marker comment, then each category and its questions."""
    title = title_for(entries, options)
    chunks = [f"{_MARK_LINE}\n// {' '.join(title.split())}"]
    for levels, run in category_runs(entries, options):
        chunks.append(category_line(*levels))
        chunks.extend(question_text(entry) for entry in run)
    return "\n\n".join(chunks) + "\n"


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"questions.gift": the GIFT file, UTF-8}."""
    return {"questions.gift": render_text(entries, options).encode("utf-8")}


def is_own(content: bytes) -> bool:
    """Whether a GIFT file was written by quizgen (it starts with the marker comment)."""
    return content.removeprefix(b"\xef\xbb\xbf").startswith(_MARK_LINE.encode())


FORMAT = register(
    Format(
        name="gift",
        description="GIFT text for Moodle's question bank import",
        suffix=".gift",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
