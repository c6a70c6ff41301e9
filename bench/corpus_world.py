"""The cast of the synthetic corpus: actors and people, built once per seed from corpus_data/.

Actors recur across articles (as in real news) so the graph grows like a real one: a head of
national bodies seen everywhere and a long tail of city bureaus, institutes and companies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "corpus_data"


def load(name: str) -> Any:
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass(frozen=True)
class Actor:
    name: str
    short: tuple[str, ...]
    kind: str
    province: str = ""  # full province name ("湖北省"), "" for national bodies
    city: str = ""  # full city or district name ("武汉市"), "" above city level
    titles: tuple[str, ...] = ()

    def mention(self, rng: random.Random) -> str:
        """The full name most of the time, otherwise one of its abbreviations."""
        if not self.short or rng.random() < 0.55:
            return self.name
        return rng.choice(self.short)

    def prefix(self, rng: random.Random) -> str:
        """What precedes a person's title: "湖北省" (副省长), "市场监管总局" (副局长)."""
        if self.kind.endswith("_gov"):
            return self.city or self.province
        return self.mention(rng)


@dataclass(frozen=True)
class Person:
    name: str
    actor: Actor
    title: str
    academy: str = ""  # "中国工程院" when the person is also an academician

    def mention(self, rng: random.Random) -> str:
        extra = f"、{self.academy}院士" if self.academy else ""
        return f"{self.actor.prefix(rng)}{self.title}{extra}{self.name}"


@dataclass
class World:
    kinds: dict[str, list[Actor]] = field(default_factory=dict)
    people: dict[str, list[Person]] = field(default_factory=dict)  # actor name → people
    provinces: list[dict[str, Any]] = field(default_factory=list)
    national_weights: list[float] = field(default_factory=list)
    events: dict[str, Any] = field(default_factory=dict)
    templates: dict[str, Any] = field(default_factory=dict)
    media: list[str] = field(default_factory=list)

    def add(self, actor: Actor) -> None:
        self.kinds.setdefault(actor.kind, []).append(actor)

    by_province: dict[tuple[str, str], list[Actor]] = field(default_factory=dict)

    def pick(self, rng: random.Random, kind: str, province: str = "") -> Actor:
        """An actor of `kind`, in `province` when there is one there."""
        pool = self.kinds[kind]
        if province:
            if not self.by_province:
                for k, actors in self.kinds.items():
                    for a in actors:
                        self.by_province.setdefault((k, a.province), []).append(a)
            pool = self.by_province.get((kind, province)) or pool
        if kind == "national":
            return rng.choices(pool, weights=self.national_weights)[0]
        return pool[int(len(pool) * rng.random() ** 1.6)]  # skewed: a head and a long tail


def _actors(world: World, rng: random.Random, cast: dict[str, Any], titles: dict[str, Any]) -> None:
    for a in cast["national"]:
        world.add(Actor(a["name"], tuple(a["short"]), "national", titles=tuple(a["titles"])))
        world.national_weights.append(float(a["weight"]))
    for unit in cast["samr_units"]:
        short = (f"市场监管总局{unit}",)
        world.add(Actor(f"国家市场监督管理总局{unit}", short, "unit", titles=tuple(titles["unit"])))
    for a in cast["associations"]:
        world.add(
            Actor(a["name"], tuple(a["short"]), "association", titles=tuple(titles["association"]))
        )
    for a in cast["universities"]:
        world.add(
            Actor(
                a["name"],
                tuple(a["short"]),
                "university",
                city=a["city"],
                titles=tuple(titles["university"]),
            )
        )
    for p in cast["provinces"]:
        _province(world, p, cast, titles)
    _companies(world, rng, cast, titles)


def _province(
    world: World, p: dict[str, Any], cast: dict[str, Any], titles: dict[str, Any]
) -> None:
    pn, muni = p["name"], bool(p.get("municipality"))
    gov_titles = titles["municipality_gov" if muni else "province_gov"]
    world.add(Actor(f"{pn}人民政府", (pn,), "province_gov", pn, titles=tuple(gov_titles)))
    world.add(
        Actor(
            f"{pn}市场监督管理局",
            (f"{pn}市场监管局",),
            "province_bureau",
            pn,
            titles=tuple(titles["province_bureau"]),
        )
    )
    for suffix in cast["province_institutes"]:
        kind = "association" if suffix.endswith(("协会", "学会")) else "institute"
        world.add(Actor(f"{pn}{suffix}", (), kind, pn, titles=tuple(titles[kind])))
    for city in p["cities"]:
        full = f"{pn}{city}" if muni else city
        world.add(
            Actor(f"{full}人民政府", (city,), "city_gov", pn, city, tuple(titles["city_gov"]))
        )
        world.add(
            Actor(
                f"{full}市场监督管理局",
                (f"{city}市场监管局",),
                "city_bureau",
                pn,
                city,
                tuple(titles["city_bureau"]),
            )
        )
        for suffix in cast["city_institutes"]:
            world.add(
                Actor(f"{full}{suffix}", (), "institute", pn, city, tuple(titles["institute"]))
            )


def _companies(
    world: World, rng: random.Random, cast: dict[str, Any], titles: dict[str, Any]
) -> None:
    parts = cast["companies"]
    seen: set[str] = set()
    cities = [(p["name"], c) for p in cast["provinces"] for c in p["cities"]]
    while len(seen) < parts["count"]:
        pn, city = rng.choice(cities)
        stem = city.rstrip("市区") if len(city) > 2 else city
        brand, trade = rng.choice(parts["brands"]), rng.choice(parts["trades"])
        name = f"{stem}{brand}{trade}{rng.choice(parts['suffixes'])}"
        if name not in seen:
            seen.add(name)
            world.add(Actor(name, (), "company", pn, city, tuple(titles["company"])))


PEOPLE_PER_KIND = {
    "national": 6,
    "unit": 2,
    "province_gov": 3,
    "province_bureau": 4,
    "city_gov": 2,
    "city_bureau": 2,
    "university": 3,
    "association": 2,
    "institute": 2,
    "company": 2,
}


def _people(world: World, rng: random.Random, names: dict[str, Any]) -> None:
    surnames, given, academies = names["surnames"], names["given"], names["academies"]
    for kind, actors in world.kinds.items():
        for actor in actors:
            count = min(PEOPLE_PER_KIND.get(kind, 2), len(actor.titles))
            crew = []
            for title in rng.sample(actor.titles, count):
                name = rng.choice(surnames) + "".join(rng.choices(given, k=rng.choice((1, 2, 2))))
                academy = ""
                if title in ("校长", "教授", "院长", "研究员", "院士") and rng.random() < 0.25:
                    academy = rng.choice(academies)
                crew.append(Person(name, actor, title, academy))
            world.people[actor.name] = crew


def build_world(seed: int) -> World:
    """Everything an article can mention, identical for identical seeds."""
    rng = random.Random(f"world:{seed}")
    cast, names = load("actors"), load("people")
    world = World(events=load("events"), templates=load("templates"), media=load("actors")["media"])
    world.provinces = cast["provinces"]
    _actors(world, rng, cast, names["titles"])
    _people(world, rng, names)
    return world
