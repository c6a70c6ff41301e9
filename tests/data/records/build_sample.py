"""Rebuild sample.jsonl: four short articles in our own words about real events, annotated by
hand (entities, relations, evidence); offsets are computed here so they are always right.

Run: .venv/bin/python tests/data/records/build_sample.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kg.extract.normalize import person_id as person  # the ids extraction itself gives
from kg.extract.normalize import structural_id as unseen

HERE = Path(__file__).resolve().parent


E = {  # id, label, canonical name, aliases
    "samr": ("agency:samr", "Agency", "国家市场监督管理总局", ["市场监管总局"]),
    "hubei_gov": ("agency:hubei-gov", "Agency", "湖北省人民政府", []),
    "cnca": ("agency:cnca", "Agency", "国家认证认可监督管理委员会", ["国家认监委"]),
    "talent": (
        unseen("Agency", "国家市场监督管理总局专业人才中心"),
        "Agency",
        "国家市场监督管理总局专业人才中心",
        ["市场监管总局专业人才中心"],
    ),
    "hubei_amr": ("agency:hubei-amr", "Agency", "湖北省市场监督管理局", ["湖北省市场监管局"]),
    "cert_dept": (
        unseen("Agency", "国家市场监督管理总局认证监督管理司"),
        "Agency",
        "国家市场监督管理总局认证监督管理司",
        ["市场监管总局认证监督管理司"],
    ),
    "cca": ("org:cca", "Organization", "中国消费者协会", ["中消协"]),
    "cae": ("org:cae", "Organization", "中国工程院", []),
    "nim": ("org:nim", "Organization", "中国计量科学研究院", []),
    "hust": ("university:hust", "University", "华中科技大学", []),
    "hubei": ("place:hubei", "Place", "湖北省", ["湖北"]),
    "wuhan": ("place:wuhan", "Place", "武汉市", ["武汉"]),
    "beijing": ("place:beijing", "Place", "北京市", ["北京"]),
    "pu": (person("蒲淳", "agency:samr"), "Person", "蒲淳", []),
    "peng": (person("彭勇", "agency:hubei-gov"), "Person", "彭勇", []),
    "you": (person("尤政", "university:hust"), "Person", "尤政", []),
    "open_day": (
        unseen("Event", "2024年全国检验检测机构开放日活动启动仪式"),
        "Event",
        "2024年全国检验检测机构开放日活动启动仪式",
        ["启动仪式"],
    ),
    "pt_meeting": (
        unseen("Event", "2024年湖北省检验检测机构能力验证工作会议"),
        "Event",
        "2024年湖北省检验检测机构能力验证工作会议",
        [],
    ),
    "cert_meeting": (
        unseen("Event", "2025年全国认证认可检验检测工作会议"),
        "Event",
        "2025年全国认证认可检验检测工作会议",
        [],
    ),
    "cloud": (unseen("Initiative", "检验检测云课堂"), "Initiative", "检验检测云课堂", []),
    "upgrade": (
        unseen("Initiative", "检验检测促进产业优化升级行动"),
        "Initiative",
        "检验检测促进产业优化升级行动",
        [],
    ),
    "warning": (
        unseen("Initiative", "室内空气治理检测消费警示信息"),
        "Initiative",
        "室内空气治理检测消费警示信息",
        [],
    ),
    "report": (
        unseen("Initiative", "认证认可检验检测发展报告"),
        "Initiative",
        "认证认可检验检测发展报告",
        [],
    ),
}
EVENT_PROPS = {
    "open_day": {"date": "2024-09-19", "place": "华中科技大学"},
    "pt_meeting": {"date": "2024-11-05", "place": "武汉市"},
    "cert_meeting": {"date": "2025-01-16", "place": "北京市"},
}

ARTICLES = [
    {
        "source": "sample/open-day-2024.txt",
        "title": "2024年全国检验检测机构开放日活动在武汉启动",
        "date": "2024-09-19",
        "script": "zh-Hans",
        "text": (
            "9月19日，由市场监管总局、湖北省人民政府主办的2024年全国检验检测机构开放日活动启动仪式"
            "在位于湖北省武汉市的华中科技大学举行。市场监管总局党组成员、副局长，国家认监委主任蒲淳，"
            "湖北省副省长彭勇，华中科技大学校长、中国工程院院士尤政出席活动并致辞。"
            "活动现场，市场监管总局专业人才中心上线“检验检测云课堂”，"
            "中国消费者协会发布室内空气治理检测消费警示信息。"
            "市场监管总局将深入实施检验检测促进产业优化升级行动。"
        ),
        "entities": [
            "samr",
            "hubei_gov",
            "cnca",
            "talent",
            "cca",
            "cae",
            "hust",
            "hubei",
            "wuhan",
            "pu",
            "peng",
            "you",
            "open_day",
            "cloud",
            "warning",
            "upgrade",
        ],
        "relations": [
            (
                "HOSTED",
                "samr",
                "open_day",
                "由市场监管总局、湖北省人民政府主办的2024年全国检验检测机构开放日活动启动仪式",
                0.9,
                None,
            ),
            (
                "HOSTED",
                "hubei_gov",
                "open_day",
                "由市场监管总局、湖北省人民政府主办的2024年全国检验检测机构开放日活动启动仪式",
                0.9,
                None,
            ),
            ("HELD_AT", "open_day", "hust", "在位于湖北省武汉市的华中科技大学举行", 0.8, None),
            ("LOCATED_IN", "hust", "wuhan", "位于湖北省武汉市的华中科技大学", 0.8, None),
            ("LOCATED_IN", "wuhan", "hubei", "湖北省武汉市", 0.7, None),
            ("ATTENDED", "pu", "open_day", "出席活动并致辞", 0.8, None),
            ("ATTENDED", "peng", "open_day", "出席活动并致辞", 0.8, None),
            ("SPOKE_AT", "pu", "open_day", "出席活动并致辞", 0.8, None),
            ("SPOKE_AT", "you", "open_day", "出席活动并致辞", 0.8, None),
            (
                "HOLDS_POSITION",
                "pu",
                "samr",
                "市场监管总局党组成员、副局长",
                0.9,
                "党组成员、副局长",
            ),
            ("HOLDS_POSITION", "pu", "cnca", "国家认监委主任蒲淳", 0.9, "主任"),
            ("HOLDS_POSITION", "peng", "hubei_gov", "湖北省副省长彭勇", 0.9, "副省长"),
            ("HOLDS_POSITION", "you", "hust", "华中科技大学校长", 0.9, "校长"),
            ("HOLDS_POSITION", "you", "cae", "中国工程院院士尤政", 0.9, "院士"),
            (
                "LAUNCHED",
                "talent",
                "cloud",
                "市场监管总局专业人才中心上线“检验检测云课堂”",
                0.9,
                None,
            ),
            (
                "LAUNCHED",
                "cca",
                "warning",
                "中国消费者协会发布室内空气治理检测消费警示信息",
                0.9,
                None,
            ),
            (
                "LAUNCHED",
                "samr",
                "upgrade",
                "市场监管总局将深入实施检验检测促进产业优化升级行动",
                0.6,
                None,
            ),
            ("PART_OF", "talent", "samr", "市场监管总局专业人才中心", 0.7, None),
        ],
    },
    {
        "source": "sample/hubei-pt-2024.txt",
        "title": "湖北省召开检验检测机构能力验证工作会议",
        "date": "2024-11-05",
        "script": "zh-Hans",
        "text": (
            "11月5日，湖北省市场监管局在武汉市召开2024年湖北省检验检测机构能力验证工作会议。"
            "湖北省副省长彭勇出席会议。湖北省市场监管局是湖北省人民政府的组成部门。"
            "会议要求，贯彻市场监管总局部署，推进检验检测促进产业优化升级行动。"
        ),
        "entities": ["hubei_amr", "wuhan", "pt_meeting", "peng", "hubei_gov", "samr", "upgrade"],
        "relations": [
            (
                "HOSTED",
                "hubei_amr",
                "pt_meeting",
                "湖北省市场监管局在武汉市召开2024年湖北省检验检测机构能力验证工作会议",
                0.9,
                None,
            ),
            (
                "HELD_AT",
                "pt_meeting",
                "wuhan",
                "在武汉市召开2024年湖北省检验检测机构能力验证工作会议",
                0.8,
                None,
            ),
            ("ATTENDED", "peng", "pt_meeting", "湖北省副省长彭勇出席会议", 0.8, None),
            ("HOLDS_POSITION", "peng", "hubei_gov", "湖北省副省长彭勇", 0.95, "副省长"),
            (
                "PART_OF",
                "hubei_amr",
                "hubei_gov",
                "湖北省市场监管局是湖北省人民政府的组成部门",
                0.8,
                None,
            ),
            ("LOCATED_IN", "hubei_amr", "wuhan", "湖北省市场监管局在武汉市", 0.5, None),
        ],
    },
    {
        "source": "sample/cert-meeting-2025.txt",
        "title": "2025年全国认证认可检验检测工作会议召开",
        "date": "2025-01-16",
        "script": "zh-Hans",
        "text": (
            "1月16日，国家认监委在北京市召开2025年全国认证认可检验检测工作会议。"
            "国家认监委主任蒲淳出席会议并作工作报告。"
            "市场监管总局认证监督管理司负责同志介绍了相关工作，会上发布了认证认可检验检测发展报告。"
        ),
        "entities": ["cnca", "beijing", "cert_meeting", "pu", "cert_dept", "samr", "report"],
        "relations": [
            (
                "HOSTED",
                "cnca",
                "cert_meeting",
                "国家认监委在北京市召开2025年全国认证认可检验检测工作会议",
                0.9,
                None,
            ),
            (
                "HELD_AT",
                "cert_meeting",
                "beijing",
                "在北京市召开2025年全国认证认可检验检测工作会议",
                0.8,
                None,
            ),
            (
                "SPOKE_AT",
                "pu",
                "cert_meeting",
                "国家认监委主任蒲淳出席会议并作工作报告",
                0.85,
                None,
            ),
            (
                "ATTENDED",
                "pu",
                "cert_meeting",
                "国家认监委主任蒲淳出席会议并作工作报告",
                0.85,
                None,
            ),
            ("HOLDS_POSITION", "pu", "cnca", "国家认监委主任蒲淳", 0.9, "主任"),
            ("PART_OF", "cert_dept", "samr", "市场监管总局认证监督管理司", 0.8, None),
            ("LAUNCHED", "cert_meeting", "report", "会上发布了认证认可检验检测发展报告", 0.7, None),
        ],
    },
    {
        "source": "sample/consumer-warning-2025.txt",
        "title": "中消协发布消费提示",
        "date": "2025-03-14",
        "script": "zh-Hans",
        "text": (
            "3月14日，中国消费者协会再次发布室内空气治理检测消费警示信息，提醒消费者选择具备资质的检验检测机构。"
            "中国计量科学研究院位于北京市。"
        ),
        "entities": ["cca", "warning", "nim", "beijing"],
        "relations": [
            (
                "LAUNCHED",
                "cca",
                "warning",
                "中国消费者协会再次发布室内空气治理检测消费警示信息",
                0.95,
                None,
            ),
            ("LOCATED_IN", "nim", "beijing", "中国计量科学研究院位于北京市", 0.8, None),
        ],
    },
]


def spans(text: str, needle: str) -> list[dict[str, object]]:
    out, start = [], text.find(needle)
    while start >= 0:
        out.append({"text": needle, "start": start, "end": start + len(needle)})
        start = text.find(needle, start + len(needle))
    return out


def entity(key: str, text: str) -> dict[str, object]:
    eid, label, name, aliases = E[key]
    mentions = [m for form in [name, *aliases] for m in spans(text, form)]
    taken: list[tuple[int, int]] = []
    kept = []
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):  # longest form wins
        if all(m["end"] <= a or m["start"] >= b for a, b in taken):
            taken.append((m["start"], m["end"]))
            kept.append(m)
    assert kept, f"{name} is not mentioned"
    out: dict[str, object] = {
        "id": eid,
        "label": label,
        "name": name,
        "aliases": aliases,
        "mentions": kept,
    }
    if key in EVENT_PROPS:
        out["properties"] = EVENT_PROPS[key]
    return out


def record(art: dict) -> dict[str, object]:
    text = art["text"]
    rels = []
    for rtype, head, tail, evidence, conf, title in art["relations"]:
        (ev,) = spans(text, evidence)[:1]
        rels.append(
            {
                "type": rtype,
                "source": E[head][0],
                "target": E[tail][0],
                "confidence": conf,
                "evidence": ev,
                "properties": {"title": title} if title else {},
            }
        )
    article = {
        "id": f"art-{hashlib.sha1(text.encode()).hexdigest()[:16]}",
        "source": art["source"],
        "title": art["title"],
        "date": art["date"],
        "script": art["script"],
        "text": text,
    }
    return {
        "article": article,
        "entities": [entity(k, text) for k in art["entities"]],
        "relations": rels,
        "links": [],
    }


if __name__ == "__main__":
    lines = [json.dumps(record(a), ensure_ascii=False, separators=(",", ":")) for a in ARTICLES]
    (HERE / "sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
