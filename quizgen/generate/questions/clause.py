"""The clause around an answer: its verb, subject, source, and the words that belong to it.

Shared by the wh-question writer (wh.py) and the statements of true/false questions and
fill-in-the-blank stems (`clause_frame`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import (
    before_a_hyphen,
    entity_at,
    in_quotation,
    quoted_ids,
    span_text,
)
from quizgen.generate.questions.coreference import antecedent, unresolved
from quizgen.generate.questions.coreference import replacement as named
from quizgen.generate.questions.standalone import is_context_word
from quizgen.generate.questions.wording import first_word, join_tokens, sentence_case
from quizgen.generate.vocabulary import (
    BARE_SOURCES,
    CONNECTIVES,
    DASHES,
    FINITE_TAGS,
    PRONOUNS,
    QUOTE_CHARS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    SPEECH_VERBS,
)

#: Children of a clause's verb that start another clause; they stay out of the question.
CUT_DEPS = {"conj", "cc", "parataxis", "advcl", "mark", "preconj", "discourse", "intj"}


def clause_verb(token: Token) -> tuple[Token, list[Token]] | None:
    """The verb of the clause that contains `token`, and the path up to it."""
    path: list[Token] = []
    current = token
    while not (current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass")):
        if current.head.i == current.i:
            return None
        path.append(current)
        current = current.head
    return current, path


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, borrowed from the first conjunct for "X came and saw"."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl") and not that_as_subject(child):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and joined_by_and(verb):
        return subject_of(verb.head)
    return None


def joined_by_and(verb: Token) -> bool:
    """True when a conjunction joins `verb` to the verb before it ("X came and saw"), or
    the verb before it is its own prefix, split off at the hyphen ("re-entered"). A
    "conjunct" with neither is a misparse ("Tedesco explained he learned his father ...
    had cancer": "had" is no second verb of Tedesco's)."""
    first = verb.head
    if split_prefix(verb) and first.i == verb.i - 2:
        return True
    return any(c.dep_ == "cc" and first.i < c.i < verb.i for c in (*first.children, *verb.children))


def misread_conjunct(token: Token) -> bool:
    """True for a verb the parse joined to the verb before it as a conjunct with no "and"
    between them ("Ida, now downgraded ..., is expected", "maintained an impeachment
    inquiry is what ..."): a misread sentence, whose clauses a stem must not cut apart."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and not joined_by_and(token)


#: Prefixes the tokeniser splits from their verb at the hyphen ("re - entered").
VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "over", "out", "under"})


def split_prefix(verb: Token) -> str:
    """The prefix written before the verb with a hyphen ("re-" of "re-entered"), or "":
    the tokeniser splits it off, and "When did GM enter the stock market?" asks of a first
    listing, not a return."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ not in VERB_PREFIXES:
        return ""
    glued = not doc[verb.i - 2].whitespace_ and not doc[verb.i - 1].whitespace_
    return f"{doc[verb.i - 2].lower_}-" if glued else ""


def attribution(verb: Token) -> str | None:
    """Who says the clause of `verb`: its speech verb's subject ("" when nobody says it);
    None when someone says it whom the paragraph does not name ("He claimed McGuigan had
    him at gunpoint": stated alone, a disputed claim would read as fact), or when the
    parse took a clause before "after X said" for what X said."""
    if verb.lemma_ in SPEECH_VERBS:
        return ""  # "X said ...": the clause names its own source
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in SPEECH_VERBS:
        between = verb.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)]
        if any(t.text == ";" for t in between):
            return ""  # "Smith called it odd; Miller said ...": two claims, not one said
        stranded = any(t.dep_ == "prep" and not list(t.children) for t in between)
        if verb.i < verb.head.i and stranded:
            # "Krakowski has resigned after LaHood said he was outraged": the parse made
            # the resignation what LaHood said; an "after" with nothing after it shows it.
            return None
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return ""
        if subjects[0].lower_ not in PRONOUNS:
            return source_text(list(subjects[0].subtree))
        return antecedent(subjects[0])
    return ""


def source_text(tokens: list[Token]) -> str:
    """A source's words, as they read after "According to": "the report's authors", not
    "The report's authors" (a name keeps its capital), a surname in full."""
    text = join_tokens(tokens)
    if not tokens:
        return text
    first = tokens[0]
    if first.lower_ in ("the", "a", "an") and first.ent_type_ != "WORK_OF_ART":
        return first.lower_ + text[len(first.text) :]
    return first_word(first, text)


