"""What a teacher would test: trivia no question is worth, and how central a fact is.

`triviality` names why a fact is not worth a question (a weekday, a month of the story, a
clock time, a match minute, an outlet, one name of a long list, one entry of a series of
like sentences, an affiliation, a count its own sentence spells out or says again, a
number of a name, a bare number, where someone is from, an interviewer's turn, a claim
the article only supposes); `centrality` scores how close a fact is
to the article's headline and lead, where the claims a teacher tests are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import dated_word, entity_at, per_doc, per_position
from quizgen.generate.facts.numbers import of_a_move
from quizgen.generate.facts.people import role_of
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.partial import ORDINAL
from quizgen.generate.vocabulary import (
    COUNTED_BACK,
    DASHES,
    FRACTION_NOUNS,
    MATCH_WORDS,
    MONTHS,
    ORDINAL_WORDS,
    OUTLET_WORDS,
    PLAY_PHRASES,
    PLAY_WORDS,
    REMARK_VERBS,
    REPORTERS,
    RESULT_WORDS,
    SCALES,
    SEQUENCE_NOUNS,
    SPEECH_VERBS,
    STEM_STOP_WORDS,
    SUBSTITUTION,
    SUPPOSING_MARKS,
    UNIT_ABBREVIATIONS,
    WEEKDAYS,
    WORD_NUMBERS,
)

#: Roles that make no one a source: anyone in the place ("Asha Abdulle, Mogadishu resident").
BYSTANDERS = frozenset({"resident", "residents", "witness", "eyewitness", "local", "neighbour",
                        "neighbor", "passer-by", "bystander", "onlooker", "villager", "shopper",
                        "commuter", "passenger"})  # fmt: skip

#: Words of belief whose denial leaves what follows unasserted.
BELIEF_WORDS = frozenset({"convince", "convinced", "believe", "think", "expect", "sure", "certain"})
CLOCK = re.compile(r"\d[:.]\d\d|\b(a\.?m|p\.?m|o'clock|noon|midnight|morning|afternoon|evening)\b")


#: Main verbs that make no series: any article says and is things of several people.
SERIES_VERBS_LEFT_OUT = SPEECH_VERBS | {"be", "have", "do"}

#: The label of an interviewer's turn in a transcript ("((WSS)) :", "Q:"): what follows
#: leads up to a question put to the guest, and is asked back garbled.
INTERVIEWER_TURN = re.compile(r"\(\([^()]{1,40}\)\)\s*:|^(?:Q|Question|Interviewer)\s*:")

#: Parts of a whole counted in words ("two thirds of the island").
FRACTION_WORDS = re.compile(rf"\b(?:halves|{'|'.join(f'{noun}s' for noun in FRACTION_NOUNS)})\b")


#: Below this, a sum to the cent is a rate or a unit cost, not a share or oil price.
MARKET_PRICE_FLOOR = 10


def _moved_by_cents(doc: Doc, fact: Fact) -> bool:
    """True for a sum to the cent that says how far a price moved ("shares rose US$5.41
    in regular trading"): a day's trading, however small the sum."""
    return re.search(r"\d\.\d\d\b", fact.answer) is not None and of_a_move(doc, fact)


def _to_the_cent(answer: str) -> bool:
    """True for a sum of ten or more to the cent that is no shop price ("$373.72", not
    "$29.99", nor a rate such as "$1.04 for every $1")."""
    cents = re.search(r"(\d[\d,]*)\.(\d\d)\b", answer)
    scaled = any(w in SCALES for w in re.findall(r"[a-z]+", answer.lower()))
    if cents is None or scaled or cents.group(2)[-1] in "59":
        return False
    return float(cents.group(1).replace(",", "")) >= MARKET_PRICE_FLOOR


def triviality(doc: Doc, fact: Fact, title: str = "") -> str | None:
    """Why `fact` is not worth asking, or None when it is (`title`: the headline)."""
    answer = fact.answer.lower()
    spec = spec_of(fact)
    root = doc[fact.start : fact.end].root
    # Lazily, first reason wins: most facts meet none, and some tests walk the article.
    checks: tuple[tuple[Callable[[], object], str], ...] = (
        (lambda: spec.distractors == "other_dates" and _weekday_only(answer), "a weekday"),
        (
            lambda: spec.distractors == "other_dates" and _month_of_the_story(doc, fact),
            "a month counted from the story (e.g. 'That September')",
        ),
        (lambda: fact.label == "TIME" and CLOCK.search(answer) is not None, "a clock time"),
        (
            lambda: spec.distractors == "other_dates" and _dated_remark(root),
            "the date of a remark (e.g. 'described Day to the BBC in 2002')",
        ),
        (
            lambda: _birth(root),
            "a birth: who someone is, not what happened (blind gradings: trivia)",
        ),
        (
            lambda: spec.distractors == "other_dates" and answer in MONTHS,
            "a month with no day or year (blind gradings called 'In which month' trivia)",
        ),
        (
            lambda: spec.measure and answer.split()[0] in COUNTED_BACK,
            "a period counted from the story's day (e.g. 'the past six months')",
        ),
        (lambda: fact.label == "FAC", "a venue or building"),
        (
            lambda: spec.ordinal and _position_in_sequence(answer),
            "a match minute or a place in a sequence",
        ),
        (lambda: _is_outlet(doc, fact), "a news outlet or publication"),
        (
            lambda: spec.amount and STANDINGS.search(root.sent.text) is not None,
            "a place in a table and its points (e.g. 'sixth with 441, followed by ...')",
        ),
        (lambda: spec.stem == "clause" and _one_of_a_list(root), "one name of a list"),
        (lambda: _affiliation(root), "a party or affiliation"),
        (
            lambda: spec.amount and _count_spelled_out(doc, fact),
            "its sentence lists what it counts",
        ),
        (
            lambda: spec.distractors == "other_dates" and _enumerated(root.sent),
            "one date of things its sentence goes through (e.g. 'in 2007 and a second recently')",
        ),
        (lambda: _headline_place(fact, title), "the place the headline names"),
        (
            lambda: spec.amount and _short_unit(doc, fact),
            "a measurement in short units (e.g. '38,000 ft')",
        ),
        (
            lambda: spec.amount and _part_of_a_sum(root),
            "one figure of a sum (e.g. '155 passengers and seven crew')",
        ),
        (lambda: _supposed(root), "a claim the article only supposes or doubts (e.g. 'if ...')"),
        (lambda: _play_by_play(root.sent), "one play of a match (a booking, a pass, an inning)"),
        (lambda: root.sent.root.lemma_ == "quote", "who quotes whom (e.g. 'The report quotes X')"),
        (
            lambda: spec.amount and _counts_pages(doc, fact),
            "how long a document is (e.g. '83 pages')",
        ),
        (
            lambda: fact.kind == "money" and (_to_the_cent(answer) or _moved_by_cents(doc, fact)),
            "a market price to the cent (e.g. 'shares fell to $373.72')",
        ),
        (
            lambda: spec.amount and re.fullmatch(r"\d{1,2}/\d{1,2}", answer) is not None,
            "a date written with a slash, no count (e.g. '9/11')",
        ),
        (
            lambda: spec.amount and FRACTION_WORDS.search(answer) is not None,
            "a fraction, no count (e.g. 'two thirds': 'five thirds' is no wrong share)",
        ),
        (
            lambda: (spec.amount or spec.distractors == "other_dates") and _designation(doc, fact),
            "a name's number (e.g. 'Boeing 707', 'Directive 2000')",
        ),
        (
            lambda: spec.amount and _counts_nothing(root),
            "a bare number that says not what it counts",
        ),
        (
            lambda: spec.amount and _counted_before(root),
            "a count said again ('the three primaries')",
        ),
        (
            lambda: spec.amount and _family_size(root),
            "how big someone's family is ('has five children')",
        ),
        (
            lambda: fact.kind == "place" and _hometown(root),
            "where someone is from (e.g. 'X is from Y')",
        ),
        (
            lambda: spec.speaker and _passer_by(doc, fact),
            "the words of a passer-by (named once, no role)",
        ),
        (
            lambda: report_s_making(root.sent),
            "how the report was made (e.g. 'X answered questions from a Wikinews reporter')",
        ),
        (
            lambda: INTERVIEWER_TURN.search(root.sent.text) is not None,
            "an interviewer's turn of a transcript (e.g. '((WSS)) : In 2016, ...?')",
        ),
        (
            lambda: _one_of_a_series(doc, root.sent, title),
            "one entry of a series (e.g. each of eleven pardons, 'X was convicted of ...')",
        ),
    )
    return next((reason for test, reason in checks if test()), None)


#: Verbs of the reporter's own steps: whom they asked, met, contacted or heard from.
REPORTING_STEPS = frozenset({"answer", "speak", "talk", "reach", "contact", "attend",
                             "interview", "ask", "email", "e-mail", "meet", "visit", "discuss",
                             "attempt", "try"})  # fmt: skip


def report_s_making(sent: Span) -> bool:
    """True when the sentence tells how the report was made ("X answered questions from
    Wikinews reporter Y", "Wikinews contacted the NBI by e-mail", "Siegel agreed to answer
    questions for Wikinews"): the reporter's steps, not the story (blind gradings:
    trivia). What someone told the outlet ("X told Wikinews the plant will close") is the
    story."""
    verb = sent.root
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if not any(v.lemma_.lower() in REPORTING_STEPS for v in verbs):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children) or any(t.text in '“"' for t in sent):
        return False
    return any(t.lower_ in REPORTERS for t in sent)


