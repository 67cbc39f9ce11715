"""Wrong choices of the same kind and form as an answer.

Numbers keep their hedge, units and style ("about an hour" -> "about two hours"); dates keep
their granularity (a weekday for a weekday, a year for a year); people, places and
organisations come from the same article with the same entity label. A distractor is never
true by the article: none appears in the evidence sentence.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quizgen.generate.context import ArticleContext
from quizgen.generate.fact import Fact
from quizgen.generate.facts.common import per_doc, quoted_ids, to_infinitive
from quizgen.generate.facts.numbers import CURRENCY_RE
from quizgen.generate.kinds import PLACE_PREPOSITIONS, DistractorStrategy, spec_of
from quizgen.generate.questions.clause import clause_verb
from quizgen.generate.questions.entity_types import is_person, is_titled_person, name_key
from quizgen.generate.questions.figures import (
    BELIEVABLE_FACTOR,
    LONG_FORM,
    RANGE,
    Figure,
    changed_values,
    date_shape,
    figure_ratio,
    guessable,
    parse_figure,
    shifted_dates,
    split_date,
    stands_apart,
)
from quizgen.generate.questions.gazetteer import (
    Place,
    cities_like,
    city_in,
    country_stem,
    known_place,
    names_of,
    neighbours,
)
from quizgen.generate.questions.names import (
    entity_variants,
    other_speakers,
    same_sort,
)
from quizgen.generate.questions.text import contains_words, norm
from quizgen.generate.vocabulary import (
    AREA_LABELS,
    FRACTION_NOUNS,
    GENERATIONS,
    LOWER_BOUNDS,
    MONTHS,
    ORDINAL_WORDS,
    OUTLET_WORDS,
    RANK_ABBREVIATIONS,
    ROUGH_HEDGES,
    SCALES,
    SURPASSING_VERBS,
    TIME_UNITS,
    UPPER_BOUNDS,
)


def seed_of(*parts: str) -> int:
    """A stable number from text, to vary choices without global random state."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


#: How often, in order: a wrong "twice" is "once" or "three times".
TIMES_LADDER = ["once", "twice", "three times", "four times", "five times"]
#: The noun of a fraction after its count ("a | millionth", "two | thirds").
FRACTION = re.compile(rf" (?:{'|'.join(FRACTION_NOUNS)})s?\b")
#: A share: "%" or "per cent" anywhere in the answer.
PERCENT = re.compile(r"%|per ?cent")


def numeric_variants(answer: str) -> list[str]:
    """Other numbers in the same form as `answer` ("over 700" -> "over 980", ...)."""
    if RANGE.search(answer):
        return []  # ranges and halves have no sensible neighbours
    long_form = LONG_FORM.fullmatch(answer)
    if long_form and long_form.group("number") is None:
        unit = long_form.group("unit").lower()
        # Same form as the answer: "hour-long" -> "two-hour-long", never a bare "two-hour".
        # Not "a month" beside two, three and four months, nor "an hour" beside half an
        # hour and two hours: consecutive or halved and doubled, the key shows.
        others = ("three", "four", "half") if unit == "hour" else ("three", "six", "twelve")
        return [f"{n}-{unit}-long" for n in others]
    if answer.lower() in TIMES_LADDER:
        return [_same_case(w, answer) for w in TIMES_LADDER if w != answer.lower()][::-1]
    ordinal = re.search(r"\d+(st|nd|rd|th)\b", answer)
    if ordinal:
        place = int(re.match(r"\d+", ordinal.group(0)).group(0))  # type: ignore[union-attr]
        steps = (7, -9, 15, -4, 11) if place > 10 else (1, 2, -1, 3, -2)
        # Centuries a few apart, none to come: "built in the 31st century" is absurd.
        century = "centur" in answer.lower()
        steps = CENTURY_STEPS if century else steps
        last = CURRENT_CENTURY if century else None
        return _ordinal_suffix_fix(
            [
                answer.replace(str(place), str(place + step), 1)
                for step in steps
                if 0 < place + step and (last is None or place + step <= last)
            ]
        )
    words = answer.split()
    for k, word in enumerate(words):
        if word.lower() in ORDINAL_WORDS:
            index = ORDINAL_WORDS.index(word.lower())
            return [
                " ".join(words[:k] + [_same_case(ORDINAL_WORDS[j], word)] + words[k + 1 :])
                for j in (index + 1, index - 1, index + 2, index + 3, index - 2)
                if 0 <= j < len(ORDINAL_WORDS) and j != index
            ]
    figure = parse_figure(answer)
    if figure is None or FRACTION.match(figure.after):
        return []  # "a millionth" has no "two millionth": fractions are left alone
    percent = PERCENT.search(answer) is not None
    changed = [_agreeing(figure, v) for v in changed_values(figure, percent)]
    one_unit = ONE_UNIT.search(answer) if figure.raw.lower() in ("a", "an") else None
    if one_unit and not answer.lower().startswith(LOWER_BOUNDS + UPPER_BOUNDS):
        # "about an hour": half of it is as likely a wrong guess as twice it (not of a
        # bound: "more than half a decade" is true of "more than a decade").
        half = f"half {one_unit.group(0)}"
        return [answer.replace(one_unit.group(0), half, 1), *changed]
    return changed


