"""Multiple-choice questions: a wh-question (or a fill-in-the-blank) and same-kind choices."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import quoted_ids
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.generate.questions.checks import one_line
from quizgen.generate.questions.clause import clause_frame, shortened
from quizgen.generate.questions.coreference import full_name_of
from quizgen.generate.questions.distractors import distractors_for, norm, open_bound, seed_of
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.figures import LONG_FORM, date_shape, part_over_whole
from quizgen.generate.questions.measure import measure_question
from quizgen.generate.questions.partial import ORDINAL
from quizgen.generate.questions.text import contains_words, named_in_stem
from quizgen.generate.questions.who_where import gives_away_by_country, who_where_problem
from quizgen.generate.questions.wording import full_stop, glue
from quizgen.generate.vocabulary import (
    DISTANCE_UNITS,
    GROUP_PRONOUNS,
    QUOTE_CHARS,
    THING_PRONOUNS,
    TIME_UNITS,
)

BLANK = "_____"
#: A word after "how many" that is not what is counted ("How many only a majority ...").
#: "How much" may go on with its verb ("How much did the painting sell for?").
STRAY_WORD_AFTER_HOW = re.compile(
    r"^(?:According to [^,]+, )?[Hh]ow (?:many|much) (?:only|a|an|just|about|nearly|almost"
    r"|(?P<participle>\w+ed))\b"
    r"|^(?:According to [^,]+, )?[Hh]ow many (?:were|was|did|do|does|have|has|had|are|is"
    r"|will|would|could)\b"
)
#: A figure glued to a singular unit, as it stands before a noun ("14-hour", "seven day").
DESCRIBING_FIGURE = re.compile(
    rf"(?P<number>[\w.,]+)[- ](?P<unit>{'|'.join(sorted(TIME_UNITS | DISTANCE_UNITS))})",
    re.IGNORECASE,
)
#: A determiner the answer's phrase kept after "how many" ("How many All passengers").
STRAY_DETERMINER = re.compile(r"^(How many|How much) (?:all|both|the|some|these|those) ", re.I)


def multiple_choice(ctx: ArticleContext, fact: Fact) -> Candidate | Refused:
    """A multiple-choice candidate for `fact`, or why there is none (no stem for the
    kind, fewer than 2 good distractors, a stem that shows the answer)."""
    spec = spec_of(fact)
    if spec.stem == "none" or not spec.multiple_choice:
        return Refused(f"{fact.kind} facts are asked as true/false only")
    if spec.distractors == "other_numbers" and open_bound(ctx.doc, fact):
        return Refused(
            "an open bound ('over ten') has no wrong choices ('over eleven' may be true)"
        )
    if _a_side_day(ctx, fact):
        return _year_asked(ctx, fact)
    if spec.wh in ("who", "where") and not spec.speaker:
        unfair = who_where_problem(ctx, fact)
        if unfair is not None:
            return Refused(f"no '{spec.wh.title()}' question: {unfair}")
    if spec.speaker and not (_a_commitment(fact) or _named_in_the_lead(ctx, fact)):
        # "Who said: “The village is totally flattened”?": which of the story's people
        # made a remark is name recall (a blind grading kept 1 of 10, none of them by a
        # speaker of the lead). Who threatened or promised what is a fact of the story
        # ("If he does not, I will work to codify sanctions").
        return Refused("'Who said' of a side speaker's remark (no threat or promise)")
    if spec.speaker and name_key(fact.answer) in ctx.title_words:
        # "Obama's first State of the Union speech": who said its words is plain.
        return Refused("'Who said' of the person the headline names gives the answer away")
    if spec.speaker and _names_its_speaker_s_office(ctx, fact):
        # "As attorney general for the state of Washington, ...": the one attorney general
        # among the choices said it.
        return Refused("'Who said' of words that name their speaker's office")
    if spec.speaker and _quoted_pronoun_names_nothing(ctx, fact):
        # "“It happened eight months later”", "“We will search until we find it”": what
        # is meant was named before the quotation, and the stem cannot show it.
        return Refused("'Who said' of words whose pronoun names nothing in them")
    written = _written(ctx, fact)
    measured = as_measure(fact.answer)
    if isinstance(written, Candidate) and measured != fact.answer:
        # "a 14-hour drive", "a seven day mourning period": "How long was the drive?" is
        # answered "14 hours", not "14-hour"; a statement keeps the article's phrase.
        measures = [as_measure(choice) for choice in written.choices]
        return replace(written, answer=measured, choices=measures)
    return written


def _names_its_speaker_s_office(ctx: ArticleContext, fact: Fact) -> bool:
    """True when the quoted words of `fact`'s sentence hold a word of its speaker's title
    ("attorney" of Attorney General Bob Ferguson)."""
    info = ctx.name_info.get(name_key(fact.answer))
    sent = ctx.doc[fact.start].sent
    quoted = quoted_ids(sent)
    said = {t.lemma_.lower() for t in sent if t.i in quoted}
    return info is not None and bool(info.titles & said)


def _quoted_pronoun_names_nothing(ctx: ArticleContext, fact: Fact) -> bool:
    """True when, in the first quotation of `fact`'s sentence (the one the stem shows),
    "it" or "they" comes before any noun or name it could stand for. ("He" and "she" may
    stay: "“If he does not, I will codify sanctions”" still shows who threatens what.)"""
    sent = ctx.doc[fact.start].sent
    quoted = quoted_ids(sent)
    started = False
    for token in sent:
        if token.i not in quoted:
            if started and not token.is_punct:
                return False  # past the first quotation
            continue
        started = True
        if token.pos_ in ("NOUN", "PROPN") or token.ent_type_:
            return False
        if token.pos_ == "PRON" and token.lower_ in THING_PRONOUNS | GROUP_PRONOUNS:
            return True
    return False


def as_measure(figure: str) -> str:
    """ "14-hour" -> "14 hours", "seven day" -> "seven days", "one-day" -> "one day",
    "hour-long" -> "an hour", "half-hour-long" -> "half an hour"; any other figure as it
    is ("16th century" is no measure)."""
    long_form = LONG_FORM.fullmatch(figure)
    if long_form:
        number, unit = long_form.group("number"), long_form.group("unit")
        one = f"{'an' if unit.lower() == 'hour' else 'a'} {unit}"
        if number is None:
            return one
        return f"half {one}" if number.lower() == "half" else as_measure(f"{number}-{unit}")
    match = DESCRIBING_FIGURE.fullmatch(figure)
    if match is None or ORDINAL.fullmatch(match.group("number")):
        return figure
    number, unit = match.group("number"), match.group("unit")
    if number.lower() in ("one", "1", "a", "an"):
        return f"{number} {unit}"
    return f"{number} {re.sub(r'(?<=[^aeiou])y$', 'ie', unit)}s"  # "two centuries"


def _stray_word_after_how(doc: Doc, fact: Fact, stem: str) -> bool:
    """True when "how many" (or "how much") goes on with a word that is not what it counts
    ("How many only a majority ...", "How many rescued were ..."); a participle that
    describes the counted noun in the article is ("How many suspected users ...",
    "How many confirmed cases ...")."""
    stray = STRAY_WORD_AFTER_HOW.match(stem)
    if stray is None:
        return False
    after = doc[fact.end] if fact.end < len(doc) else None
    describing = (
        after is not None
        and after.text == stray.group("participle")
        and after.dep_ == "amod"
        and after.head.pos_ == "NOUN"
    )
    return not describing


def _written(ctx: ArticleContext, fact: Fact) -> Candidate | Refused:
    """The multiple-choice question on `fact` as its kind asks it."""
    doc = ctx.doc
    spec = spec_of(fact)
    said_as = fact.answer
    if spec.person and " " not in fact.answer:
        # "Chapman" among "Mancini", "Girl" and "Sapien" says little out of the article,
        # and "Schatz" is a cut "Rivera Schatz": full names ("Stephanie Chapman", "Lisa
        # Mancini") say who is who.
        fact = replace(fact, answer=full_name_of(doc, fact.answer) or fact.answer)
    phrasing = None
    if spec.stem == "clause":
        phrasing = ctx.phrasing(fact) or (measure_question(doc, fact) if spec.measure else None)
    wrong = distractors_for(ctx, fact)
    if len(wrong) < ctx.config.min_distractors:
        needed = ctx.config.min_distractors
        return Refused(f"only {len(wrong)} good distractors ({needed} needed)")
    if spec.stem == "who_said":
        stem, template = quote_stem(fact, ctx.config.min_quote_words), "quote.who_said"
        explanation = full_stop(fact.evidence)
    elif phrasing is not None:
        stem, template = phrasing.question, phrasing.template
        explanation = full_stop(glue(phrasing.before, fact.answer, phrasing.after))
        if template == "measure.noun":
            explanation = full_stop(fact.evidence)  # "the ban was 90-day" is no English
    elif not ctx.config.cloze:
        return Refused("no stem: no question fits the sentence (fill-in-the-blank is off)")
    else:
        frame = clause_frame(doc, fact)
        limit = ctx.config.max_blank_words
        short = shortened(doc, fact, limit)
        stem, template = cloze_stem(fact, frame, short, ctx.config.min_blank_words, limit)
        explanation = full_stop(fact.evidence)
    if stem is None:
        return Refused("no stem: the sentence fits no template")
    if contains_words(stem, fact.answer) or contains_words(stem, said_as):
        return Refused("the stem shows the answer")
    # "Who finished behind Jeff Gordon?" cannot offer Jeff Gordon; "How many of around
    # 1,400 passengers ...?" cannot offer 1,913.
    wrong = [
        w for w in wrong if not named_in_stem(w, stem) and not part_over_whole(fact.answer, w, stem)
    ]
    if len(wrong) < ctx.config.min_distractors:
        return Refused("the stem rules out wrong choices: too few remain")
    if spec.person and gives_away_by_country(ctx.doc, stem, fact.answer, wrong):
        return Refused("giveaway: the stem names the country of the answer's role alone")
    if _stray_word_after_how(doc, fact, stem):
        return Refused("no question: 'how many' is not followed by what it counts")
    stem = STRAY_DETERMINER.sub(r"\1 ", one_line(stem))
    answer, wrong = _without_stance(fact.answer, wrong)
    choices = order_choices(answer, wrong, stem)
    return Candidate(
        fact=fact,
        type="multiple_choice",
        question=stem,
        answer=answer,
        choices=choices,
        explanation=explanation,
        phrased=phrasing is not None or spec.stem == "who_said",
        template=template,
    )


#: Quoted words, closed by the mark that matches the opening one: "Zimbabwe’s" holds an
#: apostrophe, no closing quote.
QUOTATION = re.compile(r'“([^”]+?)”|"([^"]+?)"|‘(.+?)’(?![A-Za-z])')


#: Words the writer puts before a figure to say how it strikes them ("just 318", "only
#: 30"): copied into every choice they read as a slip ("just 326", "just 365").
STANCE_WORDS = ("just ", "only ", "merely ", "a mere ")


def _without_stance(answer: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The key and choices without a stance word they all open with ("318" for "just
    318"); the key stays a piece of the evidence."""
    lowered = [c.lower() for c in (answer, *wrong)]
    for word in STANCE_WORDS:
        if all(c.startswith(word) for c in lowered):
            return answer[len(word) :], [w[len(word) :] for w in wrong]
    return answer, wrong