def _month_of_the_story(doc: Doc, fact: Fact) -> bool:
    """A month with no year that "that", "this", "last" or "next" places in the story's
    time ("That September, she started ..."): which year's, the stem cannot say."""
    words = fact.answer.lower().split()
    before = doc[fact.start - 1].lower_ if fact.start > 0 else ""
    month_only = len(words) == 1 and words[0] in MONTHS
    return month_only and before in ("that", "this", "last", "next")


def _passer_by(doc: Doc, fact: Fact) -> bool:
    """A speaker the article names once, with no title, role or body they speak for
    ("said Lisa Lynn, who was attending the game"): a witness's words are colour, not a
    claim a teacher tests (blind gradings called such quotes trivial)."""
    ent = entity_at(doc[fact.start])
    role = role_of(ent).lower().split()
    if ent.label_ != "PERSON" or role and role[-1] not in BYSTANDERS:
        return False  # "a Mogadishu resident" is a passer-by all the same
    key = name_key(ent.text)
    if sum(1 for other in doc.ents if other.label_ == "PERSON" and name_key(other.text) == key) > 1:
        return False
    after = doc[ent.end : ent.end + 3]
    return not (
        len(after) > 1
        and after[0].lower_ in ("of", "from")
        and any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in after[1:])
    )


def _one_of_a_series(doc: Doc, sent: Span, title: str) -> bool:
    """One of three or more sentences that say the same of different people ("Trump
    granted X a pardon.", "Y was convicted of ...", "Z set an Asian record"): which
    person did what is one entry of a list, unless the headline names that person or a
    superlative sets the entry apart ("with 84,121 votes, the most given to any list")."""
    entries = _series(doc).get(_series_key(sent), {})
    if len(entries) < 3 or sent.start not in entries:
        return False
    if any(t.tag_ in ("JJS", "RBS") for t in sent):
        return False
    headline = {w.lower() for w in re.findall(r"[\w-]+", title)}
    return not entries[sent.start] & headline


