"""The self-marking web quiz, taken in a real headless Chromium over the DevTools
protocol: every question answered (by keyboard and by pointer), feedback and final score
checked, article text proved to stay text, no network, and readable on a phone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Page
from export_support import entries

from quizgen.export import ExportOptions, get_format
from quizgen.export.registry import source_note
from quizgen.model import BankEntry

#: Records alert() calls, so a script smuggled in by article text would be caught.
CATCH_ALERTS = "window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));"
PHONE = {"width": 375, "height": 740, "deviceScaleFactor": 2, "mobile": True}


@pytest.fixture
def page() -> Iterator[Page]:
    opened = Page()
    try:
        opened.call("Network.enable")
        opened.call("Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_ALERTS})
        yield opened
    finally:
        opened.close()


def open_quiz(page: Page, tmp_path: Path, exported: list[BankEntry], **options) -> Path:
    (content,) = get_format("web").render(exported, ExportOptions(**options)).values()
    path = tmp_path / "quiz.html"
    path.write_bytes(content)
    page.open(path)
    return path


def js(value: str) -> str:
    return json.dumps(value)


def visible_question(page: Page) -> dict:
    return page.run(
        """(() => {
        const s = document.querySelector('.question:not([hidden])');
        const legend = s.querySelector('legend');
        return {id: s.id, legend: legend.textContent,
                number: legend.querySelector('.number').textContent,
                choices: [...s.querySelectorAll('.choice span')].map(e => e.textContent)};
        })()"""
    )


def choose(page: Page, section: str, text: str, *, keyboard: bool) -> None:
    """Pick the choice showing `text` and check it: with real key presses (focus the first
    choice, arrow down to it or press space, Enter) or by clicking."""
    if keyboard:
        page.run(f"document.querySelector('#{section} input').focus()")
        for _ in range(6):
            if page.run(f"document.activeElement.nextElementSibling.textContent === {js(text)}"):
                break
            page.press("ArrowDown")
        assert page.run(f"document.activeElement.nextElementSibling.textContent === {js(text)}")
        if not page.run("document.activeElement.checked"):
            page.press(" ")  # focus alone does not pick a radio button; space does
        page.press("Enter")
    else:
        page.run(
            f"[...document.querySelectorAll('#{section} .choice')]"
            f".find(l => l.querySelector('span').textContent === {js(text)})"
            ".querySelector('input').click()"
        )
        page.run(f"document.querySelector('#{section} .check').click()")


def feedback(page: Page, section: str) -> list[str]:
    return page.run(
        f"[...document.querySelectorAll('#{section} .feedback p')].map(p => p.textContent)"
    )


def expected_feedback(entry: BankEntry, right: bool) -> list[str]:
    q = entry.question
    verdict = "Right!" if right else f"Not quite. The answer is: {q.answer_text}"

    return [
        verdict,
        *([q.explanation] if q.explanation else []),
        *filter(None, [source_note(entry)]),
    ]


def test_one_at_a_time_answered_by_keyboard_and_pointer(page: Page, tmp_path: Path) -> None:
    exported = entries()
    path = open_quiz(page, tmp_path, exported)
    right = 0
    for n, entry in enumerate(exported, 1):
        q = entry.question
        shown = visible_question(page)
        assert shown["id"] == f"q{n}"
        assert shown["number"] == f"Question {n} of {len(exported)}"
        assert shown["legend"] == shown["number"] + q.question  # article text as text
        assert sorted(shown["choices"]) == sorted(q.shown_choices)
        if q.type == "true_false":
            assert shown["choices"] == ["True", "False"]
        answer_right = n % 2 == 1
        target = (
            q.answer_text
            if answer_right
            else next(c for c in q.shown_choices if c != q.answer_text)
        )
        choose(page, shown["id"], target, keyboard=n <= 2)
        right += answer_right
        assert feedback(page, shown["id"]) == expected_feedback(entry, answer_right)
        assert page.run("document.activeElement.className") == "next"
        assert page.run("document.getElementById('progress').textContent") == (
            f"Answered {n} of {len(exported)} · {right} right"
        )
        page.press("Enter")  # "Next question" / "See your score", by keyboard
    score = page.run("document.querySelector('#results .score').textContent")
    assert score == f"{right} of {len(exported)} right ({round(100 * right / len(exported))}%)"
    assert page.run("document.activeElement.id") == "results"
    # The question with <script>alert("x")</script> stayed text: no script ran or was made.
    assert page.run("window.__alerts") == []
    assert page.run("document.querySelectorAll('script').length") == 2
    assert page.requests() == [path.resolve().as_uri()]


def test_all_on_one_page_scores_when_every_question_is_answered(page: Page, tmp_path: Path) -> None:
    exported = entries()
    open_quiz(page, tmp_path, exported, layout="all")
    assert page.run("document.querySelectorAll('.question:not([hidden])').length") == len(exported)
    assert page.run("document.querySelector('.next')") is None
    for n, entry in enumerate(exported, 1):
        assert page.run("document.getElementById('results')") is None
        choose(page, f"q{n}", entry.question.answer_text, keyboard=False)
        assert feedback(page, f"q{n}")[0] == "Right!"
    score = page.run("document.querySelector('#results .score').textContent")
    assert score == f"{len(exported)} of {len(exported)} right (100%)"
    # Checking without a choice asks for one instead of marking it wrong.
    page.run("document.querySelector('#results .again').click()")
    page.run("document.querySelector('#q1 .check').click()")
    assert feedback(page, "q1") == ["Choose an answer first."]


def test_choices_are_shuffled_between_visits(page: Page, tmp_path: Path) -> None:
    multiple = [e for e in entries() if len(e.question.choices) >= 4]
    path = open_quiz(page, tmp_path, multiple, layout="all")
    orders = set()
    for _ in range(6):
        page.open(path)
        orders.add(
            tuple(
                page.run(
                    "[...document.querySelectorAll('#q1 .choice span')].map(e => e.textContent)"
                )
            )
        )
    assert len(orders) > 1


def test_readable_on_a_phone(page: Page, tmp_path: Path) -> None:
    page.call("Emulation.setDeviceMetricsOverride", PHONE)
    open_quiz(page, tmp_path, entries(), layout="all")
    assert page.run("document.documentElement.scrollWidth") <= PHONE["width"]
    sizes = page.run(
        "[...document.querySelectorAll('.choice')].map(l => l.getBoundingClientRect().height)"
    )
    assert sizes and min(sizes) >= 44  # tap targets
    font = page.run("parseFloat(getComputedStyle(document.querySelector('.choice span')).fontSize)")
    assert font >= 16
