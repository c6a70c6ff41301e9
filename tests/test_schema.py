import pytest

from kg.errors import SchemaError
from kg.resources import data_file
from kg.schema import load_schema, parse_schema

GOOD = data_file("schema", "graph.yaml").read_text(encoding="utf-8")


def test_shipped_schema_has_every_label_and_type():
    schema = load_schema()
    assert set(schema.nodes) == {
        "Agency",
        "University",
        "Organization",
        "Person",
        "Event",
        "Initiative",
        "Place",
        "Article",
    }
    assert set(schema.relationships) == {
        "HOSTED",
        "ORGANIZED",
        "HELD_AT",
        "SPOKE_AT",
        "ATTENDED",
        "LAUNCHED",
        "HOLDS_POSITION",
        "PART_OF",
        "LOCATED_IN",
        "MENTIONS",
    }
    assert schema.relationships["HOLDS_POSITION"].keys == ("title",)
    assert schema.allows("HOSTED", "Agency", "Event")
    assert not schema.allows("HOSTED", "Person", "Event")
    assert "articles" in schema.relationships["HOSTED"].properties
    assert "articles" not in schema.relationships["MENTIONS"].properties


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        (
            "    from: [Person]\n    to: [Event]",
            "    from: [Persn]\n    to: [Event]",
            "relationships.SPOKE_AT.from",
        ),
        (
            "    keys: [title]\n    properties:\n      title: string",
            "    keys: [title]\n    properties:\n      title: text",
            "relationships.HOLDS_POSITION.properties.title",
        ),
        ("version: 1", "version: 7", "version"),
        (
            "  Person:\n    description: Named individuals.\n    key: id",
            "  Person:\n    description: Named individuals.\n    key: uid",
            "nodes.Person.key",
        ),
    ],
)
def test_malformed_schema_names_the_key(old, new, named):
    assert old in GOOD
    with pytest.raises(SchemaError, match=named.replace(".", r"\.")):
        parse_schema(GOOD.replace(old, new, 1))


def test_invalid_yaml_is_a_schema_error():
    with pytest.raises(SchemaError, match="not valid YAML"):
        parse_schema("nodes: [unclosed")
