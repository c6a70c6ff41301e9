"""Text keys and stable ids shared by extraction, resolution and scoring.

A key is how two spellings of one name are compared: NFKC, pinyin annotations removed,
simplified script, no whitespace or quotation marks, lower case (docs: scoring section).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# "監(jiān)" web damage: a parenthesised pinyin syllable glued to a Chinese character
PINYIN_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,8}[)）]")
QUOTES = re.compile(r"[\s“”\"「」『』《》‘’']+")


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)  # type: ignore[attr-defined]


@lru_cache(maxsize=65536)
def id_key(text: str) -> str:
    """The id convention's normal form: NFKC, simplified, no whitespace or quotes."""
    text = unicodedata.normalize("NFKC", text)
    text = PINYIN_NOTE.sub("", text)
    return QUOTES.sub("", to_simplified(text))


def name_key(text: str) -> str:
    """The scoring key of a name: the id form, lower-cased."""
    return id_key(text).lower()


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def structural_id(label: str, name: str) -> str:
    """Id of an actor the gazetteer does not know: label and the hash of its name key."""
    return f"{label.lower()}:{short_hash(id_key(name))}"


def person_id(name: str, anchor: str) -> str:
    """A person is keyed by name and affiliation (or article id when unaffiliated)."""
    return f"person:{short_hash(f'{id_key(name)}|{anchor}')}"
