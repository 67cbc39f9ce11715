"""Multiple-choice questions: a wh-question (or a fill-in-the-blank) and same-kind choices."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quizgen.generate.facts.common import QUOTE_CHARS
from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.checks import MAX_BLANK_WORDS, one_line
from quizgen.generate.questions.clause import clause_frame, shortened
from quizgen.generate.questions.distractors import distractors_for, norm, seed_of
from quizgen.generate.questions.entity_types import answer_title
from quizgen.generate.questions.measure import measure_question
from quizgen.generate.questions.wh import phrase_question
from quizgen.generate.questions.wording import full_stop, glue
from quizgen.model import Fact

BLANK = "_____"


def multiple_choice(doc: Doc, fact: Fact) -> Candidate | None:
    """A multiple-choice candidate for `fact`, or None without 2+ good distractors."""
    if fact.kind == "conditional":
        return None
    phrasing = None
    if fact.kind != "quote":
        phrasing = phrase_question(doc, fact) or measure_question(doc, fact)
    # A wh-question drops the answer's title ("Who contacted ...?"), so any person will
    # do as a choice; a blank keeps it ("Prime Minister _____"), so choices must share it.
    title = answer_title(doc, fact.start, fact.end)
    titled = (
        phrasing is None
        or title
        and re.search(rf"\b{re.escape(title)}\b", phrasing.question.lower())
    )
    wrong = distractors_for(doc, fact, same_title=bool(titled))
    if len(wrong) < 2:
        return None
    if fact.kind == "quote":
        stem = quote_stem(fact)
        explanation = full_stop(fact.evidence)
    elif phrasing is not None:
        stem = phrasing.question
        explanation = full_stop(glue(phrasing.before, fact.answer, phrasing.after))
        if not phrasing.after and fact.kind == "duration":
            explanation = full_stop(fact.evidence)  # "the ban was 90-day" is no English
    else:
        frame = clause_frame(doc, fact)
        stem = cloze_stem(fact, frame, shortened(doc, fact, MAX_BLANK_WORDS))
        explanation = full_stop(fact.evidence)
    if stem is None or _leaks(fact.answer, stem):
        return None
    stem = one_line(stem)
    choices = order_choices(fact.answer, wrong, stem)
    return Candidate(
        fact=fact,
        type="multiple_choice",
        question=stem,
        answer=fact.answer,
        choices=choices,
        explanation=explanation,
        phrased=phrasing is not None or fact.kind == "quote",
    )


def quote_stem(fact: Fact) -> str | None:
    """ "Who said: “...”?" from the quoted words of the evidence."""
    match = re.search(r"[“\"‘](.+?)[”\"’]", fact.evidence)
    if not match or len(match.group(1).split()) < 4:
        return None
    quoted = match.group(1).strip().rstrip(",")
    if norm(fact.answer) in norm(quoted):
        return None
    return f"Who said: “{quoted}”?"


def cloze_stem(fact: Fact, frame: tuple[str, str] | None = None, short: str = "") -> str | None:
    """The answer's clause (`frame`), or else the evidence sentence (`short`: cut after
    the answer when it is long), with the answer blanked out (once, and only once)."""
    if frame is not None:
        text = glue(frame[0], BLANK, frame[1])
        text = "".join(c for c in text if c not in QUOTE_CHARS or c in "’")
        if 5 <= len(text.split()) <= MAX_BLANK_WORDS and not _leaks(fact.answer, text):
            return f"Fill in the blank: {full_stop(text)}"
    evidence = fact.evidence
    if len(evidence.split()) > MAX_BLANK_WORDS and short:
        evidence = short
    if len(evidence.split()) > MAX_BLANK_WORDS:
        evidence = segment_with(evidence, fact.answer)
    if len(evidence.split()) > MAX_BLANK_WORDS and " including " in evidence:
        head, tail = evidence.split(" including ", 1)
        if fact.answer in head and fact.answer not in tail:
            evidence = head.rstrip(",") + " …"
    if evidence.count(fact.answer) != 1 or not 6 <= len(evidence.split()) <= 45:
        return None
    text = evidence.replace(fact.answer, BLANK, 1)
    text = "".join(c for c in text if c not in QUOTE_CHARS or c in "’")
    return f"Fill in the blank: {text}"


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


def _leaks(answer: str, stem: str) -> bool:
    """True when the answer shows in the stem (as whole words: "5" is not in "M5S")."""
    key = norm(answer)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", norm(stem)) is not None


def order_choices(answer: str, wrong: list[str], stem: str) -> list[str]:
    """The answer among the distractors at a position that varies with the question."""
    choices = sorted(wrong, key=lambda c: seed_of(stem, c))
    position = seed_of(stem, answer) % (len(choices) + 1)
    choices.insert(position, answer)
    return choices
