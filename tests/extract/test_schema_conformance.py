"""Extraction only emits what the graph schema allows, so the store never rejects its output."""

from pathlib import Path

from kg.models import Extraction
from kg.pipeline import extract_paths
from kg.schema import load_schema

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_relation_of_the_dev_corpus_fits_the_schema():
    schema = load_schema()
    results = list(extract_paths([str(DATA / "articles"), str(DATA / "heldout" / "articles")]))
    extractions = [r for r in results if isinstance(r, Extraction)]
    assert len(extractions) == len(results) >= 40
    for ex in extractions:
        labels = {e.id: e.label for e in ex.entities}
        assert set(labels.values()) <= set(schema.entity_labels)
        for r in ex.relations:
            assert schema.allows(r.type, labels[r.source], labels[r.target]), (ex.article.source, r)