def according_to(verb: Token) -> tuple[str, set[int]]:
    """An "according to X" phrase of `verb`'s clause or a clause above it: X and the token
    ids to drop. One inside a side clause ("a push for Sochi, which may have swung votes
    according to IOC members") is that clause's source, not `verb`'s."""
    for token in verb.sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            if _in_a_side_clause_of_its_own(token.head, verb):
                continue
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if to.lower_ == "to" and objects:
                dropped = {token.i, to.i} | {t.i for t in objects[0].subtree}
                if token.i > 0 and token.doc[token.i - 1].text == ",":
                    dropped.add(token.i - 1)
                return source_text(list(objects[0].subtree)), dropped
    return "", set()


#: Clauses that say something beside the claim: their source is their own (not the
#: asides `true_false.SIDE_CLAUSES` leaves out of a statement).
SOURCED_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _in_a_side_clause_of_its_own(token: Token, verb: Token) -> bool:
    """True when `token` lies in a side clause that neither is `verb`'s nor holds it."""
    found = clause_verb(token)
    if found is None:
        return False
    clause = found[0]
    return clause.dep_ in SOURCED_CLAUSES and clause.i != verb.i and not clause.is_ancestor(verb)


def bare_speech(verb: Token, tokens: list[Token]) -> bool:
    """A speech verb whose words were cut away: "the two sides said"."""
    if verb.lemma_ not in SPEECH_VERBS:
        return False
    kept = {t.i for t in tokens}
    said = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp") and c.i in kept]
    return not said


def _short_participle(token: Token) -> bool:
    """An -ing clause after the verb with no subject of its own, of at most 8 words."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.i > token.head.i
        and not any(c.dep_ in ("nsubj", "mark") for c in token.children)
        and len(list(token.subtree)) <= 8
    )


def _purpose(child: Token) -> bool:
    """An infinitive clause joined without a comma ("80 days to appeal"): what the clause
    is about, not a side clause."""
    infinitive = child.dep_ == "advcl" and any(c.tag_ == "TO" for c in child.children)
    before = child.left_edge.i - 1
    after_its_verb = child.i > child.head.i and before > child.head.i
    return infinitive and after_its_verb and child.doc[before].text != ","


def _condition(child: Token) -> bool:
    """A clause that says on what condition a claim of what would be holds ("300,000
    would lose legal status if Congress does not pass a law"): the claim without it says
    something else. (A threat's condition is not its claim's: "threatened fifteen
    officials with travel bans if ..." happened.)"""
    verb = child.head
    would = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return (
        would
        and child.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children)
    )


def _clause_after_preposition(child: Token) -> bool:
    """ "after at least one shell landed near the area": a clause with its own subject
    joined by a preposition, which the parser hangs on the verb as a phrase. It is another
    clause, like one joined by "because"."""
    return child.dep_ == "prep" and any(
        c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and subject_of(c) is not None
        for c in child.children
    )


def _birth_name(child: Token) -> bool:
    """The name after "born" ("was born Doris Mary Ann Kappelhoff in Cincinnati")."""
    return (
        child.head.lower_ == "born"
        and child.dep_ in ("dobj", "attr", "oprd")
        and child.pos_ == "PROPN"
    )


def that_as_subject(token: Token) -> bool:
    """ "told reporters that scammers ask ...": a "that" the parse took for a subject
    while the real subject follows it (it would open "According to X, that scammers ...")."""
    return (
        token.lower_ == "that"
        and token.dep_ == "nsubj"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in token.head.children)
    )


def _split_apposition(appos: Token) -> set[int]:
    """The words before `appos` that the tokeniser split from its apposition: "an ex-"
    of "Sterling, an ex-officer of the CIA," each hang on "Sterling" too ("" when the
    apposition starts after its comma)."""
    doc, noun = appos.doc, appos.head
    start = appos.left_edge.i
    while start - 1 > noun.i and doc[start - 1].text != ",":
        start -= 1
    words = range(start, appos.left_edge.i)
    within = set(words) | {noun.i}
    if doc[start - 1].text != "," or any(doc[k].head.i not in within for k in words):
        return set()
    return set(words)