def _year_asked(ctx: ArticleContext, fact: Fact) -> Candidate | Refused:
    """ "In what year did MH370 vanish?" for a date to the day after the first paragraph:
    blind gradings called its exact day ("When did officials go to the station?" -
    "September 29") rote recall. Refused when the date has no year."""
    last = ctx.doc[fact.end - 1]
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d", last.text):
        return Refused("trivial: the exact day of an event outside the lead")
    if int(last.text) == ctx.story_year:
        # "In what year was Mr Litvinenko admitted to hospital?" in a report of 2006: the
        # story's own year is known from the report (blind gradings: trivial).
        return Refused("trivial: the year of an event of the story's own year")
    asked = _written(ctx, fact)
    if isinstance(asked, Refused):
        return asked
    stem = _WHEN.sub(_in_what_year, asked.question, count=1)
    if stem == asked.question:
        return Refused("trivial: the exact day of an event outside the lead")
    year = replace(fact, answer=last.text, start=last.i)
    wrong = [w for w in distractors_for(ctx, year) if not named_in_stem(w, stem)]
    if len(wrong) < ctx.config.min_distractors:
        return Refused(f"only {len(wrong)} good distractors for its year")
    return replace(
        asked, fact=year, question=stem, answer=year.answer,
        choices=order_choices(year.answer, wrong, stem),
    )  # fmt: skip