#: The century news is written in: a later one is no past event's.
CURRENT_CENTURY = 21
#: Irregular steps between centuries.
CENTURY_STEPS = (-2, 1, -5, 3, -1)
#: One unit of time, which halves into "half an hour", "half a decade".
ONE_UNIT = re.compile(r"\ban? (?:hour|day|week|month|year|decade|century)\b")


def _agreeing(figure: Figure, value: float) -> str:
    """The figure with `value`, its noun in the number that value needs ("one shell" ->
    "three shells")."""
    text = figure.with_value(value)
    after = figure.after.strip().split()
    if not after:
        return text
    noun = after[0]
    if figure.value == 1 and value != 1:
        return text.replace(noun, _plural(noun), 1)
    if figure.value != 1 and value == 1:
        return text.replace(noun, _singular(noun), 1)
    return text


def _ordinal_suffix_fix(items: list[str]) -> list[str]:
    """Fix "62nd" turned into "124nd" by number changes."""
    fixed = []
    for item in items:
        item = re.sub(
            r"(\d+)(st|nd|rd|th)\b",
            lambda m: m.group(1) + _suffix(int(m.group(1))),
            item,
        )
        fixed.append(item)
    return fixed


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _same_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def _plural(word: str) -> str:
    base = word.lower().rstrip("-")
    if base in TIME_UNITS or base.endswith(("hour", "minute", "day", "year")):
        return word + "s"
    if base == "century":
        return "centuries"
    return word


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1].lower() in TIME_UNITS else word


def date_variants(answer: str, forward: bool = False) -> list[str]:
    """Other dates at the same granularity ("March 4, 2011", "August 10", a year, a
    month), moved by irregular steps (later ones only when `forward`)."""
    return shifted_dates(answer, forward) or numeric_variants(answer)


def choose(fact: Fact, candidates: list[str], count: int = 3) -> list[str]:
    """Up to `count` distinct candidates that are not the answer, not in the evidence
    and not near-duplicates of each other, picked deterministically."""
    evidence = norm(fact.evidence)
    answer = norm(fact.answer)
    picked: list[str] = []
    keys = {answer}
    dates = spec_of(fact).distractors == "other_dates"
    for candidate in candidates:
        key = norm(candidate)
        if not key or key in keys or key in evidence or key == answer:
            continue
        # Numbers differ by a word ("two-hour-long" holds "hour-long"): only names can
        # be near-duplicates of each other.
        if spec_of(fact).distractors not in ("other_numbers", "other_dates") and any(
            _near(key, other) for other in keys
        ):
            continue
        if dates and _next_year(fact.answer, candidate):
            continue
        if len(picked) == count - 1 and _patterned(fact.answer, [*picked, candidate], dates):
            continue
        picked.append(candidate)
        keys.add(key)
        if len(picked) == count:
            break
    return picked


