"""Definite descriptions that point back: "the festival" is the thing the article named
before ("the Taipei Lantern Festival"); "the municipalities" are the ones of an earlier
paragraph. A stem lifted out of its article must say which.

`anchored` writes the fuller name into a stem or statement when the article gave one, and
says the stem cannot stand alone when it did not. Only subjects (and the objects of their
prepositions) are checked: "Who doubled the lead" reads well alone, "The festival is
crowded" does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quizgen.generate.context import ArticleContext
from quizgen.generate.questions.candidate import Candidate, Refused
from quizgen.generate.questions.coreference import full_name_of
from quizgen.generate.questions.gazetteer import as_in_a_sentence, known_place
from quizgen.generate.questions.standalone import place_named_in
from quizgen.generate.questions.text import inside_quotation
from quizgen.generate.questions.wording import capitalised_in
from quizgen.generate.vocabulary import PLACE_LEVELS

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Children that make a noun phrase specific on its own ("the Hong Kong election", "the
#: party's leader", "the 700 asylum seekers").
SPECIFYING = frozenset({"compound", "poss", "nummod", "appos"})


#: Words before a noun that describe it without saying which one it is ("the planned
#: pipeline capacity", "the state contests").
DESCRIBING = frozenset({"amod", "compound"})

#: Words of a share of something ("70 percent of the market", "most of the vote"): what
#: follows "of" is the whole in general, not a thing pointed back at.
PARTITIVE_NOUNS = frozenset({"percent", "cent", "share", "part", "portion", "proportion",
                             "fraction", "half", "majority", "minority", "rest", "bulk",
                             "number", "third", "thirds", "quarter", "lot", "amount", "total",
                             "level", "rate", "value", "size", "cost", "price", "end",
                             "start"})  # fmt: skip

#: Where a name taken from the headline is "first given": before every sentence.
HEADLINE = -1


@dataclass(frozen=True)
class Pointer:
    """A definite description of the evidence: its words, and the fuller name the article
    gave it earlier (None when it gave none)."""

    words: str
    #: The noun it is about, as written ("festival").
    noun: str
    fuller: str | None


def pointers(ctx: ArticleContext, sent: Span) -> list[Pointer]:
    """The definite descriptions of `sent` that point back to something the article
    mentioned before `sent`, with the fuller name the headline's words give it (worked
    out once per sentence)."""
    if sent.start not in ctx.pointers:
        ctx.pointers[sent.start] = _pointers(ctx, sent)
    return ctx.pointers[sent.start]


def _pointers(ctx: ArticleContext, sent: Span) -> list[Pointer]:
    doc = ctx.doc
    found = []
    for token in sent:
        if _demonstrative(token):
            # "that number", "this target": pointing words need what they point at.
            words = doc[_left_edge(token) : token.i + 1].text
            found.append(Pointer(words, token.lower_, None))
            continue
        if _of_a_body(token):
            named = _headline_name(ctx, token.lemma_.lower())
            if named is not None and named[0] < sent.start and _written(ctx, named[1]):
                # "members of the guild" -> "members of the Writers Guild": replaced only
                # by a name the article writes; left as it is otherwise.
                words = doc[_left_edge(token) : token.i + 1].text
                found.append(Pointer(words, token.lower_, named[1]))
            continue
        if not _definite_subject(token):
            if token.pos_ == "NOUN" and not token.ent_type_ and _bare_subject(ctx, token, sent):
                # "The state contests represented ...": a lower-case noun before it says
                # what sort, not which; nor can a fuller name replace it safely ("the
                # freight train" is not the headline's "Amtrak train").
                found.append(Pointer(doc[_left_edge(token) : token.i + 1].text, token.lower_, None))
            continue
        lemma = token.lemma_.lower()
        mentions = ctx.noun_mentions.get(lemma, [])
        if not mentions or mentions[0] >= sent.start:
            if not (mentions and mentions[0] < token.i) and _bare_subject(ctx, token, sent):
                # "The car was recalled ...": a thing the paragraph named by another word
                # (a recalled 2005 Opel Zafira); as a subject it is what the claim is about.
                found.append(Pointer(doc[_left_edge(token) : token.i + 1].text, token.lower_, None))
            continue  # first mention: the phrase introduces the thing, it does not point
        words = doc[_left_edge(token) : token.i + 1].text
        named = _headline_name(ctx, lemma)
        fuller = named[1] if named is not None and named[0] < sent.start else None
        if named is not None and named[0] == HEADLINE and len(words.split()) > 2:
            # "the second attack" is one of the headline's "Copenhagen attacks", not both.
            fuller = None
        found.append(Pointer(words, token.lower_, fuller))
    return found


def _of_a_body(token: Token) -> bool:
    """ "the guild" of "members of the guild": "the" and a noun after "of" and a noun that
    is no share of it ("70 percent of the market" speaks of the market in general)."""
    of = token.head
    return (
        token.pos_ == "NOUN"
        and not token.ent_type_
        and token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and of.head.lower_ not in PARTITIVE_NOUNS
        and [c.lower_ for c in token.children] == ["the"]
    )


def _written(ctx: ArticleContext, name: str) -> bool:
    """True when the article writes `name` (less its "the") and it holds a proper noun."""
    bare = name.removeprefix("the ")
    return bare[:1].isupper() and bare in ctx.text


def _bare_subject(ctx: ArticleContext, token: Token, sent: Span) -> bool:
    """ "The car" as the subject of a sentence after the article's first: "the" and the
    noun, alone or after a lower-case noun that says what sort ("the state contests"), no
    word of it one the headline uses ("the bridge works" of a headline's bridge)."""
    before = [c for c in token.children if c.i < token.i]
    describing = token.doc[before[0].i + 1 : token.i] if before else token.doc[0:0]
    return (
        token.dep_ in SUBJECTS
        and sent.start > 0
        and token.i > 0
        and bool(before)
        and before[0].lower_ == "the"
        and all(c.dep_ in DESCRIBING for c in before[1:])
        and all(t.is_lower and t.lower_ not in ctx.title_words for t in describing)
        and (not describing or any(c.dep_ == "compound" for c in before))
        and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children)
        and token.lower_ not in ctx.title_words
        and token.lemma_.lower() not in ctx.title_words
    )


