"""A skeleton cleaner: the part of cleaning that no cleaner on this stack can skip.

It reads and decodes each file as the baseline does, then for each document: parses an
HTML page with lxml and takes all of its text (no main-text selection); parses each JSON
Lines record; finds every place a pinyin annotation may start (an opening paren, then a
pinyin letter) in one regex pass, repairing none (half-width and doubled punctuation,
which need passes of their own, are left out); converts traditional text with OpenCC t2s;
splits the text into lines and joins them; and hashes it (the id). No repairs, no offset
maps, no furniture, repeats, trailers or dates.

bench/clean.py --floor times it beside the real cleaner: its ratio to read+decode is a
lower bound for the real cleaner's on this stack (lxml, OpenCC, re on CPython).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator

from lxml.etree import HTMLParser, fromstring, tostring

from kg.ingest.decode import decode
from kg.ingest.html import declared_charset
from kg.ingest.read import HTML_SUFFIXES, JSONL_SUFFIXES, read_bytes
from kg.ingest.script import script_of, to_simplified

# the cheapest pass a repair needs: where a pinyin annotation may start ("監(jiān)")
_ANNOTATION = re.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù]")
_TEXT_FIELDS = ("text", "content", "body", "article", "html")


def _kind(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    return "html" if suffix in HTML_SUFFIXES else "jsonl" if suffix in JSONL_SUFFIXES else "text"


def _documents(kind: str, text: str, parser: HTMLParser) -> Iterator[str]:
    if kind == "html":
        page = fromstring(text, parser)
        yield "" if page is None else str(tostring(page, method="text", encoding=str))
    elif kind == "jsonl":
        for line in text.splitlines():
            if line.strip():
                record = json.loads(line)
                yield next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), "")
    else:
        yield text


def skeleton_clean(files: list[str], max_bytes: int) -> int:
    """Documents seen; every file read, decoded, parsed, scanned, converted, split, hashed."""
    documents = 0
    parser = HTMLParser()  # made once, as kg.ingest.html does
    for name in files:
        kind = _kind(name)
        data = read_bytes(name, max_bytes)
        text = decode(data, name, declared_charset(data) if kind == "html" else None)
        for doc in _documents(kind, text, parser):
            _ANNOTATION.findall(doc)  # every place: a repair must find them all
            if script_of(doc[:600]) == "zh-Hant":
                doc = to_simplified(doc)[0]
            doc = "\n".join(doc.split("\n"))
            hashlib.sha1(doc.encode("utf-8", "replace")).hexdigest()
            documents += 1
    return documents
