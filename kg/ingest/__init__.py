"""Ingest: files and pages → clean, dated, offset-mapped Articles.

read (paths, bytes, formats) → decode → html (main text) → clean (repair, t2s, lines,
links) → article (dates, id, offset map). kg.pipeline runs them in N processes.
"""

from kg.ingest.article import RawDoc, build_article
from kg.ingest.clean import Cleaned, clean_text
from kg.ingest.read import DEFAULT_MAX_BYTES, expand_inputs, read_articles, read_input

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Cleaned",
    "RawDoc",
    "build_article",
    "clean_text",
    "expand_inputs",
    "read_articles",
    "read_input",
]
