"""Every word list and entity-label set the generator uses, each with what it is for.

Grammar tables (dependency labels a rule walks) stay beside the rule that reads them;
words of English and spaCy's entity labels live here, once.
"""

from __future__ import annotations

import re

# --- entity labels (spaCy's OntoNotes scheme) ---------------------------------------
#: Places a "where" question can ask about and a place distractor can be.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Places at a level (country, city) the article can show; venues (FAC) have none.
AREA_LABELS = frozenset({"GPE", "LOC"})
#: Named things (organisations, products, works, events, laws).
THING_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: Labels whose names become a question's tags.
TAG_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
#: What follows a surname to tell a father from a son, or one holder of a name from
#: another ("Sr.", "Jr.", "Elizabeth II").
GENERATIONS = frozenset({"sr", "jr", "ii", "iii", "iv", "v", "vi", "vii", "viii"})
#: Letters after a name, no part of it ("Neil James Williams QC" is a Williams).
POSTNOMINALS = frozenset({"qc", "kc", "mp", "mbe", "obe", "cbe", "kbe", "phd", "esq"})
#: Who can be the speaker of a quotation.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# --- speech ---------------------------------------------------------------------------
#: Verbs (lemmas) that attribute a claim to someone: "X said ...", "X estimates ...".
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "report", "announce", "claim", "note", "explain", "warn",
     "confirm", "believe", "write", "insist", "argue", "estimate", "suggest"}
)  # fmt: skip
#: Verbs of a remark about the story, whose date is the remark's, not the event's ("Quant
#: described Day to the BBC in 2002", "claims the BBC highlighted in 2004").
REMARK_VERBS = frozenset(
    {"say", "tell", "add", "note", "describe", "comment", "remark", "recall", "explain",
     "mention", "highlight", "reply", "speak", "tweet"}
)  # fmt: skip
#: Verbs that close a quotation ("...,” he continued."). Not SPEECH_VERBS: the splitter
#: sees words before any tagging, and "report" or "estimate" after a quote is as often a
#: noun opening the next sentence ("The report found ...").
QUOTE_CLOSING_VERBS = frozenset(
    {"say", "tell", "add", "ask", "write", "state", "note", "explain", "warn", "claim",
     "insist", "continue", "reply", "recall"}
)  # fmt: skip
#: Their forms as written, for the sentence splitter (which runs before the lemmatizer).
QUOTE_CLOSING_FORMS = frozenset({"said", "says", "told", "added", "asked", "wrote", "according"})
#: Every character that opens or closes a quotation.
QUOTE_CHARS = frozenset({"“", "”", '"', "‘", "’", "``", "''"})
OPENING_QUOTES = frozenset({"“", "‘", '"', "'", "``"})
CLOSING_QUOTES = frozenset({"”", "’", '"', "'", "''"})

# --- pointing words ---------------------------------------------------------------------
#: Words that stand for something named elsewhere: a subject made of one is no source and
#: a stem that needs one does not stand alone.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "this",
                      "that"})  # fmt: skip
#: Words that open a relative clause.
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
#: Relative pronouns a clause's subject can be (replaced by the noun they stand for).
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
#: Plural nouns too vague to cite as a source ("Estimates say ...").
BARE_SOURCES = frozenset({"estimates", "reports", "officials", "sources", "experts", "critics",
                          "analysts", "aides"})  # fmt: skip
#: Ranks written short before a name: a "person" ending on one is the rank the tagger cut
#: from its name ("Marine Lance Cpl").
RANK_ABBREVIATIONS = frozenset({"cpl", "sgt", "pvt", "pfc", "lt", "col", "gen", "capt", "maj",
                                "adm", "cmdr", "brig", "spc"})  # fmt: skip
#: Nouns that count people (by lemma): "lost nine residents" tells deaths, no measure.
PEOPLE_NOUNS = frozenset({"people", "person", "resident", "life", "man", "woman", "child",
                          "soldier", "troop", "civilian", "passenger", "worker", "member",
                          "citizen", "victim", "student", "officer", "firefighter", "player",
                          "employee", "crew", "inhabitant", "villager", "migrant",
                          "refugee"})  # fmt: skip