def _runs_into_a_subject(aside: Token) -> bool:
    """True when an apposition runs on into a word the parser made the verb's second
    subject ("Marvin Schur, a man from Bay City, | Michigan has died"): the place's name
    was cut in two, and without the apposition "Marvin Schur Michigan died" is left."""
    if aside.dep_ != "appos":
        return False
    doc = aside.doc
    after = aside.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc):
        return False
    following = doc[after]
    while following.dep_ == "compound" and following.head.i > following.i:
        following = following.head
    return following.dep_ in ("nsubj", "nsubjpass") and following.head.i == aside.head.head.i


def _restrictive(relative: Token) -> bool:
    """ "men who worked as security guards": a relative clause with no comma before it on a
    common noun says which ones; without it the claim is empty ("belonged to men")."""
    if relative.dep_ != "relcl" or relative.head.pos_ != "NOUN":
        return False
    start = relative.left_edge.i
    return start > 0 and relative.doc[start - 1].text not in (",", "(", *DASHES)


def clause_tokens(verb: Token, keep: set[int]) -> list[Token]:
    """The tokens of `verb`'s clause without the clauses joined to it and without long
    relative clauses (unless they hold a token of `keep`); none when the parse cut a name
    in two."""
    dropped: set[int] = set()
    for child in verb.children:
        last = child.i == verb.sent.end - 1 or child.i == verb.right_edge.i
        if _short_participle(child):
            continue  # "..., putting Sweden 1 – 0 up" tells scorers apart
        if _purpose(child):
            continue  # "received 80 days to appeal the sentence": the days are for that
        if _condition(child):
            continue  # "if Congress does not act, 300,000 would lose": without it, untrue
        if _birth_name(child):
            # "Ginger Baker was born Peter Edward Baker in Lewisham": the name he was born
            # with is not what is asked, and garbles "When was Ginger Baker born Peter ...?"
            first = child.i
            while first > child.head.i + 1 and child.doc[first - 1].pos_ == "PROPN":
                first -= 1
            name = set(range(first, child.i + 1))
            if not name & keep:
                dropped |= name
            continue
        joined = (
            child.dep_ in CUT_DEPS
            or _clause_after_preposition(child)
            or that_as_subject(child)
            or _loose_verb(child)
            or _before_its_conjunct(child)
        )
        if joined or (child.dep_ == "punct" and last) or is_context_word(child):
            ids = {t.i for t in child.subtree}
            if not ids & keep:
                dropped |= ids | closing_comma(verb.doc, ids) | commas_around(child)
    for token in verb.subtree:
        if token.dep_ in ("relcl", "appos") and token.i != verb.i:
            if token.dep_ == "relcl" and not any(t.lower_ in RELATIVE_WORDS for t in token.subtree):
                continue  # "nothing to do with ...": the meaning needs it
            if _restrictive(token):
                continue  # "belonged to men | who worked as guards": says which men
            listed = _listed_apposition(token)
            if listed and not listed & keep:
                dropped |= listed  # "four components -- business ...; modernization ...;"
                continue
            across = token.dep_ == "appos" and token.head.i < verb.i < token.i
            if across and not {t.i for t in token.subtree} & keep:
                # "CREW celebrated the first birth in 112 years, a male named Andalas": an
                # aside past the verb is the object's, whatever the parse hung it on.
                aside = {t.i for t in token.subtree}
                comma = token.left_edge.i - 1
                dropped |= aside | ({comma} if token.doc[comma].text == "," else set())
                continue
            ids = {t.i for t in token.subtree} | _split_apposition(token)
            if _runs_into_a_subject(token):
                return []  # "X, a man from Bay City, Michigan has died": a misread name
            if len(ids) > 5 and not ids & keep:
                dropped |= ids
                # The commas around it go too.
                left = min(ids) - 1
                if left >= 0 and token.doc[left].text == ",":
                    right = token.right_edge.i + 1
                    if right < len(token.doc) and token.doc[right].text == ",":
                        dropped.add(right)
                    # "Montalvo, 19, a member ..., was": the comma closing the age stays.
                    if not _closes_age(token.doc, left):
                        dropped.add(left)
    end = max(t.i for t in verb.sent if not t.is_space)
    tokens = [t for t in verb.subtree if t.i not in dropped and not t.is_space]
    # The sentence's own full stop never ends up inside a question.
    tokens = [t for t in tokens if t.text not in QUOTE_CHARS and not (t.is_punct and t.i >= end)]
    # A clause never ends on "and" or a comma: a conjunction the parser hung on a noun
    # ("began on August 10 and | South Korea says ...") stays behind when its clause goes.
    while (
        tokens and tokens[-1].i not in keep and (tokens[-1].dep_ == "cc" or tokens[-1].text == ",")
    ):
        tokens.pop()
    return tokens


