"""Every canned query on the hand-written sample records, with exact rows.

Parametrized over every file in queries/: a new query fails here until it has an expectation.
Rows are compared in order (each query has an ORDER BY) on the listed columns; list columns
built by collect() are compared as sets.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.queries import load_queries, run_query

OPEN_DAY = "2024年全国检验检测机构开放日活动启动仪式"
PT_MEETING = "2024年湖北省检验检测机构能力验证工作会议"
CERT_MEETING = "2025年全国认证认可检验检测工作会议"
SAMR, HUBEI_GOV, CNCA = "国家市场监督管理总局", "湖北省人民政府", "国家认证认可监督管理委员会"
UNORDERED = {"hosts", "organizers", "positions", "roles"}

# name → [(parameters besides the header's examples, columns, expected rows)]
EXPECT: dict[str, list[tuple[dict[str, Any], tuple[str, ...], list[tuple[Any, ...]]]]] = {
    "event-hosts": [
        (
            {},
            ("date", "event", "hosts", "organizers"),
            [("2024-09-19", OPEN_DAY, [SAMR, HUBEI_GOV], [])],
        ),
        ({"event": "启动仪式"}, ("event",), [(OPEN_DAY,)]),  # an alias matches too
        (
            {"event": "2024年", "limit": 1},
            ("event", "hosts"),
            [(PT_MEETING, ["湖北省市场监督管理局"])],
        ),
    ],
    "actor-events": [
        ({}, ("date", "event", "role", "body"), [("2024-09-19", OPEN_DAY, "HOSTED", SAMR)]),
        ({}, ("event", "venues"), [(OPEN_DAY, ["华中科技大学"])]),
        (
            {"actor": "湖北", "since": "2024-10-01"},
            ("date", "event", "body"),
            [("2024-11-05", PT_MEETING, "湖北省市场监督管理局")],
        ),
        ({"since": "2025-01-01"}, ("event",), []),
    ],
    "co-hosts": [
        ({}, ("body", "partner", "events", "examples"), [(SAMR, HUBEI_GOV, 1, [OPEN_DAY])]),
        ({"actor": ""}, ("body", "partner"), [(HUBEI_GOV, SAMR)]),  # all pairs, each once
        ({"actor": "国家认监委"}, ("body",), []),
        ({"min_events": 2}, ("body",), []),
    ],
    "actor-event-speakers": [
        (
            {},
            ("event", "speaker", "positions"),
            [
                (OPEN_DAY, "尤政", ["华中科技大学 校长", "中国工程院 院士"]),
                (OPEN_DAY, "蒲淳", [f"{CNCA} 主任", f"{SAMR} 党组成员、副局长"]),
            ],
        ),
        (
            {"actor": "国家认监委"},
            ("date", "event", "speaker"),
            [("2025-01-16", CERT_MEETING, "蒲淳")],
        ),
    ],
    "person-timeline": [
        (
            {},
            ("date", "relation", "title", "target"),
            [
                ("2024-09-19", "ATTENDED", "", OPEN_DAY),
                ("2024-09-19", "HOLDS_POSITION", "党组成员、副局长", SAMR),
                ("2024-09-19", "HOLDS_POSITION", "主任", CNCA),
                ("2024-09-19", "SPOKE_AT", "", OPEN_DAY),
                ("2025-01-16", "ATTENDED", "", CERT_MEETING),
                ("2025-01-16", "SPOKE_AT", "", CERT_MEETING),
            ],
        ),
    ],
    "actor-launches": [
        (
            {},
            ("launcher", "initiative", "first_seen", "last_seen", "articles"),
            [("中国消费者协会", "室内空气治理检测消费警示信息", "2024-09-19", "2025-03-14", 2)],
        ),
        (
            {"actor": "市场监管总局"},
            ("launcher", "label", "initiative"),
            [
                (SAMR, "Agency", "检验检测促进产业优化升级行动"),
                ("国家市场监督管理总局专业人才中心", "Agency", "检验检测云课堂"),
            ],
        ),
        ({"actor": "2025年"}, ("launcher",), []),  # events' launches: event-participants
    ],
    "university-events": [
        ({}, ("university", "event", "hosts"), [("华中科技大学", OPEN_DAY, [SAMR, HUBEI_GOV])]),
        ({"university": ""}, ("event",), [(OPEN_DAY,)]),
    ],
    "most-active-actors": [
        ({}, ("body", "events"), [(SAMR, 1), (HUBEI_GOV, 1), ("湖北省市场监督管理局", 1)]),
        (
            {"since": "1900-01-01", "until": "2999-12-31", "limit": 1},
            ("body", "id", "events"),
            [(SAMR, "agency:samr", 1)],
        ),
        ({"since": "2030-01-01"}, ("body",), []),
    ],
    "most-active-speakers": [
        (
            {},
            ("person", "events", "positions"),
            [
                ("尤政", 1, ["华中科技大学 校长", "中国工程院 院士"]),
                ("蒲淳", 1, [f"{CNCA} 主任", f"{SAMR} 党组成员、副局长"]),
            ],
        ),
        (
            {"since": "1900-01-01", "until": "2999-12-31", "limit": 1},
            ("person", "events"),
            [("蒲淳", 2)],
        ),
    ],
    "body-officials": [
        (
            {},
            ("body", "person", "title", "first_seen", "last_seen", "articles"),
            [(CNCA, "蒲淳", "主任", "2024-09-19", "2025-01-16", 2)],
        ),
    ],
    "body-subunits": [
        (
            {},
            ("unit", "depth", "chain"),
            [
                ("国家市场监督管理总局专业人才中心", 1, ["国家市场监督管理总局专业人才中心", SAMR]),
                (
                    "国家市场监督管理总局认证监督管理司",
                    1,
                    ["国家市场监督管理总局认证监督管理司", SAMR],
                ),
            ],
        ),
        ({"body": HUBEI_GOV}, ("unit", "depth"), [("湖北省市场监督管理局", 1)]),
    ],
    "place-contents": [
        (
            {},
            ("place", "label", "name", "hops"),
            [
                ("湖北省", "Agency", "湖北省市场监督管理局", 2),
                ("湖北省", "Event", OPEN_DAY, 3),
                ("湖北省", "Event", PT_MEETING, 2),
                ("湖北省", "University", "华中科技大学", 2),
            ],
        ),
    ],
    "relationship-evidence": [
        (
            {},
            ("relation", "source", "target", "confidence", "articles", "sources"),
            [
                (
                    "HOSTED",
                    SAMR,
                    OPEN_DAY,
                    0.9,
                    1,
                    [
                        "2024-09-19 2024年全国检验检测机构开放日活动在武汉启动"
                        " (art-479817c3bf1ae654)"
                    ],
                ),
            ],
        ),
        (
            {"source": "蒲淳", "target": "国家认监委", "type": ""},
            ("relation", "articles", "first_seen", "last_seen"),
            [("HOLDS_POSITION", 2, "2024-09-19", "2025-01-16")],
        ),
        ({"type": "ORGANIZED"}, ("relation",), []),
    ],
    "actor-path": [
        (
            {},
            ("source", "target", "hops", "relations"),
            [("蒲淳", "湖北省", 4, ["SPOKE_AT", "HELD_AT", "LOCATED_IN", "LOCATED_IN"])],
        ),
        (
            {"source": "湖北省人民政府", "target": "湖北省市场监管局"},
            ("nodes", "relations"),  # backward
            [(["湖北省市场监督管理局", HUBEI_GOV], ["PART_OF"])],
        ),
        ({"source": "中国计量科学研究院", "target": "尤政"}, ("hops",), []),
    ],
    "new-actors": [
        (
            {},
            ("first_seen", "label", "name"),
            [
                ("2025-01-16", "Agency", "国家市场监督管理总局认证监督管理司"),
                ("2025-03-14", "Organization", "中国计量科学研究院"),
            ],
        ),
    ],
    "actor-articles": [
        ({}, ("date", "actor", "mentions"), [("2025-01-16", CNCA, 2), ("2024-09-19", CNCA, 1)]),
    ],
    "event-participants": [
        (
            {"event": "2025年", "events": 1},
            ("relation", "name", "label"),
            [
                ("ATTENDED", "蒲淳", "Person"),
                ("HELD_AT", "北京市", "Place"),
                ("HOSTED", CNCA, "Agency"),
                ("LAUNCHED", "认证认可检验检测发展报告", "Initiative"),
                ("SPOKE_AT", "蒲淳", "Person"),
            ],
        ),
        (
            {},
            ("relation", "name", "label"),
            [
                ("ATTENDED", "彭勇", "Person"),
                ("ATTENDED", "蒲淳", "Person"),
                ("HELD_AT", "华中科技大学", "University"),
                ("HOSTED", SAMR, "Agency"),
                ("HOSTED", HUBEI_GOV, "Agency"),
                ("SPOKE_AT", "尤政", "Person"),
                ("SPOKE_AT", "蒲淳", "Person"),
            ],
        ),
    ],
}


def _project(row: dict[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(sorted(row[c]) if c in UNORDERED else row[c] for c in columns)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_query_returns_the_expected_rows(name, queries, sample_graph):
    assert name in EXPECT, f"queries/{name}.cypher has no expectation in {__name__}.EXPECT"
    for overrides, columns, expected in EXPECT[name]:
        values = {**queries[name].example_values(), **overrides}
        rows = run_query(sample_graph, queries[name], values)
        got = [_project(row, columns) for row in rows]
        want = [_project(dict(zip(columns, r, strict=True)), columns) for r in expected]
        assert got == want, f"{name} with {overrides}"


def test_every_expectation_names_a_query(queries):
    assert set(EXPECT) <= set(queries)
