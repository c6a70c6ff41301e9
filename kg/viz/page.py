"""One self-contained HTML page: vis-network's JavaScript (shipped inside the pyvis package
on PyPI) inlined next to our own script, styles and the graph as JSON. No CDN, no request
at view time."""

from __future__ import annotations

import html
import importlib.util
import json
import re
from dataclasses import asdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.viz.model import VizGraph

VIS_JS = ("lib", "vis-9.1.2", "vis-network.min.js")  # inside the pyvis package

# colour and vis-network shape per label (the legend draws the same shape)
STYLES: dict[str, dict[str, str]] = {
    "Agency": {"color": "#4e79a7", "shape": "box"},
    "University": {"color": "#59a14f", "shape": "ellipse"},
    "Organization": {"color": "#f28e2b", "shape": "hexagon"},
    "Person": {"color": "#e15759", "shape": "dot"},
    "Event": {"color": "#b07aa1", "shape": "diamond"},
    "Initiative": {"color": "#edc948", "shape": "star"},
    "Place": {"color": "#76b7b2", "shape": "triangle"},
    "Article": {"color": "#9c755f", "shape": "square"},
}
_MARKER = re.compile(r"\{\{(?:TITLE|CSS|VIS_JS|DATA|APP_JS)\}\}")
_CLOSER = re.compile(r"</script|<!--", re.IGNORECASE)
OTHER = {"color": "#bab0ac", "shape": "dot"}


@cache
def vis_network_js() -> str:
    """vis-network's standalone build, read from the installed pyvis package (not imported:
    pyvis itself pulls in IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("kg viz needs the pyvis package (it ships vis-network): pip install pyvis")
    path = Path(next(iter(spec.submodule_search_locations)), *VIS_JS)
    if not path.is_file():
        raise KgError(
            f"kg viz: {path} is missing; reinstall pyvis (pip install 'pyvis>=0.3.2,<0.4')"
        )
    return path.read_text(encoding="utf-8")


def _asset(name: str) -> str:
    return (files("kg.viz") / name).read_text(encoding="utf-8")


def _script_safe(code: str) -> str:
    """JavaScript that cannot end the <script> element it sits in (checked, never altered:
    rewriting code could break its regular expressions)."""
    if _CLOSER.search(code):
        raise KgError("kg viz: a script to inline contains </script or <!--; cannot inline it")
    return code


def page_data(graph: VizGraph) -> dict[str, Any]:
    labels = sorted({n.label for n in graph.nodes})
    return {
        "title": graph.title,
        "focus": graph.focus,
        "note": graph.note,
        "counts": graph.counts,
        "nodes": [asdict(n) for n in graph.nodes],
        "edges": [{"id": f"e{i}", **asdict(e)} for i, e in enumerate(graph.edges)],
        "articles": {a.id: asdict(a) for a in graph.articles},
        "styles": {label: STYLES.get(label, OTHER) for label in labels},
    }


def render(graph: VizGraph) -> str:
    """The page as a string."""
    data = json.dumps(page_data(graph), ensure_ascii=False, separators=(",", ":"))
    parts = {
        "{{TITLE}}": html.escape(graph.title),
        "{{CSS}}": _asset("page.css"),
        "{{VIS_JS}}": _script_safe(vis_network_js()),
        "{{DATA}}": data.replace("<", "\\u003c"),  # JSON: no "</script" can appear
        "{{APP_JS}}": _script_safe(_asset("app.js")),
    }
    # one pass: inserted text (the library, names) is never scanned for markers again
    return _MARKER.sub(lambda m: parts[m.group(0)], _asset("page.html"))
