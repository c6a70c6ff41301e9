"""Align extracted lines with the page source they came from, as offset runs.

HTML extraction yields text without tags and with entities decoded, so each line is found
in the source: whole when it is there verbatim, else piece by piece (longest found prefix
by binary search). A char that is nowhere (an entity's expansion) maps to the position
reached so far, which keeps the runs monotone.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ingest.runs import Runs

WINDOW = 4000  # how far ahead a piece may be found: further means it is something else


def _longest_prefix(line: str, i: int, src: str, cursor: int) -> tuple[int, int]:
    """(length, position) of the longest prefix of line[i:] found near the cursor."""
    lo, hi, pos = 0, len(line) - i, -1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        found = src.find(line[i : i + mid], cursor, cursor + WINDOW + mid)
        if found >= 0:
            lo, pos = mid, found  # pos always belongs to the current lo
        else:
            hi = mid - 1
    return lo, pos


def _align_line(line: str, src: str, cursor: int, runs: Runs) -> int:
    whole = src.find(line, cursor, cursor + WINDOW + len(line))
    if whole >= 0:
        runs.append((whole, len(line)))
        return whole + len(line)
    last = len(src) - 1
    i = 0
    while i < len(line):
        length, pos = _longest_prefix(line, i, src, cursor)
        if length == 0:
            runs.append((min(cursor, last), 1))
            i += 1
            continue
        runs.append((pos, length))
        cursor = pos + length
        i += length
    return cursor


def align(lines: Sequence[str], src: str) -> tuple[str, Runs]:
    """The lines joined by newlines, and runs mapping them into `src`."""
    runs: Runs = []
    cursor = 0
    last = max(len(src) - 1, 0)
    for n, line in enumerate(lines):
        if n:
            runs.append((min(cursor, last), 1))
        cursor = _align_line(line, src, cursor, runs)
    return "\n".join(lines), runs
