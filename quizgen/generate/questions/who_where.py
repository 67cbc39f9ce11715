"""When a person may be asked "Who ...?" among other people of the story, and a place
"Where ...?" among places like it.

A name asked among names is fair when the stem names one deed of the story, done by one
person or in one place: "Who ordered the Capitol's flags be lowered to half staff?",
"Where did the SARS-like virus first appear?". Blind gradings marked down the rest, and
they are not asked:
- a deed others share ("was also sentenced to death"), or one name of a pair ("a
  statement by Olmert, and Abbas");
- a state rather than a deed ("Who is from Gdańsk?", "Who is survived by three
  children?"), a bare meeting, a remark whose words the stem leaves out ("Who described
  Day to the BBC?");
- a name pulled out of a side clause ("Who was several conservative groups claiming ...
  stolen from?"), a sentence of two claims joined by a semicolon or a colon;
- a clause that points back to the article ("the committee's acting chair"), a deed of
  the story's past (background), a name the headline gives away, or a stem that names
  the country of the answer's role alone ("Polish interests" beside one Polish minister).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts.people import role_of
from quizgen.generate.kinds import spec_of
from quizgen.generate.questions.clause import clause_verb, misread_conjunct
from quizgen.generate.questions.entity_types import name_key
from quizgen.generate.questions.gazetteer import country_stem
from quizgen.generate.vocabulary import REMARK_NOUNS, REMARK_VERBS, SPEECH_VERBS

#: Words that say the deed is shared: another person of the story did it too.
SHARED_DEED = frozenset({"also", "too", "both", "either", "neither", "among", "each", "joint",
                         "jointly", "together", "alongside", "respectively"})  # fmt: skip
#: Verbs of a state or a possession, not a deed: "is from", "has three children".
STATE_VERBS = frozenset({"be", "have", "survive", "include", "remain", "become", "seem",
                         "own", "hold", "live", "belong"})  # fmt: skip
#: How a name may hang on its verb for "Who ...?" to ask it: its subject or object.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
#: The preposition whose object is the doer of the deed ("was appointed by").
PERSON_PREPOSITIONS = frozenset({"by"})
#: Verbs of a meeting: who met whom says nothing of what came of it.
MEETING_VERBS = frozenset({"meet"})
#: Nouns of an opinion given, not said: "presented a different viewpoint".
VIEW_NOUNS = frozenset({"view", "viewpoint", "opinion", "position", "stance", "perspective"})
#: More words than this and the stem is a paragraph, not a question.
MAX_SENTENCE_WORDS = 40


def who_where_problem(ctx: ArticleContext, fact: Fact) -> str | None:
    """Why "Who ...?" (or "Where ...?") with names as choices is no fair question on the
    person (or place) of `fact`, or None when it is."""
    doc = ctx.doc
    name = doc[fact.start : fact.end].root
    sent = name.sent
    if name_key(fact.answer) in ctx.title_words:
        return "the headline names the answer"
    if re.search(r"[;:](?!\d)", sent.text):
        return "two claims joined by a semicolon or a colon"
    if sum(1 for t in sent if not t.is_punct) > MAX_SENTENCE_WORDS:
        return "the sentence is too long for one question"
    if any(t.dep_ == "conj" for t in name.children) or name.dep_ == "conj":
        return "one name of a pair or a list"
    spec = spec_of(fact)
    verb = _verb_of(name, PERSON_PREPOSITIONS if spec.person else set(spec.preposition_wh))
    if verb is None:
        return "the name is not the subject, object or place of a verb"
    if not _main_clause(verb):
        return "the name is in a side clause"
    if _unjoined_verb(verb):
        return "a second verb the parse joins without 'and' (a misread clause)"
    if verb.lemma_.lower() in STATE_VERBS:
        return "a state, not a deed"
    if _shared(verb):
        return "a deed others share (e.g. 'also')"
    if verb.lemma_.lower() in MEETING_VERBS:
        return "a bare meeting (who met whom says nothing of what came of it)"
    if _says_nothing(verb):
        return "a remark whose words the stem does not give (e.g. 'described Day to the BBC')"
    pointer = _points_back(ctx, verb, name)
    if pointer:
        return f"'{pointer}' points back to the article"
    if _of_the_story_s_past(ctx, sent):
        # "In 2007, Ahmadinejad was challenged by Lee Bollinger" in a report of 2008 on an
        # asylum seeker: background (a blind grading), like the years of the past.
        return "a deed of the story's past (background)"
    return None


def _points_back(ctx: ArticleContext, verb: Token, name: Token) -> str:
    """The words of the clause of `verb` (less the name asked) that point back to what
    the article said before and that a stem keeps: "the committee's acting chair" (a
    committee named earlier), "the majority of the dead"; "" when there are none. (The
    definites a statement's subject holds are `definites.anchored`'s.)"""
    asked = {t.i for t in name.subtree}
    sent_start = name.sent.start
    for token in verb.subtree:
        if token.i in asked or not any(c.lower_ == "the" for c in token.children):
            continue
        if token.pos_ in ("ADJ", "VERB") and token.dep_ in ("dobj", "pobj"):
            return f"the {token.text}"  # "the dead", "the injured": of which event?
        mentions = ctx.noun_mentions.get(token.lemma_.lower(), [])
        earlier = bool(mentions) and mentions[0] < sent_start
        if token.pos_ == "NOUN" and token.dep_ == "poss" and earlier:
            return f"the {token.text}"
    return ""


def gives_away_by_country(doc: Doc, stem: str, answer: str, wrong: list[str]) -> bool:
    """True when the stem names a country or a people that the article ties to the
    answer's role and to no wrong choice's ("Who remarked ... should avoid harming Polish
    interests?" with one Polish minister among the choices)."""
    places = {t.text for ent in doc.ents if ent.label_ in ("NORP", "GPE") for t in ent}
    named = _country_stems(stem, places)
    shared = named & _role_countries(doc, answer, places)
    return bool(shared) and not any(shared & _role_countries(doc, w, places) for w in wrong)


def _role_countries(doc: Doc, name: str, places: AbstractSet[str]) -> set[str]:
    """The countries and peoples (of `places`) that the article's roles for `name` name
    ("Polish foreign minister" -> {"pol"}), as `_country_stems`."""
    key = name_key(name)
    roles = (role_of(e) for e in doc.ents if e.label_ == "PERSON" and name_key(e.text) == key)
    return {stem for role in roles for stem in _country_stems(role, places)}


def _country_stems(text: str, places: AbstractSet[str]) -> set[str]:
    """The `country_stem`s of the words of `text` that name a country or a people
    (`places`)."""
    return {country_stem(w) for w in re.findall(r"[\w-]+", text) if w in places}


def _of_the_story_s_past(ctx: ArticleContext, sent: Span) -> bool:
    """True when a year of `sent` lies in the story's past (`of_the_story_s_past`)."""
    return any(
        sent.start <= other.start < sent.end and ctx.of_the_story_s_past(other)
        for other in ctx.facts
        if spec_of(other).distractors == "other_dates"
    )


def _verb_of(name: Token, prepositions: AbstractSet[str]) -> Token | None:
    """The verb whose subject or object `name` is, also as the name of its title
    ("Whitecaps centre back Omar Jarun underlined ...") or through one of `prepositions`
    ("was appointed by Rosselló", "appeared in Wuhan"), or None."""
    found = clause_verb(name)
    if found is None:
        return None
    verb, path = found
    if len(path) == 2 and path[0].dep_ == "appos" and path[1].pos_ == "NOUN":
        path = path[1:]  # the title the name stands beside is the argument
    if len(path) == 1 and path[0].dep_ in ARGUMENT_DEPS:
        return verb
    if len(path) == 2 and path[0].dep_ == "pobj":
        preposition = path[1]
        if preposition.dep_ == "agent" or preposition.lower_ in prepositions:
            return verb
    return None


def _main_clause(verb: Token) -> bool:
    """True when `verb` makes the sentence's claim: its root, a verb joined to the root,
    or what the root's speaker says ("Reports said Smith resigned")."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return verb.dep_ in ("conj", "ccomp") and head.dep_ == "ROOT"


def _unjoined_verb(verb: Token) -> bool:
    """True when a verb hangs on `verb` as a conjunct with no "and" between them
    ("maintained an impeachment inquiry is what ..."): the parse misread a clause, and
    the stem would keep half of it (`clause.misread_conjunct`)."""
    return any(misread_conjunct(c) for c in verb.children)


def _says_nothing(verb: Token) -> bool:
    """True when the deed is a remark and the clause does not say what was said ("Mary
    Quant described Day to the BBC", "presented a different viewpoint")."""
    said = {c.dep_ for c in verb.children}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in REMARK_NOUNS | VIEW_NOUNS for o in objects):
        return True
    remark = verb.lemma_.lower() in REMARK_VERBS | SPEECH_VERBS
    return remark and not said & {"ccomp", "xcomp", "advcl"}


def _shared(verb: Token) -> bool:
    """True when a word on `verb` or its arguments says others did the same."""
    return any(t.lower_ in SHARED_DEED for t in verb.subtree)