#: Groups that are cited by what they are, in lower case ("according to prosecutors").
GROUP_SOURCES = BARE_SOURCES | frozenset({"police", "prosecutors", "authorities", "witnesses",
                                          "researchers", "investigators", "scientists",
                                          "doctors", "residents"})  # fmt: skip

# --- time and numbers -----------------------------------------------------------------
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
#: Words that multiply the number before them, and by how much.
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mn": 1e6, "bn": 1e9, "tn": 1e12}  # fmt: skip
#: Number words that make a span a count ("three ministers", "hundreds").
NUMBER_WORDS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
     "thousand", "million", "billion", "half", "dozen", "dozens", "hundreds", "thousands",
     "millions"}
)  # fmt: skip
#: Values of the number words a distractor can change ("three" -> "five").
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}  # fmt: skip
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth")  # fmt: skip
#: How many times something happened, as one word.
TIMES_WORDS = frozenset({"twice", "thrice"})
#: Time words too vague to ask about ("recently", "year").
VAGUE_TIMES = frozenset({"today", "yesterday", "tomorrow", "recently", "daily", "year", "night",
                         "hours"})  # fmt: skip
#: Time units, singular, whose plural adds -s.
TIME_UNITS = frozenset({"hour", "minute", "second", "day", "week", "month", "year", "decade",
                        "century"})  # fmt: skip
#: Units of distance a figure is glued to before a noun ("a 10-mile walk").
DISTANCE_UNITS = frozenset({"mile", "kilometre", "kilometer", "metre", "meter"})
#: Words that hedge a number on their own ("about 90").
SINGLE_HEDGES = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost",
                           "over", "under", "some", "only", "just", "estimated"})  # fmt: skip
#: Hedges that make a figure a round guess ("nearly 200"), not a bound or a stance.
ROUGH_HEDGES = frozenset({"about", "around", "approximately", "roughly", "some", "nearly",
                          "almost"})  # fmt: skip
#: Hedges that make a figure a lower or an upper bound: "over 500" is also true of 700.
LOWER_BOUNDS = ("over ", "more than ", "at least ", "above ", "just over ", "upwards of ",
                "in excess of ")  # fmt: skip
UPPER_BOUNDS = ("under ", "less than ", "fewer than ", "up to ", "below ", "just under ",
                "at most ", "no more than ")  # fmt: skip
#: Verbs that make their object figure a lower bound: "surpassed 270" is also true of 180.
#: Not "pass" or "cross": "passed four articles", "crossed two borders" count them.
SURPASSING_VERBS = frozenset({"surpass", "exceed", "top", "outnumber", "eclipse", "overtake"})
#: Two-word hedges ("more than 11,000").
HEDGE_STARTS = frozenset({("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"),
                          ("up", "to"), ("just", "over"), ("just", "under")})  # fmt: skip
#: Currency signs written before a figure ("US$ 20,000").
CURRENCY_SIGNS = frozenset({"$", "us$", "€", "£", "¥", "a$", "c$", "hk$", "rs", "rs."})
#: Country codes written before a currency sign ("US $").
CURRENCY_PREFIXES = frozenset({"US", "HK", "A", "C"})

# --- places -----------------------------------------------------------------------------
#: Words that make the name after "of" a city or smaller ("the city of L'Aquila").
SMALL_PLACE_WORDS = frozenset({"city", "town", "village", "municipality", "suburb", "port"})

# --- wording ----------------------------------------------------------------------------
#: Words a question or statement cannot end on: it was cut mid-phrase.
DANGLING_WORDS = frozenset({"and", "or", "but", "of", "the", "a", "an", "to", "in", "on", "at",
                            "by", "for", "from", "as", "than", "that", "which", "who", "its",
                            "their", "his", "her", "is", "was", "were"})  # fmt: skip