@per_doc
def _series(doc: Doc) -> dict[tuple[str, bool], dict[int, frozenset[str]]]:
    """Sentences by their main verb and voice, each with the names in its subject or
    object that the others of its verb lack ("Trump granted X a pardon": X). A sentence
    whose subject is "he" or "she" is an entry too, naming no one."""
    named: dict[tuple[str, bool], dict[int, frozenset[str]]] = {}
    for sent in doc.sents:
        key = _series_key(sent)
        if key[0]:
            named.setdefault(key, {})[sent.start] = _who(sent.root)
    series: dict[tuple[str, bool], dict[int, frozenset[str]]] = {}
    for key, sentences in named.items():
        for start, names in sentences.items():
            others = set().union(*(n for s, n in sentences.items() if s != start))
            if names - others or names == {PERSONAL}:
                series.setdefault(key, {})[start] = frozenset(names - others)
    named_entries = {key: sum(map(bool, entries.values())) for key, entries in series.items()}
    return {key: entries for key, entries in series.items() if named_entries[key] >= 3}


#: What `_who` gives for a subject "he" or "she".
PERSONAL = "<personal>"


def _who(verb: Token) -> frozenset[str]:
    """The proper-noun words of `verb`'s subject, its indirect object and a person as its
    object ("Angela Ronae Stanton"): not of a thing it names (what Buffon won is no list
    of people). `PERSONAL` alone for a subject "he" or "she"."""
    words: set[str] = set()
    for arg in verb.children:
        person = arg.dep_ == "dobj" and arg.ent_type_ == "PERSON"
        if arg.dep_ not in ("nsubj", "nsubjpass", "dative") and not person:
            continue
        if arg.lower_ in ("he", "she"):
            return frozenset({PERSONAL})
        name = [c for c in arg.children if c.dep_ == "compound"] + [arg]
        words |= {t.lower_ for t in name if t.pos_ == "PROPN"}
    return frozenset(words)


