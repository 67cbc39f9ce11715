"""Reading a written question again: the parse of the stem itself shows what a rewrite
of its sentence broke.

A wh-question is made by moving parts of an article sentence. When the sentence had a
shape the rewrite did not expect, the words are all there but the question is garbled:
"How many quake was followed ...?", "What percentage richest of women ...?", "... have
officials reported 12 in ...?", "When did the BBC highlight?". Blind gradings called every
such stem unusable. The checks here tag the finished stem (with the article's own
pipeline, up to its tagger) and compare it with its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quizgen.generate.fact import Fact
from quizgen.generate.questions.candidate import Candidate
from quizgen.generate.vocabulary import DASHES, RELATIVE_PRONOUNS, SHARE_WORDS, VERB_TAGS

#: What may stand between "how many" and the counted noun ("how many Israeli soldiers",
#: "how many previously withheld paragraphs").
COUNT_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NNP", "RB", "VBN", "VBG", "HYPH", "CD"})
#: What "how many" may count: a plural noun, or nothing ("How many died?").
COUNTED_TAGS = frozenset({"NNS", "NNPS"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Complements a verb cannot lose when the question asks about something else.
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
#: Words a question opens with.
WH_WORDS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how"})
#: Words that open an aside after a comma, which a second comma must close.
ASIDE_OPENERS = frozenset({"who", "which", "whose", "including"})

Parse = Callable[[str], Doc]


def stem_problem(parse: Parse, doc: Doc, candidate: Candidate) -> str | None:
    """Why the parse of `candidate`'s wh-question shows it garbled, or None. Only
    questions rewritten from a sentence are read again (a quotation's "Who said" and a
    true/false statement keep their sentence's words in order)."""
    if candidate.type != "multiple_choice":
        return None
    return wh_problem(parse, doc, candidate.fact, candidate.question, candidate.template)


def wh_problem(parse: Parse, doc: Doc, fact: Fact, question: str, template: str) -> str | None:
    """Why the wh-question `question` on `fact` is garbled, or None (also None for other
    shapes of question). A true/false statement cut as the question was shares its
    faults ("Even if forgiven is now 25 years." beside "How long is even if forgiven?")."""
    if not template.startswith("wh."):
        return None
    stem = parse(question)
    body = _question_body(stem)
    sentence = doc[fact.start].sent
    checks = (
        (_counts_a_singular, "'how many' counts no plural noun (e.g. 'How many quake was ...')"),
        (_share_of_nothing, "'what percentage' is of nothing (e.g. 'What percentage richest ...')"),
        (_did_be, "'did' with 'be' (e.g. 'did the parents be')"),
        (_gap_filled, "the asked figure's place still filled (e.g. 'have officials reported 12')"),
        (_open_aside, "an aside opened by a comma is never closed"),
        (_which_time, "'which time' (e.g. 'For which time was ...')"),
        (_be_without_subject, "'how long is' with no subject (e.g. 'How long is even if ...')"),
        (_hedge_after_verb, "a hedge moved behind its verb (e.g. 'did UpGuard send reportedly')"),
        (_dash_joined, "two clauses joined by a dash (e.g. 'does Tesco — Netto Poland have')"),
        (_counts_a_name, "'how many' counts a name (e.g. 'How many seats and Liberal Democrats')"),
    )
    for check, reason in checks:
        if check(body):
            return f"garbled: {reason}"
    if _lost_object(body, sentence, fact, template):
        return "garbled: its verb has lost its object (e.g. 'When did the BBC highlight?')"
    if _shared_passive(doc[fact.start : fact.end].root):
        return "garbled: a passive told active (e.g. 'When did Conway admit to ...?')"
    if _time_of_a_description(doc, fact):
        return "garbled: its time belongs to a description (e.g. 'the worst disaster since 1986')"
    if _dangling_participle(sentence, question):
        return "garbled: a participle of no one the stem names (e.g. 'career ... before entering')"
    if _another_year(stem, fact.answer):
        return "ambiguous: the stem names another year (e.g. 'the previous occasions, in 1966 ...')"
    return None


#: Prepositions that open a participle of the subject's deed ("before entering ...").
PARTICIPLE_OPENERS = frozenset({"before", "after", "while", "upon", "on", "since", "when"})


def _dangling_participle(sentence: Span, question: str) -> bool:
    """True when the question keeps a participle of its main verb ("before entering the
    diplomatic field") whose doer the sentence names elsewhere ("with him serving ...")
    while its subject is a thing ("Christopher's career"): asked alone, the career enters
    the field."""
    verb = sentence.root
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_:
        return False
    for opener in verb.children:
        if opener.dep_ != "prep" or opener.lower_ not in PARTICIPLE_OPENERS:
            continue
        participles = [c for c in opener.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if participles and f"{opener.text} {participles[0].text}" in question:
            return True
    return False


def _question_body(stem: Doc) -> list[Token]:
    """The stem's words after an "According to X," that opens it, without the "?"."""
    tokens = [t for t in stem if not t.is_space]
    if tokens and tokens[-1].text == "?":
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[0].lower_ == "according" and tokens[1].lower_ == "to":
        # The source may have an aside of its own ("According to Merkel's spokesman,
        # Steffen Seibert, who ..."): the question opens after the comma that a wh-word
        # follows closely ("..., in which city"), else after the first comma.
        openings = [k + 1 for k, t in enumerate(tokens) if t.text == ","]
        asking = [k for k in openings if any(t.lower_ in WH_WORDS for t in tokens[k : k + 3])]
        if asking or openings:
            return tokens[(asking or openings)[0] :]
    return tokens


def _shared_passive(answer: Token) -> bool:
    """True when the answer hangs on a participle that takes its "was" from the verb
    before it ("Conway was elected ... and admitted to ... in 1992"): asked on its own,
    it reads active ("did Conway admit")."""
    verb = next((t for t in answer.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    return not own and any(c.dep_ == "auxpass" for c in verb.head.children)


def _dash_joined(body: list[Token]) -> bool:
    """True when a dash stands between two words of the question: the sentence joined two
    clauses with it, and the question runs them together."""
    return any(t.text in DASHES for t in body[1:-1])


def _after_wh(body: list[Token], first: str, second: frozenset[str]) -> list[Token] | None:
    """The words after the opening "first second" ("how many"), or None when the body
    does not open so."""
    if len(body) > 2 and body[0].lower_ == first and body[1].lower_ in second:
        return body[2:]
    return None


def _counts_a_singular(body: list[Token]) -> bool:
    rest = _after_wh(body, "how", frozenset({"many"}))
    if rest is None:
        return False
    for k, token in enumerate(rest):
        if token.lower_ in ("of", "more", "times", "fewer"):
            return False
        if token.tag_ in COUNTED_TAGS or token.tag_ in VERB_TAGS - {"VBN", "VBG"}:
            return False
        following = rest[k + 1] if k + 1 < len(rest) else None
        # "how many torch sculptures": a noun before a noun modifies it.
        compound = token.tag_ == "NN" and following is not None and following.tag_ in NOUN_TAGS
        if token.tag_ not in COUNT_MODIFIER_TAGS and not compound:
            return True
        # "how many previously withheld paragraphs", never "how many perhaps planets".
        if token.tag_ == "RB" and (following is None or following.tag_ in NOUN_TAGS):
            return True
    return True


def _counts_a_name(body: list[Token]) -> bool:
    """True when "how many" counts a noun joined by "and" to a name ("How many seats and
    Liberal Democrats did the SNP gain?"): the sentence went on with a clause of its own
    ("gained 13 seats and Liberal Democrats lost 10"), which the question swallowed."""
    rest = _after_wh(body, "how", frozenset({"many"}))
    if rest is None:
        return False
    for k, token in enumerate(rest[:-1]):
        if token.tag_ not in NOUN_TAGS:
            return False
        if rest[k + 1].lower_ == "and":
            # "How many Democrats and Republicans voted?" counts both.
            common = token.tag_ in ("NN", "NNS")
            return common and k + 2 < len(rest) and rest[k + 2].text[:1].isupper()
    return False


def _share_of_nothing(body: list[Token]) -> bool:
    rest = _after_wh(body, "what", SHARE_WORDS)
    if not rest:
        return False
    return rest[0].lower_ != "of" and rest[0].tag_ not in VERB_TAGS


def _did_be(body: list[Token]) -> bool:
    does = [k for k, t in enumerate(body) if t.lower_ in ("did", "does", "do")]
    return bool(does) and any(t.lower_ == "be" for t in body[does[0] + 1 :])


def _gap_filled(body: list[Token]) -> bool:
    """ "How many people dead ... have officials reported 12 in ...?": a figure right after
    a verb of a question that asks for a figure; "What percentage were the rates for
    ZMapp, 53% for remdesivir?": a share beside the share it asks."""
    asks_figure = body[:2] and body[0].lower_ == "how" and body[1].lower_ in ("many", "much")
    asks_share = _after_wh(body, "what", SHARE_WORDS) is not None
    if not asks_figure and not asks_share:
        return False
    if asks_share and any(t.text == "%" or t.lower_ == "percent" for t in body[2:]):
        return True
    return any(
        token.tag_ == "CD" and body[k - 1].tag_ in VERB_TAGS - {"MD"}
        for k, token in enumerate(body)
        if k > 0
    )


def _open_aside(body: list[Token]) -> bool:
    """ "At which end did Roger Federer, who has been a critic of the technology snap?":
    the relative clause runs into the question's verb."""
    for k, token in enumerate(body[:-1]):
        if token.text == "," and body[k + 1].lower_ in ASIDE_OPENERS:
            return not any(t.text == "," for t in body[k + 2 :])
    return False


def _lost_object(body: list[Token], sentence: Span, fact: Fact, template: str) -> bool:
    """A question that ends on its verb ("When did the BBC highlight?") when that verb had
    an object in the article (or was a clause on its object: "claims the BBC highlighted
    in 2004"), and the object is not what is asked."""
    if any(_on_its_object(verb) for verb in _verbs_shown(body, sentence)):
        return True  # "Who declared so he could fund a wall?": declared what?
    if not body or template != "wh.inverted":
        return False
    last = body[-1].lower_
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or last not in (verb.lower_, verb.lemma_.lower()):
            continue
        if _on_its_object(verb):
            return True
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS:
                span = {t.i for t in child.subtree}
                if not span & set(range(fact.start, fact.end)):
                    return True
    return False


def _verbs_shown(body: list[Token], sentence: Span) -> list[Token]:
    """The verbs of `sentence` the question shows, as written or in their base form
    ("declared", "did ... declare")."""
    words = {t.lower_ for t in body}
    return [t for t in sentence if t.pos_ == "VERB" and {t.lower_, t.lemma_.lower()} & words]


def _on_its_object(verb: Token) -> bool:
    """A relative clause whose gap is its verb's object ("claims [that] the BBC
    highlighted", "the emergency that Trump declared"): it has a subject of its own and
    no object but the relative pronoun."""
    deps = {c.dep_ for c in verb.children if c.lower_ not in RELATIVE_PRONOUNS}
    return verb.dep_ == "relcl" and "nsubj" in deps and not deps & OBJECT_DEPS


#: Adverbs that hedge or place a whole claim: they stand before the verb ("UpGuard
#: reportedly sent"), and after it once the question moved the verb's tense to "did".
CLAIM_ADVERBS = frozenset({"reportedly", "allegedly", "apparently", "reputedly", "purportedly",
                           "also", "already"})  # fmt: skip


def _hedge_after_verb(body: list[Token]) -> bool:
    """ "When did UpGuard send reportedly an email?", "... declared a state of calamity
    reportedly?": the hedge no longer stands right before a verb."""
    following = [*body[1:], None]
    return any(
        t.lower_ in CLAIM_ADVERBS and (after is None or after.tag_ not in VERB_TAGS)
        for t, after in zip(body, following, strict=True)
    )


#: "How long", "how far" ...: a measure asked of a subject that must follow the verb.
MEASURE_WORDS = frozenset({"long", "far", "old", "big", "large", "high", "tall", "deep"})
#: Tags a subject may open with ("How long was the call", "... was Trump's call").
SUBJECT_OPENING_TAGS = NOUN_TAGS | {"DT", "PRP", "PRP$", "CD", "JJ", "JJS", "JJR", "PDT"}
BE_FORMS = frozenset({"is", "was", "are", "were", "will", "would"})


def _be_without_subject(body: list[Token]) -> bool:
    rest = _after_wh(body, "how", MEASURE_WORDS)
    if not rest or rest[0].lower_ not in BE_FORMS or len(rest) < 2:
        return False
    following = rest[1]
    if rest[0].lower_ in ("will", "would") and following.lower_ == "be" and len(rest) > 2:
        following = rest[2]
    return following.tag_ not in SUBJECT_OPENING_TAGS


def _which_time(body: list[Token]) -> bool:
    words = [t.lower_ for t in body]
    return any(words[k : k + 2] == ["which", "time"] for k in range(len(words)))


def _time_of_a_description(doc: Doc, fact: Fact) -> bool:
    """ "the worst nuclear disaster since 1986": the year says since when the disaster is
    the worst, not when anything in the sentence happened (the parser often hangs "since"
    on the verb, so the superlative before it decides)."""
    start = fact.start
    if start < 2 or doc[start - 1].lower_ != "since":
        return False
    described = doc[start - 2]
    return described.pos_ == "NOUN" and any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last") for t in described.subtree
    )


def _another_year(stem: Doc, answer: str) -> bool:
    """A year asked while the stem names another one: one date of a list."""
    if not re.fullmatch(r"\d{4}", answer.strip()):
        return False
    return any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in stem)
