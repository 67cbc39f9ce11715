"""A self-marking web quiz: ONE self-contained HTML file (CSS and script inline, no
network) that a learner opens in any browser, on a computer or a phone.

One question at a time (`--layout one`, the default) or all on one page (`--layout all`);
a "Check answer" button (or Enter on a choice) gives instant feedback with the
explanation, the evidence sentence and the article; a score at the end, and "Try again".
Choices are shuffled on every visit (true/false stays True, False). Radio buttons in a
fieldset, a live feedback region and visible focus make it keyboard and screen-reader
friendly.

The questions travel as JSON inside the page, answers included: the quiz is for
practice, not for marking. The script puts every text in with `textContent`, never as
HTML, and the JSON is escaped so that no text can end its `<script>` element.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from markupsafe import Markup

from quizgen.errors import UsageError
from quizgen.export.html import environment, file_stem
from quizgen.export.registry import (
    GENERATOR_MARK,
    ExportOptions,
    Format,
    register,
    source_note,
    title_for,
)
from quizgen.model import BankEntry

LAYOUTS = ("one", "all")
MARK = f"<!-- {GENERATOR_MARK} -->".encode()
# Inside <script>, "</script>" or "<!--" in a text would end or confuse the element.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def question_data(entry: BankEntry) -> dict[str, object]:
    """What the page needs of one question (the answer as the index of its choice)."""
    q = entry.question
    choices = list(q.shown_choices)
    return {
        "text": q.question,
        "choices": choices,
        "answer": choices.index(q.answer_text),
        "keep_order": q.type == "true_false",
        "explanation": q.explanation,
        "source": source_note(entry),
    }


def script_json(value: object) -> Markup:
    """`value` as JSON that is safe inside a `<script>` element."""
    return Markup(json.dumps(value, ensure_ascii=False).translate(_SCRIPT_SAFE))


@cache
def asset(name: str) -> Markup:
    """A packaged file of templates/web/ (our own CSS or script), inserted as is."""
    return Markup((files("quizgen.export") / "templates" / "web" / name).read_text("utf-8"))


def render_page(entries: list[BankEntry], title: str, layout: str, lang: str = "en") -> str:
    """The quiz page's HTML."""
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout {layout!r}; try one of: {', '.join(LAYOUTS)}")
    data = {"layout": layout, "questions": [question_data(e) for e in entries]}
    return (
        environment()
        .get_template("web/quiz.html.j2")
        .render(
            title=title,
            lang=lang,
            css=asset("quiz.css"),
            script=asset("quiz.js"),
            data=script_json(data),
        )
    )


def render(entries: list[BankEntry], options: ExportOptions) -> dict[str, bytes]:
    """{"<title>.html": the quiz page}."""
    title = title_for(entries, options)
    page = render_page(entries, title, options.layout, options.lang)
    return {f"{file_stem(title)}.html": page.encode("utf-8")}


def is_own(content: bytes) -> bool:
    """Whether an existing file is a quiz page quizgen wrote (its marker is near the top)."""
    return MARK in content[:200]


FORMAT = register(
    Format(
        name="web",
        description="a self-marking quiz: one HTML file for any browser (answers inside)",
        suffix=".html",
        multi_file=False,
        render=render,
        is_own=is_own,
    )
)
