"""Last checks on a written question: what a teacher would reject at a glance.

A stem must be one line of text with balanced quotation marks, must not stop on a word
that needs a continuation ("... and?"), and must be short enough to read in one go:
a fill-in-the-blank sentence or a true/false statement longer than a teacher's sentence
is dropped rather than asked.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quizgen.generate.config import DEFAULT, GenerationConfig
from quizgen.generate.facts.common import per_doc
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.questions.clause import clause_verb
from quizgen.generate.questions.figures import parse_figure
from quizgen.generate.questions.standalone import CLOCK_TIME, context_problem
from quizgen.generate.questions.text import named_in_stem
from quizgen.generate.vocabulary import DANGLING_WORDS, RELATIVE_PRONOUNS

BLANK_PREFIX = "Fill in the blank: "


#: A stem or statement shorter than this has room for little more than its verb and answer.
SHORT_STEM_WORDS = 12
#: Entities that stand for their own event as a subject ("Ingrid Betancourt was kidnapped").
NAMED_SUBJECTS = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "EVENT", "LAW"})
#: What a verb may have when it says no more than that its subject did it ("died").
BARE_VERB_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj", "neg"})


#: A statement whose subject is a number alone ("14 have recovered so far"): what it
#: counts was said in the sentence before.
BARE_COUNT_SUBJECT = re.compile(
    r"^(?:According to [^,]+, )?(?:[Aa]bout |[Aa]round |[Nn]early |[Ss]ome |[Aa]t least "
    r"|[Mm]ore than |[Oo]ver )?\d[\d,.]* (?:have |has |had "
    r"|were |was |are |is |will )?(?:been )?[a-z]+ed\b"
)


def names_no_event(doc: Doc, candidate: Candidate) -> str | None:
    """Why a short question or statement names no event, or None: its clause's subject is
    no name ("Israeli soldiers", "60", a pronoun the stem names is fine) and it is a
    passive with no agent ("How many Israeli soldiers were killed?", "Almost 60 were
    injured.") or a bare verb ("How many Palestinians died?"). Blind gradings kept such
    stems unchanged less than one time in five."""
    if len(candidate.question.split()) >= SHORT_STEM_WORDS:
        return None
    fact = candidate.fact
    found = clause_verb(doc[fact.start : fact.end].root)
    if found is None:
        return None
    verb = found[0]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ in NAMED_SUBJECTS:
        return None
    deps = {c.dep_ for c in verb.children}
    if (subject.dep_ == "nsubjpass" and "agent" not in deps) or deps <= BARE_VERB_DEPS:
        return "does not stand alone: it names no event (e.g. 'How many were killed?')"
    return None


#: Prepositions that give where a span of time starts or ends ("since 2014").
SPAN_BOUNDS = frozenset({"since", "from", "until", "till", "to", "between", "through"})


def dates_a_state(doc: Doc, candidate: Candidate) -> str | None:
    """Why a date of a state cannot be asked, or None: "Drysdale was in charge of the
    submarine in May 2008" holds over a time, so "When was Drysdale in charge?" has no
    one answer and "in July 2008" may be as true. "The election was on 5 May" is an
    event, and is asked."""
    fact = candidate.fact
    if spec_of(fact).distractors != "other_dates":
        return None
    root = doc[fact.start : fact.end].root
    if root.head.dep_ == "prep" and root.head.lower_ in SPAN_BOUNDS:
        return None  # "Since when has Modi been chief minister?": a state's start
    found = clause_verb(root)
    if found is None or found[0].lemma_ != "be" or found[0].pos_ != "AUX":
        return None
    answer = set(range(fact.start, fact.end))
    predicate = [
        c
        for c in found[0].children
        if c.dep_ in ("attr", "acomp", "prep") and not {t.i for t in c.subtree} & answer
    ]
    if not predicate:
        return None
    return "a date of a state, which holds over a time (e.g. 'When was X in charge?')"


def asked_twice(stem: str) -> bool:
    """ "When was Jong arrested when announcing the arrest in May?": a wh-question whose
    word opens a clause again was glued from two clauses and asks two things."""
    first = re.match(r"(?:According to [^,]+, )?(when|where)\b", stem, re.IGNORECASE)
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", stem)
    return first is not None and len(re.findall(rf"\b{first.group(1)}\b", unquoted, re.I)) > 1


def one_line(text: str) -> str:
    """`text` on one line with single spaces (a paragraph break is not part of a stem)."""
    return re.sub(r"\s+", " ", text).strip()


def balanced_quotes(text: str) -> bool:
    """True when curly and straight double quotes open and close in pairs."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def problem(
    candidate: Candidate, config: GenerationConfig = DEFAULT, doc: Doc | None = None
) -> str | None:
    """Why a teacher would reject `candidate` (written of `doc`, when given) at a glance,
    or None when it reads well."""
    stem = candidate.question
    named = doc is not None and _opens_on_a_name(doc, stem)
    if not balanced_quotes(stem):
        return "unbalanced quotation marks"
    words = re.findall(r"[\w’'-]+", stem)
    if not words or words[-1].lower() in DANGLING_WORDS:
        return "stem ends on a word that needs a continuation"
    # A straight quote opens only after a space ("said ,"); after a word it closes, and a
    # full stop after it is British style ('a "hidden agenda".').
    if re.search(r"(^|\s|“|(?:^|\s)\")[,.;:]", stem) or re.search(r"\(\s*\)|\(\s*_", stem):
        return "stray punctuation left by a cut"
    if re.search(r"\bthe (?:in|of|on|at|to|by|for|and)\b(?!-)", stem, re.IGNORECASE):
        return "a 'the' left without its noun by a cut (e.g. 'the in the province')"
    if candidate.type == "multiple_choice" and STRANDED_BEFORE_COMMA.search(stem):
        # "How many points are Fiji second in Pool B with, ahead of Wales ...?": a
        # preposition left at the end is English, one left before more words is not.
        return "a preposition left without its object before more words"
    if candidate.type == "multiple_choice" and any(
        named_in_stem(c, stem)
        for c in candidate.choices
        if c != candidate.answer and c[:1].isupper()
    ):
        # "Who decided to sequester the jury for the trial of Bill Cosby?" with "Cosby"
        # among the choices: the stem, once its "the trial" is named, rules it out.
        return "the stem names a wrong choice"
    if re.search(r"\bhow many (?:to|-|–) \d", stem, re.IGNORECASE):
        return "one side of a score or a vote asked alone (e.g. 'How many to 92 ...')"
    split = _split_compound(stem, candidate.fact.evidence)
    if split:
        return f"a hyphenated word split apart ({split!r})"
    if re.search(r"(?:^|\s)['’]s\b", stem):
        return "a possessive left without its owner (e.g. 'seats in 's National Assembly')"
    if re.search(r"\s[—–-]\s*[?.]$", stem):
        return "stray punctuation left by a cut (a dash before the end: 'arrived in Israel -.')"
    if re.search(r"\baccording\b(?! to\b)", stem, re.IGNORECASE):
        return "'according' without its source (e.g. 'According, the virus ...')"
    if re.match(r"According to [^,]+, (?:to|that|as)\b", stem):
        return "a speech verb cut from its claim (e.g. 'According to X, to LA Weekly that ...')"
    if _aside_cut(stem, candidate.fact.evidence):
        return "an aside between dashes cut in half (e.g. 'In hiding since June — said ...')"
    if SPEAKER_LABEL.match(stem):
        return "an interview's speaker label (e.g. 'NG: Members of the lab spend ...')"
    if re.search(r"\b(?:Image|Photo|Picture|Credit):", stem):
        return "a photo caption's credit (e.g. 'Image: Nicholas Moreau')"
    if re.search(r"\((?:pictured|photo|image)\b|\((?:above|below|left|right)[,)]", stem, re.I):
        return "a photo caption's words (e.g. 'pictured left with ...')"
    if ";" in re.sub(r"“[^”]*”", "", stem):
        return "two statements joined by a semicolon"
    doubled = _doubled_word(re.sub(r"“[^”]*”", "", stem))
    if doubled:
        return f"a word written twice ({doubled!r}): a slip of the article or a cut"
    if asked_twice(stem):
        return "its question word again inside it (e.g. 'When was Son arrested when ...?')"
    needs = context_problem(stem)
    if needs is not None:
        return f"does not stand alone: {needs}"
    of_an_event = spec_of(candidate.fact).wh in ("who", "where") or ASKS_OF_AN_EVENT.match(stem)
    if candidate.type == "multiple_choice" and of_an_event and not names_something(stem, named):
        return "does not stand alone: names no one and nothing (e.g. 'How many planes collided?')"
    if candidate.type == "true_false":
        if stem.split(maxsplit=1)[0].lower() in RELATIVE_PRONOUNS - {"that"}:
            return "a statement that opens on a relative pronoun (e.g. 'Who was guided by ...')"
        if re.match(r"There (?:is|are|was|were|have been|has been) ", stem):
            return "an existential statement says too little (e.g. 'There were five votes')"
        if not names_something(stem, named):
            return "does not stand alone: names no one and nothing (e.g. 'Hundreds were convicted')"
        if BARE_COUNT_SUBJECT.match(stem):
            return "a bare number for a subject (e.g. '9 recovered in India.': nine what?)"
        if SAYS_NOTHING.search(stem) and not re.search(r"[,“”\"]", stem):
            return "a fragment: someone says, but not what (e.g. 'In a statement Peters says.')"
        if CLOCK_TIME.search(stem):
            return "a clock time: a minute-by-minute detail (e.g. 'at 00:37 local time')"
        if _list_cut(stem, candidate.fact.evidence):
            return "a list cut after its first item (e.g. 'had two children - Jacqui.')"
        if len(FIGURE.findall(re.sub(r"“[^”]*”", "", stem))) >= MAX_FIGURES:
            return f"{MAX_FIGURES} or more figures: it tests recall of numbers, not the story"
        return _too_long(stem, config.max_statement_words, "max_statement_words")
    echoed = _key_number_in_stem(candidate)
    if echoed:
        return f"the stem shows the key's number ({echoed!r})"
    if _years_between(candidate):
        return "the stem's years give the key or contradict it (e.g. 'from 2008 to 2016')"
    if stem.startswith(BLANK_PREFIX):
        return _too_long(stem[len(BLANK_PREFIX) :], config.max_blank_words, "max_blank_words")
    return _too_long(stem, config.max_question_words, "max_question_words")


