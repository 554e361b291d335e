"""Entities in a typed search query: gazetteer names, acronyms, amounts and dates, no model.

Called on every query, so it never imports spaCy: the gazetteer and the text rules are loaded
once and cached.
"""

from __future__ import annotations

import functools
import logging

from docsearch.entities.gazetteer import load_gazetteer, related_names
from docsearch.entities.rules import RANK_GAZETTEER_QUERY, Candidate, find_rule_mentions, settle
from docsearch.models import Entity

logger = logging.getLogger(__name__)

_QUERY_RULE_LABELS = frozenset({"MONEY", "DATE", "BEDS"})


def query_entities(text: str) -> list[Entity]:
    """Recognise sites, towns, organisations (acronyms included), people, amounts and dates in a query.

    Args:
        text: the query as typed ("what was said about Lutterworth beds", "uhl capital £48m").

    Returns:
        Entities with offsets into text and canonical forms as stored in the index; acronyms
        typed in lower case ("uhl") are recognised.
    """
    return list(_query_entities(text))


@functools.lru_cache(maxsize=1024)
def _query_entities(text: str) -> tuple[Entity, ...]:
    gazetteer = load_gazetteer()
    candidates: list[Candidate] = find_rule_mentions(text, labels=_QUERY_RULE_LABELS)
    for match in gazetteer.names.find(text, fold_acronyms=True):
        entry = match.entry
        detail = entry.town if entry.label == "SITE" else entry.role
        candidates.append(
            Candidate(entry.label, match.start, match.end, entry.canonical, detail=detail, rank=RANK_GAZETTEER_QUERY)
        )
    return tuple(
        Entity(c.label, text[c.start : c.end], c.start, c.end, c.canonical, c.value, c.value_max, c.detail)
        for c in settle(candidates)
    )


def related_canonicals(entity: Entity) -> set[str]:
    """Canonical names linked to an entity: a town's sites, a site's town (and that town's other sites).

    "Lutterworth" reaches "Feilding Palmer Hospital"; "Feilding Palmer Hospital" reaches
    "Lutterworth"; a BEDS count reaches the site it is for and that site's town.
    """
    return related_names(entity.label, entity.canonical, entity.detail)
