"""Big JSON Lines files dealt to the workers in parts: line ranges of one file.

A part is read like the whole file (kg.ingest.read_input: read the bytes, decode, one
document per line), but only the lines in its range become articles; the lines before it
stay as empty lines so every error names the same line number. A worker keeps the last
file's lines, so the parts of a file cost one read and decode per worker, not per part.
Errors about the whole file (unreadable, undecodable, only whitespace) come from part 0.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import InputError
from kg.models import Article

SPLIT_SUFFIXES = frozenset({".jsonl", ".ndjson"})  # always one document per line


@dataclass(frozen=True, slots=True)
class Part:
    path: str
    index: int
    count: int


def parts_of(path: str, part_bytes: int) -> list[str | Part]:
    """The path itself, or Parts when it is a JSON Lines file of two parts or more."""
    if os.path.splitext(path)[1].lower() not in SPLIT_SUFFIXES:
        return [path]
    try:
        count = os.stat(path).st_size // part_bytes
    except OSError:
        return [path]  # reading it reports the error
    return [Part(path, i, count) for i in range(count)] if count > 1 else [path]


_last: tuple[str, list[str] | list[InputError]] | None = None  # this worker's last file


def _lines(path: str, max_bytes: int) -> list[str] | list[InputError]:
    """The file's lines, or the errors read_input gives for the whole file."""
    global _last
    if _last is not None and _last[0] == path:
        return _last[1]
    from kg.ingest.decode import decode
    from kg.ingest.read import docs_from_bytes, read_bytes

    found: list[str] | list[InputError]
    try:
        data = read_bytes(path, max_bytes)
        text = decode(data, path)
        found = text.splitlines() if text.strip() else [
            d for d in docs_from_bytes(path, data) if isinstance(d, InputError)
        ]  # fmt: skip
    except InputError as exc:
        found = [exc]
    _last = (path, found)
    return found


def part_articles(part: Part, max_bytes: int) -> Iterator[Article | InputError]:
    from kg.ingest import build_article
    from kg.ingest.formats import jsonl_docs

    lines = _lines(part.path, max_bytes)
    if lines and isinstance(lines[0], InputError):
        yield from lines if part.index == 0 else ()
        return
    lo, hi = part.index * len(lines) // part.count, (part.index + 1) * len(lines) // part.count
    text = "\n" * lo + "\n".join(lines[lo:hi])  # type: ignore[arg-type]
    for doc in jsonl_docs(part.path, text, whole_json=False):
        yield doc if isinstance(doc, InputError) else build_article(doc)