#: The initials that open an answer in an interview's transcript ("NG: ...", "WN: ...").
SPEAKER_LABEL = re.compile(r"(?:According to [^,]+, )?[A-Z]{1,3}: ")
#: The last part of a statement after a dash or a colon: a list it may open.
AFTER_A_MARK = re.compile(r"(?:\s[-–—]\s|:\s)([^-–—:]+?)\.?$")


def _list_cut(stem: str, evidence: str) -> bool:
    """True when the statement ends on what follows a dash or a colon and the evidence
    goes on from there with more of a list ("... two children - Jacqui, his daughter and
    Alec, his son" cut to "... two children - Jacqui."), or when it ends where the
    evidence goes on with more choices ("... by announcing a snap election, resigning,
    and allowing a provisional government to take over": one of three is no claim)."""
    last = AFTER_A_MARK.search(stem)
    if last is not None:
        at = evidence.find(last.group(1))
        if at >= 0 and evidence[at + len(last.group(1)) :].startswith((",", " and ")):
            return True
    ending = " ".join(stem.rstrip(".").split()[-3:])
    at = evidence.find(ending) if ending else -1
    return at >= 0 and LIST_GOES_ON.match(evidence[at + len(ending) :]) is not None


#: What follows a statement cut before the rest of a list of short items: ", resigning,
#: and allowing ...", ", Libya, Syria and Yemen".
LIST_GOES_ON = re.compile(r",\s*[\w’'-]+(?:\s+[\w’'-]+)?,?\s+(?:and|or)\s")


