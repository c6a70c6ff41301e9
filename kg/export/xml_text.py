"""Escaping for the streaming XML writers (GraphML, GEXF).

Characters XML 1.0 cannot hold at all (C0 controls but tab, newline and carriage return;
U+FFFE, U+FFFF) become U+FFFD. In attribute values tab, newline and carriage return are
written as character references, which a parser's attribute normalization keeps.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kg.export.source import LIST

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


# a kind of value (kg.export.source) as GraphML and GEXF both name it; any other is "string"
XML_TYPES = {"integer": "long", "float": "double", "boolean": "boolean"}


def _escape_text(value: str) -> str:
    value = _NOT_XML.sub("\ufffd", value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;")


def text(value: str) -> str:
    """`value` as element content."""
    return _escape_text(value) if _TEXT_SPECIAL.search(value) else value  # most need none


def attr(value: str) -> str:
    """`value` as a double-quoted attribute value (quotes not included)."""
    if not _ATTR_SPECIAL.search(value):
        return value
    value = _escape_text(value).replace('"', "&quot;")
    return value.replace("\n", "&#10;").replace("\t", "&#9;")


def as_text(value: Any, kind: str) -> str:
    """A property value as the text of its declared kind (lists: a JSON array)."""
    if kind == LIST:
        return json.dumps(value if isinstance(value, list) else [value], ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)