def _listed_apposition(token: Token) -> set[int]:
    """The ids of a list of appositions a dash or colon opens ("has four components --
    business environment improvement; modernization of ...; and ..."), with its
    punctuation, when `token` is one of them; else none. A clause keeps the list whole
    or leaves it out: cut after its first item, it reads as garbled."""
    head = token.head
    items = [c for c in head.children if c.dep_ in ("appos", "conj") and c.i > head.i]
    if sum(1 for c in items if c.dep_ == "appos") < 2:
        return set()
    opener = head.doc[min(c.left_edge.i for c in items) - 1]
    if opener.text not in ("--", "—", "–", ":"):
        return set()
    ids = {t.i for c in items for t in c.subtree} | {opener.i}
    ids |= {c.i for c in head.children if c.is_punct and opener.i < c.i <= max(ids)}
    return ids


def closing_comma(doc: Doc, ids: set[int]) -> set[int]:
    """The comma that closed a phrase left out right after its verb ("noted on Monday,
    the fatalities ..." would read "noted, the fatalities ..."). Not after a participle
    with no auxiliary: there the comma closes the phrase the participle is in ("In an
    advisory issued yesterday evening, the NHC confirmed ...")."""
    first, last = min(ids), max(ids)
    after = last + 1 < len(doc) and doc[last + 1].text == ","
    verb = doc[first - 1] if first > 0 else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not after:
        return set()
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return {last + 1} if verb.tag_ in FINITE_TAGS or auxiliary else set()


def commas_around(token: Token) -> set[int]:
    """The commas that set off a word left out (", however,"): both when it follows the
    subject ("Shimelis Kemal, however, called" -> "Shimelis Kemal called"), else the second
    ("Kemal, a spokesman, however, said"; "150 victims, however, with ..."); both after
    its verb ("is, however, illegal")."""
    doc = token.doc
    if not (1 < token.i < len(doc) - 1 and doc[token.i - 1].text == doc[token.i + 1].text == ","):
        return set()
    if doc[token.i - 2].i == token.head.i and token.head.pos_ in ("AUX", "VERB"):
        return {token.i - 1, token.i + 1}  # "is, however, illegal" -> "is illegal"
    chain = [doc[token.i - 2], *doc[token.i - 2].ancestors]
    after_subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in chain)
    in_aside = any(t.dep_ == "appos" for t in chain)
    return {token.i - 1, token.i + 1} if after_subject and not in_aside else {token.i + 1}


def _closes_age(doc: Doc, comma: int) -> bool:
    """True when the comma at `comma` closes a number in commas ("Montalvo, 19,")."""
    return comma >= 2 and doc[comma - 1].like_num and doc[comma - 2].text == ","


def names_someone(doc: Doc, source: str) -> bool:
    """A source worth citing: a name or a definite noun phrase, not "Estimates"."""
    words = source.split()
    return (
        words[0].lower() in ("the", "a", "an")
        or any(w[:1].isupper() for w in words[1:])
        or (len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in BARE_SOURCES)
    )


def with_entity(subject: Token) -> list[Token]:
    """The subject's words, widened to the whole name it is part of ("Kim Min-Woo")."""
    ids = {t.i for t in subject.subtree}
    doc = subject.doc
    ent = entity_at(subject)
    ids |= set(range(ent.start, ent.end))
    return [doc[i] for i in sorted(ids)]


#: Clauses without a subject of their own, inside a noun or verb phrase ("an invitation
#: to attend a summit in Hamburg"): the statement is the clause that holds them.
SUBJECTLESS = {"xcomp", "acl", "pcomp", "amod"}


