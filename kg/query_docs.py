"""The README block that lists the canned queries, generated from their headers.

    python -m kg.queries --markdown            # print the block
    python -m kg.queries --sync README.md      # rewrite the block in place

tests/queries/test_docs.py fails when README.md's block differs from what this renders.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from kg.queries import Query, load_queries

START, END = "<!-- queries:start -->", "<!-- queries:end -->"


def example_command(query: Query) -> str:
    """`kg query NAME -p k=v ...` with every parameter set to its example value."""
    parts = [f"kg query {query.name}"]
    for p in query.params:
        value = p.show(p.example)
        parts.append(f"-p {p.name}={_quoted(value)}")
    return " ".join(parts)


def _quoted(value: str) -> str:
    return f"'{value}'" if not value or any(c in value for c in " \"'$&|;<>()") else value


def _param_cell(query: Query) -> str:
    out = []
    for p in query.params:
        default = "required" if p.required else f"= {p.show(p.default) or '""'}"
        out.append(f"`{p.name}` {p.type} {default}")
    return "<br>".join(out) or "none"


def render_markdown(queries: Iterable[Query]) -> str:
    """The block between the markers, markers included."""
    queries = list(queries)
    lines = [
        START,
        "## Canned queries",
        "",
        "Generated from `queries/*.cypher` by `python -m kg.queries --sync README.md`; do not "
        "edit by hand. List them with `kg query --list`; the header format is in "
        "[queries/README.md](queries/README.md). Output is a table on a terminal, JSON when "
        "piped (`--format table|json|csv`). Ad hoc Cypher runs read-only with "
        '`kg cypher "MATCH (a:Agency) RETURN a.name LIMIT 5"` (add `--write` to change data).',
        "",
        "| Query | What it answers | Parameters |",
        "|---|---|---|",
    ]
    lines += [f"| `{q.name}` | {q.description} | {_param_cell(q)} |" for q in queries]
    lines += ["", "Examples (each with its header's example values):", "", "```sh"]
    lines += [example_command(q) for q in queries]
    lines += ["```", END]
    return "\n".join(lines) + "\n"


def replace_block(text: str, block: str) -> str:
    """`text` with its marked block replaced by `block` (appended when there is none)."""
    if START in text and END in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + block + tail
    return text.rstrip("\n") + "\n\n" + block


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.queries", description=__doc__)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--markdown", action="store_true", help="print the README block")
    group.add_argument("--sync", metavar="README", help="rewrite the block in this file")
    args = parser.parse_args(argv)
    block = render_markdown(load_queries().values())
    if args.markdown:
        sys.stdout.write(block)
        return
    path = Path(args.sync)
    path.write_text(replace_block(path.read_text(encoding="utf-8"), block), encoding="utf-8")