def _with_a_later_year(fact: Fact, picked: list[str], others: list[str]) -> list[str]:
    """`picked` with its last choice traded for a later year than the key's when every
    choice is earlier and `others` hold one that fits: the latest year of four is a guess
    a learner makes, and one the key should not win (blind gradings)."""
    year = _year_of(fact.answer)
    if not year or len(picked) < 3 or any(_year_of(c) > year for c in picked):
        return picked
    evidence = norm(fact.evidence)
    for other in others:
        kept = [*picked[:-1], other]
        if (
            _year_of(other) > year
            and norm(other) not in evidence
            and not _next_year(fact.answer, other)
            and not _patterned(fact.answer, kept, dates=True)
        ):
            return kept
    return picked


def _patterned(answer: str, choices: list[str], dates: bool) -> bool:
    """True when the figures of the answer and `choices` make a pattern a learner reads
    the key off (`figures.guessable`), or, for years, the key stands apart from them."""
    figures = [parse_figure(text) for text in (answer, *choices)]
    values = [f.value for f in figures if f is not None]
    if len(values) != len(figures):
        return False
    return guessable(values[0], values[1:]) != "" or dates and stands_apart(values[0], values[1:])


def _next_year(answer: str, candidate: str) -> bool:
    """True when two years are one apart ("2004" and "2005"): the pair points a guesser
    to the key (blind gradings)."""
    if date_shape(answer) != "year" or date_shape(candidate) != "year":
        return False
    return abs(_year_of(answer) - _year_of(candidate)) == 1


def _near(a: str, b: str) -> bool:
    """Near-duplicates: one contains the other, or they share their last word as names."""
    if a == b:
        return True
    if len(a) > 3 and len(b) > 3 and (a in b or b in a):
        return True
    return _initials(a) == b.replace(".", "") or _initials(b) == a.replace(".", "")


def _initials(text: str) -> str:
    """ "us" for "united states": an acronym names the same thing."""
    words = [w for w in re.findall(r"[a-z]+", text) if w not in ("of", "the", "and")]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def distractors_for(ctx: ArticleContext, fact: Fact) -> list[str]:
    """Three (or fewer when the article lacks them) wrong choices for `fact`; people share
    the answer's title."""
    # Asked for the same fact by the multiple-choice and the true/false writers.
    key = (fact.kind, fact.start, fact.end, fact.answer)
    if key not in ctx.distractors:
        strategy = STRATEGIES[spec_of(fact).distractors]
        candidates = strategy(ctx, fact)
        picked = choose(fact, candidates)
        if strategy is _date_candidates:
            picked = _with_a_later_year(fact, picked, [c for c in candidates if c not in picked])
        ctx.distractors[key] = picked
    return list(ctx.distractors[key])


def _number_candidates(ctx: ArticleContext, fact: Fact) -> list[str]:
    """Other figures of the same kind and unit from the article (in the answer's words),
    then changed values of the answer."""
    figure = parse_figure(fact.answer)
    unit = unit_of(ctx.doc, fact)
    from_article = []
    # Two figures of unknown unit may count different things ("5,000 gallons" spilled
    # beside "75" injured): only a figure of the same known unit is the answer's kind.
    for other in _other_facts(ctx, fact) if unit else []:
        other_figure = parse_figure(other.answer)
        if figure is None or other_figure is None or unit_of(ctx.doc, other) != unit:
            continue
        value = _in_scale_of(figure, other_figure)
        if value is not None and other_figure.raw[:1].isalpha() == figure.raw[:1].isalpha():
            from_article.append(_agreeing(figure, value))
    # The article's own figures may lie further off than made-up ones, but not by an order
    # of magnitude: "20" seats won beside the 338 seats of a parliament is no guess.
    from_article = [c for c in from_article if _within_reach(fact.answer, c, ARTICLE_FACTOR)]
    if figure is not None and _hedged_round(figure):
        # "nearly 200" beside "nearly 54": a hedged key is round, so are its choices.
        from_article = [c for c in from_article if _roundness(c) >= _roundness(fact.answer)]
    variants = [v for v in numeric_variants(fact.answer) if _within_reach(fact.answer, v)]
    candidates = from_article + variants
    return [c for c in candidates if _possible_share(fact, c)]


def _hedged_round(figure: Figure) -> bool:
    """True when a hedge goes before a round figure ("nearly 200", "about 1,500")."""
    words = figure.before.lower().split()
    return bool(words) and words[-1] in ROUGH_HEDGES and _roundness(figure.raw) > 0


