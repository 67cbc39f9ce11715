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


def test_a_sentence_after_a_quotation_closed_by_a_full_stop_starts_afresh() -> None:
    # "Dittmar went on to add" opens a new sentence; "McCain said." ends the quotation's.
    def word_after_quote(text: str):  # type: ignore[no-untyped-def]
        doc = _fixed(text)
        closing = next(t for t in doc if t.text == "”")
        return doc[closing.i + 1]

    new = word_after_quote("Dittmar said, “Women hold few seats.” Dittmar went on to add, “No.”")
    assert new.text == "Dittmar" and new.is_sent_start is not False
    said = word_after_quote("“It is over.” McCain said.")
    assert said.text == "McCain" and said.is_sent_start is False


def test_a_speaker_who_opens_new_words_starts_a_new_sentence() -> None:
    # "Scicluna said, “...": the verb introduces new words, it does not close "exempt?".
    text = "Ouellet said, “Why should bishops be exempt?” Archbishop Scicluna said, “No.”"
    doc = _fixed(text)
    closing = next(t for t in doc if t.text == "”")
    assert doc[closing.i + 1].text == "Archbishop"
    assert doc[closing.i + 1].is_sent_start is not False
    said = _fixed("“Why should bishops be exempt?” asked Cardinal Ouellet.")
    asked = next(t for t in said if t.text == "asked")
    assert asked.is_sent_start is False


def test_an_abbreviation_full_stop_does_not_end_the_sentence() -> None:
    texts = [
        "Ibis sacrifice was common in Egypt from about 664 b.c.e. to 250 b.c.e., they said.",
        "The firm HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger Defence Group.",
    ]
    for text in texts:
        sentences = list(pipeline()(text).sents)
        assert [s.text for s in sentences] == [text]
    two = list(pipeline()("The group was sold. (The price was secret.)").sents)
    assert [s.text for s in two] == ["The group was sold.", "(The price was secret.)"]