#: Words that carry no content in a stem: left out of ids and stem comparisons.
STEM_STOP_WORDS = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "for", "and", "at", "by", "with", "according",
     "how", "what", "who", "when", "where", "which", "did", "does", "do", "is", "was", "were",
     "are", "has", "have", "had", "many", "much", "long", "fill", "blank", "true", "false",
     "said", "s", "that", "this", "it", "its", "his", "her", "their", "be", "been", "will",
     "would"}
)  # fmt: skip
#: Past and -s forms that do not start with their lemma's stem ("told" for "tell").
IRREGULAR_VERBS = frozenset(
    {"go", "be", "have", "do", "say", "make", "take", "come", "see", "give", "find", "tell",
     "think", "leave", "meet", "bring", "buy", "win", "lose", "hold", "keep", "send", "spend",
     "build", "fall", "rise", "run", "begin", "fight", "teach"}
)  # fmt: skip

#: Irregular participles and their simple past ("has won" -> "won"); a participle not
#: here and not ending in -ed keeps its perfect.
PARTICIPLES = {
    "won": "won", "lost": "lost", "held": "held", "made": "made", "said": "said",
    "told": "told", "found": "found", "sent": "sent", "spent": "spent", "left": "left",
    "met": "met", "brought": "brought", "bought": "bought", "kept": "kept", "built": "built",
    "taken": "took", "given": "gave", "seen": "saw", "begun": "began", "fallen": "fell",
    "risen": "rose", "chosen": "chose", "written": "wrote", "become": "became", "hit": "hit",
    "shot": "shot", "struck": "struck", "fought": "fought", "led": "led", "paid": "paid",
}  # fmt: skip

# --- what is not worth asking -------------------------------------------------------------
#: Words of one play of a match, and phrases ("a match minute" is caught as an answer; a
#: sentence on one play is trivial whatever it asks).
#: Only words no other story uses: "bookings fell" and "the interception of calls" are
#: news, so such words count only in the phrases below.
PLAY_WORDS = frozenset({"inning", "innings", "bunt", "strikeout", "offside", "fumble", "punt",
                        "kickoff"})  # fmt: skip
PLAY_PHRASES = re.compile(
    r"\b(?:(?:yellow|red)[ -]card(?:ed)?|free kick|stole (?:second|third)|led off"
    r"|(?:was|were) booked|(?:was|were) substituted|committed a foul|was intercepted"
    r"|threw an interception"
    r"|(?:lost|recovered) a fumble|(?:the|a) (?:starting )?pitcher"
    r"|(?:first|second|third|fourth|fifth) inning"
    r"|(?:top|bottom) of the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|came up to bat|field goal|yard line|\d+ play drive|\d+ yard|took over the ball"
    r"|touchdown (?:pass|drive|run)|(?:scored|for) a touchdown"
    r"|ball possession|possession of the ball"
    r"|(?:opportunity|chance) to score|over the (?:cross)?bar|hit the (?:post|woodwork)"
    r"|had (?:a|another) chance to|had \w+ chances\b|on \d+ minutes|after \d+ minutes"
    r"|in the \d+(?:st|nd|rd|th) minute)",
    re.IGNORECASE,
)
#: A player's substitution, a play only in a match ("was replaced by" is no play in politics).
SUBSTITUTION = re.compile(r"\b(?:was|were) replaced by\b|\bcame on for\b", re.IGNORECASE)
MATCH_WORDS = frozenset({"game", "match", "minute", "half"})
#: Words of a match's result: a sentence with them tells the story, not a play.
RESULT_WORDS = frozenset({"win", "won", "beat", "defeat", "defeated", "victory", "title",
                          "champion", "championship", "final", "lose", "lost",
                          "draw", "qualify", "trophy", "medal", "record"})  # fmt: skip
