"""schema/rdf-mapping.yaml covers every label, type and node property of graph.yaml."""

import pytest

from kg.errors import SchemaError
from kg.export.mapping import load_mapping, parse_mapping
from kg.resources import data_file
from kg.schema import load_schema

TEXT = data_file("schema", "rdf-mapping.yaml").read_text(encoding="utf-8")


def test_every_label_type_and_property_is_mapped():
    schema, mapping = load_schema(), load_mapping()
    assert set(mapping.classes) == set(schema.nodes)
    assert set(mapping.relationships) == set(schema.relationships)
    for label, node in schema.nodes.items():
        assert mapping.classes[label], label
        for key in node.properties:
            assert mapping.property_rule(key, label) is not None, (label, key)
    assert mapping.relationships["HOLDS_POSITION"].post
    assert mapping.own_property("HOLDS_POSITION") == mapping.vocabulary + "holdsPosition"


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ("  Place: [schema:Place]\n", "", r"nodes: no mapping for \['Place'\]"),
        ("  LAUNCHED: {}\n", "", r"relationships: no mapping for \['LAUNCHED'\]"),
        (
            "  HELD_AT: {forward: [schema:location]}",
            "  HELD_AT: {forward: [sdo:location]}",
            r"relationships\.HELD_AT\.forward\[0\]",
        ),
        (
            "  name_en: {predicate: rdfs:label, value: en}",
            "  name_en: {predicate: rdfs:label, value: french}",
            r"properties\.name_en",
        ),
        ("  relationship: PART_OF", "  relationship: PARTOF", r"units\.relationship"),
        ("version: 1", "version: 2", "version"),
    ],
)
def test_a_broken_mapping_names_the_key(old: str, new: str, named: str):
    assert old in TEXT
    with pytest.raises(SchemaError, match=named):
        parse_mapping(TEXT.replace(old, new, 1), load_schema())
