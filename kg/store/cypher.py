"""Every Cypher statement the loader and `kg init/drop/stats` run, derived from the schema.

Labels and relationship types are interpolated only from the validated GraphSchema; every
value is a parameter. The loader runs ONE statement per batch (`load_statement`): a chain
of UNWIND/MERGE parts joined by `WITH count(*) AS _n`, one part per node label, per MENTIONS
target label and per allowed (type, source label, target label). A part whose parameter is
an empty list does nothing, so the text never changes (one cached plan) and the whole batch
is a single statement: atomic in FalkorDB (a failed query is rolled back) and in Neo4j.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.schema import GraphSchema, NodeType, RelType

SEEN_MIN, SEEN_MAX = "first_seen", "last_seen"


@dataclass(frozen=True)
class RelPart:
    """One (type, source label, target label) combination the schema allows."""

    type: str
    source: str
    target: str

    @property
    def param(self) -> str:
        return f"rels_{self.type}__{self.source}__{self.target}"


def node_param(label: str) -> str:
    return f"nodes_{label}"


def mention_param(label: str) -> str:
    return f"mentions_{label}"


ARTICLE_PARAM = "articles"
# Keys of the UNWIND row maps that are not graph properties (declared to the linter).
ROW_KEYS = ("article", "entity", "source", "target")


def _merge_value(var: str, prop: str, kind: str) -> str:
    """How a stored property absorbs a new value: union lists, min/max dates, keep or set."""
    old, new = f"{var}.{prop}", f"r.{prop}"
    if kind == "list[string]":
        return f"coalesce({old}, []) + [v IN {new} WHERE NOT v IN coalesce({old}, [])]"
    if prop == SEEN_MIN:
        return f"CASE WHEN {old} IS NULL OR {new} < {old} THEN {new} ELSE {old} END"
    if prop in (SEEN_MAX, "confidence"):
        return f"CASE WHEN {old} IS NULL OR {new} > {old} THEN {new} ELSE {old} END"
    return f"coalesce({new}, {old})"


def _sets(var: str, props: dict[str, str], skip: set[str]) -> str:
    items = [f"{var}.{p} = {_merge_value(var, p, k)}" for p, k in props.items() if p not in skip]
    return "SET " + ",\n    ".join(items)


def rel_parts(schema: GraphSchema) -> tuple[RelPart, ...]:
    """Every allowed extracted (type, source, target), in a stable order."""
    return tuple(
        RelPart(rel.type, s, t)
        for rel in schema.relationships.values()
        if rel.provenance
        for s in sorted(rel.sources)
        for t in sorted(rel.targets)
    )


def article_part(schema: GraphSchema) -> str:
    art = schema.nodes["Article"]
    sets = ", ".join(f"a.{p} = r.{p}" for p in art.properties if p != art.key)
    return f"UNWIND ${ARTICLE_PARAM} AS r\nMERGE (a:Article {{{art.key}: r.{art.key}}})\nSET {sets}"


def node_part(node: NodeType) -> str:
    return (
        f"UNWIND ${node_param(node.label)} AS r\n"
        f"MERGE (n:{node.label} {{{node.key}: r.{node.key}}})\n"
        + _sets("n", node.properties, {node.key})
    )


def mention_part(schema: GraphSchema, label: str) -> str:
    art, node = schema.nodes["Article"], schema.nodes[label]
    return (
        f"UNWIND ${mention_param(label)} AS r\n"
        f"MATCH (a:Article {{{art.key}: r.article}})\n"
        f"MATCH (e:{label} {{{node.key}: r.entity}})\n"
        "MERGE (a)-[m:MENTIONS]->(e)\nSET m.count = r.count"
    )


def rel_part(schema: GraphSchema, part: RelPart) -> str:
    rel: RelType = schema.relationships[part.type]
    src, tgt = schema.nodes[part.source], schema.nodes[part.target]
    keys = "".join(f" {{{k}: r.{k}}}" for k in rel.keys)  # at most one key (title) today
    return (
        f"UNWIND ${part.param} AS r\n"
        f"MATCH (s:{part.source} {{{src.key}: r.source}})\n"
        f"MATCH (t:{part.target} {{{tgt.key}: r.target}})\n"
        f"MERGE (s)-[x:{part.type}{keys}]->(t)\n" + _sets("x", rel.properties, set(rel.keys))
    )


def load_parts(schema: GraphSchema) -> list[tuple[str, str]]:
    """(parameter name, statement part) in load order: articles, nodes, mentions, relations."""
    parts = [(ARTICLE_PARAM, article_part(schema))]
    parts += [(node_param(lb), node_part(schema.nodes[lb])) for lb in schema.entity_labels]
    parts += [(mention_param(lb), mention_part(schema, lb)) for lb in schema.entity_labels]
    parts += [(p.param, rel_part(schema, p)) for p in rel_parts(schema)]
    return parts


def load_statement(schema: GraphSchema) -> str:
    """The one statement a batch runs; every parameter must be given (an empty list is fine)."""
    parts = [text for _, text in load_parts(schema)]
    chained = "".join(f"{text}\nWITH count(*) AS _{i}\n" for i, text in enumerate(parts[:-1]))
    return chained + parts[-1]


def load_parameter_names(schema: GraphSchema) -> tuple[str, ...]:
    return tuple(name for name, _ in load_parts(schema))
