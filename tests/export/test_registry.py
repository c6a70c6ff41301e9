import pytest

from kg.errors import UsageError
from kg.export.base import BUILTIN, Exporter, exporters, get_exporter, registered


def test_entry_point_group_lists_every_builtin_exporter():
    found = registered()
    if not found:
        pytest.skip(
            'installed metadata predates [project.entry-points."kg.exporters"]: pip install -e .'
        )
    assert found == BUILTIN


def test_exporters_are_exporter_objects_named_as_registered():
    found = exporters()
    assert set(found) >= {"graphml", "gexf", "json", "csv", "cypher"}
    for name, exporter in found.items():
        assert isinstance(exporter, Exporter)
        assert exporter.name == name


def test_unknown_format_is_a_usage_error_listing_the_choices():
    with pytest.raises(
        UsageError, match=r"--format dot: unknown export format; use one of .*graphml"
    ):
        get_exporter("dot")