def _series_key(sent: Span) -> tuple[str, bool]:
    """The main verb's lemma and whether it is passive; no lemma for a verb of saying or
    being, which any article repeats."""
    root = sent.root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX") or lemma in SERIES_VERBS_LEFT_OUT:
        lemma = ""
    return lemma, any(c.dep_ == "auxpass" for c in root.children)


def _hometown(root: Token) -> bool:
    """ "Tusk, a founding member, is from Gdańsk": a person's background, not the story."""
    preposition = root.head
    verb = preposition.head
    return preposition.lower_ == "from" and verb.lemma_ == "be" and preposition.dep_ == "prep"


def _counts_nothing(root: Token) -> bool:
    """A bare number as a verb's object ("McCarthy received 192.", "Italy had around
    27,000"): what it counts (votes, deaths) is left to the sentences or asides around it.
    A hedge on the object's number ("around") counts nothing either; "the number of rhinos
    is around 100" says what it counts in its subject."""
    if root.pos_ != "NUM" or root.dep_ not in ("dobj", "attr"):
        return False
    hedged = root.dep_ == "dobj" and all(c.dep_ in ("advmod", "quantmod") for c in root.children)
    return hedged or not list(root.children)


def _counted_before(root: Token) -> bool:
    """A count inside "the" or "these" and its noun ("The three primaries represented 441
    delegates", "these two major automakers"): the article counted them before, and
    asking it reads backwards."""
    noun = root.head
    return (
        root.dep_ == "nummod"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in noun.children)
    )


#: Determiners of things named before ("the three primaries", "those two provinces").
POINTING_BACK = frozenset({"the", "these", "those"})


#: Members of a family, counted in "has five children", "survived by three sons".
FAMILY_MEMBERS = frozenset({"child", "son", "daughter", "grandchild", "great-grandchild",
                            "sibling", "brother", "sister", "stepchild"})  # fmt: skip


def _family_size(root: Token) -> bool:
    """A count of someone's children or siblings ("is married and has five children",
    "is survived by three sons", "was one of eight children"): a family detail, not the
    story. Children who died or were rescued are the story, and are asked."""
    noun = root.head if root.dep_ == "nummod" else root
    if noun.lemma_.lower() not in FAMILY_MEMBERS:
        return False
    if noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        # "was one of eight children raised in ...", not "one of eight children rescued".
        clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        return all(c.lemma_.lower() in ("raise", "bear", "grow") for c in clauses)
    verb = noun.head.head if noun.head.lower_ == "by" else noun.head
    return verb.lemma_.lower() in ("have", "leave", "survive")


def _designation(doc: Doc, fact: Fact) -> bool:
    """A number that is part of a name ("a Boeing 707", "Apollo 11", "the Electronic
    Commerce Directive 2000"): the article writes it right after a proper noun somewhere,
    and "the 707" elsewhere is the same name; "the 75 was introduced in 1998" names a
    model by its number alone. Neither a count nor a date to ask."""
    return fact.answer.strip() in _numbers_of_names(doc) or _number_as_a_noun(doc, fact)


def _number_as_a_noun(doc: Doc, fact: Fact) -> bool:
    """True for "the" and a bare number that stands for a noun ("since the 75 was
    introduced", "produced the 45")."""
    token = doc[fact.start : fact.end].root
    return (
        fact.end - fact.start == 1
        and token.like_num
        and token.dep_ in NOMINAL_DEPS
        and fact.start > 0
        and doc[fact.start - 1].lower_ == "the"
    )


#: Where a word stands as a noun phrase of its own.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})


@per_doc
def _numbers_of_names(doc: Doc) -> frozenset[str]:
    """The numbers the article writes as part of a name, right after the proper noun they
    belong to ("Boeing 707"): worked out once, not per figure."""
    return frozenset(
        t.text
        for t in doc
        if t.is_digit
        and t.i > 0
        and doc[t.i - 1].pos_ == "PROPN"
        and t.head == doc[t.i - 1]
        and doc[t.i - 1].lower_ not in MONTHS  # "May 2018" is a date
    )