#: "when", and the preposition before it ("Since when" asks "Since what year").
_WHEN = re.compile(r"\b(?:([Ss]ince|[Uu]ntil|[Bb]y) )?([Ww]hen)\b")


def _in_what_year(when: re.Match[str]) -> str:
    """ "When" -> "In what year", "Since when" -> "Since what year"."""
    preposition, word = when.group(1), when.group(2)
    if preposition:
        return f"{preposition} what year"
    return "In what year" if word == "When" else "in what year"


#: A speaker's own commitment: "I will", "we'll", "we are going to".
COMMITMENT = re.compile(
    r"\b(?:I|we)(?:\s+(?:will|shall|am going to|are going to)|['’]ll)\b", re.IGNORECASE
)


def _a_commitment(fact: Fact) -> bool:
    """True when the quoted words commit their speaker: a threat or a promise."""
    match = QUOTATION.search(fact.evidence)
    return match is not None and COMMITMENT.search(match.group()) is not None


def _named_in_the_lead(ctx: ArticleContext, fact: Fact) -> bool:
    """True when the speaker's surname is in the lead paragraph: one of the story's own."""
    lead = ctx.doc[: ctx.lead_paragraph_end].text
    return re.search(rf"\b{re.escape(fact.answer.split()[-1])}\b", lead) is not None


