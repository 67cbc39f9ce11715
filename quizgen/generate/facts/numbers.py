"""Number-like facts: durations, counts, money, percentages, dates and days."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quizgen.generate.fact import Fact, FactKind
from quizgen.generate.facts.common import (
    evidence_text,
    is_askable,
    source_of,
    trim_span,
    with_hedge,
)
from quizgen.generate.vocabulary import (
    MONTHS,
    MOVING_VERBS,
    NUMBER_WORDS,
    SCALES,
    TIMES_WORDS,
    UNIT_ABBREVIATIONS,
    VAGUE_TIMES,
    WEEKDAYS,
)

#: A month with its day, either way round ("May 5", "5 May").
CALENDAR_DAY = re.compile(
    rf"\b(?:{'|'.join(MONTHS)}) \d{{1,2}}\b|\b\d{{1,2}} (?:{'|'.join(MONTHS)})\b"
)
DURATION_UNITS = re.compile(
    r"\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\b"
    r"|-(minute|hour|day|week|month|year)\b",
    re.IGNORECASE,
)
ORDINAL_RE = re.compile(
    r"\b(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
CURRENCY_RE = re.compile(r"[$€£¥]|dollar|euro|pound|yuan|yen|rupee")


def _has_number(text: str) -> bool:
    lowered = text.lower()
    return bool(re.search(r"\d", text)) or any(
        w in NUMBER_WORDS for w in re.findall(r"[a-z]+", lowered)
    )


def classify(span: Span) -> FactKind | None:
    """The fact kind of a number-like entity, or None when it is too vague to ask."""
    text = span.text.strip()
    lowered = text.lower()
    label = span.label_
    if label == "PERCENT" or re.search(r"\b(per ?cent|percent)\b|%", lowered):
        return "percentage"
    if label == "MONEY":
        return "money"  # the currency sign may sit outside the entity: checked later
    if ORDINAL_RE.search(lowered):
        # "the 62nd minute", "third": ask "which minute", and only with a noun to name.
        return "count" if label != "ORDINAL" or lowered != "first" else None
    if label in ("DATE", "TIME"):
        if lowered in VAGUE_TIMES or re.search(r"(?:^| of )(?:this|last|next|every) ", lowered):
            return None  # "May 5 of this year" is no answer a later reader can check
        if re.search(r"\b(yesterday|today|tomorrow|tonight)\b", lowered):
            return None
        if re.search(r"\ban? (\w+ )+(second|minute|hour|day|week|month|year)", lowered):
            return None  # "an intense day" is not a length of time
        if re.search(r"-old\b", lowered):
            return None  # "a 10-year-old girl": an age, not a length of time
        if re.search(r"\b(?:1[5-9]|20)\d\d (?:\w+ )?(?:year|season)\b(?![- ]old)", lowered):
            return None  # "the 2009 fiscal year" names a year: no length, no date to ask
        if CALENDAR_DAY.search(lowered):
            return "date"  # "5 May of the same year" names a day, though it says "year"
        if YEAR_SPAN.search(lowered) and not _has_number(YEAR_NUMBER.sub("", lowered)):
            return None  # "the years from 1973 to": a span of years, no length to ask
        if DURATION_UNITS.search(lowered) and _has_number(lowered) and not lowered.endswith("ago"):
            if re.search(r"\d+(st|nd|rd|th)\b", lowered):
                return "count"
            return "duration"
        if any(w in lowered for w in WEEKDAYS + MONTHS) or re.fullmatch(r"(in )?\d{4}", lowered):
            return "date"
        return None
    if label in ("CARDINAL", "QUANTITY"):
        if lowered in ("one", "1", "a", "an", "0"):
            return None
        return "count"
    return None


#: A scale written onto a number ("£67m", "$2bn").
SCALE_SUFFIXES = frozenset({"m", "bn", "b", "k", "mn", "tn"})
#: A year as a number ("1973"): no count of a length of time...
YEAR_NUMBER = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: ... when it bounds a span ("the years from 1973 to"; "a 2000 year old" is a length).
YEAR_SPAN = re.compile(r"\b(?:from|since|between|to|until)\b")


def _is_age(ent: Span) -> bool:
    """ "Daniel Montalvo, 19, a member of ...": a bare number in commas after a person's
    name is their age (spaCy often calls it a DATE)."""
    doc = ent.doc
    if not re.fullmatch(r"\d{1,3}", ent.text) or ent.start < 2 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return before.text == "," and after.text == "," and doc[ent.start - 2].ent_type_ == "PERSON"


def _in_range(doc: Doc, end: int) -> bool:
    """A number before a dash and another number ("1 – 0", "9 - 10") is half a score or
    range; before a dash and a word ("six - member") it still counts."""
    return end + 1 < len(doc) and doc[end].text in ("–", "-") and doc[end + 1].like_num


def _is_label(token: Token) -> bool:
    """A number after its noun names one thing ("posts 542 and 543", "room 101"): it is an
    identifier, not how many."""
    while token.dep_ == "conj" and token.head.like_num and token.head.i < token.i:
        token = token.head
    if token.dep_ == "nummod" and token.head.i < token.i and token.head.pos_ == "NOUN":
        return True
    # The parser may miss it ("posts 542" as an object): a bare number straight after a
    # common noun, counting nothing after it, is a label too.
    counts_next = token.dep_ == "nummod" and token.head.i > token.i
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and token.is_digit and not counts_next


def _designation(doc: Doc, start: int, end: int) -> bool:
    """A number that is part of a designation ("1950DA", "1950 DA", "(29075)", "F-16"):
    it names one thing, it counts nothing and dates nothing."""
    text = doc[start:end].text
    if re.search(r"\d[A-Z]{1,3}\b|[A-Z]-?\d", text):
        return True
    glued = re.fullmatch(r"\d+([a-z]{2,})", text)
    if glued and glued.group(1) not in UNIT_ABBREVIATIONS | {"st", "nd", "rd", "th", "s"}:
        return True  # "the 49ers": a team's name, not a count
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    code = after is not None and after.is_upper and after.is_alpha and len(after) <= 3
    if code:
        return True
    return before is not None and before.text == "(" and after is not None and after.text == ")"


def _names_a_model(doc: Doc, end: int) -> bool:
    """True when the number before token `end` begins a name that one singular proper
    noun ends ("the 737 Max, which ..."); not when it counts ("five Grammys", "two
    Buddhist pilgrims", "60 United States senators")."""
    after = doc[end] if end < len(doc) else None
    if after is None or after.tag_ != "NNP" or after.lower_ in MONTHS or after.text.endswith("s"):
        return False
    following = doc[end + 1] if end + 1 < len(doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN")


def _name_number(doc: Doc, start: int, end: int) -> bool:
    """A number inside a name ("the Brickyard 400", "Apollo 11", "the 737 Max", "Six
    Flags"): straight after a proper noun and counting no noun after it, a model's number,
    or a number word capitalised inside a sentence before a proper noun."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if _names_a_model(doc, end):
        return True
    first = doc[start]
    if first.is_alpha and first.is_title and not first.is_sent_start:
        return after is not None and after.pos_ == "PROPN"  # "a Six Flags theme park"
    if before is None or before.pos_ != "PROPN" or before.lower_ in MONTHS:
        return False
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def _scale_after_brackets(doc: Doc, end: int) -> bool:
    """True when a bracketed conversion and then a scale word follow token `end` ("US$4
    (€2.6) million"): the number goes on after the brackets."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    closing = next((t.i for t in doc[end : end + 8] if t.text == ")"), None)
    return closing is not None and closing + 1 < len(doc) and doc[closing + 1].lower_ in SCALES


def _ordinal_noun_end(doc: Doc, start: int, end: int) -> int:
    """Extend an ordinal to the noun it counts ("third" -> "third goal")."""
    last = doc[end - 1]
    if last.dep_ == "amod" and last.head.i == end and last.head.pos_ == "NOUN":
        return end + 1
    return end


def number_facts(doc: Doc) -> list[Fact]:
    """One fact per number-like entity in an askable sentence."""
    facts: list[Fact] = []
    for ent in doc.ents:
        kind = classify(ent)
        rule = "numbers.entity"
        if kind is None and _is_age(ent):
            kind, rule = "count", "numbers.age"
        if kind is None:
            continue
        sent = ent.sent
        if not is_askable(sent) or ent.start == sent.start and ent.end >= sent.end - 1:
            continue
        start, end = trim_span(doc, ent.start, ent.end)
        if start >= end:
            continue
        start, end = with_hedge(doc, start, end)
        glued = doc[end].lower_ if end < len(doc) and not doc[end - 1].whitespace_ else ""
        scaled = glued.rstrip(".") in SCALE_SUFFIXES
        if scaled:
            end += 1  # "£67m": the tokeniser split off the scale the tagger left out
        if kind == "money" and not CURRENCY_RE.search(doc[start:end].text.lower()):
            continue
        if doc[start].lower_ == "the" and kind != "date":
            start += 1
        if kind == "date" and any(t.lower_ in ("age", "aged") for t in doc[start:end]):
            continue  # "the age of 73 last August": an age and a time in one, no date
        near = doc[max(start - 1, 0) : end]
        if kind == "count" and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", doc[start:end].text):
            near = doc[max(start - 5, 0) : end]  # "from September 17th until 21st"
        if kind == "count" and any(t.lower_ in MONTHS for t in near):
            continue  # "September 17th": a day of a date, not a count or a place in a sequence
        if ent.label_ == "ORDINAL":
            end = _ordinal_noun_end(doc, start, end)
            if end - start < 2:
                continue
        # A number inside a name ("Movimento 5 Stelle") is not a count.
        if 0 < start and end < len(doc) and doc[start - 1].pos_ == doc[end].pos_ == "PROPN":
            continue
        # "Group of 20", "Class of 2012": the name ends in the number.
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "PROPN":
            continue
        if kind == "count" and _is_label(ent.root):
            continue
        if _designation(doc, start, end) or kind == "count" and _name_number(doc, start, end):
            continue
        if _scale_after_brackets(doc, end):
            continue  # "US$4 (€2.6) million": the tagger's "US$4" is not the sum
        # A year alone in a date like "September 9, 2016" is part of a dateline; skip ranges.
        if kind == "count" and _in_range(doc, end):
            continue
        facts.append(
            Fact(
                kind=kind,
                # "£67m." ends its sentence: the full stop is the sentence's.
                answer=doc[start:end].text.removesuffix(".") if scaled else doc[start:end].text,
                evidence=evidence_text(sent),
                source=source_of(ent.root),
                start=start,
                end=end,
                rule=rule,
                label=ent.label_,
            )
        )
    facts += _times_facts(doc) + _long_facts(doc, {(f.start, f.end) for f in facts})
    return facts


def _long_facts(doc: Doc, taken: set[tuple[int, int]]) -> list[Fact]:
    """ "an hour-long phone call": "hour-long" is a duration spaCy does not label."""
    facts = []
    for token in doc[:-2]:
        unit = token.lower_
        if unit not in ("minute", "hour", "day", "week", "month", "year"):
            continue
        if doc[token.i + 1].text != "-" or doc[token.i + 2].lower_ != "long":
            continue
        if (token.i, token.i + 3) in taken or not is_askable(token.sent):
            continue
        facts.append(
            Fact(
                kind="duration",
                answer=doc[token.i : token.i + 3].text,
                evidence=evidence_text(token.sent),
                source=source_of(token),
                start=token.i,
                end=token.i + 3,
                rule="numbers.unit_long",
            )
        )
    return facts


def _times_facts(doc: Doc) -> list[Fact]:
    """ "twice", "three times": how many times something happened."""
    facts = []
    for token in doc:
        if token.lower_ in TIMES_WORDS and token.dep_ == "advmod" and is_askable(token.sent):
            facts.append(
                Fact(
                    kind="count",
                    answer=token.text,
                    evidence=evidence_text(token.sent),
                    source=source_of(token),
                    start=token.i,
                    end=token.i + 1,
                    rule="numbers.times",
                )
            )
    return facts


def of_a_move(doc: Doc, fact: Fact) -> bool:
    """True when the figure says how far or where to something moved ("dropped 340
    points", "fell by 2%", "rose to 9,000")."""
    token = doc[fact.start : fact.end].root
    while token.dep_ in ("nummod", "quantmod", "compound", "amod") and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("by", "to"):
        verb = verb.head
    return verb.lemma_.lower() in MOVING_VERBS | {"lose"}
