"""Query parameters shared by the JSON API and the page: their limits and their checks."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Query

from ..errors import QueryError
from ..search import KINDS, Filters, check_entity

DEFAULT_K = 10
MAX_K = 50
MAX_RESULTS = 200  # page * k: how deep paging may go
DEFAULT_ASK_K = 5
MAX_ASK_K = 20
DEFAULT_PARAGRAPHS = 50
MAX_PARAGRAPHS = 200  # paragraphs per page of a document
MAX_FILTER_CHARS = 200
CONTEXT_PARAGRAPHS = 4  # either side of a cited paragraph on the context page
MAX_ORDINAL = 10_000_000  # no paper has more paragraphs; a larger start or around names none (SQLite takes 64 bits)
# A document id is the first 16 hex characters of the file's sha256: anything else names no document.
DOC_ID = re.compile(r"^[0-9a-f]{16}$")


def filter_params(
    document: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                          description="Document id, or words of its title or path.")] = None,
    body: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                      description="A committee or body by name, or words of its name.")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10,
                                           description="Meetings on or after: 2017-01-04, 2017-01 or 2017.")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="Meetings on or before.")] = None,
    entity: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                        description="Paragraphs naming this entity, e.g. SITE:Lutterworth.")] = None,
    min_amount: Annotated[str | None, Query(max_length=20,
                                            description="Paragraphs with a sum of at least this: 1m, 250k.")] = None,
    kind: Annotated[str | None, Query(max_length=20, description=f"One of: {', '.join(KINDS)}.",
                                      json_schema_extra={"enum": list(KINDS)})] = None,
) -> dict[str, str | None]:
    """The search filters, checked, as keyword arguments for Index.search and Index.ask."""
    filters = {
        "document": (document or "").strip() or None,
        "body": (body or "").strip() or None,
        "date_from": (date_from or "").strip() or None,
        "date_to": (date_to or "").strip() or None,
        "entity": check_entity(entity),
        "min_amount": (min_amount or "").strip() or None,
        "kind": kind or None,
    }
    Filters.from_kwargs(**filters)  # dates, amount and kind checked as every search checks them
    return filters


def url_params(filters: dict[str, str | None]) -> dict[str, str]:
    """Filters under the names the URL uses ("from", "to"), empty ones left out."""
    names = {"date_from": "from", "date_to": "to"}
    return {names.get(key, key): value for key, value in filters.items() if value}


def check_depth(k: int, page: int) -> None:
    """Paging stops at MAX_RESULTS results."""
    if k * page > MAX_RESULTS:
        raise QueryError(f"page {page} of {k} results goes past the first {MAX_RESULTS}; narrow the search instead")