def _governing_verb(verb: Token, answer_ids: set[int]) -> Token:
    """The verb of the clause that states `verb`'s phrase: up through subjectless clauses
    ("to attend ... in Hamburg" -> "accepted")."""
    while verb.dep_ in SUBJECTLESS and verb.i not in answer_ids:
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
            break
        verb = head
    return verb


@dataclass(frozen=True)
class ClauseView:
    """The clause that states a fact, as the question and statement writers see it."""

    verb: Token
    subject: Token
    #: Who the clause is attributed to ("the White House"), "" for the article's own words.
    source: str
    #: The clause's words, without the clauses joined to it and the "according to" phrase.
    tokens: list[Token]


def clause_view(doc: Doc, fact: Fact, verb: Token) -> ClauseView | None:
    """The clause of `verb` that holds `fact`, or None when it cannot be said on its own:
    no subject, a speech verb with its words cut away, a pronoun its paragraph does not
    name, a source that names nobody, or someone's words with no source at all."""
    answer_ids = set(range(fact.start, fact.end))
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl":
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children):
        return None  # "with seven men convicted": no clause, whatever the tagger says
    if before_a_hyphen(verb):
        return None  # "co-founded" taken apart: the clause of "co" says nothing
    according, according_ids = according_to(verb)
    said_by = attribution(verb)
    if said_by is None:
        return None  # a claim must keep its source, and "he" names nobody here
    source = (said_by or according).strip(" ,;:")
    if source and not names_someone(doc, source):
        return None  # a claim must keep its source
    quoted = quoted_ids(verb.sent)
    if not source and any(t.i in quoted or t.text in QUOTE_CHARS for t in verb.subtree):
        return None  # someone's words ("Putin is “a murderer”") stated as the article's
    tokens = [t for t in clause_tokens(verb, answer_ids) if t.i not in according_ids]
    tokens = _without_an_opening_connective(tokens)
    if not tokens:
        return None
    if bare_speech(verb, tokens):
        return None  # "How many sides said?"
    # "Who did he meet?": a pronoun nobody can name, the subject included when the clause
    # borrows it ("X resigned and left").
    borrowed = [] if subject in tokens else [subject]
    if unresolved(tokens) is not None or unresolved(borrowed) is not None:
        return None
    return ClauseView(verb, subject, source, tokens)


def _loose_verb(child: Token) -> bool:
    """A verb the parse hung on the clause's verb with no relation it knows, after it
    ("served ... until 1995, then joined the committee"): a clause of its own."""
    return child.dep_ == "dep" and child.pos_ == "VERB" and child.i > child.head.i


def _before_its_conjunct(child: Token) -> bool:
    """A phrase after "and" and before the second verb ("made her last movie in 1966 and,
    with debts left behind ..., hosted The Doris Day Show"): the parse hangs it on the
    first verb, but it belongs to the second."""
    verb = child.head
    ands = [c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i]
    seconds = [c.i for c in verb.children if (c.dep_ == "conj" or _loose_verb(c)) and c.i > child.i]
    return bool(ands) and bool(seconds) and child.dep_ != "punct"


def _without_an_opening_connective(tokens: list[Token]) -> list[Token]:
    """`tokens` without a connective that opens its sentence and hangs on a word below the
    verb ("Actually growing cannabis is illegal", the parse's "actually growing"): it
    answers a sentence of the article the clause does not have."""
    if not tokens or tokens[0].i != tokens[0].sent.start:
        return tokens
    first = tokens[0]
    if first.dep_ != "advmod" or first.lower_ not in CONNECTIVES or list(first.children):
        return tokens
    rest = tokens[1:]
    return rest[1:] if rest and rest[0].text == "," else rest