def _headline_name(ctx: ArticleContext, lemma: str) -> tuple[int, str] | None:
    """Where the article first names the thing `lemma` stands for the way the headline
    does, and that name; else the headline's own phrase for it ("the Belgian LGBT refuge
    shelter" for "the shelter"), as named before every sentence (worked out once per
    noun)."""
    if lemma not in ctx.headline_names:
        named = _fuller_name(ctx.doc, ctx.noun_mentions[lemma], ctx.title_words)
        if named is None:
            phrase = _headline_phrase(ctx, lemma)
            named = None if phrase is None else (HEADLINE, phrase)
        ctx.headline_names[lemma] = named
    return ctx.headline_names[lemma]


def _headline_phrase(ctx: ArticleContext, lemma: str) -> str | None:
    """The headline's noun phrase for `lemma` with the words before it that say which
    ("Belgian LGBT refuge shelter announced ..." -> "the Belgian LGBT refuge shelter"),
    or None when the headline has none (or is not parsed)."""
    if ctx.title_doc is None:
        return None
    for noun in ctx.title_doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() != lemma:
            continue
        left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
        if not left:
            return None
        start = min(c.left_edge.i for c in left)
        words = noun.doc[start : noun.i + 1]
        if any(t.pos_ in ("AUX", "PUNCT", "NUM") or _a_verb(t) for t in words):
            return None
        return " ".join(["the", _as_in_a_sentence(ctx, words[0]), *(t.text for t in words[1:])])
    return None


def _a_verb(token: Token) -> bool:
    """A verb of the headline, not a participle that describes its noun ("stricken")."""
    return token.pos_ == "VERB" and token.dep_ != "amod"


def _as_in_a_sentence(ctx: ArticleContext, word: Token) -> str:
    """A headline's word as a sentence writes it: a headline capitalises its first word
    ("Car bombings kill ..."), a name keeps its capital inside the article's sentences too
    ("... a Belgian shelter")."""
    acronym = sum(c.isupper() for c in word.text) > 1  # "U.S.", "UN", "McCain"
    if word.i > 0 or acronym or capitalised_in(ctx.doc, word.text):
        return word.text
    return word.lower_


def _demonstrative(token: Token) -> bool:
    """A noun after "this", "that", "these" or "those", or a number standing for people
    named before ("none of the seventeen", "the three were freed")."""
    if token.like_num and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if token.pos_ != "NOUN":
        return False
    pointing = ("this", "that", "these", "those")
    return _after_bare_that(token) or any(
        c.dep_ == "det" and c.lower_ in pointing for c in token.children
    )


