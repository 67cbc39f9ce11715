"""Rewriting an article sentence into a wh-question whose answer is a fact's span.

"The White House said the call lasted about an hour." with the answer "about an hour"
becomes "According to the White House, how long did the call last?". When the sentence
does not fit the few shapes handled here the caller falls back to a fill-in-the-blank stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quizgen.generate.config import DEFAULT, GenerationConfig
from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import entity_at, in_quotation
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.clause import (
    clause_verb,
    clause_view,
    misread_conjunct,
    split_prefix,
    subject_of,
    that_as_subject,
    with_entity,
)
from quizgen.generate.questions.partial import (
    ORDINAL,
    how_many_of,
    in_apposition,
    which_person,
)
from quizgen.generate.questions.wording import (
    closed_aside,
    comma_after_answer,
    first_word,
    join_tokens,
    question_mark,
    sentence_case,
)
from quizgen.generate.vocabulary import (
    DASHES,
    FINITE_TAGS,
    IRREGULAR_VERBS,
    MEASURE_NOUNS,
    PLACE_WRAPPERS,
    PRONOUNS,
    QUOTE_CHARS,
    SPEECH_VERBS,
)

#: Clauses whose subject is not a word we can move ("which", a gap, an implied subject).
EMBEDDED = {"relcl", "acl", "csubj", "amod", "pcomp", "xcomp", "advcl", "pobj", "prep"}
DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}


@dataclass(frozen=True)
class Phrasing:
    """A question and the matching statement, split around the answer for true/false."""

    question: str
    #: The statement is `before + answer + after` (attribution included).
    before: str
    after: str
    #: Which shape of question it is ("wh.subject", "wh.inverted", "measure.noun").
    template: str = "wh"


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}
#: Prepositions a number's phrase may leave behind ("how many of them did X vote for").
STRANDABLE = {"with", "by", "for", "to", "from", "about", "on"}
#: Prepositions that go in front with "how many" and their noun ("In how many murders
#: ...?"); never "of", whose noun is a part of something ("of how many people"), nor "at",
#: whose figure is a level ("set bail at 100,000 lari").
PIED_PIPED = {"in", "across", "after", "over", "within", "into", "among", "during"}
#: What a noun counted after a preposition may carry: "those two northern provinces".
PLAIN_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss", "quantmod"})
#: A score of a match: a count beside it is read off it ("in five sets, 7-6, 4-6, ...").
SCORE = re.compile(r"\d+\s?[-–]\s?\d+")


def _plainly_counted(fact: Fact, number: Token, noun: Token) -> bool:
    """True when `number` counts `noun` and nothing else hangs on the noun: no clause, no
    aside ("in 176 matches, the most by any player" asks garbled), in a sentence with no
    match score."""
    if spec_of(fact).wh != "how many" or number.head.i != noun.i or number.dep_ != "nummod":
        return False
    if any(c.dep_ not in PLAIN_MODIFIERS for c in noun.children):
        return False
    return SCORE.search(noun.sent.text) is None


def _noun_after_ordinal(answer: Span) -> str:
    """ "minute" in "62nd minute" ("" when the ordinal stands alone)."""
    nouns = [t for t in answer if t.pos_ in ("NOUN", "PROPN") and not ORDINAL.fullmatch(t.text)]
    return nouns[-1].text if nouns else ""


def _is_whole(phrase: list[Token], answer_ids: set[int], root: Token) -> bool:
    """True when the answer is all of `phrase` but for articles, punctuation and (for
    people) an apposition after the name."""
    for token in phrase:
        if token.i in answer_ids or token.is_punct or token.is_space:
            continue
        if _place_wrapper(token, answer_ids):
            continue  # "in the town of Janzur" is where Janzur is
        if token.dep_ == "appos" and token.head.i in answer_ids and token.i > token.head.i:
            continue  # "Janzur, west of Tripoli": the apposition says where the answer is
        if token.dep_ == "cc" and not any(c.dep_ == "conj" for c in token.head.children):
            continue  # "on August 10 and | South Korea says ...": the "and" joins clauses
        if token.dep_ in ("det", "case") and token.i < root.i:
            continue
        if (
            token.i < root.i
            and token.dep_ in ("compound", "amod", "poss")
            and root.ent_type_ == "PERSON"
        ):
            continue  # a title: "US Vice President Mike Pence"
        # An apposition after the answer may go; a clause on it only after a person ("80
        # days to appeal the sentence" is no "how long" without its clause).
        side = ("appos", "relcl", "acl") if root.ent_type_ == "PERSON" else ("appos",)
        if token.head.i == root.i and token.dep_ in side and token.i > root.i:
            continue
        if token.i > root.i and any(a.dep_ == "appos" for a in token.ancestors if a.i > root.i):
            continue
        return False
    return True


def _place_wrapper(token: Token, answer_ids: set[int]) -> bool:
    """True for "town" and "of" in "the town of <answer>"."""
    if token.lower_ == "of" and token.dep_ == "prep":
        noun, objects = token.head, [c for c in token.children if c.dep_ == "pobj"]
    elif token.lemma_.lower() in PLACE_WRAPPERS:
        noun = token
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    else:
        return False
    return noun.lemma_.lower() in PLACE_WRAPPERS and any(o.i in answer_ids for o in objects)


def _amount_wh(fact: Fact, noun: Token) -> str | None:
    """The wh-words before the noun a figure is of ("how many", "what", "how large a" for
    a sum that sizes one thing); None when "how many" would count a singular noun ("an
    8.6-magnitude quake": "How many quake ...")."""
    if noun.lemma_.lower() in MEASURE_NOUNS:
        return "what"
    if _noun_after(noun):
        return None  # "a $25,000 vehicle voucher": not "How much vehicle ... voucher"
    wh = _wh_for_whole(fact)
    if wh == "how much" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        # "a $145 billion stimulus plan": no "How much stimulus plan"
        following = noun.doc[fact.end].text if fact.end < len(noun.doc) else ""
        return f"how large {'an' if following[:1].lower() in 'aeiou' else 'a'}"
    return None if wh == "how many" and noun.tag_ == "NN" else wh


def _noun_after(noun: Token) -> bool:
    """True when a second noun follows the figure's noun, the head the parser missed
    ("vehicle voucher", its "voucher" taken for an adverb now and then)."""
    if noun.i + 1 >= len(noun.doc):
        return False
    following = noun.doc[noun.i + 1]
    if not (following.is_lower and following.is_alpha):
        return False
    missed = following.dep_ == "advmod" and following.pos_ == "ADJ"
    return following.pos_ == "NOUN" and following.dep_ != "npadvmod" or missed


def _own_det(token: Token, noun: Token) -> bool:
    """A determiner or possessive of `noun` itself (dropped when a wh-word replaces it;
    "the" in "in the Richter scale" stays)."""
    return token.dep_ in ("det", "poss") and token.head.i == noun.i


def _wh_for_whole(fact: Fact) -> str:
    """The question word for an answer that is a whole phrase, from its kind's spec."""
    wh = spec_of(fact).wh
    lowered = fact.answer.lower()
    if wh == "how long":
        unit = DURATION_UNIT.search(lowered)
        if lowered.endswith(("later", "earlier")) and unit:
            return f"how many {_plural_unit(unit.group(1))} {lowered.split()[-1]}"
    if wh == "how many" and (lowered in ("twice", "thrice", "once") or lowered.endswith(" times")):
        return "how many times"
    return wh


DURATION_UNIT = re.compile(r"\b(second|minute|hour|day|week|month|year|decade)s?\b")


def _plural_unit(unit: str) -> str:
    return unit if unit.endswith("s") else unit + "s"


#: Question words that cannot be a clause's subject.
SUBJECTLESS_WH = frozenset({"how long", "when"})


def _second_object(obj: Token) -> bool:
    """True when the verb of the object `obj` has another direct object."""
    return any(c.dep_ == "dobj" and c.i != obj.i for c in obj.head.children)


def _moved(
    fact: Fact, answer: Span, answer_ids: set[int], top: Token
) -> tuple[list[Token], str, bool] | None:
    """What moves to the front of the question, its wh-words, and whether it is the subject.

    Handles: the whole argument ("Who scored"), a number in it ("how many newer
    versions"), a prepositional phrase ("where", "when", stranded "who ... with"), an
    ordinal ("in which minute"). None for other shapes.
    """
    root = answer.root
    spec = spec_of(fact)
    listed = [c for c in root.children if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")]
    if root.dep_ == "conj" or listed:
        return None  # one of a list: "who" would have several answers
    is_subject = top.dep_ in ("nsubj", "nsubjpass")
    if is_subject and spec.wh in SUBJECTLESS_WH:
        return None  # "The past six months have seen a drop": no "How long have seen ...?"
    if top.dep_ == "dobj" and _second_object(top):
        # "reported losses of $240 million, a $40 million increase": the parse took the
        # apposition for an object, and "How much increase did they report losses?" is none.
        return None
    ordinal = spec.ordinal and ORDINAL.search(fact.answer) is not None
    if top.dep_ in ARGUMENT_DEPS or top.dep_ in ("npadvmod", "advmod") and spec.adverbial:
        phrase = list(top.subtree)
        if _is_whole(phrase, answer_ids, top):
            if ordinal and top.dep_ in ("dobj", "attr") and _noun_after_ordinal(answer):
                # "Lukaku scored a third goal" -> "Which goal did Lukaku score?"
                return phrase, f"which {_noun_after_ordinal(answer).lower()}", is_subject
            if ordinal or top.dep_ in ("npadvmod", "advmod") and is_subject:
                return None
            return phrase, _wh_for_whole(fact), is_subject
        partial = which_person(fact, phrase, answer_ids, top) or how_many_of(
            fact, phrase, answer_ids, top
        )
        if partial:
            return phrase, partial, is_subject
        if spec.amount and not ordinal and root.head.i == top.i:
            if any(c.dep_ == "conj" for c in top.children):
                return None  # "two policemen and a soldier": "How many policemen and a ..."
            if (
                root.dep_ in ("nummod", "quantmod")
                or root.i in answer_ids
                and root.dep_ == "nummod"
            ):
                rest = [t for t in phrase if t.i not in answer_ids and not _own_det(t, top)]
                rest = [t for t in rest if not (t.i < root.i and t.dep_ == "prep")]
                rest = [t for t in rest if t.lower_ not in ("%", "percent", "per", "cent")]
                rest = [t for t in rest if not in_apposition(t, top)]
                amount_wh = _amount_wh(fact, top)
                if amount_wh is None:
                    return None
                return phrase, f"{amount_wh} {join_tokens(rest)}".strip(), is_subject
        return None
    if top.dep_ in ("prep", "agent"):
        objects = [c for c in top.children if c.dep_ == "pobj"]
        if not objects:
            return None
        pobj = objects[0]
        phrase = list(pobj.subtree)
        preposition = top.lower_
        if ordinal:
            noun = _noun_after_ordinal(answer)
            if noun and pobj.i == root.i or pobj.i in answer_ids:
                if noun:
                    return list(top.subtree), f"{preposition} which {noun}", False
            return None
        if _is_whole(phrase, answer_ids, pobj):
            if preposition in spec.preposition_wh:
                # "in Hamburg" -> "where"; "runs through March 11" -> "Until when ...?"
                return list(top.subtree), spec.preposition_wh[preposition], False
            if spec.person:
                # The preposition stays behind: "Who did Trump speak with?"
                return phrase, "who", False
            if preposition in spec.stranded_wh:
                return phrase, spec.stranded_wh[preposition], False
            return None
        if preposition in PIED_PIPED and _plainly_counted(fact, root, pobj):
            # "admitted his guilt in eight murders" -> "In how many murders did ... admit
            # his guilt?": the preposition goes in front with its noun.
            rest = [t for t in phrase if t.i not in answer_ids and t.dep_ not in ("det", "poss")]
            return list(top.subtree), f"{preposition} how many {join_tokens(rest)}", False
        if preposition not in STRANDABLE:
            return None
        if spec.amount and pobj.i in answer_ids and not ordinal:
            # "accounted for 70 percent of the market" -> "what percentage of the market"
            rest = [t for t in phrase if t.i not in answer_ids and t.i > max(answer_ids)]
            if rest and rest[0].lower_ == "of":
                return phrase, f"{_wh_for_whole(fact)} {join_tokens(rest)}", False
        if spec.amount and root.head.i == pobj.i:
            if root.dep_ in ("nummod", "quantmod"):
                rest = [
                    t for t in phrase if t.i not in answer_ids and t.dep_ not in ("det", "poss")
                ]
                return phrase, f"{_wh_for_whole(fact)} {join_tokens(rest)}".strip(), False
        return None
    return None


def phrase_question(doc: Doc, fact: Fact, config: GenerationConfig = DEFAULT) -> Phrasing | None:
    """A wh-question for `fact` made from its sentence, or None when the shape is unusual."""
    answer_ids = set(range(fact.start, fact.end))
    answer = doc[fact.start : fact.end]
    answer_root = answer.root
    if in_quotation(answer_root):
        return None
    found = clause_verb(answer_root)
    if found is None:
        return None
    verb, path = found
    top = path[-1] if path else answer_root
    # "is scheduled to take place in X": ask with the outer verb.
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.i not in answer_ids:
        verb = verb.head
        if verb.lemma_.lower() in REPORTING_PASSIVES and _passive(verb):
            # "Yemen is said to have asked for $11 million": "How much is Yemen said ...
            # to have asked for for ...?" reads garbled.
            return None
    if verb.dep_ in EMBEDDED or verb.i in answer_ids:
        return None
    if _two_subjects(verb):
        # "thousands of Angolans that were expelled ... are in need": the parse gave
        # "expelled" both subjects, and the question would lose the claim.
        return None
    if verb.dep_ == "ccomp" and _said_by_a_noun(verb.head):
        # "..., claims the BBC highlighted in 2004": a noun the parse took for the verb
        # the clause is said by, and "When did the BBC highlight?" has lost its object.
        return None
    if _participle_read_as_verb(verb) or _aside_read_as_verb(verb):
        return None
    if any(c.dep_ == "conj" and verb.i < c.i < fact.start for c in verb.children):
        # "spent a period in confinement and attempted suicide twice in 2016": a phrase
        # after the second part may be the second part's, and asked of the first it lies.
        return None
    view = clause_view(doc, fact, verb)
    if view is None:
        return None
    subject, source, tokens = view.subject, view.source, _without_a_change_from(verb, view.tokens)
    if top.i == subject.i and verb.lemma_ in SPEECH_VERBS and not _reported(verb):
        return None  # "Who said: “...”?" is the quote question's job
    found_moved = _moved(fact, answer, answer_ids, top)
    if found_moved is None:
        return None
    moved, wh, is_subject = found_moved
    if wh == "since when" and _first_since(verb):
        # "The championship was Johnson's first since 2013": "since" counts back to the
        # last time, not from when something held ("Since when was ... his first?").
        return None
    wh = closed_aside(moved, wh)
    moved_ids = {t.i for t in moved}
    if not answer_ids <= moved_ids:
        return None
    if not _finite(verb):
        # "four pirates riding in a skiff": "how many pirates riding ...?"; "only being
        # down one after the fourth end": "After which end being ... down one?"
        return None
    if is_subject:
        rest = [t for t in tokens if t.i not in moved_ids]
        # "In the injury time, X scored" -> "Who scored ... in the injury time?"
        lead = [t for t in rest if t.i < min(moved_ids)]
        if lead and lead[0].pos_ not in ("ADP", "ADV", "NOUN", "PROPN", "DET", "NUM", "ADJ"):
            return None
        if any(t.text in CLAUSE_JOINERS for t in lead):
            # "X searched the sea: all three nations offered help": the clause before the
            # colon is no adjunct to put at the end of "How many nations offered help".
            return None
        following = [t for t in rest if t.i > min(moved_ids)]
        lead_text = first_word(lead[0], join_tokens(lead)) if lead else ""
        # "Who began the spree in a class where he was a student?": the answer names "he".
        following_text = join_tokens(following, shown=answer_ids)
        body = " ".join(part for part in (wh, following_text, lead_text) if part)
    else:
        if _bare_singular(subject):
            return None  # "Algorithm proposed in 1996" -> "When did algorithm propose?"
        inverted = _inverted(wh, verb, subject, tokens, moved_ids)
        if inverted is None:
            return None
        body = inverted
    if not config.min_wh_words <= len(body.split()) <= config.max_wh_words:
        return None
    question = question_mark(sentence_case(_with_source(body, source)))
    before, after = _statement(fact, tokens, source, subject)
    template = "wh.subject" if is_subject else "wh.inverted"
    return Phrasing(question=question, before=before, after=after, template=template)


#: Punctuation that joins two clauses of a sentence.
CLAUSE_JOINERS = DASHES | {":", ";"}


def _two_subjects(verb: Token) -> bool:
    """True when `verb` has two subjects (the words of one name, "Kim Min - Woo", may each
    be marked its subject: they count once; so may the "that" that opens its clause)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len({entity_at(c).start for c in subjects if not that_as_subject(c)}) > 1


def _without_a_change_from(verb: Token, tokens: list[Token]) -> list[Token]:
    """`tokens` without the change the verb's figure made from an earlier one ("revenues
    were $12.1 million, down from $12.3 million"): asked "how much were revenues", it
    would ask the size of the fall."""
    change = {
        t.i
        for c in verb.children
        if c.dep_ == "advmod"
        and c.lower_ in ("up", "down")
        and any(g.dep_ == "prep" and g.lower_ == "from" for g in c.children)
        for t in c.subtree
    }
    if change and verb.doc[min(change) - 1].text == ",":
        change.add(min(change) - 1)
    return [t for t in tokens if t.i not in change]


def _first_since(verb: Token) -> bool:
    """True when `verb` is "be" with a first, last or best for its complement ("was his
    first since 2013", "is the highest since 1990")."""
    ranked = ("first", "last")
    return verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and (c.lower_ in ranked or c.tag_ == "JJS")
        for c in verb.children
    )


def _participle_read_as_verb(verb: Token) -> bool:
    """True for "has amassed 1,217 pledged delegates" parsed as a clause of its own, "1,217
    [subject] pledged delegates": a number right before the verb as its subject and a
    noun right after it as its object are one noun phrase with a participle in it."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "nsubj" and c.pos_ == "NUM" and c.i == verb.i - 1 for c in verb.children)
        and any(c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 for c in verb.children)
    )


def _aside_read_as_verb(verb: Token) -> bool:
    """True for "Ida, now downgraded to a tropical storm, is expected to ..." parsed with
    "downgraded" as the verb and "is expected" joined to it with no "and": a comma parts
    the subject from it, so it is an aside on the subject, and its clause is no claim
    ("Ida, downgraded to a tropical storm.")."""
    subject = subject_of(verb)
    if subject is None:
        return False
    end = max(t.i for t in subject.subtree if not t.is_punct)
    comma = end + 1 < verb.i and verb.doc[end + 1].text == ","
    return comma and any(misread_conjunct(c) for c in verb.children)


def _said_by_a_noun(head: Token) -> bool:
    """True when the verb a clause is said by has no subject, or borrows one from a
    verb of another tense ("said Baba in 2000, ..., claims the BBC highlighted"): a
    noun the parse took for a verb, not a second thing the speaker did."""
    if subject_of(head) is None:
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    return not own and head.dep_ == "conj" and head.tag_ != head.head.tag_


def _finite(verb: Token) -> bool:
    """True when the verb, or an auxiliary of it, carries tense (a question needs one)."""
    carriers = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in FINITE_TAGS for t in carriers)


def _bare_singular(subject: Token) -> bool:
    """A singular common noun with nothing before it as a subject inside its sentence: a
    misparsed reduced clause ("a collision attack algorithm proposed in 2005"), no clause
    to ask about."""
    determined = any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") and c.i < subject.i
        for c in subject.children
    )
    # The tagger calls a lower-case noun a name now and then ("attack algorithm proposed").
    common = subject.tag_ == "NN" or subject.tag_ == "NNP" and subject.text.islower()
    # "Violence erupted on Monday" opens its sentence with a mass noun, and reads well.
    return common and not determined and not subject.is_sent_start


def _reported(verb: Token) -> bool:
    """True when the speech verb reports in the writer's words ("X said the government
    would ..."), with no quotation marks anywhere in the sentence."""
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if not said or any(t.text in QUOTE_CHARS for t in verb.sent):
        return False
    # "Who said it didn't spy ...?": the reported clause needs a subject of its own.
    subject = subject_of(said[0])
    if subject is not None and subject.lower_ == "it" and said[0].lemma_ == "be":
        return True  # "it is crucial that ...": nobody to name
    return subject is not None and subject.lower_ not in PRONOUNS


def _inverted(
    wh: str, verb: Token, subject: Token, tokens: list[Token], moved: set[int]
) -> str | None:
    """WH + auxiliary + subject + verb + the rest ("how long did the call last")."""
    subject_tokens = with_entity(subject)
    if subject.i < verb.i:
        # "CREW celebrated the first birth in 112 years, a male named Andalas": the parse
        # hung the object's aside on the subject; it never moves before the verb.
        subject_tokens = [t for t in subject_tokens if t.i < verb.i]
    subject_ids = {t.i for t in subject_tokens}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "Since when does not Chrome trust ...?": a negated question reads badly
    if any(
        c.dep_ == "relcl" or (c.dep_ == "acl" and c.i > verb.i) for c in subject.children
    ):  # "did Federer, who has been a critic of the technology snap": split apart
        return None
    if any(a.tag_ == "TO" for a in auxes):
        return None  # "may be able to marry": "to" is no auxiliary ("When to couples marry?")
    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not that_as_subject(c)
    ]
    if _split_subjects(subjects):
        return None  # "A court in England, UK has jailed": "UK" would stay behind the verb
    skip = moved | subject_ids | {t.i for t in auxes} | {verb.i}
    before_subject = [
        t
        for t in tokens
        if t.i < subject.i and t.i not in skip and t.lower_ not in ("also", "but", "and")
    ]
    after = [t for t in tokens if t.i > subject.i and t.i not in skip]
    subject_text = first_word(subject_tokens[0], join_tokens(subject_tokens))
    subject_text = closed_aside(subject_tokens, subject_text)
    perfect = [a.lower_ for a in auxes] in (["has"], ["have"]) and verb.tag_ == "VBN"
    # "When has the tax changed?" -> "When did the tax change?"; "since when" keeps the
    # perfect it needs, and "be" has no "did" form ("did the parents be").
    passive = [a.lower_ for a in auxes] in (["has", "been"], ["have", "been"])
    prefix = split_prefix(verb)
    if wh == "when" and perfect and _regular_lemma(verb) and verb.lemma_ != "be":
        # "When has the tax changed?" asks for a time the perfect does not name: the past.
        head = f"did {subject_text} {prefix}{verb.lemma_}"
    elif wh == "when" and passive and verb.tag_ == "VBN":
        # "When has the mayor been murdered?" -> "When was the mayor murdered?"
        was = "was" if auxes[0].lower_ == "has" else "were"
        head = f"{was} {subject_text} {prefix}{verb.text}"
    elif auxes:
        first, others = auxes[0], auxes[1:]
        verb_text = prefix + verb.text
        head = " ".join([first.lower_, subject_text, *(t.lower_ for t in others), verb_text])
    elif verb.lemma_ == "be":
        head = f"{verb.lower_} {subject_text}"
    elif wh == "how long" and verb.lemma_ == "become" and verb.tag_ == "VBD":
        # "became an officer for three years": a change takes no time, the state does
        # ("How long was Mike Wallace a communication officer?").
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        head = f"{'were' if plural else 'was'} {subject_text}"
    elif verb.tag_ in DO_FORMS and _regular_lemma(verb):
        head = f"{DO_FORMS[verb.tag_]} {subject_text} {prefix}{verb.lemma_}"
    else:
        return None
    tail = join_tokens(after)
    lead = join_tokens(before_subject)
    if lead:
        lead = first_word(before_subject[0], lead)
    return " ".join(part for part in (wh, head, tail, lead) if part)


#: Verbs that report a claim in the passive ("is said to", "is believed to").
REPORTING_PASSIVES = SPEECH_VERBS | {"think", "believe", "allege", "know", "understand", "expect"}


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _split_subjects(subjects: list[Token]) -> bool:
    """True when the parse gave a verb two subjects with a comma between them ("A court
    in England, UK has ..."); a name it split ("Kim | Min-Woo") has none."""
    if len(subjects) < 2:
        return False
    first, last = min(t.i for t in subjects), max(t.i for t in subjects)
    return any(t.text == "," for t in subjects[0].doc[first:last])


def _regular_lemma(verb: Token) -> bool:
    """True when the verb's lemma is believable as its base form: a present "rate" must
    be its own lemma (spaCy's "rat" is a mistake); a past or -s form must start with the
    lemma's stem or be a common irregular verb."""
    text, lemma = verb.lower_, verb.lemma_.lower()
    if verb.tag_ in ("VBP", "VB"):
        return text == lemma
    return text.startswith(lemma.rstrip("e")[:3]) or lemma in IRREGULAR_VERBS


def _with_source(body: str, source: str) -> str:
    if not source:
        return body
    return f"According to {source}, {body}"


def _statement(
    fact: Fact, tokens: list[Token], source: str, subject: Token | None
) -> tuple[str, str]:
    """The clause as a statement, split around the answer."""
    before = [t for t in tokens if t.i < fact.start]
    after = [t for t in tokens if t.i >= fact.end]
    before_text = join_tokens(before, keep_edges=True)
    if before:
        before_text = first_word(before[0], before_text)
    if subject is not None and subject.i not in {t.i for t in tokens}:
        # A borrowed subject ("X resigned and left"): say it.
        before_text = f"{join_tokens(with_entity(subject))} {before_text}".strip()
    prefix = f"According to {source}, " if source else ""
    before_text = sentence_case(prefix + before_text) if (prefix or before_text) else ""
    shown = {t.i for t in tokens} | set(range(fact.start, fact.end))
    after_text = join_tokens(after, keep_edges=True, shown=shown)
    return before_text, comma_after_answer(fact, after) + after_text