def _a_side_day(ctx: ArticleContext, fact: Fact) -> bool:
    """A date to the day ("September 29", "August 6, 2019") after the first paragraph."""
    day = "day" in date_shape(fact.answer)
    return spec_of(fact).distractors == "other_dates" and day and not ctx.in_lead_paragraph(fact)


def quote_stem(fact: Fact, min_words: int) -> str | None:
    """ "Who said: “...”?" from the quoted words of the evidence; None when they are
    too few, or go on from the writer's words (they open in lower case)."""
    match = QUOTATION.search(fact.evidence)
    if not match:
        return None
    words = next(group for group in match.groups() if group is not None)
    if len(words.split()) < min_words:
        return None
    quoted = words.strip().rstrip(",")
    if quoted[:1].islower():
        # Words worked into the writer's sentence: "Who said: “sees the US as ...”?" has
        # no one who sees, "“a good day for America”" is no claim; gradings called them
        # fragments.
        return None
    if quoted.endswith(".") and not re.search(r"(\.\.|\b\w\.\w\.)$", quoted):
        quoted = quoted[:-1]  # the question mark ends it ("U.S." and "..." keep theirs)
    if norm(fact.answer) in norm(quoted):
        return None
    return f"Who said: “{quoted}”?"


def cloze_stem(
    fact: Fact,
    frame: tuple[str, str] | None,
    short: str,
    min_words: int,
    max_words: int,
) -> tuple[str | None, str]:
    """The answer's clause (`frame`), or else the evidence sentence (`short`: cut after
    the answer when it is long), with the answer blanked out (once, and only once), and
    which of the two it is. Only asked for when `GenerationConfig.cloze` is on."""
    if frame is not None:
        text = glue(frame[0], BLANK, frame[1])
        text = "".join(c for c in text if c not in QUOTE_CHARS or c in "’")
        if min_words <= len(text.split()) <= max_words and not contains_words(text, fact.answer):
            return f"Fill in the blank: {full_stop(text)}", "cloze.clause"
    evidence = fact.evidence
    if len(evidence.split()) > max_words and short:
        evidence = short
    if len(evidence.split()) > max_words:
        evidence = segment_with(evidence, fact.answer)
    if len(evidence.split()) > max_words and " including " in evidence:
        head, tail = evidence.split(" including ", 1)
        if fact.answer in head and fact.answer not in tail:
            evidence = head.rstrip(",") + " …"
    if evidence.count(fact.answer) != 1 or len(evidence.split()) < min_words + 1:
        return None, "cloze.sentence"
    text = evidence.replace(fact.answer, BLANK, 1)
    text = "".join(c for c in text if c not in QUOTE_CHARS or c in "’")
    if len(text.split()) > max_words:
        return None, "cloze.sentence"
    return f"Fill in the blank: {text}", "cloze.sentence"


SEGMENT_BREAK = re.compile(r"(?<=[;])\s+|(?<=[,.]”)\s+|(?<=[,.]\")\s+|\s+[—–]\s+")


def segment_with(sentence: str, answer: str) -> str:
    """The part of a long sentence (between semicolons, dashes or the end of a quotation)
    that holds `answer`, marked with an ellipsis where it was cut."""
    parts = SEGMENT_BREAK.split(sentence)
    for k, part in enumerate(parts):
        if answer in part:
            text = part.strip().rstrip(";")
            if k > 0:
                text = "… " + text
            if k < len(parts) - 1:
                text += " …"
            return text
    return sentence


def order_choices(answer: str, wrong: list[str], stem: str) -> list[str]:
    """The answer among the distractors at a position that varies with the question."""
    choices = sorted(wrong, key=lambda c: seed_of(stem, c))
    position = seed_of(stem, answer) % (len(choices) + 1)
    choices.insert(position, answer)
    return choices