def _roundness(text: str) -> int:
    """How many zeros end the figure's number ("200" -> 2, "54" -> 0)."""
    figure = parse_figure(text)
    if figure is None or "." in figure.raw:
        return 0
    digits = figure.raw.replace(",", "")
    return len(digits) - len(digits.rstrip("0"))


def _within_reach(answer: str, candidate: str, factor: float = BELIEVABLE_FACTOR) -> bool:
    """A figure within `factor` of the key."""
    ratio = figure_ratio(answer, candidate)
    return ratio is None or ratio <= factor


#: How far off a figure of the article may be from the key and still be believed.
ARTICLE_FACTOR = 10.0


def _scale(figure: Figure) -> float:
    words = figure.after.split()
    return SCALES.get(words[0].lower(), 1.0) if words else 1.0


def _in_scale_of(figure: Figure, other: Figure) -> float | None:
    """`other`'s value in `figure`'s scale ("30,000" beside "60 thousand" is 30), or None
    when it does not come out as a number written that way (under 1, or a fraction)."""
    value = other.value * _scale(other) / _scale(figure)
    if value < 1 or ("." not in figure.raw and value != int(value)):
        return None
    return value


def _possible_share(fact: Fact, candidate: str) -> bool:
    """False for a share over 100% offered beside a share that is one ("over 60%" of
    Australians cannot be "over 200%")."""
    if not spec_of(fact).share:
        return True
    key, other = parse_figure(fact.answer), parse_figure(candidate)
    return key is None or other is None or key.value > 100 or other.value < 100


#: A figure given as a bound open on one side ("over 60", "up to 300 tons").
OPEN_BOUNDS = LOWER_BOUNDS + UPPER_BOUNDS


def open_bound(doc: Doc, fact: Fact) -> bool:
    """True when the figure is a bound open on one side ("over ten"): it rules out no
    other figure ("over eleven" may be true too), so it has no wrong choices. The bound
    opens the answer, ends the words just before it ("upwards of | 100,000"), or runs
    across ("at | most two weeks": the tagger took part of it into the answer)."""
    before = f"{doc[max(fact.start - 3, 0) : fact.start].text.lower()} "
    if any(bound in f"{before}{fact.answer.lower()}" for bound in OPEN_BOUNDS):
        return True
    # "surpassed 270 electoral votes": a figure passed is a bound too ("surpassed 180").
    figure = doc[fact.start : fact.end].root
    while figure.dep_ in ("nummod", "compound") and figure.head.i != figure.i:
        figure = figure.head  # "270 electoral college delegate total": the total
    return figure.dep_ == "dobj" and figure.head.lemma_.lower() in SURPASSING_VERBS


def _date_candidates(ctx: ArticleContext, fact: Fact) -> list[str]:
    """Other dates of the article written at the same granularity, then shifted dates."""
    shape = date_shape(fact.answer)
    prefix = split_date(fact.answer)[0]
    found = clause_verb(ctx.doc[fact.start : fact.end].root)
    verb = found[0] if found else None
    # The other dates of an obituary are of the life that followed: offered for the birth,
    # the key would be the earliest choice.
    born = verb is not None and verb.lower_ == "born"
    from_article = [
        prefix + split_date(other.answer)[1]
        for other in ([] if born else _other_facts(ctx, fact))
        if shape and date_shape(other.answer) == shape and _same_era(fact.answer, other.answer)
    ]
    forward = verb is not None and _ahead(verb)
    candidates = from_article + date_variants(fact.answer, forward)
    if ctx.published is None:
        return candidates
    if forward:
        # What is still to come is not before the report ("to remain out-of-session
        # through October 14" is not "through July 24").
        return [c for c in candidates if not _before(c, ctx.published)]
    # What happened cannot have happened after the report ("identified in 2028"); the
    # years between the key's and the report's are offered too, so that the key is not
    # always the latest choice (blind gradings: "1946" beside 1942, 1937 and 1931).
    later = date_variants(fact.answer, forward=True)
    return [c for c in candidates + later if _year_of(c) <= ctx.published.year]