#: One word twice in a row ("the first First SACN Summit"): a slip a teacher corrects.
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
#: Words English does write twice ("what he had had", "said that that was").
KEPT_TWICE = frozenset({"had", "that"})


def _doubled_word(stem: str) -> str:
    """The first word `stem` writes twice in a row by mistake, or "": a name may repeat
    ("Sirhan Sirhan", "Duran Duran"), and so may "had" and "that"."""
    for match in DOUBLED_WORD.finditer(stem):
        one, other = match.group(0).split(" ")
        if one.lower() in KEPT_TWICE or (one == other and one[:1].isupper()):
            continue
        return match.group(0)
    return ""


#: A preposition with a comma straight after it: its object was moved to the wh-word.
STRANDED_BEFORE_COMMA = re.compile(r"\b(?:with|for|at|in|on|of|to|by|from|about|into)\s*,")

#: A statement with this many figures is a table read aloud ("The Nasdaq fell 82.85
#: points, or 3.6%, to 2,220.47, and the S&P 500 ..."): blind gradings found no good one.
MAX_FIGURES = 4
FIGURE = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?![\w])")


def _key_number_in_stem(candidate: Candidate) -> str:
    """The number of a figure key that the stem shows too ("How long did the 22-mile
    journey take?" for "22 minutes"): the choice that repeats it stands out."""
    figure = parse_figure(str(candidate.answer))
    if figure is None or not figure.raw[:1].isdigit():
        return ""
    numbers = re.findall(r"\d[\d,.]*\d|\d", candidate.question)
    return figure.raw if figure.raw in numbers else ""


