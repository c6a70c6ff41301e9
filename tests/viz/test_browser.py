"""Open a kg viz page in Debian's headless Chromium: it draws the whole graph, makes no
network request, renders a non-blank picture, and its search, tooltips and click details
work. Skipped when /usr/bin/chromium is absent (scripts/test-deps.sh installs it)."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.store import open_store
from kg.viz import VizGraph, around_graph, render, write_page
from tests.viz.cdp import Browser, chromium_path
from tests.viz.png import summary

pytestmark = pytest.mark.browser
SAMR = "agency:samr"


@pytest.fixture(scope="module")
def built(graph_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, VizGraph]:
    store = open_store(str(graph_dir))
    try:
        graph = around_graph(store, "市场监管总局", hops=2)
    finally:
        store.close()
    return write_page(render(graph), tmp_path_factory.mktemp("page") / "samr.html"), graph


@pytest.fixture(scope="module")
def page(
    built: tuple[Path, VizGraph], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Browser]:
    exe = chromium_path()
    if exe is None:
        pytest.skip(
            "Debian's chromium is not installed (apt-get install chromium, or make test-deps)"
        )
    browser = Browser(exe, tmp_path_factory.mktemp("profile"))
    try:
        browser.call("Page.navigate", {"url": built[0].as_uri()}, session=True)
        browser.wait_for("window.kgReady", timeout=60)
        yield browser
    finally:
        browser.close()


def _dom_point(page: Browser, canvas_xy: str) -> tuple[float, float]:
    """A canvas point (a JS expression) → page coordinates for mouse events."""
    x, y = page.evaluate(
        f"(function () {{ var p = {canvas_xy}; var d = kgNetwork.canvasToDOM(p);"
        " var r = document.getElementById('kg-graph').getBoundingClientRect();"
        " return [d.x + r.left, d.y + r.top]; })()"
    )
    return float(x), float(y)


def _details(page: Browser) -> str:
    return str(page.evaluate("document.getElementById('kg-details').innerText"))


def test_draws_every_node_and_relationship(page: Browser, built: tuple[Path, VizGraph]) -> None:
    ready = page.evaluate("window.kgReady")
    assert ready == {"nodes": len(built[1].nodes), "edges": len(built[1].edges)}
    assert ready["nodes"] > 5 and ready["edges"] > 5
    assert page.errors() == []


def test_makes_no_network_request(page: Browser, built: tuple[Path, VizGraph]) -> None:
    time.sleep(0.5)  # let any late request show up
    page.evaluate("1")  # drain pending events into page.events
    assert page.requests() == [built[0].as_uri()]
    resources = page.evaluate(
        "performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    assert resources == []


def test_screenshot_is_a_drawing(page: Browser, tmp_path: Path) -> None:
    png = page.screenshot()
    (tmp_path / "samr.png").write_bytes(png)
    if os.environ.get("KG_VIZ_SCREENSHOT"):  # to look at it: KG_VIZ_SCREENSHOT=/tmp/samr.png
        shutil.copy(tmp_path / "samr.png", os.environ["KG_VIZ_SCREENSHOT"])
    colours, ink = summary(png)
    assert colours > 50 and ink > 0.02, (colours, ink)


def test_hovering_a_node_shows_aliases_and_wikidata(page: Browser) -> None:
    x, y = _dom_point(page, f"kgNetwork.getPositions([{json.dumps(SAMR)}])[{json.dumps(SAMR)}]")
    page.hover(x + 1, y)
    tip = page.wait_for(
        "(function () { var t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility !== 'hidden' && t.innerText; })()",
        timeout=10,
    )
    assert "市场监管总局" in tip and "Wikidata" in tip


def test_clicking_a_node_shows_its_details(page: Browser) -> None:
    x, y = _dom_point(page, f"kgNetwork.getPositions([{json.dumps(SAMR)}])[{json.dumps(SAMR)}]")
    page.click(x, y)
    text = _details(page)
    assert "国家市场监督管理总局" in text and "市场监管总局" in text and SAMR in text


def _clickable_edge(page: Browser, kind: str) -> tuple[dict[str, Any], float, float]:
    edges = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).edges")
    for edge in [e for e in edges if e["type"] == kind]:
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            x, y = _dom_point(
                page, f"kgNetwork.body.edges[{json.dumps(edge['id'])}].edgeType.getPoint({t})"
            )
            hit = page.evaluate(
                "(function () { var r = document.getElementById('kg-graph')"
                ".getBoundingClientRect();"
                f" var p = {{x: {x} - r.left, y: {y} - r.top}};"
                " return [kgNetwork.getNodeAt(p) || null, kgNetwork.getEdgeAt(p) || null]; })()"
            )
            if hit == [None, edge["id"]]:
                return edge, x, y
    raise AssertionError(f"no {kind} relationship could be clicked on its own")


def test_clicking_a_relationship_shows_evidence_and_articles(page: Browser) -> None:
    edge, x, y = _clickable_edge(page, "HOSTED")
    page.click(x, y)
    text = _details(page)
    assert "HOSTED" in text and edge["evidence"][0] in text
    assert "2024年全国检验检测机构开放日活动在武汉启动" in text and "2024-09-19" in text


def test_search_box_highlights_a_node_by_alias(page: Browser) -> None:
    page.evaluate(
        "(function () { document.getElementById('kg-search-input').value = '国家认监委';"
        " document.getElementById('kg-search').requestSubmit(); })()"
    )
    found = page.wait_for("window.kgSearch", timeout=5)
    assert found["found"] == "agency:cnca"
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["agency:cnca"]
    assert page.evaluate("kgNetwork.body.nodes['agency:cnca'].options.borderWidth") == 6
    assert "国家认证认可监督管理委员会" in _details(page)


def test_wheel_zooms_and_dragging_moves_a_node(page: Browser) -> None:
    scale = page.evaluate("kgNetwork.getScale()")
    x, y = _dom_point(page, "{x: 0, y: 0}")
    page.call(
        "Input.dispatchMouseEvent",
        {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": -300},
        session=True,
    )
    page.wait_for(f"kgNetwork.getScale() > {scale} * 1.05", timeout=5)
    page.evaluate("kgNetwork.fit({animation: false})")  # earlier tests may have panned away
    spot = f"kgNetwork.getPositions([{json.dumps(SAMR)}])[{json.dumps(SAMR)}]"
    before = page.evaluate(spot)
    x, y = _dom_point(page, spot)
    steps = [("mousePressed", 0)] + [("mouseMoved", d) for d in range(5, 65, 5)]
    for kind, dx in [*steps, ("mouseReleased", 60)]:
        page.call(
            "Input.dispatchMouseEvent",
            {
                "type": kind,
                "x": x + dx,
                "y": y + dx,
                "button": "left",
                "buttons": 1,
                "clickCount": 1,
            },
            session=True,
        )
        time.sleep(0.02)  # hammer.js reads a drag from timed moves
    after = page.evaluate(spot)
    assert after["x"] > before["x"] + 10 and after["y"] > before["y"] + 10
