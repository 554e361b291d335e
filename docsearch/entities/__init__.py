"""Entities: money, organisations, sites, places, bed counts, people and dates in council papers.

Importing this package is cheap (no spaCy): query_entities, related_canonicals and parse_amount
use only the gazetteer and text rules. build_pipeline and add_entities load spaCy when called.
"""

from __future__ import annotations

from docsearch.entities.money import parse_amount
from docsearch.entities.pipeline import add_entities, build_pipeline, summarise_entities
from docsearch.entities.query import query_entities, related_canonicals

__all__ = [
    "add_entities",
    "build_pipeline",
    "parse_amount",
    "query_entities",
    "related_canonicals",
    "summarise_entities",
]
