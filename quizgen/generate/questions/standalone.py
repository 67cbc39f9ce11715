"""Stems that stand alone: a learner sees one question, not the article around it.

`context_problem` names what a stem or statement needs from the article to be understood:
a pointing phrase ("this district", "the report"), a word that refers back ("other",
"both", "however"), or a time relative to the article's date ("yesterday", "on Friday").
Pronouns are checked where the words are still tokens (coreference.py): "he" is fine
after the name it stands for. Words inside quotation marks are the speaker's and are not
checked. `is_context_word` lets the clause builder leave such adjuncts out in the first
place ("..., however, ..." / "on Friday").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgen.generate.facts.common import before_a_hyphen, per_position
from quizgen.generate.questions.gazetteer import known_place
from quizgen.generate.vocabulary import (
    ANAPHORIC_NOUNS,
    CLOCK_UNITS,
    CONNECTIVES,
    COUNTED_BACK,
    DISTANCE_UNITS,
    EXISTENTIAL_VERBS,
    MONTHS,
    PERIODS,
    PLACE_LEVELS,
    POINTING_ADJECTIVES,
    QUOTE_CONTINUATIONS,
    REFERRING_WORDS,
    RELATIVE_DAYS,
    RELATIVE_TIMES,
    STANCE_OPENERS,
    STEM_STOP_WORDS,
    THIRD_PERSON_PRONOUNS,
    TIME_UNITS,
    WEEKDAYS,
    WORD_NUMBERS,
)

#: A time of day ("00:37", "6:31", "9 a.m."): what happened at which minute is a detail.
CLOCK_TIME = re.compile(
    r"\b\d{1,2}:\d\d\b|\b\d{1,2}\s?[ap]\.m\.|\b\d{1,2}\.\d\d\s*(?:local time|UTC|GMT)",
    re.IGNORECASE,
)
#: "at 12:20 p.m. local time (1620 UTC)" and no longer.
MAX_CLOCK_WORDS = 10
#: Words that count a day from the sentence's own event ("the previous day").
DAY_COUNTERS = frozenset({"previous", "following", "next", "same"})
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][a-z]+)?")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


#: A bare quantifier as the subject ("Most were Indonesians", "All, including Qawi,
#: were acquitted"): most of whom?
_BARE_QUANTIFIER = re.compile(
    r"^(?:most|many|some|several|all|both|none|few|others|the rest|(?!(?:1[5-9]|20)\d\d\b)\d[\d,]*"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?: of them)?"
    r"(?:, [^,]{2,80},)? (?:were|are|was|is|have|had|did|will|would)\b",
    re.IGNORECASE,
)
#: "as high" with no "as ..." after it: as high as what?
_HALF_COMPARISON = re.compile(r"\bas (?:high|low|large|small|many|much|big|great|long)\b")


#: A comparison needs what it compares with ("Only Finland is higher at 2.2%").
_COMPARATIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|ranks?|ranked|rose|fell) (?:\w+ )?"
    r"(?:higher|lower|larger|smaller|bigger|greater|better|worse|cheaper|faster|slower)\b"
)


#: Prepositions after which "that" is a pronoun when no noun follows it ...
PREPOSITIONS_BEFORE_THAT = frozenset({"for", "of", "after", "before", "about", "despite", "like",
                                      "with", "by"})  # fmt: skip
#: ... and the words after such a "that" (none, an infinitive's "to", a verb of being).
PRONOUN_THAT_NEXT = frozenset({"", "to", "is", "was", "will", "would", "has", "had"})


def context_problem(text: str) -> str | None:
    """What `text` needs from its article to be understood, or None when it stands alone."""
    if _BARE_QUANTIFIER.match(text):
        return f"a quantifier that needs its noun ({text.split()[0]!r})"
    if re.match(r"In (?:response|reply|return|turn)\b", text):
        return "a reply to something the article said before (e.g. 'In response')"
    first = re.match(r"[A-Za-z]+", text)
    if first and first.group(0).lower() in STANCE_OPENERS:
        return f"the writer's comment on what came before ({first.group(0)!r})"
    unquoted_text = _QUOTED.sub(" ", text)
    supposition = _SUPPOSITION.search(unquoted_text)
    if supposition:
        # "..., one would think campaigning was over.": a set-up the next sentence turns.
        return f"the writer's supposition, not a claim ({supposition.group(0)!r})"
    comparison = _COMPARATIVE.search(unquoted_text)
    if comparison and not re.search(r"\bthan\b", text):
        return f"a comparison with something it does not name ({comparison.group(0)!r})"
    half = _HALF_COMPARISON.search(unquoted_text)
    if half and not re.search(r"\bas\b", unquoted_text[half.end() :]):
        return f"a comparison with something it does not name ({half.group(0)!r})"
    opening = re.match(r"(?:Who said: )?[“\"]([A-Za-z]+)", text)
    if opening and opening.group(1).lower() in QUOTE_CONTINUATIONS:
        return f"a quotation that goes on from words before it ({opening.group(1)!r})"
    pointing = _QUOTE_POINTING.search(text) if text.startswith("Who said: ") else None
    if pointing:
        # "“If you're acting that way, you are just fooling yourself”": out of its
        # article, the words the quotation points to are gone.
        return f"a quotation that points to what its article said ({pointing.group(0)!r})"
    unquoted = _QUOTED.sub(" ", text).replace("’s", "").replace("'s", "")
    pronoun = _pronoun_before_any_name(unquoted)
    if pronoun:
        return f"a pronoun with no name before it ({pronoun!r})"
    original = _WORD.findall(unquoted)
    words = [w.lower() for w in original]
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if word in ("former", "latter") and _describes(original[k + 1 : k + 2]):
            continue  # "former US Vice President Joe Biden", "the former mayor": a title
        if word in ("this", "these", "those") and nxt or k == 0 and word == "that":
            return f"a pointing phrase ({word} {nxt})"
        if word in ("this", "these") and not nxt:
            return f"a pointing word that ends it (e.g. 'despite {word}')"
        before = words[k - 1] if k > 0 else ""
        if word == "that" and before in PREPOSITIONS_BEFORE_THAT and nxt in PRONOUN_THAT_NEXT:
            # "call for that to drop to 3%", "because of that": "that" stands for what the
            # sentence before said.
            return f"a pointing word ({before} that)"
        after = words[k + 2] if k + 2 < len(words) else ""
        if word == "the" and nxt in POINTING_ADJECTIVES and after != "time":
            return f"a phrase that points back (the {nxt})"  # not a match's "additional time"
        position = k + 1
        if word == "the" and nxt not in ANAPHORIC_NOUNS:
            position, nxt, after = _noun_after_modifiers(unquoted, words, k)
        title = nxt in ("former", "latter") and _describes(original[position + 1 : position + 2])
        # "made the previous day": a day counted from the sentence's own event.
        counted = nxt in ("day", "week") and bool(set(words[k + 1 : position]) & DAY_COUNTERS)
        if (
            word == "the"
            and nxt in ANAPHORIC_NOUNS
            and not title
            and not counted
            and not _specified(unquoted, position)
            and nxt not in words[:k]  # "a revised bailout bill ... identical to the bill"
        ):
            if not (nxt in PLACE_LEVELS and place_named_in(_before_word(unquoted, k), nxt)):
                return f"a phrase that points back (the {nxt})"
        if word == "the" and _counted_before(words, k):
            return f"a count of people or things named before (the {words[k + 1]} {words[k + 2]})"
        if word == "there" and nxt not in EXISTENTIAL_VERBS:
            return "a place named elsewhere (e.g. 'there')"
        if word in REFERRING_WORDS and not _refers_inside(words, k):
            return f"a word that refers to the article ({word!r})"
        if word == "neither" and "nor" not in words:
            return "a word that refers to the article ('neither', of two named before)"
        if word in ("do", "does", "did", "done", "doing") and nxt == "so":
            return f"an action named before it ('{word} so')"
        if word in ("stake", "stakes") and nxt not in ("in", "of"):
            return "a stake in something it does not name (e.g. 'would hold a 40% stake')"
        if word == "similar" and nxt != "to":
            return f"a comparison with something it does not name ('similar {nxt}')"
        if word in RELATIVE_DAYS and not _named_day(original, k):
            return f"a time relative to the article's date ({word!r})"
        if word == "previous" and nxt not in PERIODS | {"day", "days"}:
            return f"a time counted from the story ('previous {nxt}')"
        if word == "since" and nxt == "then":
            return "a time relative to the story (e.g. 'since then')"
        if f"{word} {nxt}" in COUNTS_TO_THE_DAY:
            # "France has featured in two finals to date": a count that grows after the day.
            return f"a time relative to the article's date ({word} {nxt})"
        if word == "recent" and nxt.rstrip("s") in PERIODS | CLOCK_UNITS:
            return f"a time relative to the article's date (recent {nxt})"
        counted = nxt in ("few", "several") or nxt.isdigit() or nxt in WORD_NUMBERS
        if word in COUNTED_BACK and (
            nxt in PERIODS or counted and after.rstrip("s") in PERIODS | CLOCK_UNITS | {"decade"}
        ):  # "this week" is caught above; "the past three days" is counted from it
            return f"a time relative to the article's date ({word} {nxt})"
    return None


#: Words that make a weekday the name of a day ("Super Tuesday", "Good Friday").
NAMED_DAYS = frozenset({"super", "good", "black", "cyber", "ash", "holy", "maundy", "easter",
                        "palm", "bloody", "shrove", "fat", "giving"})  # fmt: skip


def _named_day(original: list[str], k: int) -> bool:
    """True when the weekday `original[k]` ends the name of a day ("Super Tuesday")."""
    before = original[k - 1] if k else ""
    return original[k][:1].isupper() and before[:1].isupper() and before.lower() in NAMED_DAYS


#: Words in a quotation that point to what was said before it ("acting that way", "this
#: plan", "such space").
_QUOTE_POINTING = re.compile(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch) (?!(?:who|that|which|is|was|are|were|will|would"
    r"|has|had|have|can|could|should|may|might|must|does|did)\b)[a-z]+"
    r"|\b[Tt]hat way\b"
)


def _describes(following: list[str]) -> bool:
    """True when "former" or "latter" goes before the word `following` names ("former
    Vice President", "the former mayor"), rather than standing for one of two things
    named before ("the former said")."""
    return bool(following) and (following[0][:1].isupper() or following[0] not in STEM_STOP_WORDS)


def _noun_after_modifiers(text: str, words: list[str], k: int) -> tuple[int, str, str]:
    """The position of the word after up to two lower-case modifiers following "the" at
    word `k` ("the 155-meter vessel" -> "vessel"), that word and the word after it;
    (0, "", "") when a name or a year comes first ("the Hong Kong election", "the 2006
    fire" say which) or a function word does ("the bench by President Bush")."""
    original = _WORD.findall(text)
    for skip in (2, 3):
        if k + skip >= len(words):
            break
        modifiers = original[k + 1 : k + skip]
        if any(m[:1].isupper() or _YEAR.fullmatch(m) or m in STEM_STOP_WORDS for m in modifiers):
            break
        if any(_superlative(m) for m in modifiers):
            break  # "the youngest prime minister since 1812" says which
        if words[k + skip] in ANAPHORIC_NOUNS:
            after = words[k + skip + 1] if k + skip + 1 < len(words) else ""
            return k + skip, words[k + skip], after
    return 0, "", ""


#: Words ending like a superlative that are none ("the latest report" points back).
NOT_SUPERLATIVES = frozenset({"latest", "interest", "honest", "modest", "protest", "contest",
                              "arrest", "request", "forest", "earnest", "harvest",
                              "manifest", "suggest"})  # fmt: skip


def _superlative(word: str) -> bool:
    """True for a superlative ("youngest", "largest", "best", "most"): it says which one."""
    lower = word.lower()
    if lower in ("best", "worst", "most", "least"):
        return True
    return len(lower) > 5 and lower.endswith("est") and lower not in NOT_SUPERLATIVES


def _counted_before(words: list[str], k: int) -> bool:
    """True when "the" at word `k` opens "the two journalists" (a number and a plural
    noun) that says nothing of which ones: not "of the 40 passengers", not "the six
    defendants accused of ...", "the 326 seats needed", "the 400 metres hurdles"."""
    if k + 2 >= len(words) or k > 0 and words[k - 1] == "of":
        return False
    number, noun = words[k + 1], words[k + 2]
    if not (number.isdigit() or number in WORD_NUMBERS) or not noun.endswith("s"):
        return False
    if noun[:-1] in TIME_UNITS | DISTANCE_UNITS:
        return False  # a measure
    following = words[k + 3 : k + 5]
    said_which = bool(following) and (
        following[0] in ("of", "who", "that", "which", "in", "from", "at", "on", "for")
        or following[0].endswith("ed")
    )
    return not said_which


def _specified(text: str, position: int) -> bool:
    """True when what follows the noun at word `position` says which one it is: "of ..."
    ("the trial of Saddam Hussein", also after a second noun: "the fire department of
    Paris") or a name after a preposition ("the crash in Ukraine", "the caucuses in the
    Northern Mariana Islands"; a weekday or a month says when, not which)."""
    spans = list(_WORD.finditer(text))[position : position + 4]
    following = [m.group(0) for m in spans[1:]]
    if "of" in following[:2]:
        return True
    if following and _a_name(following[0]) and text[spans[0].end() : spans[1].start()] == " ":
        return True  # "the internet activist group Anonymous", "the leader Narendra Modi"
    if following[1:2] == ["the"]:
        following = following[:1] + following[2:]  # "the caucuses in the Northern Marianas"
    following = following[:2]
    return (
        len(following) == 2
        and following[0] in ("in", "at", "from", "near")
        and _a_name(following[1])
    )


def _a_clock_time(token: Token) -> bool:
    """True for "at 08:38 UTC", "at 5 p.m. local time (2100 UTC)": which minute something
    happened is a detail no question asks, and a statement leaves out."""
    if token.dep_ != "prep" or token.lower_ not in ("at", "around"):
        return False
    words = token.doc[token.i : token.right_edge.i + 1]
    named = any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC") for t in words)
    return not named and len(words) <= MAX_CLOCK_WORDS and bool(CLOCK_TIME.search(words.text))


def _refers_inside(words: list[str], k: int) -> bool:
    """True when the referring word `words[k]` points at something its own sentence says:
    "... and therefore became", "women and other protesters", "a man and three others",
    "but also sought", "also known as", "such as"."""
    word = words[k]
    before = words[max(k - 2, 0) : k]
    after = words[k + 1] if k + 1 < len(words) else ""
    counted = len(before) == 2 and (before[1] in WORD_NUMBERS or before[1].isdigit())
    joined = bool(before) and (
        before[-1] in ("and", "or", "but") or counted and before[0] in ("and", "or")
    )
    if word in CONNECTIVES or word in ("other", "others", "another", "also"):
        return joined or word == "also" and after == "known"
    return word == "such" and after == "as"


def _a_name(word: str) -> bool:
    """True for a capitalised word that names something (a weekday or a month says when)."""
    return word[:1].isupper() and word.lower() not in WEEKDAYS and word.lower() not in MONTHS


def place_named_in(text: str, noun: str) -> bool:
    """True when `text` names a place of the level `noun` points at: "free journalists in
    Iran ... after the elections in the country" says which country."""
    for name in re.findall(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*", text):
        place = known_place(name)
        if place is not None and place.level == PLACE_LEVELS.get(noun):
            return True
    return False


def _before_word(text: str, index: int) -> str:
    """`text` up to its word number `index` (as `_WORD` counts words)."""
    words = list(_WORD.finditer(text))
    return text[: words[index].start()] if index < len(words) else text


def _pronoun_before_any_name(text: str) -> str:
    """A third-person pronoun that no capitalised name precedes ("How long was the
    experience between them?"); "" when there is none. The writers resolve pronouns on
    tokens; this catches one a template let through."""
    for k, word in enumerate(_WORD.findall(text)):
        if word.lower() in THIRD_PERSON_PRONOUNS:
            return word
        # The first word is capitalised anyway: it names someone unless it is a common word.
        if word[:1].isupper() and (k > 0 or word.lower() not in STEM_STOP_WORDS):
            return ""
    return ""


#: Times that are the moment the story spoke of last ("At the time, Humberto had ...").
TIMES_OF_THE_STORY = frozenset({("at", "the", "time"), ("at", "that", "time"),
                                ("by", "then"), ("at", "the", "moment")})  # fmt: skip


#: Phrases that link a sentence to the one before ("By contrast, Finnish women ..."):
#: left out, the sentence still says all it claims.
LINKING_PHRASES = frozenset({("by", "contrast"), ("in", "contrast"), ("in", "addition"),
                             ("for", "example"), ("for", "instance"), ("as", "a", "result"),
                             ("on", "the", "other", "hand"), ("in", "fact")})  # fmt: skip


#: A writer's supposition with a generic "one" or "you": "one would think ...".
_SUPPOSITION = re.compile(
    r"\b(?:one|you) (?:would|might|could|may) (?:think|expect|assume|imagine|suppose)\b",
    re.IGNORECASE,
)
#: Words that count up to the article's day ("two finals to date", "so far").
COUNTS_TO_THE_DAY = frozenset({"to date", "so far"})


#: Prepositions a time is said with ("on Friday", "by next week").
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "until", "till", "since",
                               "from", "before", "after", "over", "for", "through",
                               "throughout", "within", "as", "of"})  # fmt: skip


@per_position
def is_context_word(token: Token) -> bool:
    """An adjunct that only ties the clause to its article: a connective ("however",
    "also", "meanwhile", "by contrast"), a relative time ("yesterday", "on Friday", "last
    week") or the story's own moment ("at the time")."""
    words = [t.lower_ for t in token.subtree if not t.is_punct]
    if not words:
        return False
    if before_a_hyphen(token.right_edge):
        return False  # "recently-inaugurated": part of a compound word, not an adjunct
    if any(
        t.is_title and t.lower_ in RELATIVE_TIMES and not t.is_sent_start for t in token.subtree
    ):
        return False  # "told CIO Today": a name's word, not the day
    if token.dep_ in ("advmod", "cc", "discourse") and words[0] in CONNECTIVES:
        if words[0] == "yet" and token.i > token.sent.start:
            return False  # "has yet to concede" is not "has to concede"
        return len(words) <= 2
    if token.dep_ == "prep" and tuple(words) in TIMES_OF_THE_STORY | LINKING_PHRASES:
        return True
    if _a_clock_time(token):
        return True
    if token.dep_ in ("npadvmod", "advmod", "prep", "tmod"):
        if any(t.ent_type_ not in ("", "DATE", "TIME") for t in token.subtree):
            return False  # "as of Friday 17,000 people had": more than a time
        if token.dep_ == "prep" and token.lower_ not in TIME_PREPOSITIONS:
            return False  # "will be dealt with tonight": the verb's "with", not a time's
        pairs = zip(words, words[1:], strict=False)
        relative = any(a in ("last", "this", "next") and b in PERIODS for a, b in pairs)
        return len(words) <= 4 and (bool(RELATIVE_DAYS & set(words)) or relative)
    return False
