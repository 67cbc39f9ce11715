"""Loose text comparison shared by the question writers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Text compared loosely: NFKC, lower case, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def contains_words(text: str, phrase: str) -> bool:
    """True when `phrase` stands in `text` as whole words, loosely ("5" is not in "M5S")."""
    key = norm(phrase)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", norm(text)) is not None


def named_in_stem(choice: str, stem: str) -> bool:
    """True when the stem names `choice`, or the person by surname."""
    if not choice[:1].isupper():
        return contains_words(stem, choice)
    return contains_words(stem, choice) or contains_words(stem, choice.split()[-1])


def inside_quotation(text: str, at: int) -> bool:
    """True when position `at` of `text` lies inside quotation marks (curly or straight)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def traded(text: str, one: str, other: str) -> str | None:
    """`text` with the words `one` and `other` in each other's place ("Argentina beat
    Mexico" -> "Mexico beat Argentina", "killing four and wounding 12" -> "killing 12 and
    wounding four"), or None unless each stands in it exactly once as whole words."""

    def whole(words: str) -> str:
        return rf"(?<!\w){re.escape(words)}(?!\w)"

    if any(len(re.findall(whole(words), text)) != 1 for words in (one, other)):
        return None
    pattern = f"{whole(one)}|{whole(other)}"
    return re.sub(pattern, lambda m: other if m.group(0) == one else one, text)
