"""False statements that reverse the claim: the clause's verb said the other way round
("Bayern won the final" -> "Bayern lost the final", "prices rose" -> "prices fell").

Blind gradings found that false statements which only ever change a figure are told
apart from true ones by that alone; reversing what happened tests the story itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgen.generate.facts.common import quoted_ids, to_infinitive
from quizgen.generate.questions.text import traded
from quizgen.generate.vocabulary import (
    ACTIVITIES,
    CONTESTS,
    DOWNWARD,
    INFINITIVE_VERBS,
    LEGISLATION,
    MOVING_VERBS,
    OPPOSITE_VERBS,
    PEOPLE_NOUNS,
    PREMISES,
    RATES,
    RESTRICTIONS,
    UPWARD,
    VERB_FORMS,
)

#: Words that set one part of a sentence against another: reverse one part and the
#: sentence contradicts itself on its face.
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "while", "whereas",
                            "initially", "despite", "yet"})  # fmt: skip
#: Verbs of judging, whose manner adverb fits one way only ("sharply criticised").
JUDGING_VERBS = frozenset({"criticise", "criticize", "condemn", "praise"})
#: Verbs whose opposite only someone with a say can do ("allow" / "forbid").
RULING_VERBS = frozenset({"allow", "forbid"})
#: Who has a say, unnamed: "the government allowed ...", "the law forbids ...".
RULERS = frozenset({"government", "court", "council", "parliament", "congress", "senate",
                    "ministry", "law", "rule", "regulation", "authority", "police", "judge",
                    "committee", "board", "state", "school", "university", "league"})  # fmt: skip
#: Adverbs that fit one way only: "flatly rejected", "warmly welcomed".
ONE_WAY_ADVERBS = frozenset({"flatly", "categorically", "vehemently", "outright", "firmly",
                             "adamantly", "emphatically", "bluntly", "roundly", "staunchly",
                             "fiercely", "resolutely", "warmly", "enthusiastically",
                             "wholeheartedly", "angrily", "bitterly"})  # fmt: skip
#: Verbs of saying no, and the words that only follow a "no" ("refused to give any").
REFUSING_VERBS = frozenset({"reject", "refuse", "oppose", "forbid", "veto", "deny"})
ANY_WORDS = frozenset({"any", "anything", "anyone", "anybody", "ever", "yet"})
#: Which of a verb's forms (`VERB_FORMS`) each tag takes.
FORM_OF_TAG = {"VB": 0, "VBP": 0, "VBZ": 1, "VBD": 2, "VBN": 3, "VBG": 4}


def reversed_claim(sent: Span, statement: str) -> str | None:
    """`statement` (said of `sent`) with the verb of its main clause turned into its
    opposite, or its winner and loser swapped ("Argentina defeated Mexico" -> "Mexico
    defeated Argentina"); None when the clause has no such verb, it is negated or quoted,
    or the sentence already uses the opposite (then both may be true)."""
    return opposite_verb(sent, statement) or _sides_swapped(sent, statement)


#: Verbs of one side beating another, whose subject and object may trade places.
BEATING_VERBS = frozenset({"defeat", "beat", "edge", "overcome", "thrash", "outscore"})
#: Names of what one joins or leaves: a club, an alliance, a country.
BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: Names that can be a side: a team, a country, a person, a party (the tagger calls a
#: team a building now and then: "the San Francisco 49ers").
SIDE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


#: Words on a name that describe its side: an age, a country's, a title in apposition.
DESCRIBING_DEPS = frozenset({"amod", "poss", "nummod", "appos", "acl", "relcl"})


def _sides_swapped(sent: Span, statement: str) -> str | None:
    """`statement` with the winner and the loser of its main verb traded, when both are
    named once each in it and the verb is one of beating, not negated or quoted."""
    verb = sent.root
    if verb.lemma_.lower() not in BEATING_VERBS or verb.i in quoted_ids(sent):
        return None
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return None
    sides = [_side(c) for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    if len(sides) != 2 or None in sides:
        return None
    winner, loser = (str(side) for side in sides)
    if any(_inside_a_longer_name(name, statement) for name in (winner, loser)):
        return None  # "Rafael Nadal" would become "Rafael Jurgen Melzer"
    swapped = traded(statement, winner, loser)
    return None if swapped is None else swapped[0].upper() + swapped[1:]


def _inside_a_longer_name(name: str, statement: str) -> bool:
    """True when `name` stands in `statement` after a capitalised word, part of a longer
    name or title ("Rafael Nadal" for the parse's "Nadal")."""
    return (
        re.search(rf"\b(?!(?:The|A|An)\s)[A-Z][\w.’'-]*\s+{re.escape(name)}\b", statement)
        is not None
    )


def _side(token: Token) -> str | None:
    """The name a subject or object gives a side ("the San Francisco 49ers" ->
    "San Francisco 49ers"), or None when it is no name or carries a description that
    would stay behind when the sides are traded ("the 24-year-old Nadal", "Austria's
    Jurgen Melzer": a blind grading called the result false on its face)."""
    if token.ent_type_ not in SIDE_LABELS:
        return None
    if any(c.dep_ in DESCRIBING_DEPS for c in token.children):
        return None
    words = [t for t in token.subtree if t.ent_type_ == token.ent_type_ and t.pos_ != "DET"]
    if not words or words[-1].i != token.i:
        return None
    return token.doc[words[0].i : token.i + 1].text


def opposite_verb(sent: Span, statement: str) -> str | None:
    """`statement` with the verb of its main clause turned into its opposite."""
    quoted = quoted_ids(sent)
    for verb in _main_verbs(sent):
        opposite = _opposite(verb)
        if opposite is None or verb.i in quoted or verb.tag_ not in FORM_OF_TAG:
            continue
        if not _fits(verb):
            return None
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not win" / "did not lose": neither reads as plainly false
        if any(t.lemma_.lower() == opposite or t.lower_ in CONTRAST_WORDS for t in sent):
            return None  # "initially opposed ... but became critical": reversed, it jars
        if _way_said_again(verb, sent):
            return None  # "fell 5.5 percent, its biggest fall": turned, it contradicts itself
        written = re.findall(rf"\b{re.escape(verb.text)}\b", statement)
        if len(written) != 1:
            return None  # cut from the statement, or there twice
        word = _form(opposite, verb.tag_)
        return re.sub(rf"\b{re.escape(verb.text)}\b", _same_case(verb.text, word), statement)
    return None


def _way_said_again(verb: Token, sent: Span) -> bool:
    """True when another word of `sent` says the way `verb` went ("its biggest fall",
    "and has lost a quarter of its value")."""
    lemma = verb.lemma_.lower()
    way = UPWARD if lemma in UPWARD else DOWNWARD if lemma in DOWNWARD else frozenset()
    return any(t.i != verb.i and t.lemma_.lower() in way for t in sent)


def _opposite(verb: Token) -> str | None:
    """The lemma of `verb`'s opposite: "lost 200 points" gained them, "lost the final" won
    it."""
    return "gain" if _lost_a_measure(verb) else OPPOSITE_VERBS.get(verb.lemma_.lower())


def _lost_a_measure(verb: Token) -> bool:
    """True for "lost" of a measured thing ("The Dow lost 200 points"), not of a contest."""
    return verb.lemma_.lower() == "lose" and _measured(verb) and not _contest(verb)


#: Prepositions whose sense goes with the verb's way ("dropped below US$95", "rose from
#: five to six"): the verb turned alone contradicts them.
WAY_PREPOSITIONS = frozenset({"below", "under", "above", "over", "beneath", "beyond", "past",
                              "from"})  # fmt: skip


def _measured(verb: Token) -> bool:
    """True when what moved is measured: a common noun ("prices rose") or a figure of the
    verb ("the Dow rose 200 points"), said actively ("Imus was dropped by MSNBC" is no
    move), with no object but a figure ("dropped the charges") and none of people ("lost
    nine residents"), no infinitive ("declined to comment") and no preposition that says
    the way ("dropped below US$95")."""
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", "auxpass", "nsubjpass") for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in WAY_PREPOSITIONS for c in children):
        return False
    measures = [c for c in children if c.dep_ in ("dobj", "npadvmod", "attr")]
    if any(c.dep_ == "dobj" and not _has_figure(c) for c in measures):
        return False
    if any(c.lemma_.lower() in PEOPLE_NOUNS for c in measures):
        return False  # "has lost nine residents" tells deaths: "gained" is absurd
    subjects = [c for c in children if c.dep_ == "nsubj"]
    by = [c for c in children if c.dep_ == "prep" and c.lower_ in ("by", "to")]
    figure = any(_has_figure(c) for c in measures + by)
    return (bool(subjects) and subjects[0].pos_ == "NOUN") or figure


def _from_to(verb: Token) -> bool:
    """True when figures say which way it went ("increased the toll from five to six")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "from five to six"
    return {"from", "to"} <= {p.lower_ for p in preps if _has_figure(p)}


def _has_figure(token: Token) -> bool:
    return any(t.like_num for t in token.subtree)


def _contest(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CONTESTS for c in verb.children)


def _object_in(verb: Token, nouns: frozenset[str]) -> bool:
    """True when the verb's object is one of `nouns` ("lifted the ban")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _fits(verb: Token) -> bool:
    """True when the opposite verb reads in this verb's frame: no particle ("lifted off"),
    no manner adverb on a verb of judging ("sharply criticised"), and a contest for "won"
    / "lost" ("lost to Slovakia" is no "won to Slovakia", "won five Grammys" no "lost five
    Grammys"). "Confirmed" / "denied" is never turned: blind gradings found a team denying
    its own find, and double negatives ("denied that ... will not")."""
    deps = {c.dep_: c for c in verb.children}
    if "prt" in deps or _from_to(verb):
        return False
    if "acomp" in deps or "oprd" in deps:
        return False  # "has grown frustrated", "fell ill": a verb used as "became"
    manner = any(c.dep_ == "advmod" and c.lower_.endswith("ly") for c in verb.children)
    if manner and verb.lemma_.lower() in JUDGING_VERBS:
        return False  # "sharply criticised" is no "sharply praised"; "rose sharply" "fell"
    if any(c.dep_ == "advmod" and c.lower_ in ONE_WAY_ADVERBS for c in verb.children):
        return False  # "flatly rejected" is no "flatly accepted"
    if any(c.dep_ == "advcl" and _says_why(c) for c in verb.children):
        return False  # "To say farewell, Tussauds have allowed free entry": why fits one way
    lemma = verb.lemma_.lower()
    if lemma in REFUSING_VERBS and any(t.lower_ in ANY_WORDS for t in verb.subtree):
        return False  # "rejected the notion that there was any connection": "accepted" it?
    if lemma in JUDGING_VERBS | {"welcome"} and quoted_ids(verb.sent):
        return False  # "criticised the wine, saying “It was a great wine”": the quote says
    reason = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if lemma in JUDGING_VERBS and reason:
        return False  # "criticised for not cooperating": the reason says which way it went
    if lemma in RULING_VERBS:
        # "The government allowed ..." / "forbade ...", never "The travelator forbids
        # passengers to transfer": only someone who rules can forbid.
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and (
            subjects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or subjects[0].lemma_.lower() in RULERS
        )
    if lemma in MOVING_VERBS:
        # "Strauss-Kahn fell from favour" is no "rose from favour": a name's rise and
        # fall are idioms; a thing measured ("prices") or a figure ("rose 5%") is not.
        return _measured(verb)
    if lemma in ("lift", "impose"):
        return _object_in(verb, RESTRICTIONS)  # "lifted the trophy" is imposed on no one
    if lemma in ("open", "close"):
        return _object_in(verb, PREMISES)  # "opened fire", "closed at 9,000 points"
    if lemma == "pass":
        return _object_in(verb, LEGISLATION)  # "passed the ball", "passed the test"
    if lemma in ("suspend", "resume"):
        return _undergoes(verb, ACTIVITIES)  # "suspended the player" is resumed by no one
    if lemma in ("raise", "lower", "cut"):
        return _undergoes(verb, RATES)  # "raised money", "cut 500 jobs"
    if lemma == "join":
        # "joined NATO" / "left NATO"; "joined the protest" or "joined Kosgei at the
        # finish line" has no such opposite.
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return "auxpass" not in deps and any(o.ent_type_ in BODY_LABELS for o in objects)
    if lemma in ("convict", "acquit"):
        # Of a named person only: "acquitted a serial killer" keeps words that presume
        # the verdict.
        tried = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(t.ent_type_ == "PERSON" for t in tried)
    if lemma in INFINITIVE_VERBS:
        return any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children)
    if _lost_a_measure(verb):
        return True  # "The Dow lost 200 points" / "gained"
    if lemma in ("win", "lose"):
        if "auxpass" in deps:
            return False  # "a contest was won by a work of genius"
        if "dobj" in deps:
            return deps["dobj"].lemma_.lower() in CONTESTS
        return not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return True


#: Words that open a clause of cause: "strengthened their lead when an error led to a goal".
CAUSE_MARKS = frozenset({"because", "since", "as", "when", "so"})


def _says_why(clause: Token) -> bool:
    """True when the adverbial clause `clause` gives a purpose put first ("To say
    farewell, ...") or a cause ("when an error led to a goal"): it fits the claim's way,
    not the other. A result after it ("lost 2.5% to close at 2,100") is turned with it."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "aux", "advmod")}
    purpose = "to" in marks and clause.i < clause.head.i
    return purpose or bool(marks & CAUSE_MARKS)


def _undergoes(verb: Token, nouns: frozenset[str]) -> bool:
    """True when what `verb` acts on, its object or (said passively) its subject, is one
    of `nouns` ("suspended flights", "flights were suspended")."""
    return _object_in(verb, nouns) or any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in nouns for c in verb.children
    )


def _main_verbs(sent: Span) -> list[Token]:
    """The sentence's root and the verbs joined to it by "and", in order."""
    root = sent.root
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]


def _form(lemma: str, tag: str) -> str:
    """`lemma` in the form `tag` asks for (regular verbs by rule)."""
    forms = VERB_FORMS.get(lemma)
    if forms is not None:
        return forms[FORM_OF_TAG[tag]]
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    regular = (lemma, f"{lemma}s", f"{stem}ed", f"{stem}ed", f"{stem}ing")
    if lemma.endswith("y"):
        regular = (lemma, f"{lemma[:-1]}ies", f"{lemma[:-1]}ied", f"{lemma[:-1]}ied", f"{lemma}ing")
    return regular[FORM_OF_TAG[tag]]


def _same_case(original: str, word: str) -> str:
    return word[0].upper() + word[1:] if original[:1].isupper() else word