#: Verbs whose infinitive is still to come ("is to remain", "is expected to open").
AHEAD_VERBS = frozenset({"be", "expect", "schedule", "plan", "set", "due", "go"})


def _ahead(verb: Token) -> bool:
    """True when `verb` tells what is still to come: "would increase by 2050", "is to
    remain out-of-session through October 14"."""
    if any(c.lower_ in ("will", "would", "'ll") and c.dep_ == "aux" for c in verb.children):
        return True
    return to_infinitive(verb) and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in AHEAD_VERBS


def _before(date: str, published: datetime.date) -> bool:
    """True when `date` ("July 24", "2018", "March 3, 2020") is before `published`; a day
    without a year is taken in the report's year."""
    core = split_date(date)[1]
    year = _year_of(core) or published.year
    month = next((k for k, m in enumerate(MONTHS, 1) if re.search(rf"\b{m}\b", core, re.I)), 0)
    day = re.search(r"\b(\d{1,2})\b", core)
    if not month:
        return year < published.year
    when = (year, month, int(day.group(1)) if day else 31)
    return when < (published.year, published.month, published.day)


#: How far a false statement's year may be from the true one: two to five years off is
#: as believable as the key ("sank in 1942"); a decade off is often absurd to anyone
#: ("a World War II submarine sank in 1935", "the 2010 hurricane season" in 2019).
FALSE_YEAR_GAP = range(2, 6)


def false_dates(ctx: ArticleContext, fact: Fact) -> list[str]:
    """Wrong dates for a false statement about `fact`: the nearest years first, within
    `FALSE_YEAR_GAP` of the key's; dates without a year as for a question's choices."""
    year = _year_of(fact.answer)
    if not year:
        return distractors_for(ctx, fact)
    if _every_four_years(ctx.doc, fact):
        # "the 2018 presidential election" is false on its face: a year of the cycle.
        prefix = split_date(fact.answer)[0]
        return (
            [f"{prefix}{year - 4}", f"{prefix}{year - 8}"]
            if date_shape(fact.answer) == "year"
            else []
        )
    near = [c for c in _date_candidates(ctx, fact) if abs(_year_of(c) - year) in FALSE_YEAR_GAP]
    return choose(fact, sorted(near, key=lambda c: abs(_year_of(c) - year)))


#: Events held every four years: their year is one of a cycle ("the 2020 presidential
#: election", "the 2016 Olympics"). Midterms fall between, four years apart too.
CYCLE_EVENTS = frozenset({"election", "elections", "olympics", "olympic", "games", "cup",
                          "midterm", "midterms"})  # fmt: skip


def _every_four_years(doc: Doc, fact: Fact) -> bool:
    """True when the year of `fact` names an event held every four years: the noun it
    describes, or one of the three words after it ("the 2020 United States presidential
    election", "2018 midterm elections")."""
    following = [*doc[fact.end : fact.end + 3], doc[fact.end - 1].head]
    return any(t.lower_ in CYCLE_EVENTS for t in following)


def _year_of(date: str) -> int:
    """The year a date names, or 0 when it names none."""
    found = re.search(r"\b(?:1[5-9]|20)\d\d\b", date)
    return int(found.group(0)) if found else 0


#: Years further apart than this belong to another era: "1817" beside "2005" is absurd,
#: and so is "2015" for the last draft of the Vietnam War (1973).
ERA_YEARS = 25


def _same_era(answer: str, other: str) -> bool:
    """True unless both dates carry a year and the years are more than `ERA_YEARS` apart."""
    years = [_year_of(answer), _year_of(other)]
    return not all(years) or abs(years[0] - years[1]) <= ERA_YEARS


def _other_facts(ctx: ArticleContext, fact: Fact) -> list[Fact]:
    """The article's other facts of `fact`'s kind, outside its sentence."""
    sentence = ctx.doc[fact.start].sent.start
    return [
        other
        for other in ctx.facts
        if other.kind == fact.kind and ctx.doc[other.start].sent.start != sentence
    ]