def _counts_pages(doc: Doc, fact: Fact) -> bool:
    """A figure of pages ("an 83-page decision", "83 pages"): the length of a document."""
    after = doc[fact.end : fact.end + 2]
    return any(t.lemma_.lower() == "page" for t in [*doc[fact.start : fact.end], *after])


#: A line of a league table: a place and its points ("were fourth and fifth with 307 and
#: 455 points", "was sixth with 441, followed by Jimmie Johnson with 453").
STANDINGS = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))(?: and \w+)? with \d")


@per_position
def _play_by_play(sent: Span) -> bool:
    """A sentence telling one play of a match ("Two yellow cards were handed out",
    "Denilson's sloppy pass in the 81st minute", "Porter led off the second inning")
    rather than its result: blind gradings called every question on one trivial."""
    lemmas = {t.lemma_.lower() for t in sent}
    substitution = SUBSTITUTION.search(sent.text) and lemmas & MATCH_WORDS
    plays = lemmas & PLAY_WORDS or PLAY_PHRASES.search(sent.text) or substitution
    # "an opportunity to score": what was tried is no result.
    results = {t.lemma_.lower() for t in sent if t.i == sent.start or t.nbor(-1).lower_ != "to"}
    return bool(plays) and not results & RESULT_WORDS


def _headline_place(fact: Fact, title: str) -> bool:
    """ "Where did municipalities ask schools to pay?" in a report headlined "Italian
    municipalities ...": the headline gives the answer away."""
    if fact.kind != "place":
        return False
    stem = fact.answer.lower().split()[0] if fact.answer.split() else ""
    words = re.findall(r"[a-z]+", title.lower())
    return len(stem) >= 4 and any(w.startswith(stem[:-1]) for w in words)


def _short_unit(doc: Doc, fact: Fact) -> bool:
    """A figure followed by a short unit ("38,000 ft", "600 km"): it is a measurement,
    and "How many ft" is no question."""
    after = doc[fact.end] if fact.end < len(doc) else None
    last = fact.answer.split()[-1].lower() if fact.answer.split() else ""
    return last in UNIT_ABBREVIATIONS or (after is not None and after.lower_ in UNIT_ABBREVIATIONS)


def _part_of_a_sum(root: Token) -> bool:
    """A figure joined to another by "and" ("155 passengers and seven crew"): asking one
    part reads as asking the whole."""
    noun = root.head if root.dep_ == "nummod" else root
    linked = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        linked.append(noun.head)
    return any(any(t.like_num for t in other.subtree) for other in linked if other.i != root.i)


def _position_in_sequence(answer: str) -> bool:
    """ "the 62nd minute", "the second case", "floor 33rd": a position, not a fact."""
    if ORDINAL.search(answer) is None:
        return False
    return bool(set(re.findall(r"[a-z]+", answer)) & SEQUENCE_NOUNS) or len(answer.split()) == 1


def _weekday_only(answer: str) -> bool:
    words = set(re.findall(r"[a-z]+", answer))
    has_day = bool(words & set(WEEKDAYS))
    has_fixed = bool(words & set(MONTHS)) or re.search(r"\d", answer) is not None
    return has_day and not has_fixed


def _is_outlet(doc: Doc, fact: Fact) -> bool:
    """A news outlet, agency or journal: a name ending in an outlet word ("ABC News"), or
    the one someone "told"."""
    if fact.label not in ("ORG", "WORK_OF_ART", "NORP", ""):
        return False
    words = fact.answer.lower().split()
    if words and (words[-1] in OUTLET_WORDS or "news" in words):
        return True
    root = doc[fact.start : fact.end].root
    return root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell"


def _one_of_a_list(root: Token) -> bool:
    """One of three or more things joined by "and"/commas, or one of two names ("_____
    and Wong Kwok-kin were re-elected"): asking one tests nothing."""
    head = root
    while head.dep_ == "conj":
        head = head.head
    members = _chain(head)
    named = root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return len(members) >= 3 or (named and len(members) >= 2)


def _chain(head: Token) -> set[int]:
    """The token ids of a conjunction chain starting at `head`."""
    ids = {head.i}
    frontier = [head]
    while frontier:
        token = frontier.pop()
        for child in token.children:
            if child.dep_ == "conj" and child.i not in ids:
                ids.add(child.i)
                frontier.append(child)
    return ids