def clause_frame(doc: Doc, fact: Fact) -> tuple[str, str] | None:
    """The answer's clause as a statement split around the answer, shorter than the whole
    sentence: "The president’s executive order put a | 90-day | ban on ...". A relative
    clause's "that"/"which" is replaced by the noun it stands for. None when the clause has
    no named subject."""
    answer_ids = set(range(fact.start, fact.end))
    found = clause_verb(doc[fact.start : fact.end].root)
    if found is None:
        return None
    verb = _governing_verb(found[0], answer_ids)
    if verb.i in answer_ids or in_quotation(verb):
        return None  # someone's words are not the article's statement
    view = clause_view(doc, fact, verb)
    if view is None:
        return None
    subject = view.subject
    replacement: dict[int, str] = {}
    # "... order that suspended X and put a 90-day ban": "put" shares "that" with its
    # first conjunct, the relative clause.
    relative_verb = verb
    while relative_verb.dep_ == "conj" and relative_verb.head.pos_ in ("VERB", "AUX"):
        relative_verb = relative_verb.head
    if relative_verb.dep_ == "relcl" and subject.lower_ in RELATIVE_PRONOUNS:
        named = relative_verb.head
        relative = {t.i for t in relative_verb.subtree}
        noun = [
            t for t in named.subtree if t.i not in relative and t.i <= named.i and not t.is_punct
        ]
        if not noun or noun[0].i in answer_ids:
            return None
        replacement[subject.i] = first_word(noun[0], span_text(noun))
    elif verb.dep_ in ("relcl", "acl", "csubj", "amod", "pcomp"):
        return None
    tokens = view.tokens
    if not answer_ids <= {t.i for t in tokens}:
        return None
    before = [t for t in tokens if t.i < fact.start]
    after = [t for t in tokens if t.i >= fact.end]
    before_text = _join_replacing(before, replacement)
    if before and before[0].i not in replacement:
        before_text = first_word(before[0], before_text)
    if subject.i not in {t.i for t in tokens}:
        borrowed = replacement.get(subject.i) or join_tokens(with_entity(subject))
        before_text = f"{borrowed} {before_text}".strip()
    prefix = f"According to {view.source}, " if view.source else ""
    before_text = sentence_case(prefix + before_text) if (prefix or before_text) else ""
    return before_text, _join_replacing(after, replacement)


def _join_replacing(tokens: list[Token], replacement: dict[int, str]) -> str:
    if not replacement:
        return join_tokens(tokens, keep_edges=True)
    parts = []
    kept = {t.i for t in tokens}
    for token in tokens:
        parts.append(replacement.get(token.i) or named(token, kept) or token.text)
    return " ".join(parts).replace(" ,", ",").replace(" .", ".").replace(" ’s", "’s")


#: Prepositions that start an adjunct (never a verb's complement, as "at odds with" is).
ADJUNCT_PREPS = {"in", "for", "during", "after", "before", "despite", "amid", "including", "like"}


#: Verbs whose "for" phrase says what the claim is ("asked the government | for US$5
#: billion"): without it the statement says nothing.
FOR_VERBS = frozenset({"ask", "call", "apply", "pay", "vote", "wait", "look", "search",
                       "account", "appeal", "bid", "push", "press", "lobby", "campaign",
                       "compete", "qualify", "sue", "charge", "arrest", "blame", "fine",
                       "thank", "apologise", "apologize", "praise", "criticise", "criticize",
                       "nominate", "prepare", "pray", "hope", "plead", "file"})  # fmt: skip


def _adjunct(token: Token) -> bool:
    """A long prepositional phrase that only adds to a clause already complete: "easing
    penalties | in exchange for ...", "nations | including Iran, Iraq and Syria"."""
    if token.dep_ != "prep" or token.lower_ not in ADJUNCT_PREPS:
        return False
    if token.lower_ == "including":
        return True
    head = token.head
    if token.lower_ == "for" and head.lemma_.lower() in FOR_VERBS:
        return False
    complete = any(
        c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "agent", "prep") and c.i < token.i
        for c in head.children
    )
    return head.pos_ == "VERB" and complete and len(list(token.subtree)) >= 5


#: Modifiers after the answer that a long fill-in-the-blank sentence can lose.
TRAILING_DEPS = {"prep", "advcl", "conj", "cc", "npadvmod", "relcl", "acl", "appos", "parataxis"}


def _complement_after(token: Token, cut: int) -> bool:
    """True when `token` is a short phrase after the cut that completes a verb kept before
    it ("voted to hold two officers, Ross and Barr, in contempt of Congress")."""
    return (
        token.dep_ == "prep"
        and token.head.i < cut
        and token.head.pos_ == "VERB"
        and not _adjunct(token)
    )


def reports_a_finding(clause: Token) -> bool:
    """True when the clause headed by `clause` reports what was found or said ("which
    show that Wong killed himself"): that is the claim of its sentence, not an aside."""
    return any(c.dep_ == "ccomp" for c in clause.children)


