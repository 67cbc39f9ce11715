"""The sentence fixer on hostile text: no sentence it glues grows without bound, and
straight quotes are matched as before (counted per paragraph in one pass)."""

from __future__ import annotations

from generate_support import pipeline

from quizgen.generate.nlp import MAX_SENTENCE_TOKENS


def _fixed(text: str):
    nlp = pipeline()
    doc = nlp.make_doc(text)
    return nlp.get_pipe("quizgen_sentence_fixer")(doc)


def test_text_without_punctuation_is_cut_into_bounded_sentences() -> None:
    words = " ".join(f"word{i} and" for i in range(2000))
    doc = _fixed(words)
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts  # without the cap every token after the first was glued to it
    gaps = [b - a for a, b in zip([0, *starts], [*starts, len(doc)], strict=True)]
    assert max(gaps) <= MAX_SENTENCE_TOKENS


def test_a_closing_straight_quote_keeps_its_speaker_counted_per_paragraph() -> None:
    # The first paragraph leaves a quote open: the second counts afresh, so its second
    # mark closes the quote and "she said" stays in the quote's sentence.
    text = '"We are done," he said of "the plan.\n\n"We start again," she said.'
    doc = _fixed(text)
    marks = [t.i for t in doc if t.text == '"']
    assert [doc[marks[1] + 1].text, doc[marks[4] + 1].text] == ["he", "she"]
    assert doc[marks[1] + 1].is_sent_start is False
    assert doc[marks[4] + 1].is_sent_start is False
