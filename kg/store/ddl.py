"""Constraints, indexes and count statements derived from the schema, per engine.

Neo4j: a uniqueness constraint on each label's key (it brings its own index) and a range
index on each listed property, all named `kg_<label>_<property>` so `drop` can name them.
FalkorDB: a range index on the key and on each listed property (Cypher), then a unique
constraint on the key through the GRAPH.CONSTRAINT command (it needs that index).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.schema import GraphSchema


@dataclass(frozen=True)
class IndexSpec:
    label: str
    prop: str
    unique: bool

    @property
    def name(self) -> str:
        return f"kg_{self.label.lower()}_{self.prop}"


def index_specs(schema: GraphSchema) -> tuple[IndexSpec, ...]:
    """The key of every label (unique), then its other indexed properties."""
    out: list[IndexSpec] = []
    for node in schema.nodes.values():
        out.append(IndexSpec(node.label, node.key, unique=True))
        out += [IndexSpec(node.label, p, unique=False) for p in node.indexes if p != node.key]
    return tuple(out)


def neo4j_init_statements(schema: GraphSchema) -> list[str]:
    stmts = []
    for spec in index_specs(schema):
        if spec.unique:
            stmts.append(
                f"CREATE CONSTRAINT {spec.name} IF NOT EXISTS FOR (n:{spec.label}) "
                f"REQUIRE n.{spec.prop} IS UNIQUE"
            )
        else:
            stmts.append(
                f"CREATE INDEX {spec.name} IF NOT EXISTS FOR (n:{spec.label}) ON (n.{spec.prop})"
            )
    return stmts


def neo4j_drop_statements(schema: GraphSchema) -> list[str]:
    return [
        f"DROP {'CONSTRAINT' if spec.unique else 'INDEX'} {spec.name} IF EXISTS"
        for spec in index_specs(schema)
    ]


def falkor_index_statement(spec: IndexSpec) -> str:
    return f"CREATE INDEX FOR (n:{spec.label}) ON (n.{spec.prop})"


def falkor_constraint_args(graph: str, spec: IndexSpec) -> tuple[str, ...]:
    """Arguments of the GRAPH.CONSTRAINT command that makes `spec` unique."""
    return (
        "GRAPH.CONSTRAINT",
        "CREATE",
        graph,
        "UNIQUE",
        "NODE",
        spec.label,
        "PROPERTIES",
        "1",
        spec.prop,
    )


def label_count_statements(schema: GraphSchema) -> dict[str, str]:
    """`kg stats`: one count per label and type, each MATCHed with its label (fast)."""
    return {label: f"MATCH (n:{label}) RETURN count(n) AS count" for label in schema.nodes}


def type_count_statements(schema: GraphSchema) -> dict[str, str]:
    return {t: f"MATCH ()-[r:{t}]->() RETURN count(r) AS count" for t in schema.relationships}


TOTAL_NODES = "MATCH (n) RETURN count(n) AS count"
TOTAL_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count"