def unit_of(doc: Doc, fact: Fact) -> str:
    """What a figure measures: its time unit, "%", its currency, or the noun it counts."""
    lowered = fact.answer.lower()
    time_unit = re.search(r"(second|minute|hour|day|week|month|year|decade|centur)", lowered)
    if time_unit:
        return time_unit.group(1)
    if PERCENT.search(lowered):
        return "%"
    currency = CURRENCY_RE.search(lowered)
    if currency:
        return currency.group(0)
    root = doc[fact.start : fact.end].root
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower()
    return ""


def _person_candidates(ctx: ArticleContext, fact: Fact) -> list[str]:
    doc = ctx.doc
    info = ctx.name_info
    label = doc[fact.start : fact.end].root.ent_type_ or "PERSON"
    person = is_person(info, fact.answer) or is_titled_person(info, fact.answer)
    if person:
        # "Panetta said" tagged an organisation once: the article's person takes people
        # as wrong choices, not "NATO" or "Media".
        label = "PERSON"
    candidates = entity_variants(ctx, fact, {label})
    if label != "PERSON":
        candidates = same_sort(ctx, fact, candidates, label)
    else:
        if not person:
            return []  # "Tunisia" labelled a person once: no question on a slip
        candidates = other_speakers(ctx, candidates)
        if spec_of(fact).speaker:
            close = _said_alike(ctx, fact)
            spoken_of = _named_in_the_quote(ctx, fact)
            candidates = [
                c
                for c in candidates
                if name_key(c) not in close and not spoken_of & set(c.lower().split())
            ]
        if len(fact.answer.split()) == 1:
            candidates = [surname(c) for c in candidates]
    # "Dae-hyun" is no one else than "Jang": one name of the answer's own full name; "the
    # Human Rights Commission" is no one else than "the HRCP"; "Reuters", who reported the
    # story, did not say what a politician said.
    outlet = fact.answer.split()[-1].lower() in OUTLET_WORDS
    candidates = [
        c
        for c in candidates
        if c.split()[-1].rstrip(".").lower() not in RANK_ABBREVIATIONS
        and not same_person(ctx, fact.answer, c)
        and not same_initials(fact.answer, c)
        and (outlet or c.split()[-1].lower() not in OUTLET_WORDS)
    ]
    rotated = _rotate(candidates, seed_of(fact.answer, fact.evidence))
    # People who speak in the article first (for "Who said"), then people of the answer's
    # own part of the story: the players of its match, not of another one; the officials
    # of its paragraph.

    def speaks(name: str) -> bool:
        entry = info.get(name_key(name))
        return entry is not None and entry.speaks

    ranked = sorted(
        rotated, key=lambda name: (not speaks(name), _paragraph_distance(ctx, fact, name))
    )
    if spec_of(fact).speaker:
        # People who speak in the article, and at most one who does not: one who never
        # speaks is ruled out at a glance more often than not (blind gradings: a crash's
        # dead pilot, a president only written about), the dead always.
        speakers = [n for n in ranked if speaks(n)]
        if not speakers:
            return []  # the article's only speaker is the one a learner picks
        silent = [n for n in ranked if not speaks(n) and name_key(n) not in _the_dead(doc)]
        ranked = speakers + silent[:MAX_SILENT_SPEAKERS]
    elif name_key(fact.answer) not in _the_dead(doc):
        # "Who told reporters ...?" offered the murdered mayor (a blind grading): the
        # dead did nothing the living answer did after their death.
        ranked = [n for n in ranked if name_key(n) not in _the_dead(doc)]
    return [c for c in ranked if not _spelt_alike(fact.answer, c)]


#: How many people the article never has speak may be offered as who said something.
MAX_SILENT_SPEAKERS = 1


def _spelt_alike(answer: str, candidate: str) -> bool:
    """True when two names differ by one letter ("Siniori" beside "Siniora"): the same
    person misspelt, or a choice a learner cannot tell from the answer."""
    one, other = name_key(answer), name_key(candidate)
    if len(one) != len(other) or len(one) < 6:  # "Reid" and "Reed" are two people
        return False
    return sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _said_alike(ctx: ArticleContext, fact: Fact) -> set[str]:
    """The name keys of the other speakers whose quoted words say something of the same
    thing as the quote of `fact` ("The calm is over" and "The calm ... is finished", said
    by two officials of one side): either could have said the other's words, so neither is
    a wrong answer to the other's "Who said"."""
    subjects = _quoted_subjects(ctx.doc[fact.start].sent)
    return {
        name_key(other.answer)
        for other in ctx.facts
        if spec_of(other).speaker
        and other.start != fact.start
        and subjects & _quoted_subjects(ctx.doc[other.start].sent)
    }


