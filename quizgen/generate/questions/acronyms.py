"""Acronyms a question uses that its article spells out: out of the article, "the NHC"
or "NEOC reported ..." names nothing a learner knows, so the name is written in full
("the National Hurricane Center") as the article wrote it the first time. ("an SNP
candidate" becomes "an Scottish ..." here; `wording.typeset` then writes "a".)"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quizgen.generate.facts.common import per_doc
from quizgen.generate.questions.text import inside_quotation

#: Words inside a name that give no letter to its acronym.
FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "in", "de", "the", "du", "des", "la"})
#: A name and its acronym in brackets after it: "the National Hurricane Center (NHC)".
DEFINED = re.compile(
    rf"(?P<name>[A-Z][\w’'.-]*(?:[ ]+(?:[A-Z][\w’'.-]*|{'|'.join(sorted(FUNCTION_WORDS))}))*)"
    r"[ ]+\((?P<short>[A-Z]{2,6})\)"
)
#: Acronyms every learner reads as they are: spelling them out only lengthens the stem.
WELL_KNOWN = frozenset({"UN", "US", "USA", "UK", "EU", "WHO", "NATO", "NASA", "FBI", "CIA",
                        "BBC", "CNN", "NBA", "NFL", "FIFA", "UEFA", "IMF", "GDP", "HIV", "AIDS",
                        "UAE", "USSR", "OPEC", "UNESCO", "UNICEF", "MP", "CEO", "AU",
                        "ISIS", "DNA", "COVID", "UTC", "GMT", "BST", "EST", "PDT",
                        "EDT"})  # fmt: skip


@per_doc
def spelt_out(doc: Doc) -> dict[str, tuple[str, bool]]:
    """Each acronym the article defines in brackets, with the name it stands for and
    whether the article writes "the" before that name."""
    found: dict[str, tuple[str, bool]] = {}
    for match in DEFINED.finditer(doc.text):
        short = match["short"]
        if short in found or short in WELL_KNOWN:
            continue
        words = match["name"].split()
        start = _start_of_name(words, short)
        if start is None:
            continue
        # "The Australian Civil Aviation Safety Authority (CASA)": "the" goes with it.
        preceding = [*doc.text[: match.start()].split()[-1:], *words[:start]]
        the = any(word.lower() == "the" for word in preceding)
        found[short] = (" ".join(words[start:]), the)
    return found


def _start_of_name(words: list[str], short: str) -> int | None:
    """Where the last words of `words` whose capitals give `short` begin ("United States
    National Hurricane Center" for NHC: at "National"), or None when none do."""
    letters: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        if words[k] in FUNCTION_WORDS:
            continue
        letters.insert(0, words[k][0])
        if "".join(letters) == short:
            return k
        if len(letters) >= len(short):
            return None
    return None


def with_names_spelt_out(doc: Doc, text: str, keep: str = "") -> str:
    """`text` with the first use of each acronym its article spells out written in full
    (not inside a quotation, nor where `text` already has the name); `keep` (the key of a
    question) is never written into the stem, so an acronym it holds stays as it is."""
    for short, (name, the) in spelt_out(doc).items():
        if name in text or short in keep or name in keep:
            continue
        used = re.finditer(rf"(?<![\w’'-]){short}(?![\w-])", text)
        found = next((m for m in used if not inside_quotation(text, m.start())), None)
        if found is None:
            continue
        before, after = text[: found.start()], text[found.end() :]
        determined = re.search(r"(?:\b(?:[Tt]he|an?|its|their|his|her)|’s|'s)\s*$", before)
        full = f"the {name}" if the and not determined else name
        if not before:
            full = full[0].upper() + full[1:]
        text = f"{before}{full}{after}"
    return text
