"""Inputs → articles: expand paths, read bytes (with a size limit), pick the format.

A generator, one file at a time, so any number of files streams through in constant
memory. Bad inputs are yielded as InputError, never raised, so the batch goes on.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.errors import InputError
from kg.ingest.article import RawDoc, build_article
from kg.ingest.decode import decode
from kg.ingest.formats import html_doc, jsonl_docs, text_doc
from kg.ingest.html import declared_charset
from kg.models import Article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = HTML_SUFFIXES | JSONL_SUFFIXES | TEXT_SUFFIXES  # what a directory walk reads


def _suffix(name: str) -> str:
    """The lowercased extension (os.path: a Path per file costs more than reading it)."""
    return os.path.splitext(name)[1].lower()


def _walk(directory: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(name) in ARTICLE_SUFFIXES:
                yield os.path.join(root, name)


def expand_inputs(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Files as given, directories walked (article suffixes only), globs expanded, "-"."""
    for given in paths:
        path = Path(given)
        if given == "-" or path.is_file():
            yield given
        elif path.is_dir():
            yield from _walk(path)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield InputError(given, "no file matches this pattern")
            for match in matches:
                yield from _walk(Path(match)) if os.path.isdir(match) else [match]
        else:
            yield InputError(given, "no such file or directory")


def read_bytes(source: str, max_bytes: int) -> bytes:
    """The file's bytes (stdin for "-"); InputError when missing, unreadable, empty, too big."""
    too_big = f"over the size limit of {max_bytes} bytes (raise it with --max-bytes)"
    try:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            size = os.stat(source).st_size
            if size > max_bytes:
                raise InputError(source, f"file is {size} bytes, {too_big}")
            with open(source, "rb") as handle:
                # read(n) allocates n bytes first: ask for the size the file had, then
                # for whatever it grew by since (up to the limit, as one read would)
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(source, f"input is {too_big}")
    if not data:
        raise InputError(source, "empty file")
    return data


def _format(source: str, data: bytes) -> str:
    suffix = _suffix(source)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "json" if suffix == ".json" else "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<") and any(t in head for t in (b"<html", b"<!doctype", b"<body", b"<p")):
        return "html"
    return "text"


def docs_from_bytes(source: str, data: bytes) -> Iterator[RawDoc | InputError]:
    """The raw documents in one input's bytes."""
    fmt = _format(source, data)
    try:
        text = decode(data, source, declared_charset(data) if fmt == "html" else None)
    except InputError as exc:
        yield exc
        return
    if not text.strip():
        yield InputError(source, "empty file (only whitespace)")
    elif fmt in ("json", "jsonl"):
        yield from jsonl_docs(source, text, whole_json=fmt == "json")
    else:
        yield html_doc(source, text) if fmt == "html" else text_doc(source, text)


def read_input(
    source: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """The articles of one file (or "-"), or the errors that stopped them."""
    try:
        data = read_bytes(source, max_bytes)
    except InputError as exc:
        yield exc
        return
    for doc in docs_from_bytes(source, data):
        yield doc if isinstance(doc, InputError) else build_article(doc)


def read_articles(
    paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Every article in the inputs (files, directories, globs, "-"), errors yielded in place."""
    for item in expand_inputs(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_input(item, max_bytes=max_bytes)
