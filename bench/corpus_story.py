"""One synthetic news story in simplified Chinese: title, date, paragraphs, related-news trailer.

A story is an event (conference, forum, ceremony, open day), a release (a platform goes online,
a plan or report is published) or an inspection visit. Its slots are filled from the World's
cast; templates are picked at random; paragraphs are added until the target length is reached.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from corpus_world import Actor, Person, World

KINDS = ("event", "release", "visit")
KIND_WEIGHTS = (6, 2, 2)


@dataclass(frozen=True)
class Story:
    kind: str
    title: str
    date: str  # YYYY-MM-DD
    time: str  # HH:MM
    publisher: str
    paragraphs: tuple[str, ...]
    related: tuple[str, ...]


def _weighted(rng: random.Random, items: list[dict[str, Any]]) -> dict[str, Any]:
    return rng.choices(items, weights=[i["weight"] for i in items])[0]


def _fill(pattern: str, ctx: dict[str, Any]) -> str:
    return pattern.format_map(ctx)


def _people(rng: random.Random, world: World, actors: list[Actor], k: int) -> list[Person]:
    out: list[Person] = []
    for actor in actors:
        crew = world.people.get(actor.name, [])
        out.extend(rng.sample(crew, min(len(crew), rng.choice((1, 1, 2)))))
    return out[:k] if out else []


def _place(rng: random.Random, world: World) -> tuple[dict[str, Any], str]:
    prov = world.provinces[int(len(world.provinces) * rng.random() ** 1.3)]
    return prov, rng.choice(prov["cities"])


def _context(rng: random.Random, world: World) -> dict[str, Any]:
    """Every slot any template may use, filled once for this story."""
    ev, tpl = world.events, world.templates
    prov, city = _place(rng, world)
    muni = bool(prov.get("municipality"))
    pn, pshort = prov["name"], prov["short"]
    cshort = pshort if muni else city.rstrip("市")
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    slots = {
        "year": year,
        "n": rng.randint(2, 12),
        "province": pn,
        "pshort": pshort,
        "city": city,
        "cshort": cshort,
        "topic": rng.choice(ev["topics"]),
        "theme": rng.choice(ev["themes"]),
    }
    unis = [u for u in world.kinds["university"] if u.city in (city, pn)]
    venue = rng.choice(unis) if unis and rng.random() < 0.4 else None
    host_kind = rng.choices(("national", "province_bureau", "association"), (5, 3, 2))[0]
    hosts = [
        world.pick(rng, host_kind, province=pn)
        if host_kind != "national"
        else world.pick(rng, "national")
    ]
    if rng.random() < 0.5:
        hosts.append(world.pick(rng, "province_gov", province=pn))
    org_kind = rng.choice(("province_bureau", "city_bureau", "institute", "association"))
    organizers = [world.pick(rng, org_kind, province=pn)]
    if venue is not None and rng.random() < 0.5:
        organizers.append(venue)
    others = [
        world.pick(
            rng,
            rng.choice(
                ("national", "unit", "province_bureau", "company", "association", "institute")
            ),
        )
        for _ in range(3)
    ]
    attendees = _people(rng, world, hosts + organizers + others, rng.randint(2, 5))
    launchers = [
        world.pick(rng, k)
        for k in rng.sample(
            ("national", "unit", "association", "province_bureau", "institute", "company"), 2
        )
    ]
    inits = [_weighted(rng, ev["initiatives"]) for _ in range(2)]
    policy = rng.sample(tpl["policy"], 3)
    ctx: dict[str, Any] = {
        "date": f"{month}月{day}日",
        "date2": f"{month}月{min(day + 2, 28)}日",
        "month": month,
        "pshort": pshort,
        "cshort": cshort,
        "topic": slots["topic"],
        "theme": slots["theme"],
        "year": year,
        "place": pn if muni else f"{pn}{city}",
        "venue": venue.name if venue else f"{cshort}{rng.choice(ev['venues'])}",
        "event": _fill(_weighted(rng, ev["events"])["pattern"], slots),
        "hosts": "、".join(h.mention(rng) for h in hosts),
        "hosts_short": hosts[0].mention(rng),
        "organizers": "、".join(o.mention(rng) for o in organizers),
        "people": "，".join(p.mention(rng) for p in attendees) or hosts[0].name,
        "chair": (attendees[-1].mention(rng) if attendees else hosts[0].name),
        "speaker": attendees[0].name if attendees else hosts[0].mention(rng),
        "p1": policy[0],
        "p2": policy[1],
        "p3": policy[2],
        "launcher": launchers[0].mention(rng),
        "launcher2": launchers[1].mention(rng),
        "verb": inits[0]["verb"],
        "verb2": inits[1]["verb"],
        "initiative": _fill(inits[0]["pattern"], slots),
        "initiative2": _fill(inits[1]["pattern"], slots),
        "agreement": f"{slots['topic']}战略合作协议",
        "purpose": rng.choice(tpl["purposes"]),
        "actor": hosts[0].mention(rng),
        "actor2": organizers[0].mention(rng),
        "campaign": rng.choice(tpl["campaigns"]),
        "fields": "、".join(rng.sample(ev["fields"], 3)),
        "groups": "、".join(rng.sample(tpl["groups"], 3)),
        "n": rng.randint(3, 60),
        "n2": rng.randint(120, 9000),
        "n3": rng.randint(20, 900),
        "company": world.pick(rng, "company", province=pn).name,
        "institute": world.pick(rng, "institute", province=pn).name,
    }
    visitor = rng.choice(world.people[world.pick(rng, "national").name])
    ctx["visitor"], ctx["visitor_short"] = visitor.mention(rng), visitor.name
    ctx["speakers"] = [p.name for p in attendees] or [visitor.name]
    ctx["iso_date"] = f"{year:04d}-{month:02d}-{day:02d}"
    return ctx


FOLLOW_UPS = {
    "event": ("attend", "speech", "launch", "background", "arrange"),
    "release": ("background", "speech", "arrange"),
    "visit": ("speech", "background", "arrange"),
}


def compose(rng: random.Random, world: World, target: int) -> Story:
    """A story whose paragraphs add up to about `target` characters (at least one paragraph)."""
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    ctx = _context(rng, world)
    tpl = world.templates
    title = _fill(rng.choice(tpl["title"][kind]), ctx)
    paras = [_fill(rng.choice(tpl["lead"][kind]), ctx)]
    size = len(title) + len(paras[0])
    for section in FOLLOW_UPS[kind]:
        if size >= target:
            break
        paras.append(_fill(rng.choice(tpl[section]), ctx))
        size += len(paras[-1])
    while size < target:  # long stories: more speeches, background and arrangements
        ctx["p1"], ctx["p2"], ctx["p3"] = rng.sample(tpl["policy"], 3)
        ctx["speaker"] = rng.choice(ctx["speakers"])
        section = rng.choice(("speech", "background", "arrange", "launch", "attend"))
        paras.append(_fill(rng.choice(tpl[section]), ctx))
        size += len(paras[-1])
    publisher = rng.choice([ctx["hosts_short"], *world.media])
    return Story(
        kind,
        title,
        ctx["iso_date"],
        f"{rng.randint(8, 20):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        publisher,
        tuple(paras),
        tuple(related(rng, world, ctx)),
    )


def related(rng: random.Random, world: World, ctx: dict[str, Any]) -> list[str]:
    """A related-news trailer (40% of stories): '- 媒体发布：标题…(日期)' or '标题 日期'."""
    if rng.random() >= 0.4:
        return []
    lines = []
    day = f"{ctx['year'] + rng.choice((0, 0, 1))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    for _ in range(rng.randint(2, 6)):
        headline = _fill(rng.choice(world.templates["title"]["release"]), ctx)
        if rng.random() < 0.6:
            lines.append(f"- {rng.choice(world.media)}发布：{headline[:28]}…({day})")
        else:
            lines.append(f"{headline} {day}")
    return lines