def _affiliation(root: Token) -> bool:
    """ "Lee Cheuk-yan of the Labour Party": the party a person belongs to."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON"


def _count_spelled_out(doc: Doc, fact: Fact) -> bool:
    """ "two politicians, Lee and Fung": the names after the count give it away; so does
    "one national and one made up of refugees" or "in 2007 and a second recently", and
    the names before "all three" ("India, Singapore and Australia searched the sea: all
    three nations offered help")."""
    value = _small_value(fact.answer)
    if value is None:
        return False
    sent = doc[fact.start].sent
    after = doc[fact.end : sent.end]
    if len(_names_in(after)) >= value >= 2:
        return True
    all_of = fact.start > sent.start and doc[fact.start - 1].lower_ in ("all", "both")
    if all_of and len(_names_in(doc[sent.start : fact.start])) >= value >= 2:
        return True
    one_and_one = re.search(r"\bone\b.*\band one\b", after.text.lower()) is not None
    listed = _listed_after_colon(after.text, value) or _list_opens_after(doc, fact)
    return one_and_one or _enumerated(after) or listed


def _list_opens_after(doc: Doc, fact: Fact) -> bool:
    """True when a dash right after the counted noun opens the list of what is counted
    ("two children - Jacqui, his daughter and Alec, his son"): a changed count contradicts
    the list, and a statement cut before it reads "four children - Jacqui"."""
    after = fact.end
    while after < len(doc) and doc[after].pos_ == "NOUN":
        after += 1  # the counted noun, however the parse hangs the list on it
    return fact.end < after < len(doc) and doc[after].text in ("-", *DASHES)


def _listed_after_colon(text: str, value: int) -> bool:
    """True when a colon after the count opens a list of that many things ("four aspects
    of national identity: language, traditions, birthplace and religion"): the list
    counts them, and a changed count contradicts it."""
    _, colon, listed = text.partition(":")
    items = [i for i in re.split(r",|\band\b|\bor\b", listed.rstrip(". ")) if i.strip()]
    return bool(colon) and len(items) == value


def _enumerated(span: Span) -> bool:
    """True when `span` goes through things one by one ("in 2007 and a second recently"):
    a count or a date of them would take the first for all of them."""
    return re.search(r"\band (?:a second|another)\b", span.text.lower()) is not None


def _names_in(span: Span) -> set[str]:
    """The people, organisations and places `span` names."""
    return {entity_at(t).text for t in span if t.ent_type_ in ("PERSON", "ORG", "GPE")}


def _small_value(answer: str) -> int | None:
    words = answer.lower().split()
    for word in words:
        if word.isdigit() and int(word) <= 10:
            return int(word)
        if word in WORD_NUMBERS and WORD_NUMBERS[word] <= 10 and word not in ("a", "an"):
            return WORD_NUMBERS[word]
    return None


def _dated_remark(date: Token) -> bool:
    """True when `date` dates what someone said of the story ("said in 2000 that ...",
    "described Day to the BBC in 2002"): blind gradings called "When did X say ...?"
    trivia, a question on the remark rather than the event."""
    verb = dated_word(date)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REMARK_VERBS


def _birth(root: Token) -> bool:
    """ "was born in 1939", "Sukhinova, born in 1987 in Kiev": a fact of a birth, or of
    a sentence that tells one ("X was born in Baltimore in 1949")."""
    return "born" in (dated_word(root).lower_, root.sent.root.lower_)


def _supposed(root: Token) -> bool:
    """Inside an "if"/"unless"/"whether" clause, or under a denied belief ("was not
    convinced that Khadr would remain in Canada"): the article does not assert it."""
    for ancestor in [root, *root.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in ancestor.children):
            return True
        if ancestor.lemma_ in BELIEF_WORDS and any(c.dep_ == "neg" for c in ancestor.children):
            return True
    return False


def centrality(doc: Doc, fact: Fact, title: str, in_lead: bool) -> dict[str, float]:
    """Score parts for how central `fact` is: its sentence shares words with the headline
    (`headline`, 0..1) and lies in the lead paragraph (`in_lead`)."""
    parts = {"headline": _overlap(doc[fact.start].sent, title)}
    if in_lead:
        parts["lead"] = 1.0
    return parts


def _overlap(sent: Span, title: str) -> float:
    title_words = _content_words(title)
    if not title_words:
        return 0.0
    sentence_words = _content_words(sent.text)
    return len(title_words & sentence_words) / len(title_words)


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {w.rstrip("s") for w in words if w not in STEM_STOP_WORDS and len(w) > 2}
