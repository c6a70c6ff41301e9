"""Canned queries: queries/*.cypher files, each with a `//` header (see queries/README.md).

Files are discovered, never listed in code. The header is validated at load (SchemaError
naming the file and the fix); values for a run are checked against the declared parameters
(QueryError with a "did you mean" for unknown names). Every query runs read-only.

    python -m kg.queries --markdown        # the README block listing the queries
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError, SchemaError
from kg.query_params import Param, ParamSyntaxError, check_value, convert, parse_param
from kg.resources import data_dir
from kg.store.base import Row, Store

HEADER_KEYS = ("name", "description", "param")
_KEY = re.compile(r"//\s*([a-z_]+)\s*:(.*)")
_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_USED = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Query:
    """One canned query: its header, its Cypher (the whole file), and where it came from."""

    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    source: str
    notes: tuple[str, ...] = ()

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def example_values(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}

    def bind(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Declared parameters with defaults filled in; strings converted to declared types."""
        names = [p.name for p in self.params]
        for key in values:
            if key not in names:
                known = ", ".join(names) or "none"
                raise QueryError(
                    f"query {self.name}: unknown parameter {key!r}{_suggest(key, names)}; "
                    f"its parameters: {known}"
                )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in values:
                out[p.name] = self._value(p, values[p.name])
            elif p.required:
                raise QueryError(
                    f"query {self.name}: missing parameter {p.name} ({p.type}); "
                    f"add -p {p.name}={p.show(p.example)}"
                )
            else:
                out[p.name] = p.default
        return out

    def _value(self, p: Param, value: Any) -> Any:
        try:
            return convert(p.type, value) if isinstance(value, str) else check_value(p.type, value)
        except ParamSyntaxError as exc:
            raise QueryError(
                f"query {self.name}: parameter {p.name}: {exc}; "
                f"e.g. -p {p.name}={p.show(p.example)}"
            ) from None


def parse_query(text: str, source: str) -> Query:
    """Parse and validate one .cypher file's text (SchemaError names `source` and the fix)."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    notes: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("//"):
            break
        key = _KEY.fullmatch(line.strip())
        if key is None:
            notes.append(line[2:].strip())
            continue
        where, (name, value) = f"{source}:{number}", (key[1], key[2].strip())
        if name not in HEADER_KEYS:
            raise SchemaError(f"{where}: unknown header key {name!r}{_suggest(name, HEADER_KEYS)}")
        if name == "param":
            params.append(_param(value, where))
        elif name in fields:
            raise SchemaError(f"{where}: second `// {name}:` line; keep one")
        else:
            fields[name] = value
    return _checked(fields, params, notes, text, source)


def _param(spec: str, where: str) -> Param:
    try:
        return parse_param(spec)
    except ParamSyntaxError as exc:
        raise SchemaError(f"{where}: {exc}") from None


def _checked(
    fields: dict[str, str], params: list[Param], notes: list[str], text: str, source: str
) -> Query:
    stem = source.rsplit("/", 1)[-1].removesuffix(".cypher")
    for key, fix in (
        ("name", f"add `// name: {stem}`"),
        ("description", "add `// description: One line.`"),
    ):
        if not fields.get(key):
            raise SchemaError(f"{source}: the header lacks `// {key}:`; {fix} at the top")
    name = fields["name"]
    if name != stem or not _NAME.fullmatch(name):
        raise SchemaError(
            f"{source}: name {name!r} must be the kebab-case file name; write `// name: {stem}`"
        )
    declared = [p.name for p in params]
    if len(set(declared)) != len(declared):
        raise SchemaError(
            f"{source}: a parameter is declared twice; keep one `// param:` line each"
        )
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    used = set(_USED.findall(body))
    missing, unused = sorted(used - set(declared)), sorted(set(declared) - used)
    if missing:
        raise SchemaError(
            f"{source}: ${missing[0]} is used but not declared; add `// param: {missing[0]}: ...`"
        )
    if unused:
        raise SchemaError(
            f"{source}: parameter {unused[0]} is declared but never used; drop its line"
        )
    return Query(name, fields["description"], tuple(params), text, source, tuple(notes))


def load_queries() -> dict[str, Query]:
    """Every queries/*.cypher, validated, by name (sorted)."""
    folder = data_dir("queries")
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".cypher")), key=lambda f: f.name
    )
    queries = [parse_query(f.read_text(encoding="utf-8"), f"queries/{f.name}") for f in files]
    return {q.name: q for q in queries}


def get_query(name: str, queries: Mapping[str, Query] | None = None) -> Query:
    """The query called `name`, or QueryError with the closest names."""
    queries = load_queries() if queries is None else queries
    if name not in queries:
        raise QueryError(
            f"no query named {name!r}{_suggest(name, list(queries))}; see `kg query --list`"
        )
    return queries[name]


def run_query(store: Store, query: Query, values: Mapping[str, Any]) -> list[Row]:
    """Run `query` read-only with `values` (strings are converted to the declared types)."""
    return store.run(query.cypher, query.bind(values), write=False)


def _suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.5)
    return f" (did you mean {' or '.join(close)}?)" if close else ""


if __name__ == "__main__":
    from kg.query_docs import main

    main()
