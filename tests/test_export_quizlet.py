"""Quizlet export, read back as Quizlet's import reads pasted text with "Between term and
definition: Tab" and "Between cards: New line" (Quizlet has no importer to install)."""

from __future__ import annotations

from export_support import entries

from quizgen.export import ExportOptions, get_format


def quizlet_import(text: str) -> list[tuple[str, str]]:
    """Cards as Quizlet makes them: one per line, term and definition split at the tab."""
    cards = []
    for line in text.split("\n"):
        if line.strip():
            term, _, definition = line.partition("\t")
            cards.append((term, definition))
    return cards


def test_one_card_per_question_with_its_choices_and_answer() -> None:
    exported = entries()
    (content,) = get_format("quizlet").render(exported, ExportOptions()).values()
    text = content.decode("utf-8")
    assert "\r" not in text and text.count("\t") == len(exported)
    cards = quizlet_import(text)
    assert len(cards) == len(exported)
    for entry, (term, definition) in zip(exported, cards, strict=True):
        q = entry.question
        assert term.startswith(" ".join(q.question.split()))
        if q.type == "multiple_choice":
            assert term.endswith("(" + " / ".join(" ".join(c.split()) for c in q.choices) + ")")
        assert definition == " ".join(q.answer_text.split())