def _noun_complement(token: Token) -> bool:
    """True when `token` completes what it hangs on: an infinitive ("announced plans |
    this week to close four centres", however the parser hangs it) or a noun's "of" ("a
    review | of the conviction") or of a bare noun ("to make way | for a campaign"). Without
    it the words kept say nothing of what."""
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return token.dep_ in ("acl", "advcl", "xcomp")
    if token.dep_ != "prep":
        return False
    noun = token.head
    if noun.pos_ == "VERB":  # "make way | for": the parser may hang it on the verb
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i == token.i - 1), noun)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    bare = noun.tag_ == "NN" and not any(c.dep_ in NOUN_MODIFIERS for c in noun.children)
    return token.lower_ == "of" and noun is token.head or bare


#: What makes a noun more than a bare word ("make way" is an idiom, "a way" a thing).
NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _bare_verb_before(doc: Doc, cut: int) -> bool:
    """True when the words kept end on a verb with no word of its own kept after it, and
    no comma sets the cut off ("... to witness | city mayor Hau flip the switch"): what
    it was about is in the part cut off, however the parser joined them."""
    last = doc[cut - 1]
    return last.pos_ == "VERB" and not any(c.i > last.i for c in last.children if c.i < cut)


def shortened(doc: Doc, fact: Fact, max_words: int) -> str:
    """The evidence sentence cut after the answer (see `trailing_cut`), ending in "…";
    "" when no cut leaves at most `max_words` words."""
    sent = doc[fact.start].sent
    cut = trailing_cut(doc, fact, max_words)
    if cut is None:
        return ""
    return doc[sent.start : cut].text.strip().rstrip(",;:—– ") + " …"


def trailing_cut(doc: Doc, fact: Fact, max_words: int) -> int | None:
    """Where to cut the evidence sentence after the answer: at the first modifier that
    runs to the end of the sentence ("... in 2014 | in exchange for ..."), when that
    leaves 6 to `max_words` words; None when no cut does."""
    sent = doc[fact.start].sent
    last = max((t.i for t in sent if not t.is_punct and not t.is_space), default=sent.start)
    for token in doc[fact.end : last + 1]:
        if token.dep_ not in TRAILING_DEPS:
            continue
        if token.dep_ in ("conj", "cc") and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # "from Afghanistan, | Eritrea, Libya ...": a list is never cut
        if token.left_edge.i < fact.end or token.left_edge.i <= sent.root.i:
            continue  # the main clause stays whole
        cut = token.left_edge.i
        rest = doc[cut : last + 1]
        if any(t.head.i < cut and t.dep_ not in TRAILING_DEPS | {"punct"} for t in rest):
            continue  # something after the cut belongs to the words kept
        if any(c.i < cut and not c.is_punct for t in rest for c in t.children):
            continue  # "the outbreak that had | , by reports, infected": a verb cut in two
        if doc[cut].ent_iob_ == "I":
            continue  # "the conviction on January 31, | 2001": a date or a name is whole
        if token.dep_ == "relcl" and reports_a_finding(token):
            continue  # "results were released, | which show that Wong killed himself"
        if any(_noun_complement(t) for t in rest if t.head.i < cut):
            continue  # "announced plans | this week to close four centres": what plans
        if any(_complement_after(t, cut) for t in rest):
            continue  # "hold two officers, Ross and Barr, | in contempt": "in contempt" stays
        if _bare_verb_before(doc, cut):
            continue  # "crowded onto the memorial to witness | the mayor flip the switch"
        after_comma = doc[cut - 1].text in (",", ";", "—", "–")
        if token.dep_ in ("prep", "npadvmod", "cc") and not after_comma and not _adjunct(token):
            continue  # "puts him | at odds with": the phrase may need it
        if token.dep_ in ("relcl", "acl", "appos") and not after_comma:
            continue  # "nothing | to do with": a restrictive clause carries the meaning
        if doc[cut - 1].dep_ == "cc" and doc[cut - 1].head.i < cut:
            cut -= 1  # "was arrested and | taken to ...": the "and" goes with what it joins
        text = doc[sent.start : cut].text.strip().rstrip(",;:—– ")
        if sent.start <= fact.start and 6 <= len(text.split()) <= max_words:
            return cut
    return None
