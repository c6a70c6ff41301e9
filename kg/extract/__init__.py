"""Extraction: one clean article → entities and relations with evidence.

bodies (gazetteer + structure) → events → 我校/本院 → people (title chains) → initiatives
→ relations → resolve. Matchers and patterns are built once per process.
"""

from __future__ import annotations

from kg.extract.bodies import find_bodies
from kg.extract.doc import Doc, sentence_bounds
from kg.extract.events import find_events
from kg.extract.initiatives import find_initiatives, find_titles
from kg.extract.lexicon import Lexicon, default_lexicon
from kg.extract.patterns import Patterns, load_patterns
from kg.extract.people import find_people
from kg.extract.relations import find_relations, verbs
from kg.extract.selfref import find_self_refs
from kg.models import Article, Extraction
from kg.resolve import resolve

__all__ = ["extract_article", "extract_with"]


def _body_sentences(article: Article) -> list[tuple[int, int]]:
    """Sentences that state facts: the headline line is left out (it repeats the lead)."""
    bounds = sentence_bounds(article.text)
    first_line = article.text.split("\n", 1)[0]
    if article.title and first_line.strip() == article.title.strip() and len(bounds) > 1:
        return [b for b in bounds if b[0] >= len(first_line)]
    return bounds


def extract_with(article: Article, lex: Lexicon, pats: Patterns) -> Extraction:
    """Extract with a given gazetteer and patterns (tests use their own)."""
    if article.script == "en":
        from kg.extract.english import extract_english

        return extract_english(article, lex, pats)
    doc = Doc(article, lex, pats)
    find_bodies(doc)
    find_events(doc)
    find_self_refs(doc)
    find_people(doc)
    sentences = _body_sentences(article)
    find_initiatives(doc, sentences, verbs(pats)["launched"])
    find_titles(doc)
    find_relations(doc, sentences)
    return resolve(article, doc.mentions, doc.relations, lex.entries, doc.entity_props)


def extract_article(article: Article) -> Extraction:
    """Entities and relations of one clean article (simplified text)."""
    return extract_with(article, default_lexicon(), load_patterns())
