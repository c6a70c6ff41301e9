"""Query parameters for FalkorDB, as the `CYPHER name=<literal> ...` text in front of a query.

FalkorDB takes parameters only as Cypher literal text, and falkordb-py writes it with a
recursive Python function. Here a value goes through `json.dumps` (C speed) and is then made
into Cypher, which is sound because FalkorDB's lexer (checked against the real server in
tests/store/test_falkor_params.py):
- decodes exactly JSON's short escapes \\" \\\\ \\n \\r \\t \\b \\f and takes other characters
  raw (U+0001–U+001F too), but not \\uXXXX, which JSON writes for other control characters;
- parses numbers as JSON writes them (floats with strtod, so a `repr` comes back bit for
  bit) but saturates integers beyond 64 bits;
- wants map keys bare (ASCII only) or `backquoted` (no escapes), never "quoted".
So the fast path rewrites each `"key":` as `` `key`: `` and gives up on a \\u escape, a
19-digit number or a key it cannot prove plain; `_literal` (exact, twice as slow) then
encodes the value, or says why FalkorDB cannot take it (ParamError: U+0000, NaN, integers
beyond 64 bits, lone surrogates, other types).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["ParamError", "encode_value", "params_header"]

INT64 = (-(2**63), 2**63 - 1)

# JSON escapes control characters inside strings, so a raw KEY_SEP in its text is always the
# separator after the closing quote of a map key.
KEY_SEP = "\x1e"
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", KEY_SEP))
_PLAIN_KEY = re.compile('[^"\\\\`\x00-\x1f]*')  # JSON writes these keys verbatim
# The opening quote of a plain key: after "{" or ",", and followed by the key and KEY_SEP
# (a closing quote before "{" or "," is followed by another opening quote, not a key's end).
_PLAIN_KEY_END = '(?=[^"\\\\`\x00-\x1f]*"\x1e)'
_KEY_OPEN = (re.compile('\\{"' + _PLAIN_KEY_END), re.compile(',"' + _PLAIN_KEY_END))
_DIGITS = bytes.maketrans(b"0123456789", b"9" * 10)
_LONG_NUMBER = b"9" * 19  # 19 digits in a row: maybe an integer beyond 64 bits


class ParamError(ValueError):
    """A parameter FalkorDB cannot receive exactly."""


def params_header(params: Mapping[str, Any]) -> str:
    """`CYPHER `a`=1 `b`="x" ` for `params` (empty text for none)."""
    if not params:
        return ""
    parts = ["CYPHER"]
    for name, value in params.items():
        if not isinstance(name, str) or not name or "`" in name or "\x00" in name:
            raise ParamError(f"parameter {name!r}: not a usable parameter name")
        try:
            parts.append(f"`{name}`={encode_value(value)}")
        except ParamError as exc:
            raise ParamError(f"parameter {name!r}: {exc}") from None
    parts.append("")
    return " ".join(parts)


def encode_value(value: Any) -> str:
    """`value` as a FalkorDB Cypher literal that the server parses back to the same value."""
    text = _fast(value)
    return _checked(value) if text is None else text


def _fast(value: Any) -> str | None:
    try:
        text = _ENCODER.encode(value)
        if "\\u" in text or _LONG_NUMBER in text.encode().translate(_DIGITS):
            return None
    except (TypeError, ValueError):  # a type JSON lacks, NaN, a lone surrogate
        return None
    if KEY_SEP not in text:
        return text
    return _known_keys(value, text) or _any_keys(text)


def _known_keys(value: Any, text: str) -> str | None:
    """Rewrite keys of a dict or a list of dicts (rows), one str.replace per distinct key.
    A match `"k"<KEY_SEP>` ends at a key's closing quote; its first quote is the key's opening
    one unless it is an escaped quote in a longer key, which leaves a backslash before a
    backquote, so such text is refused."""
    rows = [value] if type(value) is dict else value if type(value) is list else []
    keys = set().union(*(row for row in rows if type(row) is dict))
    if not all(type(key) is str and _PLAIN_KEY.fullmatch(key) for key in keys):
        return None
    for key in keys:
        text = text.replace(f'"{key}"{KEY_SEP}', f"`{key}`:")
    return None if KEY_SEP in text or "\\`" in text else text


def _any_keys(text: str) -> str | None:
    """Rewrite keys anywhere by their opening quotes; None if some key is not plain."""
    braced = _KEY_OPEN[0].split(text)
    listed = _KEY_OPEN[1].split("{`".join(braced))
    if len(braced) + len(listed) - 2 != text.count(KEY_SEP):
        return None
    return "`:".join(",`".join(listed).split(f'"{KEY_SEP}'))


def _checked(value: Any) -> str:
    text = _literal(value)
    try:
        text.encode()
    except UnicodeEncodeError:
        raise ParamError("a string holds a lone surrogate, which is not Unicode text") from None
    return text


def _literal(value: Any) -> str:
    if isinstance(value, str):
        if "\x00" in value:
            raise ParamError("FalkorDB strings cannot hold the character U+0000")
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if not INT64[0] <= value <= INT64[1]:
            raise ParamError(f"integer {value} is outside FalkorDB's 64-bit range")
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParamError(f"{value} is not a number FalkorDB accepts")
        return float.__repr__(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(map(_literal, value)) + "]"
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{_key(k)}:{_literal(v)}" for k, v in value.items()) + "}"
    raise ParamError(f"a {type(value).__name__} cannot be sent as a parameter")


def _key(key: Any) -> str:
    """A map key, backquoted (FalkorDB takes bare keys in ASCII only). Other scalar keys
    become text as JSON makes them (1 → "1", None → "null"), so both paths agree."""
    if not isinstance(key, str):
        if not (key is None or isinstance(key, int | float)) or key != key:
            raise ParamError(f"map key {key!r} is not text")
        key = json.dumps(key)
    if "`" in key or "\x00" in key:
        raise ParamError(f"map key {key!r} holds a character FalkorDB cannot quote")
    return f"`{key}`"
