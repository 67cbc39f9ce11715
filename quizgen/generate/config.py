"""Every threshold and limit of the generator, with why it has the value it has."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GenerationConfig:
    """The generator's knobs. One frozen instance (`DEFAULT`) is used unless a caller
    (a test, an experiment) passes another."""

    # --- how many questions ---------------------------------------------------------
    #: A quiz per article asks its central facts, not every detail: 8-15 on a typical
    #: 400-900-word report, fewer when the article does not carry more good ones.
    max_questions: int = 15
    #: One question per sentence: two on one sentence mostly ask one fact twice or give
    #: each other away (the lead sentence may carry one more).
    max_per_sentence: int = 1
    #: At most this many phrased questions open alike ("In which minute ...").
    max_per_opener: int = 2
    #: Every this-many-th chosen question becomes true/false when the fact allows it (0:
    #: never). Off: statements are rated below questions in blind gradings, so a question
    #: stays a question; statements come from facts no question fits.
    true_false_every: int = 0

    # --- ranking --------------------------------------------------------------------
    #: Worth of a fact at the start of the article over one at its end.
    position_bonus: float = 0.8
    #: A fact the article attributes to someone is worth a little more.
    source_bonus: float = 0.2
    #: A sentence sharing all the headline's content words carries the story's claim.
    headline_bonus: float = 1.5
    #: The lead paragraph states what the story is about.
    lead_bonus: float = 1.0
    #: A kept question of a kind lowers the worth of the next of that kind: a mix of kinds
    #: tests more of the article than 13 "who" questions.
    kind_repeat_penalty: float = 0.15
    #: A real question beats a fill-in-the-blank over the same fact.
    phrased_bonus: float = 1.5
    #: A restated true sentence tests less than a question, but more than a blank.
    true_statement_bonus: float = 0.5
    #: Four choices make a better item than three.
    four_choices_bonus: float = 0.3
    #: Stems longer than this many words are harder to read: a small penalty.
    long_stem_words: int = 30
    long_stem_penalty: float = 0.4
    #: Stems shorter than this carry too little context.
    short_stem_words: int = 6
    short_stem_penalty: float = 0.5

    # --- what a teacher rejects at a glance -------------------------------------------
    #: Wrong choices a multiple-choice question needs: with two, guessing is half-way there.
    min_distractors: int = 3
    #: Share of the headline's words a sentence past the lead paragraph needs for a figure
    #: of it to be asked by turning the sentence round ("How many points did X have ...?");
    #: below it the figure is stated. Blind gradings kept about one in eight of those.
    turned_figure_headline_share: float = 0.5
    #: Fill-in-the-blank stems. Off: in blind gradings a teacher kept one blanked clause in
    #: seven unchanged; a wh-question or a statement asks the same fact better.
    cloze: bool = False
    #: At most this share of an article's true statements copy the article word for word:
    #: a learner who sees that copies are true answers by wording.
    copy_share: float = 1 / 3
    #: When true/false keys must be evened out, a statement copying the article counts as
    #: this much weaker than its score: a copy is what lets a learner answer by wording.
    copy_balance_penalty: float = 1.0
    #: Longest fill-in-the-blank text, in words: only a short clause reads as one fact.
    max_blank_words: int = 20
    #: Longest true/false statement, in words.
    max_statement_words: int = 36
    #: Longest question, in words.
    max_question_words: int = 30
    #: A wh-question body outside this range is a fragment or a run-on.
    min_wh_words: int = 4
    max_wh_words: int = 28
    #: A fill-in-the-blank needs this many words of context.
    min_blank_words: int = 5
    #: "Who said: “...”?" needs a quotation of at least this many words to be recognisable.
    min_quote_words: int = 4

    # --- difficulty -----------------------------------------------------------------
    #: Facts in the first fifth of an article are easy (the lead is what readers remember).
    easy_before: float = 0.2
    #: Facts in the last third are hard (side details).
    hard_after: float = 2 / 3


DEFAULT = GenerationConfig()