#: Verbs whose subject the article reports dead ("Owens was killed in the raid").
DEATH_VERBS = frozenset({"die", "kill", "murder", "slay", "assassinate", "execute"})


def _named_in_the_quote(ctx: ArticleContext, fact: Fact) -> set[str]:
    """The names the quoted words of `fact` use ("Noura is a victim"): a quote about
    someone is not theirs to have said."""
    sent = ctx.doc[fact.start].sent
    quoted = quoted_ids(sent)
    return {t.lower_ for t in sent if t.i in quoted and t.pos_ == "PROPN"}


@per_doc
def _the_dead(doc: Doc) -> set[str]:
    """The name keys of the people the article reports dead: the subject of "was killed"
    or "died" (or "was announced to have died"), or of a clause on them ("Owens, who was
    killed ..."). One who is never quoted is no wrong choice of "Who said" anyone weighs
    (blind gradings: the SEAL killed in a raid offered as who commented on it)."""
    dead = set()
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        head = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
        clauses = [c for c in token.children if c.dep_ in ("relcl", "acl")]
        verbs = ([head] if head is not None else []) + clauses
        # "Adamowicz was announced to have died": the death is the reported verb's.
        verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
        negated = any(c.dep_ == "neg" for v in verbs for c in v.children)
        if any(v.lemma_.lower() in DEATH_VERBS for v in verbs) and not negated:
            dead.add(name_key(token.text))
    return dead


def _quoted_subjects(sent: Span) -> set[str]:
    """The lemmas of the common nouns that are subjects in the quoted words of `sent`."""
    quoted = quoted_ids(sent)
    return {
        t.lemma_.lower()
        for t in sent
        if t.i in quoted and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
    }


def surname(name: str) -> str:
    """The last word of a name that is not a generation ("Elizabeth" of "Elizabeth II")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in GENERATIONS:
        words.pop()
    return words[-1]


def same_initials(one: str, other: str) -> bool:
    """True when one name is the other's acronym, or the start of it ("HRCP" and "Human
    Rights Commission of Pakistan" or "the Human Rights Commission")."""
    for short, long in ((one, other), (other, one)):
        letters = short.replace(".", "").removeprefix("the ").strip()
        if len(letters) >= 2 and letters.isupper() and " " not in letters:
            words = [w for w in long.split() if w[:1].isupper() and w.lower() != "the"]
            initials = "".join(w[0] for w in words)
            if len(initials) >= 2 and letters.startswith(initials):
                return True
    return False


def same_person(ctx: ArticleContext, answer: str, candidate: str) -> bool:
    """True when one of the article's names holds both `answer` and `candidate` ("Jang"
    and "Dae-hyun" in "Jang Dae-hyun")."""
    words = set(answer.lower().split()) | set(candidate.lower().split())
    return any(words <= name for name in ctx.person_names)


def _paragraph_distance(ctx: ArticleContext, fact: Fact, name: str) -> int:
    """How many paragraphs lie between the answer and the nearest mention of `name`."""
    here = ctx.paragraph_of(ctx.doc[fact.start].idx)
    mentions = ctx.paragraphs_by_name.get(name_key(name), [])
    return min((abs(p - here) for p in mentions), default=len(ctx.paragraph_starts))


Strategy = Callable[[ArticleContext, Fact], list[str]]