def _after_bare_that(token: Token) -> bool:
    """ "estimates that number is ...": a singular noun with no determiner of its own
    right after "that" is "that number", however the parser reads "that"."""
    if token.i == 0 or token.tag_ != "NN" or any(c.dep_ == "det" for c in token.children):
        return False
    return token.doc[token.i - 1].lower_ == "that"


def _definite_subject(token: Token) -> bool:
    """ "the festival" as a subject, an object or a preposition's object."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in SPECIFYING or c.pos_ == "PROPN" for c in token.children):
        return False
    if any(c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.subtree) for c in token.children):
        return False  # "the results of the Australian National Iodine Study"
    if any(c.dep_ == "prep" and c.lower_ == "of" and _indefinite(c) for c in token.children):
        return False  # "the derailment of a freight train" says which derailment
    # "70 percent of the market": a share of something general, not a thing pointed at;
    # "according to the readouts": who says it, not what the claim is about.
    partitive = token.dep_ == "pobj" and token.head.lower_ == "of"
    if token.dep_ == "pobj" and token.head.head.lower_ == "according":
        return False
    return (
        token.dep_ in SUBJECTS or token.dep_ == "dobj" or (token.dep_ == "pobj" and not partitive)
    )


def _indefinite(preposition: Token) -> bool:
    """True when the object of `preposition` is a noun phrase with "a" or "an"."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return any(c.lower_ in ("a", "an") for o in objects for c in o.children if c.dep_ == "det")


def _left_edge(token: Token) -> int:
    """Where the noun phrase starts: its determiner and modifiers before the noun."""
    before = [c.i for c in token.children if c.i < token.i and c.dep_ in ("det", *DESCRIBING)]
    if _after_bare_that(token):
        before.append(token.i - 1)
    return min(before, default=token.i)


def _fuller_name(doc: Doc, mentions: list[int], title: frozenset[str]) -> tuple[int, str] | None:
    """The first mention of a noun (token ids `mentions`) that names it the way the
    headline does ("the Taipei lantern festival", "the phone call between Trump and
    Putin"), with "the", and where it is; None when there is none."""
    for i in mentions:
        phrase = _named_phrase(doc[i])
        if phrase is not None and set(_words(phrase)) - {"the"} <= title:
            return i, phrase
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


def _named_phrase(noun: Token) -> str | None:
    """ "the Taipei lantern festival" / "Taiwan's festival" / "the call between Trump and
    Putin": the noun with its modifiers and prepositional phrases, when they name something
    and are short; None otherwise."""
    named = [c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named and named[0].i == noun.i + 1 + (noun.doc[noun.i + 1].dep_ == "det"):
        return named[0].doc[named[0].left_edge.i : named[0].i + 1].text  # "The Cranberries"
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "det")]
    start = min((c.left_edge.i for c in left), default=noun.i)
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "between", "for", "at"):
            end = child.right_edge.i + 1
            break
    doc = noun.doc
    words = [t for t in doc[start:end] if not (t.i == start and t.dep_ == "det")]
    if len(words) > 8 or not any(t.pos_ == "PROPN" for t in words):
        return None
    if [t.i for t in words] == [noun.i]:
        return None  # "the University" of "Stirling University F.C." says no more
    text = doc[words[0].i : end].text
    return text if any(t.dep_ == "poss" for t in left) else f"the {text}"


def anchored(ctx: ArticleContext, candidate: Candidate) -> Candidate | Refused:
    """`candidate` with each pointing description of its stem replaced by the fuller name
    the article gave, or Refused when one has none (unless it is what the headline is
    about: "the call" in a report headlined "... in first formal phone call ...")."""
    doc = ctx.doc
    fact = candidate.fact
    title = ctx.title_words
    end = doc[fact.start].sent.end
    candidate.question = _places_named(ctx, candidate.question, end)
    candidate.explanation = _places_named(ctx, candidate.explanation, end)
    named = _people_counted(doc[fact.start].sent)
    if named is not None:
        candidate.question = _COUNTED_PEOPLE.sub(named, candidate.question, count=1)
        candidate.explanation = _COUNTED_PEOPLE.sub(named, candidate.explanation, count=1)
    for pointer in pointers(ctx, doc[fact.start].sent):
        pattern = re.compile(rf"\b{re.escape(pointer.words)}\b", re.IGNORECASE)
        found = pattern.search(candidate.question)
        if not found or pointer.fuller is None and pointer.noun in title:
            continue
        if inside_quotation(candidate.question, found.start()):
            continue  # a quotation keeps its words: "the brutal murder of a young man"
        if place_named_in(candidate.question[: found.start()], pointer.noun.lower()):
            continue  # "... Iran ... in the country": the statement itself says which
        if pointer.fuller is None:
            return Refused(f"does not stand alone: {pointer.words!r} points back")
        candidate.question = _replace(pattern, pointer.fuller, candidate.question)
        candidate.explanation = _replace(pattern, pointer.fuller, candidate.explanation)
    return candidate


