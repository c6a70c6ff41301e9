"""Stable IRIs for our ids, language tags for names, and checked literal values.

Data IRIs sit under a configurable base (`kg rdf --base`): `<base>id/<entity or article
id>`, `<base>post/<person id>/<body id>/<title hash>` and `<base>graph/<article id>`. Ids
are percent-encoded (UTF-8) as path segments, so no text can break out of its IRI.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from urllib.parse import quote, urlsplit

from kg.errors import UsageError

DEFAULT_BASE = "https://kg.example.org/"
WIKIDATA = "http://www.wikidata.org/entity/"
_QID = re.compile(r"Q[1-9][0-9]*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BAD_IRI_CHARS = re.compile(r"[\s<>\"{}|\\^`]")


def check_base(base: str) -> str:
    """The base as given, with a trailing / added; UsageError unless an absolute http(s) IRI."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or _BAD_IRI_CHARS.search(base):
        raise UsageError(f"--base {base}: expected an absolute http(s) IRI such as {DEFAULT_BASE}")
    return base if base.endswith(("/", "#")) else base + "/"


@lru_cache(maxsize=1 << 18)  # ids recur once per relationship: quote each once
def segment(text: str) -> str:
    """`text` as one IRI path segment: every character but A-Z a-z 0-9 - . _ ~ : percent-encoded."""
    return quote(text, safe=":")


class Iris:
    """Builds the data IRIs under one base."""

    def __init__(self, base: str) -> None:
        self.base = check_base(base)

    def node(self, node_id: str) -> str:
        return f"{self.base}id/{segment(node_id)}"

    def post(self, person_id: str, body_id: str, title: str) -> str:
        digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]
        return f"{self.base}post/{segment(person_id)}/{segment(body_id)}/{digest}"

    def graph(self, article_id: str) -> str:
        return f"{self.base}graph/{segment(article_id)}"


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def language(text: str) -> str:
    """zh-Hant if OpenCC t2s changes it, zh-Hans for other Chinese text, else en."""
    if not _CJK.search(text):
        return "en"
    return "zh-Hant" if _t2s().convert(text) != text else "zh-Hans"  # type: ignore[attr-defined]


def wikidata_iri(value: str) -> str | None:
    """The Wikidata entity IRI of a Q-id (None if `value` is not one)."""
    return WIKIDATA + value if _QID.fullmatch(value) else None


def valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