#: Last words of a news outlet's or publication's name, and outlets known by one name:
#: where a story was reported is not what it teaches.
OUTLET_WORDS = frozenset(
    {"news", "times", "post", "press", "journal", "herald", "tribune", "guardian", "telegraph",
     "magazine", "gazette", "daily", "reuters", "afp", "ap", "bbc", "cnn", "yonhap", "xinhua",
     "kcna", "tass", "interfax", "nbc", "abc", "cbs", "npr", "dpa", "ansa", "efe"}
)  # fmt: skip
#: Nouns that say what thing the name after them is ("news agency ...", "the ship ...").
THING_NOUNS = frozenset(
    {"agency", "newspaper", "daily", "paper", "tabloid", "weekly", "broadcaster", "channel",
     "network", "station", "website", "ship", "vessel", "yacht", "boat", "tanker", "frigate",
     "destroyer", "carrier", "submarine", "airline", "company", "firm", "group", "band"}
)  # fmt: skip
#: What a ship's name opens with ("HMS Belfast", "RFA Wave Knight").
SHIP_PREFIXES = frozenset({"HMS", "USS", "RFA", "HMAS", "HMCS", "INS", "MV", "RV", "SS"})
#: "Agency" in the languages news agencies are named in ("Agência Estado", "Agence
#: France-Presse").
AGENCY_WORDS = frozenset({"agency", "agência", "agencia", "agence", "agenzia", "agentur"})
#: Words that open a clause the article only supposes ("if Chrome continues to surge").
SUPPOSING_MARKS = frozenset({"if", "unless", "whether"})
#: Nouns an ordinal only numbers a place in a sequence by ("the 62nd minute", "the second
#: case", "the 33rd floor"): where it comes is not what happened.
SEQUENCE_NOUNS = frozenset(
    {"minute", "minutes", "half", "case", "post", "floor", "page", "lane", "row", "paragraph",
     "line", "round", "quarter", "period", "place", "goal", "try", "touchdown", "inning",
     "lap", "set", "leg", "match", "game", "heat", "bout", "day", "night", "week", "month",
     "year", "hour"}
)  # fmt: skip

# --- what a stem cannot say without its article ---------------------------------------
#: Pronouns: out of their paragraph nobody knows who they are.
PERSONAL_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "theirs", "hers",
     "we", "us", "our", "i", "me", "my", "you", "your", "himself", "herself", "itself",
     "themselves"}
)  # fmt: skip
#: Pronouns that stand for their clause's subject ("set himself on fire").
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
#: Pronouns that stand for a person ("he" may be named), and for a thing ("it" is not).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
#: The person pronouns of the other sex: "She stated that he ..." speaks of two people.
OTHER_SEX = {
    **dict.fromkeys(("he", "him", "his"), frozenset({"she", "her", "hers"})),
    **dict.fromkeys(("she", "her", "hers"), frozenset({"he", "him", "his"})),
}
#: Pronouns of groups: a quotation cannot show which ("they will find it").
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
#: Third-person pronouns that need a name before them in a stem that stands alone.
#: Words that say a named person is a man or a woman ("Paris's father, Albert Jaquier",
#: "Mrs Smith"): "she" never stands for a father.
SEX_WORDS = {
    "he": frozenset({"father", "husband", "son", "brother", "uncle", "grandfather", "boyfriend",
                     "nephew", "mr", "mr.", "sir", "king", "prince"}),
    "she": frozenset({"mother", "wife", "daughter", "sister", "aunt", "grandmother", "girlfriend",
                      "niece", "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen",
                      "princess"}),
}  # fmt: skip
THIRD_PERSON_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
#: Roles of one word that say too little to be put before a name ("leader Narendra Modi").
VAGUE_TITLES = frozenset({"leader", "member", "official", "man", "woman", "person"})
#: Forms of address: "Mr" is no role to put before a name.
ADDRESS_WORDS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir"})
#: Units written short: "How many ft did the flight reach?" is no English.
UNIT_ABBREVIATIONS = frozenset(
    {"ft", "km", "m", "mi", "mph", "kph", "kg", "lb", "lbs", "cm", "mm", "kt", "kts", "knots",
     "g", "l", "ml", "gb", "mb", "kw", "mw", "hp"}
)  # fmt: skip
#: Words that make a length of time end or start on the story's day ("the past six
#: months", "the next five decades").
COUNTED_BACK = frozenset({"past", "last", "next", "coming", "following", "previous", "recent"})
#: Periods that "last", "this" and "next" make relative to the article's date.
PERIODS = frozenset(
    {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "spring",
     "summer", "autumn", "fall", "winter", "season"}
)  # fmt: skip
#: Verbs after an existential "there" ("there was no indication"), which points nowhere.
EXISTENTIAL_VERBS = frozenset(
    {"is", "was", "were", "are", "has", "have", "had", "will", "would", "seems", "seemed",
     "appears", "remain", "remains"}
)  # fmt: skip
#: Words that lose their capital when they no longer open the sentence ("In 2014, the
#: ..." -> "According to X, the ...").
OPENING_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "these", "there", "it", "in",
                                    "on", "at", "its", "before", "after", "during", "since",
                                    "until", "following", "despite", "with", "by", "for",
                                    "from", "as", "when", "while", "although", "if", "some",
                                    "most", "many", "all", "about", "over", "nearly",
                                    "almost", "more", "former"})  # fmt: skip