def _place_candidates(ctx: ArticleContext, fact: Fact) -> list[str]:
    """Places a reader could believe in the answer's: for a city, other big cities of its
    state or province (`cities_like`); for a country, the countries that border it
    (`neighbours`), never one the article names. Only for a place said plainly after a
    preposition of place ("killed in Delhi on Sunday", "arrived in Israel"). None for a
    place the sentence pins down or describes ("in Multan, Pakistan", "Baghdad, the
    capital of Iraq", "Tahrir Square in Cairo"): another place there contradicts its own
    sentence."""
    doc = ctx.doc
    name, _, region = fact.answer.partition(", ")
    place = city_in(name, region) if region else known_place(fact.answer)
    root = doc[fact.start : fact.end].root
    if place is None or root.dep_ != "pobj" or root.head.lower_ not in PLACE_PREPOSITIONS:
        return []
    if root.head.head.pos_ == "PROPN":
        return []  # "Tahrir Square in Cairo", "the High Court in Glasgow"
    after = doc[fact.end : fact.end + 2]
    if len(after) and after[0].text in ("(", "'s", "’s"):
        return []
    if len(after) == 2 and after[0].text == "," and after[1].tag_ != "VBG":
        return []  # ", Pakistan", ", the capital"; ", killing 30 people" is another clause
    if place.level == "country":
        return _other_countries(ctx, fact, place) if _of_a_past_event(root) else []
    if not region and not _country_named(ctx, place):
        return []
    # "in Detroit, Michigan" keeps its state: "in Grand Rapids, Michigan".
    return [
        f"{other.name}, {region}" if region else other.name
        for other in cities_like(place)
        if other.name.isascii() and not contains_words(ctx.text, other.name)
    ]


def _other_countries(ctx: ArticleContext, fact: Fact, country: Place) -> list[str]:
    """The countries next to `country` that the article does not name, for a sentence that
    names nothing else of it: "an Indian court", "near Lahore" would give a swap away."""
    sent = ctx.doc[fact.start].sent
    if any(_its_people(ent, country) for ent in sent.ents):
        return []
    # A name of the country's, alone or inside another ("Toronto Comicon", "Police in
    # Denmark ... in Copenhagen").
    names = [*sent.ents, *(sent[i : i + 1] for i in range(len(sent)) if sent[i].pos_ == "PROPN")]
    for name in names:
        place = known_place(name.text) if name.start != fact.start else None
        if place is not None and place.country == country.country:
            return []
    return [other.name for other in neighbours(country) if not _in_the_story(ctx, other)]


def _of_a_past_event(place: Token) -> bool:
    """True when the clause `place` belongs to tells of something that happened ("was
    put on trial in", "sued in"): that is in one place. A state may hold in another
    country too ("fires are common in", "the PKK is banned in": blind gradings called
    such swaps not false by the article)."""
    found = clause_verb(place)
    if found is None:
        return False
    verb = found[0]
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(helpers & PAST_HELPERS))


#: Helpers that make a participle tell of the past ("was killed", "has sued").
PAST_HELPERS = frozenset({"was", "were", "had", "has", "have"})


def _in_the_story(ctx: ArticleContext, country: Place) -> bool:
    """True when the article names `country`, by any of its names or by its people
    ("Mexican")."""
    if any(contains_words(ctx.text, name) for name in names_of(country)):
        return True
    return any(_its_people(ent, country) for ent in ctx.doc.ents)


def _its_people(ent: Span, country: Place) -> bool:
    """True when `ent` names the people of `country` ("Indian" of India, "Mexican"): a
    nationality shares its country's first letters far more often than not."""
    # Four letters: "Iraqi" must not rule out Iran as a wrong choice for Iraq.
    return ent.label_ == "NORP" and country_stem(ent.text, 4) == country_stem(country.name, 4)


def _country_named(ctx: ArticleContext, city: Place) -> bool:
    """True when the article names `city`'s country, or another place in it."""
    for ent in ctx.doc.ents:
        place = known_place(ent.text) if ent.label_ in AREA_LABELS else None
        if place is not None and place.country == city.country and place.name != city.name:
            return True
    return False


#: Where each `KindSpec.distractors` strategy finds its candidates.
STRATEGIES: dict[DistractorStrategy, Strategy] = {
    "other_numbers": _number_candidates,
    "other_dates": _date_candidates,
    "other_people": _person_candidates,
    "other_places": _place_candidates,
    "none": lambda ctx, fact: [],
}


def _rotate(items: list[str], seed: int) -> list[str]:
    """`items` in a stable order that does not favour article order."""
    return sorted(items, key=lambda s: seed_of(str(seed), s))
