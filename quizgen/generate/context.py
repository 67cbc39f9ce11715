"""What the question writers know about one parsed article, computed once per article."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from quizgen.generate.config import DEFAULT, GenerationConfig
from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import entities
from quizgen.generate.facts.numbers import CALENDAR_DAY, YEAR_NUMBER

if TYPE_CHECKING:
    from quizgen.generate.questions.definites import Pointer
    from quizgen.generate.questions.entity_types import NameInfo
    from quizgen.generate.questions.names import Name
    from quizgen.generate.questions.reparse import Parse
    from quizgen.generate.questions.true_false import Frame
    from quizgen.generate.questions.wh import Phrasing


#: Years before the story's own that make a date background ("since 2006", "in 1968").
BACKGROUND_YEARS = 2
#: A headline that reports a death: the life told after the lead is the story.
DEATH_HEADLINE = re.compile(r"\b(?:dies|died|dead|obituary|passes away|passed away)\b", re.I)


@dataclass
class ArticleContext:
    """A parsed article and the views of it every question writer shares: its entities,
    the names usable as choices, what the article shows about each name, and the wrong
    choices and the wh-question already found for a fact (asked by both the
    multiple-choice and true/false writers)."""

    doc: Doc
    config: GenerationConfig = DEFAULT
    #: Every fact found in the article (other figures and dates make wrong choices).
    facts: list[Fact] = field(default_factory=list)
    #: (kind, start, end, answer) -> the wrong choices found for that fact (a speaker is
    #: asked by full name, and stated as the article names them).
    distractors: dict[tuple[str, int, int, str], list[str]] = field(default_factory=dict)
    #: The article's headline (what "the call" of the story is).
    title: str = ""
    #: When the article was published: "on Friday" is a date only with it.
    published: datetime.date | None = None
    #: sentence start -> the descriptions in it that point back (definites.py).
    pointers: dict[int, list[Pointer]] = field(default_factory=dict)
    #: noun lemma -> where the article first names it the headline's way, and that name.
    headline_names: dict[str, tuple[int, str] | None] = field(default_factory=dict)
    #: fact -> its wh-question and statement (None: no question fits the clause).
    phrasings: dict[Fact, Phrasing | None] = field(default_factory=dict)
    #: fact -> the statements around its answer (the true/false writer makes a true and a
    #: false statement from the same ones).
    frames: dict[Fact, list[Frame]] = field(default_factory=dict)

    def phrasing(self, fact: Fact) -> Phrasing | None:
        """The wh-question on `fact`, worked out once: the multiple-choice writer asks it,
        the true/false writer states it (once per truth value)."""
        if fact not in self.phrasings:
            from quizgen.generate.questions.wh import phrase_question

            self.phrasings[fact] = phrase_question(self.doc, fact, self.config)
        return self.phrasings[fact]

    @cached_property
    def parse(self) -> Parse | None:
        """The article's pipeline up to its tagger, to read a written question again (the
        checks read only tags and words, and the tagger alone is a third of the cost);
        None when a pipeline quizgen did not load parsed the article. A text is tagged
        once: the question and the statement cut from the same clause are read alike."""
        from quizgen.generate.nlp import pipeline_of

        nlp = pipeline_of(self.doc)
        if nlp is None:
            return None
        unused = [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger")]
        return cache(lambda text: nlp(text, disable=unused))

    def in_lead(self, fact: Fact) -> bool:
        """True when `fact` is in the article's first sentence: the claim its headline
        makes, which is stated however it reads and kept when keys are balanced."""
        return fact.start < self._lead_end

    def in_lead_paragraph(self, fact: Fact) -> bool:
        """True when `fact` is in the article's first paragraph: the main events."""
        return fact.start < self.lead_paragraph_end

    def of_the_story_s_past(self, fact: Fact) -> bool:
        """True when `fact` dates an event at least `BACKGROUND_YEARS` before the story's
        year, after the lead paragraph ("U.S. troops left Iraq in 2011" in a report of
        2020): background, unless the headline reports a death (a life is the story)."""
        year = YEAR_NUMBER.search(fact.answer)
        if year is None or self.story_year is None or self.in_lead_paragraph(fact):
            return False
        if DEATH_HEADLINE.search(self.title):
            return False
        return int(year.group()) <= self.story_year - BACKGROUND_YEARS

    @cached_property
    def lead_paragraph_end(self) -> int:
        """The token after the lead paragraph."""
        breaks = (t.i for t in self.doc if t.is_space and "\n" in t.text)
        return next(breaks, len(self.doc))

    @cached_property
    def _lead_end(self) -> int:
        first = next(iter(self.doc.sents), None)
        return first.end if first is not None else 0

    @cached_property
    def title_doc(self) -> Doc | None:
        """The headline parsed by the article's pipeline (None: no headline, or another
        pipeline parsed the article)."""
        from quizgen.generate.nlp import pipeline_of

        nlp = pipeline_of(self.doc)
        return nlp(self.title) if nlp is not None and self.title else None

    @cached_property
    def text(self) -> str:
        """The article's text (spaCy rebuilds `doc.text` from the tokens on every access)."""
        return self.doc.text

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The headline's words, lower case (what names "the festival" the headline's way)."""
        return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", self.title))

    @property
    def entities(self) -> tuple[Span, ...]:
        """`doc.ents` once (spaCy makes new spans on every access; `facts.common.entities`
        keeps them for the doc, shared with the writers that have no context)."""
        return entities(self.doc)

    @cached_property
    def names(self) -> list[Name]:
        """Every entity fit to be a choice: its label, clean text and comparison key."""
        # Imported here (as below): the question writers import this module.
        from quizgen.generate.questions.names import usable_names

        return usable_names(self.entities)

    @cached_property
    def person_names(self) -> frozenset[frozenset[str]]:
        """The words of each person's name the article uses, lower case."""
        return frozenset(
            frozenset(w.lower() for w in ent.text.split())
            for ent in self.entities
            if ent.label_ == "PERSON"
        )

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """The character offsets where the article's paragraphs start."""
        return [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]

    def paragraph_of(self, char: int) -> int:
        """The index of the paragraph that holds character `char`."""
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    @cached_property
    def paragraphs_by_name(self) -> dict[str, list[int]]:
        """Name key -> the paragraphs that mention it (who belongs to which part)."""
        from quizgen.generate.questions.entity_types import name_key

        found: dict[str, list[int]] = {}
        for ent in self.entities:
            found.setdefault(name_key(ent.text), []).append(self.paragraph_of(ent.start_char))
        return found

    @cached_property
    def noun_mentions(self) -> dict[str, list[int]]:
        """Noun lemma (lower case) -> the token ids where the article uses it, in order
        ("festival" in "the Taipei Lantern Festival" counts: the tagger calls it a name)."""
        found: dict[str, list[int]] = {}
        for token in self.doc:
            if token.pos_ in ("NOUN", "PROPN"):
                found.setdefault(token.lemma_.lower(), []).append(token.i)
        return found

    @cached_property
    def story_year(self) -> int | None:
        """The year the story happens in: the report's, else (an undated report) the
        latest year the article gives a date to the day ("on November 1, 2006")."""
        if self.published is not None:
            return self.published.year
        full_date = rf"(?:{CALENDAR_DAY.pattern}),? ({YEAR_NUMBER.pattern})"
        dated = re.findall(full_date, self.text.lower())
        return max((int(year) for year in dated), default=None)

    @cached_property
    def figure_values(self) -> frozenset[float]:
        """The value of every figure the article writes ("492.3", "1,200")."""
        from quizgen.generate.questions.figures import parse_figure

        found = (parse_figure(n) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", self.text))
        return frozenset(f.value for f in found if f is not None)

    @cached_property
    def name_info(self) -> dict[str, NameInfo]:
        """What the article shows about each name (person, place level, speaker)."""
        from quizgen.generate.questions.entity_types import collect_name_info

        return collect_name_info(self.entities)
