"""Extraction records for the viz tests, built so their offsets are always right: a hub event
with many attendees (limits), two people called 王波 (ambiguity), a body with a Latin
abbreviation (case-insensitive lookup) and a body with no relationships (empty page)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ATTENDEES = 40
HUB = "2023年认可工作大会"
GIVEN = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北春夏秋冬"


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


class _Record:
    def __init__(self, text: str, title: str, date: str) -> None:
        self.text = text
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        self.article = {
            "id": f"art-{digest}",
            "source": f"viz/{digest}.txt",
            "title": title,
            "date": date,
            "script": "zh-Hans",
            "text": text,
        }
        self.entities: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    def span(self, surface: str, start: int = 0) -> dict[str, Any]:
        at = self.text.index(surface, start)
        return {"text": surface, "start": at, "end": at + len(surface)}

    def entity(
        self,
        ident: str,
        label: str,
        name: str,
        surface: str,
        aliases: list[str] | None = None,
        start: int = 0,
    ) -> str:
        self.entities.append(
            {
                "id": ident,
                "label": label,
                "name": name,
                "aliases": aliases or [],
                "mentions": [self.span(surface, start)],
            }
        )
        return ident

    def relate(self, kind: str, source: str, target: str, evidence: str, **props: str) -> None:
        self.relations.append(
            {
                "type": kind,
                "source": source,
                "target": target,
                "confidence": 0.9,
                "evidence": self.span(evidence),
                "properties": props,
            }
        )

    def dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "entities": self.entities,
            "relations": self.relations,
            "links": [],
        }


def hub_record() -> dict[str, Any]:
    names = [f"钱{GIVEN[i]}" for i in range(ATTENDEES)]
    who = "、".join(names)
    text = (
        f"中国合格评定国家认可委员会在北京召开{HUB}。{who}出席会议。"
        "国家认证认可监督管理委员会王波和湖北省市场监督管理局王波作了发言。孤立协会发来贺信。"
    )
    rec = _Record(text, HUB, "2023-03-01")
    cnas = rec.entity(
        "org:cnas",
        "Organization",
        "中国合格评定国家认可委员会",
        "中国合格评定国家认可委员会",
        ["CNAS"],
    )
    hub = rec.entity(f"event:{_h(HUB)}", "Event", HUB, HUB)
    hosted = f"中国合格评定国家认可委员会在北京召开{HUB}"
    rec.relate("HOSTED", cnas, hub, hosted)
    attend = f"{who}出席会议"
    for name in names:
        person = rec.entity(f"person:{_h(name + '|' + rec.article['id'])}", "Person", name, name)
        rec.relate("ATTENDED", person, hub, attend)
    for body_id, body in (
        ("agency:cnca", "国家认证认可监督管理委员会"),
        ("agency:hubei-amr", "湖北省市场监督管理局"),
    ):
        rec.entity(body_id, "Agency", body, body)
        start = text.index(body)
        person = rec.entity(
            f"person:{_h('王波|' + body_id)}", "Person", "王波", "王波", start=start
        )
        rec.relate("HOLDS_POSITION", person, body_id, f"{body}王波", title="处长")
    rec.entity(f"organization:{_h('孤立协会')}", "Organization", "孤立协会", "孤立协会")
    return rec.dict()


def write_records(path: Path) -> Path:
    path.write_text(json.dumps(hub_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    return path
