"""Synthetic extractions shaped like our news, for bench/query.py (no text is extracted).

A seeded world: provinces and cities (LOCATED_IN), a national regulator with departments
(PART_OF), provincial/city/district bureaus and governments, universities, a long tail of
organizations, persons holding positions. Each article reports one or two events (events
recur across articles), hosted by 1–3 bodies picked with a heavy head (national bodies and
provincial bureaus appear everywhere), held at a place or a university, with speakers,
attendees and launched initiatives. Deterministic per seed.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.models import Article, Entity, Extraction, Relation, Span

_PROVINCE_NAMES = (
    "北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省 安徽省 "
    "福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 "
    "云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区"
)
PROVINCES = tuple(_PROVINCE_NAMES.split())
SYL = "安宁长平阳江山泉州德华兴昌武汉南通海城西东金源临清丰乐明新中云和永康嘉信益宜广元"
THEMES = ("世界计量日", "质量月", "检验检测机构开放日", "认证认可宣传周", "标准化", "消费者权益日")
KINDS = ("主题活动", "启动仪式", "工作会议", "座谈会", "培训班", "推进会", "论坛")
ORG_KINDS = (
    "计量测试研究院",
    "质量检验检测研究院",
    "标准化研究院",
    "认证中心",
    "检测有限公司",
    "质量协会",
)
TITLES = ("局长", "副局长", "主任", "副主任", "院长", "校长", "副省长", "副市长", "会长", "处长")
INITIATIVES = (
    "行动方案",
    "服务平台",
    "团体标准",
    "发展报告",
    "消费警示",
    "合作备忘录",
    "质量提升计划",
)
NATIONAL_SHARE = 0.25  # events a national body co-hosts; local bureaus host most of them
SPLIT_DEPTS = (
    "计量司",
    "标准技术管理司",
    "认证监督管理司",
    "认可与检验检测监督管理司",
    "质量发展局",
)


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def ent(label: str, name: str, aliases: tuple[str, ...] = (), **props: str) -> Entity:
    return Entity(f"{label.lower()}:{_h(name)}", label, name, aliases, properties=dict(props))


@dataclass
class World:
    places: list[Entity] = field(default_factory=list)
    city_of: dict[str, Entity] = field(default_factory=dict)  # place id → province place
    national: list[Entity] = field(default_factory=list)
    regional: list[Entity] = field(default_factory=list)  # provincial, city, district bodies
    parent: dict[str, Entity] = field(default_factory=dict)
    located: dict[str, Entity] = field(default_factory=dict)
    universities: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    people: list[tuple[Entity, Entity, str]] = field(default_factory=list)


def build_world(rng: random.Random, cities_per_province: int = 10) -> World:
    w = World()
    samr = Entity("agency:samr", "Agency", "国家市场监督管理总局", ("市场监管总局",))
    w.national = [
        samr,
        Entity("agency:cnca", "Agency", "国家认证认可监督管理委员会", ("国家认监委",)),
    ]
    for dept in SPLIT_DEPTS:
        unit = ent("Agency", f"国家市场监督管理总局{dept}", (f"市场监管总局{dept}",))
        w.national.append(unit)
        w.parent[unit.id] = samr
    for prov_name in PROVINCES:
        prov = ent("Place", prov_name, (prov_name[:2],))
        w.places.append(prov)
        gov, amr = (
            ent("Agency", f"{prov_name}人民政府"),
            ent("Agency", f"{prov_name}市场监督管理局"),
        )
        w.regional += [amr, gov]
        w.parent[amr.id], w.located[amr.id], w.located[gov.id] = gov, prov, prov
        for _ in range(cities_per_province):
            city_name = "".join(rng.sample(SYL, 2)) + "市"
            city = ent("Place", f"{prov_name}{city_name}", (city_name,))
            w.places.append(city)
            w.city_of[city.id] = prov
            bureau = ent("Agency", f"{city.name}市场监督管理局", (f"{city_name}市场监管局",))
            w.regional.append(bureau)
            w.parent[bureau.id], w.located[bureau.id] = amr, city
            for d in range(4):
                branch = ent("Agency", f"{city.name}市场监督管理局第{d + 1}分局")
                w.regional.append(branch)
                w.parent[branch.id], w.located[branch.id] = bureau, city
            uni = ent(
                "University", f"{city_name[:-1]}{rng.choice(('科技', '理工', '师范', '计量'))}大学"
            )
            w.universities.append(uni)
            w.located[uni.id] = city
            for _ in range(25):
                org = ent(
                    "Organization",
                    f"{city.name}{''.join(rng.sample(SYL, 2))}{rng.choice(ORG_KINDS)}",
                )
                w.orgs.append(org)
                w.located[org.id] = city
    bodies = w.national + w.regional + w.universities + w.orgs
    for n in range(len(bodies) * 3):
        body = bodies[n % len(bodies)]
        name = rng.choice("王李张刘陈杨黄赵周吴") + "".join(
            rng.sample("伟芳娜敏静磊洋勇艳杰涛明超秀霞平刚", 2)
        )
        person = Entity(f"person:{_h(name + '|' + body.id)}", "Person", name)
        w.people.append((person, body, rng.choice(TITLES)))
    return w


def _pick(rng: random.Random, pool: list[Entity], head: float = 1.3) -> Entity:
    """A heavy-headed pick: index ~ Pareto, so the first entries recur most."""
    return pool[min(len(pool) - 1, int(rng.paretovariate(head)) - 1)]


def _event(rng: random.Random, year: int, where: Entity) -> Entity:
    name = f"{year}年{where.name}{rng.choice(THEMES)}{rng.choice(KINDS)}"
    month = rng.randint(1, 12)
    return ent(
        "Event", name, (), date=f"{year}-{month:02d}-{rng.randint(1, 28):02d}", place=where.name
    )


def _rel(kind: str, src: Entity, dst: Entity, text: str, **props: str) -> Relation:
    return Relation(kind, src.id, dst.id, 0.8, Span(text[:40], 0, min(40, len(text))), props)


def article(n: int, seed: int, w: World) -> Extraction:
    rng = random.Random(f"{seed}:{n}")
    year = 2015 + n * 11 // 100_000 % 11
    ents: dict[str, Entity] = {}
    rels: list[Relation] = []

    def add(*items: Entity) -> None:
        for e in items:
            ents.setdefault(e.id, e)

    for _ in range(1 if rng.random() < 0.8 else 2):
        region = rng.choice(w.regional) if rng.random() < 0.7 else _pick(rng, w.regional, 0.6)
        place = w.located.get(region.id, w.places[0])
        venue: Entity = rng.choice(w.universities) if rng.random() < 0.2 else place
        # events recur: the same name (same id) comes back from a small pool per region/year
        event = _event(random.Random(f"{region.id}:{year}:{rng.randint(0, 3)}"), year, place)
        national = [_pick(rng, w.national)] if rng.random() < NATIONAL_SHARE else []
        hosts = [region, *national]
        add(event, venue, place, *hosts)
        text = f"{'、'.join(h.name for h in hosts)}主办的{event.name}在{venue.name}举行。"
        hosts = list({h.id: h for h in hosts}.values())
        rels += [_rel("HOSTED", h, event, text) for h in hosts]
        if rng.random() < 0.5:
            org = rng.choice(w.orgs)
            add(org)
            rels.append(_rel("ORGANIZED", org, event, f"{org.name}承办。"))
        rels.append(_rel("HELD_AT", event, venue, text))
        for person, body, title in rng.sample(w.people, rng.randint(1, 4)):
            add(person, body)
            rels.append(
                _rel(
                    "HOLDS_POSITION", person, body, f"{body.name}{title}{person.name}", title=title
                )
            )
            kind = "SPOKE_AT" if rng.random() < 0.5 else "ATTENDED"
            rels.append(_rel(kind, person, event, f"{person.name}出席并致辞。"))
        if rng.random() < 0.4:
            init = ent("Initiative", f"{place.name}{rng.choice(INITIATIVES)}{rng.randint(1, 40)}号")
            add(init)
            rels.append(_rel("LAUNCHED", rng.choice(hosts), init, f"发布{init.name}。"))
        for body in hosts:
            if body.id in w.parent and rng.random() < 0.1:
                add(w.parent[body.id])
                rels.append(
                    _rel(
                        "PART_OF",
                        body,
                        w.parent[body.id],
                        f"{body.name}隶属于{w.parent[body.id].name}",
                    )
                )
            if body.id in w.located and rng.random() < 0.05:
                add(w.located[body.id])
                rels.append(
                    _rel("LOCATED_IN", body, w.located[body.id], f"位于{w.located[body.id].name}")
                )
        if place.id in w.city_of and rng.random() < 0.1:
            add(w.city_of[place.id])
            rels.append(_rel("LOCATED_IN", place, w.city_of[place.id], place.name))
    day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = "".join(r.evidence.text for r in rels)
    art = Article(f"art-{seed:04x}{n:012x}", f"bench/{n}.txt", f"第{n}篇", day, "zh-Hans", text)
    return Extraction(art, tuple(ents.values()), tuple(rels))


def extractions(articles: int, seed: int = 7) -> Iterator[Extraction]:
    world = build_world(random.Random(seed))
    for n in range(articles):
        yield article(n, seed, world)