def _years_between(candidate: Candidate) -> bool:
    """True when the key is a number of years and the stem gives two years ("How long did
    Johnson serve as mayor from 2008 to 2016?" for "eight years"), or a count
    of things in a row, one a year ("How many straight championships ... from 2006 to
    2010?" for "five")."""
    figure = parse_figure(str(candidate.answer))
    if figure is None:
        return False
    years = sorted(int(y) for y in re.findall(r"\b(?:1[5-9]|20)\d\d\b", candidate.question))
    if re.match(r"\s*years?\b", figure.after):
        # Any two years beside a number of years give it or contradict it ("How long did
        # Mugabe rule, serving as prime minister, 1980–1987?" for "37 years").
        return len(set(years)) >= 2
    in_a_row = IN_A_ROW.search(candidate.question) is not None
    return in_a_row and any(b - a + 1 == figure.value for a in years for b in years)


#: Words of things that came one after another ("five straight championships").
IN_A_ROW = re.compile(r"\b(?:straight|consecutive|successive|in a row)\b", re.IGNORECASE)


#: A statement that ends on its speech verb says nothing, unless what is said comes
#: before it ("“...,” Peters said.", "The crisis is severe, officials said.").
SAYS_NOTHING = re.compile(r"\b(?:says|said|say|told|tells|added|adds|stated|states)\.$")
#: A count, share, length or date question must say of what event ("How many planes
#: collided?" asks about any collision, "When was a boy killed?" about any boy).
ASKS_OF_AN_EVENT = re.compile(
    r"(?:According to [^,]+, )?(?:how many|how much|how long|what percentage|when|since when"
    r"|(?:(?:in|by|until|since|from) )?(?:what|which) (?:year|month|day|date))\b",
    re.IGNORECASE,
)


SPACED_DASH = re.compile(r"\s[—–]\s")


def _aside_cut(stem: str, evidence: str) -> bool:
    """One dash of an aside the evidence sets between two ("Gaddafi — in hiding since
    June — said ..."): a cut kept one side of it and lost what it stood in."""
    return len(SPACED_DASH.findall(evidence)) == 2 and len(SPACED_DASH.findall(stem)) == 1


def _split_compound(stem: str, evidence: str) -> str:
    """A hyphenated word of the evidence whose parts the stem shows apart ("co-sponsors"
    asked "How many co ... already-sponsors?"); "" when there is none."""
    for first, second in re.findall(r"\b(\w+)-(\w+)\b", evidence):
        whole = f"{first}-{second}"
        if whole in stem or first.isdigit() or second.isdigit():
            continue  # "2004-2009" may well be said "between 2004 and 2009"
        apart = re.search(rf"\b{re.escape(first)}\b(?!-)", stem)
        if apart and re.search(rf"\b{re.escape(second)}\b", stem):
            return whole
    return ""


def names_something(stem: str, opens_on_a_name: bool = False) -> bool:
    """True when the stem names a person, place or thing: by a capital after its first
    word, or by its first word when that is a name. "Who was elected for the first time?"
    could be asked of any election; a figure names nothing ("How long was the mourning
    period?", "Of the 71 dead, 38 are men.": blind gradings called such stems unclear)."""
    return opens_on_a_name or re.search(r"(?<=\s)[“\"(]?[A-Z]", stem) is not None


def _opens_on_a_name(doc: Doc, stem: str) -> bool:
    """True when the first word of `stem` is a name in `doc` ("Australia, at 9.4%, ...",
    "Samoan vaccination rates ...")."""
    first = re.match(r"[^\W\d_]+", stem)
    return first is not None and first.group(0) in _names_of(doc)


@per_doc
def _names_of(doc: Doc) -> frozenset[str]:
    """The words of `doc` that are names or parts of one."""
    return frozenset(
        t.text for t in doc if t.pos_ == "PROPN" or t.ent_type_ in NAMED_SUBJECTS | {"NORP"}
    )


def _too_long(text: str, limit: int, name: str) -> str | None:
    words = len(text.split())
    return f"{words} words, over {name}={limit}" if words > limit else None
