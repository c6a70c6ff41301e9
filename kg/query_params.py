"""Typed parameters of canned queries: the header syntax, the types, and value conversion.

A header line `// param: NAME: TYPE [= DEFAULT] example EXAMPLE [-- MEANING]` declares one
parameter; DEFAULT and EXAMPLE are JSON values ("text", 10, 0.5, true, ["a", "b"]). A
parameter without a default is required. Values from the command line arrive as strings and
are converted to the declared type here; dates stay 'YYYY-MM-DD' strings, as they are stored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

TYPES = ("string", "integer", "float", "boolean", "date", "list[string]")
TRUE, FALSE = ("true", "yes", "1"), ("false", "no", "0")
_HEAD = re.compile(
    r"(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<type>list\[string\]|[a-z]+)\s*(?P<rest>.*)"
)
_NO_DEFAULT = object()


class ParamSyntaxError(ValueError):
    """A `// param:` line or a value does not fit; the message says how to fix it."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: Any
    default: Any = _NO_DEFAULT
    meaning: str = ""

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT

    def show(self, value: Any) -> str:
        """A value as a user would type it after `-p name=`."""
        if isinstance(value, list):
            return ",".join(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)


def check_value(kind: str, value: Any) -> Any:
    """`value` if it has type `kind` (ints are floats too), else ParamSyntaxError."""
    ok = {
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "date": isinstance(value, str) and _is_date(value),
        "list[string]": isinstance(value, list) and all(isinstance(v, str) for v in value),
    }[kind]
    if not ok:
        raise ParamSyntaxError(f"{json.dumps(value, ensure_ascii=False)} is not {_a(kind)}")
    return float(value) if kind == "float" else value


def convert(kind: str, text: str) -> Any:
    """A command-line string → a value of type `kind`, or ParamSyntaxError saying why not."""
    raw = text.strip()
    if kind == "string":
        return text
    if kind == "list[string]":
        if raw.startswith("["):
            return check_value(kind, _json(raw))
        return [part.strip() for part in raw.split(",") if part.strip()]
    if kind == "boolean" and raw.lower() in TRUE + FALSE:
        return raw.lower() in TRUE
    if kind == "date" and _is_date(raw):
        return raw
    try:
        if kind == "integer":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        pass
    raise ParamSyntaxError(f"{text!r} is not {_a(kind)}{_hint(kind)}")


def parse_param(spec: str) -> Param:
    """The text after `// param:` → Param (ParamSyntaxError says what to write instead)."""
    head = _HEAD.fullmatch(spec.strip())
    if not head:
        raise ParamSyntaxError(
            "write `// param: NAME: TYPE [= DEFAULT] example VALUE [-- meaning]`"
        )
    name, kind, rest = head["name"], head["type"], head["rest"]
    if kind not in TYPES:
        raise ParamSyntaxError(
            f"parameter {name}: unknown type {kind!r}; use one of {', '.join(TYPES)}"
        )
    default: Any = _NO_DEFAULT
    if rest.startswith("="):
        default, rest = _take_json(rest[1:], name, "default")
    if not rest.startswith("example"):
        raise ParamSyntaxError(
            f"parameter {name}: add `example VALUE` (a JSON value) after the type"
        )
    example, rest = _take_json(rest[len("example") :], name, "example")
    if rest and not rest.startswith("--"):
        raise ParamSyntaxError(f"parameter {name}: unexpected {rest!r}; put a meaning after `--`")
    meaning = rest[2:].strip()
    for what, value in (("example", example), ("default", default)):
        if value is not _NO_DEFAULT:
            try:
                check_value(kind, value)
            except ParamSyntaxError as exc:
                raise ParamSyntaxError(f"parameter {name}: {what} {exc}") from None
    return Param(name, kind, example, default, meaning)


def _take_json(text: str, name: str, what: str) -> tuple[Any, str]:
    text = text.lstrip()
    try:
        value, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError:
        raise ParamSyntaxError(
            f'parameter {name}: the {what} must be a JSON value ("text", 10, true, ["a"])'
        ) from None
    return value, text[end:].strip()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParamSyntaxError(f"{text!r} is not valid JSON ({exc.msg})") from None


def _is_date(text: str) -> bool:
    try:
        return len(text) == 10 and date.fromisoformat(text) is not None
    except ValueError:
        return False


def _a(kind: str) -> str:
    return {"integer": "an integer", "list[string]": "a list of strings"}.get(kind, f"a {kind}")


def _hint(kind: str) -> str:
    return {
        "date": " (write YYYY-MM-DD)",
        "boolean": " (write true or false)",
    }.get(kind, "")