#: Dashes that set off an aside or join two clauses.
DASHES = frozenset({"—", "–"})
#: Parts of a whole counted in words ("a millionth", "two thirds").
FRACTION_NOUNS = ("third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "hundredth", "thousandth", "millionth", "billionth")  # fmt: skip
#: Nouns that after "the" point back to something the article named before ("the report",
#: "the constituency", "the firm").
ANAPHORIC_NOUNS = frozenset(
    {"report", "reports", "study", "studies", "survey", "findings", "convoy", "special",
     "documents", "memo", "expedition", "mission", "submarine", "day", "week", "firm", "company",
     "constituency", "district", "area", "group", "incident", "case", "ruling", "lull", "man",
     "woman", "boy", "girl", "victim", "suspect",
     "former", "latter", "move", "decision", "plan", "deal", "team", "country", "nation", "city",
     "town", "region", "pair", "organisation", "organization", "government", "party", "side",
     "sides", "same", "site", "website", "attack", "attacks", "exchange", "project", "target",
     "broadcasts", "measure", "policy", "statement", "agency", "court", "school", "schools",
     "game", "match", "contest", "competition", "election", "meeting", "visit", "trip",
     # Parts of an event, and events, the article named in its headline or lead: "the
     # second half", "the kick-off", "the capital city", "the deadline" (of which?).
     "half", "limit", "kick", "capital", "deadline", "conference",
     "summit", "talks", "ceremony", "shaking", "quake", "earthquake", "tremor", "aftershock",
     "inning", "final", "trial",
     "hearing", "vote", "referendum", "aircraft", "plane", "flight", "crash", "accident",
     "vessel", "ship", "boat", "festival", "tournament", "race", "season", "operation",
     "fighting", "protest", "protests", "campaign", "bill", "agreement", "appeal",
     "article", "interview", "speech", "explosion", "bombing", "shooting", "raid", "fire",
     "allegation", "allegations", "claim", "claims", "accusation", "accusations",
     "clash", "clashes", "firing", "violence", "blast", "riot", "riots", "unrest", "siege",
     "standoff", "scandal", "tape", "recording", "video", "footage",
     # People known by their part in the story: "the singer", "the pilot" (who?).
     "singer", "actor", "actress", "player", "driver", "pilot", "captain", "officer",
     "soldier", "mother", "father", "son", "daughter", "wife", "husband", "couple",
     "family", "parents", "child", "baby", "trio", "duo", "verdict", "letter", "release",
     "defeat", "victory", "action", "sale", "rains", "president", "minister", "leader",
     "spokesman", "spokeswoman", "toll", "difference", "incidents", "accused",
     "defendant", "deceased", "suspects", "victims",
     # A post or a sentence the article named before: "the position" (which?), "the
     # prison term" (of which trial?).
     "position", "post", "role", "job", "term", "sentence", "conversation", "tanker",
     "primaries", "caucuses",
     # A thing or news the article described before: "the 16GB version" (of what?), "in
     # light of the revelation" (which?).
     "version", "model", "revelation", "announcement", "news", "legislation", "revisions",
     "proposal", "changes", "pinnacle"}
)  # fmt: skip
#: Words after "the" that point to something counted before ("the additional AU$12.5
#: million", "the remaining crew").
POINTING_ADJECTIVES = frozenset({"additional", "remaining", "aforementioned", "abovementioned"})
#: Words that refer to what the article said before ("other candidates", "both times").
REFERRING_WORDS = frozenset({"other", "others", "another", "both", "also", "too", "however",
                             "meanwhile", "hence", "moreover", "furthermore", "nevertheless",
                             "thus", "therefore", "instead", "later", "former", "latter",
                             "such"})  # fmt: skip
#: Times that mean something only from the article's date.
RELATIVE_TIMES = frozenset({"yesterday", "today", "tonight", "tomorrow", "recently", "ago",
                            "earlier", "soon", "currently"})  # fmt: skip
#: Days said from the article's own ("Friday", "yesterday").
RELATIVE_DAYS = frozenset(WEEKDAYS) | RELATIVE_TIMES
#: Words that join a sentence to the one before it; a clause lifted out of the article
#: leaves them behind.
CONNECTIVES = frozenset({"however", "also", "meanwhile", "hence", "moreover", "furthermore",
                         "nevertheless", "thus", "therefore", "instead", "still", "then",
                         "later", "too", "additionally", "besides", "and", "but", "so",
                         "yet", "subsequently", "afterwards", "afterward",
                         "thereafter", "elsewhere", "separately", "likewise",
                         "similarly", "actually", "indeed", "now"})  # fmt: skip
#: Connectives that only place an event after the one told before ("She subsequently
#: left"): left out wherever they stand, with no change to the claim.
SEQUENCE_ADVERBS = frozenset({"subsequently", "afterwards", "afterward", "thereafter"})

# --- words the stem and statement rules read -------------------------------------------
#: Words that may stand before a whole ("of around 1,400 passengers").
HEDGES = "around |about |some |nearly |almost |over |more than |roughly "
#: Tags of a verb that makes a claim (a finite verb or a modal).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of every verb form (and a modal).
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
#: Words before "have" that leave it no tense of its own ("could have", "to have").
NO_TENSE_BEFORE = frozenset({"could", "would", "should", "might", "must", "may", "will",
                             "can", "to", "not", "never"})  # fmt: skip
RISING_VERBS = frozenset({"rose", "risen", "rise", "rises", "increased", "increase",
                          "increases", "grew", "grown", "grow", "grows", "climbed",
                          "jumped"})  # fmt: skip
FALLING_VERBS = frozenset({"fell", "fallen", "fall", "falls", "decreased", "decrease",
                           "decreases", "dropped", "drop", "drops", "declined",
                           "shrank"})  # fmt: skip
#: Nouns that only say what sort of place a name is ("the town of Janzur").
PLACE_WRAPPERS = {"town", "city", "village", "province", "region", "state", "county", "district"}
#: Nouns a figure measures rather than counts: "a 5.6 magnitude" is asked "what
#: magnitude", never "how many magnitude".
MEASURE_NOUNS = {"magnitude", "temperature", "speed", "height", "depth", "score", "rating"}
#: Openers that comment on what the story told before ("Unfortunately for the Panthers",
#: "Afterwards", "Ironically"): cut out of the story, they hang in the air.
STANCE_OPENERS = frozenset({"unfortunately", "fortunately", "ironically", "interestingly",
                            "surprisingly", "afterwards", "afterward", "subsequently",
                            "consequently", "accordingly", "likewise", "similarly",
                            "overall", "thereafter"})  # fmt: skip
#: A quotation opening with these continues what the speaker said before it ("Otherwise,
#: they will face ...": otherwise than what?).
QUOTE_CONTINUATIONS = CONNECTIVES | {"otherwise", "they", "that", "this"}
#: Units of a time span too short to be a period ("in the next few minutes").
CLOCK_UNITS = frozenset({"minute", "hour", "day"})
#: Nouns that point back to a place, and the level of place they point at.
PLACE_LEVELS = {"country": "country", "nation": "country", "city": "city", "town": "city"}

#: Words a question asks a share with ("what percentage of the votes").
SHARE_WORDS = frozenset({"percentage", "percent", "share", "proportion", "fraction"})

#: A verb and one that says the opposite in the same frame ("The party won the election"
#: / "The party lost the election"): a false statement that reverses the claim, not a
#: figure. One way only where the other way is not one. Verbs with a second common sense
#: are left out ("raised a question", "lifted off", "ended with 1-1"), and so are verbs
#: whose opposite reads absurd in news ("arrested" / "released on criminal charges",
#: "gained fame" / "lost fame", "granted a pardon" / "refused a pardon"). A verdict is
#: left out too: its sentence presumes it ("acquitted a serial killer"), as is "joined"
#: ("joined Kosgei at the finish line" / "left Kosgei").
OPPOSITE_VERBS = {
    "rise": "fall", "fall": "rise", "increase": "decrease", "decrease": "increase",
    "reduce": "increase", "win": "lose", "lose": "win", "approve": "reject",
    "reject": "accept", "accept": "reject", "support": "oppose", "oppose": "support",
    "strengthen": "weaken", "weaken": "strengthen",
    "improve": "worsen", "worsen": "improve", "criticise": "praise", "criticize": "praise",
    "condemn": "praise", "praise": "criticise", "welcome": "criticise", "grow": "shrink",
    "expand": "reduce", "uphold": "overturn", "overturn": "uphold", "agree": "refuse",
    "veto": "sign", "allow": "forbid",
    # Moves of a measured thing ("The Dow climbed 2%"), turned only where it is measured.
    "climb": "drop", "drop": "climb", "surge": "plunge", "plunge": "surge", "soar": "plummet",
    "plummet": "soar", "jump": "slide", "slide": "jump", "gain": "lose",
    # A deal or a rule said the other way: "bought the company" / "sold", "lifted the ban".
    "buy": "sell", "acquire": "sell", "lift": "impose", "impose": "lift",
    "open": "close", "close": "open",
    # A vote on a law: "The House of Lords passed the bill" / "rejected".
    "pass": "reject",
    # A verdict, a pause, a rate, a membership said the other way.
    "convict": "acquit", "acquit": "convict", "suspend": "resume", "resume": "suspend",
    "raise": "lower", "lower": "raise", "cut": "raise", "join": "leave",
}  # fmt: skip
#: Words of one way and the other, by lemma: a claim turned round beside another word of
#: its old way ("rose 5.5 percent, its biggest fall") contradicts itself.
UPWARD = frozenset({"rise", "gain", "climb", "surge", "jump", "soar", "increase", "grow",
                    "rally", "high", "up", "boost", "expand"})  # fmt: skip
DOWNWARD = frozenset({"fall", "drop", "decline", "loss", "lose", "plunge", "slide", "slump",
                      "tumble", "plummet", "decrease", "shrink", "low", "down", "cut"})  # fmt: skip
#: Verbs that tell how a measured thing moved: turned only when what moved is measured
#: ("prices", "rose 5%"), never in an idiom ("fell from favour", "declined to comment").
MOVING_VERBS = frozenset({"rise", "fall", "climb", "drop", "surge", "plunge", "soar", "plummet",
                          "jump", "slide", "gain"})  # fmt: skip
#: What may be lifted or imposed.
RESTRICTIONS = frozenset({"ban", "sanction", "sanctions", "embargo", "restriction",
                          "restrictions", "curfew", "tariff", "tariffs", "limit", "limits",
                          "moratorium", "blockade", "lockdown", "cap", "tax", "taxes", "duty",
                          "duties", "quota", "quotas"})  # fmt: skip
#: What may be opened or closed, for a claim reversed.
PREMISES = frozenset({"plant", "factory", "store", "office", "embassy", "border", "airport",
                      "school", "mine", "shop", "branch", "dealership", "facility", "station",
                      "hospital", "restaurant", "bridge", "road", "port", "consulate", "base",
                      "camp", "line", "route"})  # fmt: skip
#: What is suspended or resumed: "suspended flights", not "suspended the player".
ACTIVITIES = frozenset({"talks", "negotiations", "flight", "flights", "operation",
                        "operations", "service", "services", "production", "trading", "aid",
                        "work", "construction", "relations", "exports", "imports", "sales",
                        "campaign", "search", "hearing", "hearings"})  # fmt: skip
#: What is raised, lowered or cut as a level: "cut interest rates", not "cut 500 jobs".
RATES = frozenset({"rate", "rates", "price", "prices", "tax", "taxes", "tariff", "tariffs",
                   "fee", "fees", "fare", "fares", "age", "limit", "target", "forecast",
                   "estimate", "level", "threshold"})  # fmt: skip
#: What a vote passes: "passed the bill" is rejected, "passed the ball" is not.
LEGISLATION = frozenset({"bill", "law", "act", "motion", "resolution", "legislation", "measure",
                         "amendment", "budget", "referendum", "ordinance", "statute"})  # fmt: skip
#: The forms of those verbs: base, -s, past, past participle, -ing.
VERB_FORMS = {
    "rise": ("rise", "rises", "rose", "risen", "rising"),
    "fall": ("fall", "falls", "fell", "fallen", "falling"),
    "win": ("win", "wins", "won", "won", "winning"),
    "lose": ("lose", "loses", "lost", "lost", "losing"),
    "shrink": ("shrink", "shrinks", "shrank", "shrunk", "shrinking"),
    "uphold": ("uphold", "upholds", "upheld", "upheld", "upholding"),
    "forbid": ("forbid", "forbids", "forbade", "forbidden", "forbidding"),
    "drop": ("drop", "drops", "dropped", "dropped", "dropping"),
    "slide": ("slide", "slides", "slid", "slid", "sliding"),
    "sell": ("sell", "sells", "sold", "sold", "selling"),
    "plummet": ("plummet", "plummets", "plummeted", "plummeted", "plummeting"),
    "acquit": ("acquit", "acquits", "acquitted", "acquitted", "acquitting"),
    "leave": ("leave", "leaves", "left", "left", "leaving"),
}
#: What one wins or loses either way ("lost five Grammys" is no loss of an award).
CONTESTS = frozenset({"election", "vote", "race", "match", "game", "final", "case", "appeal",
                      "seat", "referendum", "battle", "bid", "tie", "contest", "ballot",
                      "primary", "runoff", "lawsuit", "trial", "championship", "semi-final",
                      "semifinal", "series", "majority"})  # fmt: skip
#: Verbs whose opposite only fits an infinitive ("agreed to pay": "refused to pay"; "agreed
#: that ..." has none) or an object and an infinitive ("allowed women to drive").
INFINITIVE_VERBS = frozenset({"agree", "allow"})

#: Nouns of something said or written: the year of one is the remark's, not the claim's.
REMARK_NOUNS = frozenset({"interview", "speech", "statement", "letter", "address", "remark",
                          "remarks", "comment", "comments", "memoir", "autobiography",
                          "documentary", "op-ed", "column", "profile"})  # fmt: skip
#: Words that name who reported the story ("Wikinews accredited reporter ...").
REPORTERS = frozenset({"wikinews", "reporter", "reporters", "journalist", "correspondent"})
