"""Query rows → text: an aligned table for people, JSON or CSV for programs.

Table cells are cut to CELL_WIDTH display columns (Chinese characters count double) so a
row fits a terminal; JSON and CSV carry every value in full.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from kg.store.base import Row

FORMATS = ("table", "json", "csv")
CELL_WIDTH = 48


def render(rows: Sequence[Row], fmt: str) -> str:
    """`rows` as table, json or csv text (ending in a newline; "" for no rows but json)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n"
    if not rows:
        return ""
    columns = list(rows[0])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_flat(row.get(c)) for c in columns] for row in rows)
        return out.getvalue()
    return _table(columns, [[_cut(_cell(row.get(c))) for c in columns] for row in rows])


def _flat(value: Any) -> str:
    """One CSV cell: lists and maps as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, list | dict) for v in value):
        return "; ".join("" if v is None else str(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return " ".join(str(value).split())  # no newlines inside a table row


def width(text: str) -> int:
    """Display columns: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str) -> str:
    if width(text) <= CELL_WIDTH:
        return text
    out, used = [], 0
    for char in text:
        used += width(char)
        if used > CELL_WIDTH - 1:
            break
        out.append(char)
    return "".join(out) + "…"


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def _table(columns: list[str], cells: list[list[str]]) -> str:
    sizes = [max(width(c), *(width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, s) for c, s in zip(columns, sizes, strict=True)).rstrip()]
    lines.append("  ".join("-" * s for s in sizes))
    lines += [
        "  ".join(_pad(v, s) for v, s in zip(row, sizes, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines) + "\n"