#: "the two leaders": people counted whom a sentence before named.
_COUNTED_PEOPLE = re.compile(
    r"\b[Tt]he (two|three) (?:leaders|journalists|men|women|officials|presidents|ministers"
    r"|brothers|sisters|suspects|politicians|candidates|players)\b"
)
#: How many sentences back the people counted may be named.
PEOPLE_LOOK_BACK = 2


def _people_counted(sent: Span) -> str | None:
    """The people "the two leaders" of `sent` stands for, by full name ("Donald Trump and
    Angela Merkel"), when the nearest sentence before it that names people names just
    that many, side by side ("Trump and Merkel stressed ..."); else None."""
    found = _COUNTED_PEOPLE.search(sent.text)
    if found is None:
        return None
    count = {"two": 2, "three": 3}[found.group(1).lower()]
    doc = sent.doc
    start = sent.start
    for _ in range(PEOPLE_LOOK_BACK):
        if start == 0:
            return None
        before = doc[start - 1].sent
        # Names by their last word, however the tagger labels them ("Trump and Merkel"
        # was once a work of art): a surname the article gives a person's full name for.
        people = [
            (t, name)
            for t in before
            if t.pos_ == "PROPN" and t.dep_ != "compound" and (name := full_name_of(doc, t.text))
        ]
        if people:
            joined = all(
                all(t.text in (",", "and") or t.dep_ == "compound" for t in doc[a.i + 1 : b.i])
                for (a, _), (b, _) in zip(people, people[1:], strict=False)
            )
            names = list(dict.fromkeys(name for _, name in people))
            if len(names) != count or not joined:
                return None
            return ", ".join(names[:-1]) + " and " + names[-1]
        start = before.start
    return None


def _replace(pattern: re.Pattern[str], fuller: str, text: str) -> str:
    """`text` with the description replaced, capitalised where it opens the text."""

    def swap(match: re.Match[str]) -> str:
        return fuller[0].upper() + fuller[1:] if match.group(0)[0].isupper() else fuller

    return pattern.sub(swap, text, count=1)


#: "the country" or "the city" standing for a place's name: before "'s", punctuation or
#: a function word ("in the country.", "the country has"), not before a noun it
#: describes ("the city council").
_PLACE_POINTER = re.compile(
    r"\b[Tt]he (country|nation|city|town)\b(?=['’]s\b|\s*[,.;:?)]|\s+(?:is|was|has|had|will|would"
    r"|and|in|on|at|to|for|with|from|by|as|that|since|after|before)\b)"
)


def _places_named(ctx: ArticleContext, text: str, end: int) -> str:
    """`text` with "the country" ("the city") written as the one country (city) the
    headline and the article up to token `end` name ("in the country" -> "in Iran"); as it
    is when they name none or several, or `text` already says which."""
    for match in reversed(list(_PLACE_POINTER.finditer(text))):
        noun = match.group(1).lower()
        if inside_quotation(text, match.start()) or place_named_in(text[: match.start()], noun):
            continue
        place = _only_place(ctx, PLACE_LEVELS[noun], end)
        if place is not None:
            named = as_in_a_sentence(place)
            if match.start() == 0:
                named = named[0].upper() + named[1:]
            text = text[: match.start()] + named + text[match.end() :]
    return text


def _only_place(ctx: ArticleContext, level: str, end: int) -> str | None:
    """The one place of `level` the headline and the article before token `end` name."""
    spans = [e for e in ctx.entities if e.end <= end]
    if ctx.title_doc is not None:
        spans += list(ctx.title_doc.ents)
    # The tagger calls a country's initials an organisation now and then ("the DRC").
    labels = ("GPE", "LOC", "ORG") if level == "country" else ("GPE", "LOC")
    found = {
        place.name
        for span in spans
        if span.label_ in labels
        and (place := known_place(span.text)) is not None
        and place.level == level
    }
    return found.pop() if len(found) == 1 else None
