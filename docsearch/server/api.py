"""The JSON API under /api: the same records the CLI's --json prints (dataclasses.asdict)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from ..models import ENTITY_LABELS, Answer, Document, Hit, Paragraph, Part
from ..search import MAX_QUERY_CHARS
from .params import (
    DEFAULT_ASK_K,
    DEFAULT_K,
    DEFAULT_PARAGRAPHS,
    MAX_ASK_K,
    MAX_K,
    MAX_ORDINAL,
    MAX_PARAGRAPHS,
    MAX_RESULTS,
    check_depth,
    filter_params,
    url_params,
)
from .shared import SharedIndex

class ErrorResponse(BaseModel):
    error: str  # one line: what was wrong and what to do


# Every failure is {"error": "..."}: bad input 400 (not FastAPI's 422), nothing there 404, the index
# unreadable 503. Declaring "4XX" keeps FastAPI from describing a 422 the server never sends.
router = APIRouter(prefix="/api", tags=["api"], responses={
    "4XX": {"model": ErrorResponse, "description": "Bad input (400) or nothing there (404), in one line"},
    503: {"model": ErrorResponse, "description": "The index cannot be read; the reason says how to mend it"},
})

Filters = Annotated[dict[str, str | None], Depends(filter_params)]
QueryText = Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="What to search for.")]
IndexNames = Annotated[list[str] | None, Query(
    alias="index", max_length=20,
    description="Search only these of the served indexes (repeat the parameter; names as in /api/health).")]


class SearchResponse(BaseModel):
    query: str
    k: int
    page: int
    next_page: int | None
    filters: dict[str, str]
    indexes: list[str]
    hits: list[Hit]


class DocumentsResponse(BaseModel):
    documents: list[Document]
    failed: dict[str, str]
    parts: dict[str, list[Part]]  # an agenda pack's items with their PDF pages, by document id


class DocumentResponse(BaseModel):
    document: Document
    start: int
    limit: int
    next_start: int | None
    paragraphs: list[Paragraph]


class EntityRow(BaseModel):
    label: str
    canonical: str
    count: int  # mentions
    paragraphs: int
    documents: int
    surface_forms: list[str]
    value: float | None
    value_max: float | None


class EntitiesResponse(BaseModel):
    total: int
    offset: int
    entities: list[EntityRow]


class IndexSizes(BaseModel):
    documents: int
    paragraphs: int
    chunks: int
    entities: int
    failed: int
    built_at: str | None


class IndexHealth(IndexSizes):
    name: str


class HealthResponse(IndexSizes):
    status: str
    index: str  # the served indexes' names joined by " + "
    embedding_model: str
    indexes: list[IndexHealth]  # each served index; the sizes above are their sums


def shared_index(request: Request) -> SharedIndex:
    return request.app.state.index


Shared = Annotated[SharedIndex, Depends(shared_index)]


def search_page(shared: SharedIndex, q: str, k: int, page: int, filters: dict[str, str | None],
                indexes: list[str] | None = None) -> tuple[list[Hit], bool]:
    """Results `k` at a time: page 1 is exactly Index.search(q, k); True when a next page has results."""
    check_depth(k, page)
    hits = shared.search(q, k * page + 1, filters, indexes)
    return hits[k * (page - 1): k * page], len(hits) > k * page


@router.get("/search", response_model=SearchResponse, summary="Cited passages for a query, best first")
def api_search(shared: Shared, filters: Filters, q: QueryText,
               k: Annotated[int, Query(ge=1, le=MAX_K, description="Results per page.")] = DEFAULT_K,
               page: Annotated[int, Query(ge=1, description="1 for the best k, 2 for the next k, ...")] = 1,
               index: IndexNames = None,
               ) -> dict[str, Any]:
    hits, more = search_page(shared, q, k, page, filters, index)
    next_page = page + 1 if more and k * (page + 1) <= MAX_RESULTS else None
    return {"query": q, "k": k, "page": page, "next_page": next_page, "filters": url_params(filters),
            "indexes": [name for name in shared.names if not index or name in index],
            "hits": [asdict(hit) for hit in hits]}


@router.get("/ask", response_model=Answer, summary="A short answer made of cited sentences from the papers")
def api_ask(shared: Shared, filters: Filters, q: QueryText,
            k: Annotated[int, Query(ge=1, le=MAX_ASK_K, description="Passages to answer from.")] = DEFAULT_ASK_K,
            index: IndexNames = None,
            ) -> dict[str, Any]:
    return asdict(shared.ask(q, k, filters, index))


@router.get("/documents", response_model=DocumentsResponse, summary="The indexed documents")
def api_documents(shared: Shared) -> dict[str, Any]:
    return {"documents": [asdict(d) for d in shared.documents()], "failed": shared.failures(),
            "parts": {doc_id: [asdict(p) for p in found] for doc_id, found in shared.parts().items()}}


@router.get("/documents/{doc_id}", response_model=DocumentResponse,
            summary="A document's metadata and its paragraphs, a page at a time")
def api_document(shared: Shared, doc_id: str,
                 start: Annotated[int, Query(ge=0, le=MAX_ORDINAL, description="First paragraph ordinal.")] = 0,
                 limit: Annotated[int, Query(ge=1, le=MAX_PARAGRAPHS)] = DEFAULT_PARAGRAPHS,
                 ) -> dict[str, Any]:
    document = shared.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no indexed document has the id {doc_id[:40]!r}; see /api/documents")
    paragraphs = shared.paragraphs(document.doc_id, start, start + limit + 1)
    more = len(paragraphs) > limit
    return {"document": asdict(document), "start": start, "limit": limit,
            "next_start": start + limit if more else None,
            "paragraphs": [asdict(p) for p in paragraphs[:limit]]}


@router.get("/entities", response_model=EntitiesResponse,
            summary="Entities by label and canonical name, with how often they are mentioned")
def api_entities(shared: Shared,
                 label: Annotated[str | None, Query(max_length=10, description=", ".join(ENTITY_LABELS))] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                 offset: Annotated[int, Query(ge=0)] = 0,
                 ) -> dict[str, Any]:
    if label and label.upper() not in ENTITY_LABELS:
        raise HTTPException(400, f"label must be one of {', '.join(ENTITY_LABELS)}")
    rows = [r for r in shared.entity_summary() if not label or r["label"] == label.upper()]
    return {"total": len(rows), "offset": offset, "entities": rows[offset: offset + limit]}


@router.get("/health", response_model=HealthResponse, summary="The index being served and its size")
def api_health(shared: Shared) -> dict[str, Any]:
    stats = shared.stats()
    return {"status": "ok", "index": shared.name, **{key: stats[key] for key in (
        "documents", "paragraphs", "chunks", "entities", "failed", "built_at", "embedding_model", "indexes")}}
