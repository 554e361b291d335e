"""The page for officers: a search box, cited results, a paragraph in its context, the original file."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..models import Answer, Document, Hit, Paragraph, cited_label, format_date
from ..search import MAX_QUERY_CHARS
from . import views
from .api import IndexNames, Shared, search_page
from .params import (
    CONTEXT_PARAGRAPHS,
    DEFAULT_K,
    DEFAULT_PARAGRAPHS,
    MAX_K,
    MAX_ORDINAL,
    MAX_PARAGRAPHS,
    MAX_RESULTS,
    check_depth,
    filter_params,
    url_params,
)

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# The page runs no inline script and loads nothing from elsewhere.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# An indexed HTML paper is shown as it was published, but never allowed to run its scripts here.
SANDBOX_HEADERS = {"Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff"}


def templates() -> Jinja2Templates:
    """The Jinja2 templates, with the helpers they use."""
    jinja = Jinja2Templates(directory=TEMPLATES)
    jinja.env.globals.update(format_date=format_date, link=views.link, page_label=views.page_label,
                            cited_label=cited_label)
    return jinja


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status,
                                                        headers=PAGE_HEADERS)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The one-line reason on a page with the search box, so the officer can carry on."""
    typed = " ".join(request.query_params.get("q", "").split())[:MAX_QUERY_CHARS]
    return render(request, "error.html", {"status": status, "message": message, "q": typed}, status)


@dataclass(frozen=True)
class ResultView:
    """A hit as the page shows it."""

    rank: int
    hit: Hit
    text: Any  # Markup with <mark>s
    parts: list[str]
    chips: list[views.Chip]
    file_href: str | None
    context_href: str
    also_in: list[tuple[str, str]]  # (citation, context link)


def file_href(document: Document | None, doc_id: str, page: int | None) -> str | None:
    """The original file, at the cited page for a PDF."""
    if document is None:
        return None
    if document.media_type == "application/pdf" and page:
        return f"/documents/{doc_id}/file#page={page}"
    return f"/documents/{doc_id}/file"


def context_href(doc_id: str, ordinal: int | None) -> str:
    if ordinal is None:
        return f"/documents/{doc_id}"
    return f"/documents/{doc_id}?around={ordinal}#p{ordinal}"


def result_views(hits: list[Hit], start_rank: int, query: str, params: dict[str, str],
                 documents: dict[str, Document], several: bool = False) -> list[ResultView]:
    """The hits as the page shows them; with `several` indexes served, each citation names its index."""
    stems = views.stems(query)

    def named(citation, text: str) -> str:
        return f"{citation.index_name}: {text}" if several and citation.index_name else text

    out = []
    for rank, hit in enumerate(hits, start=start_rank):
        c = hit.citation
        parts = views.citation_parts(c)
        out.append(ResultView(
            rank=rank, hit=hit, text=views.highlight(hit.reading, stems),
            parts=[f"{c.index_name}", *parts] if several and c.index_name else parts,
            chips=views.chips(hit.entities, params),
            file_href=file_href(documents.get(c.doc_id), c.doc_id, c.page),
            context_href=context_href(c.doc_id, c.paragraph_ordinal),
            also_in=[(named(o, str(o)), context_href(o.doc_id, o.paragraph_ordinal)) for o in hit.also_in],
        ))
    return out


@router.get("/", response_class=HTMLResponse)
def search_page_view(
    request: Request,
    shared: Shared,
    filters: Annotated[dict[str, str | None], Depends(filter_params)],
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
    k: Annotated[int, Query(ge=1, le=MAX_K)] = DEFAULT_K,
    page: Annotated[int, Query(ge=1)] = 1,
    index: IndexNames = None,
) -> HTMLResponse:
    """The search box; with q, the answer sentences and then the cited passages."""
    query = " ".join((q or "").split())
    documents = shared.documents()
    by_id = {d.doc_id: d for d in documents}
    params: dict[str, object] = {"q": query, **url_params(filters), **({"k": str(k)} if k != DEFAULT_K else {}),
                                 **({"index": list(index)} if index else {})}
    answer: Answer | None = None
    hits: list[Hit] = []
    more = False
    if query:
        check_depth(k, page)
        hits, more = search_page(shared, query, k, page, filters, index)
        if page == 1:
            answer = shared.answer_from(query, hits, index)
    entity = filters.get("entity")
    entity_label, _, entity_name = (entity or "").rpartition(":")
    context = {
        "q": query, "k": k, "page": page, "filters": filters, "params": params,
        "documents": documents, "bodies": sorted({d.body for d in documents if d.body}),
        "answer": answer if answer is not None and answer.found else None,
        "nothing_found": answer.message if answer is not None and not answer.found else None,
        "answer_sentences": [
            (s.text, str(s.citation), context_href(s.citation.doc_id, s.citation.paragraph_ordinal))
            for s in (answer.sentences if answer is not None else ())
        ],
        "results": result_views(hits, k * (page - 1) + 1, query, params, by_id, several=len(shared.names) > 1),
        "indexes": shared.names if len(shared.names) > 1 else [],
        "chosen_indexes": list(index or []),
        "searched": bool(query),
        "entity_filter": (views.LABEL_NAMES.get(entity_label, entity_label), entity_name or entity) if entity else None,
        "next_href": views.link("/", params, page=page + 1) if more and k * (page + 1) <= MAX_RESULTS else None,
        "previous_href": views.link("/", params, page=page - 1 if page > 2 else None) if page > 1 else None,
        "clear_entity_href": views.link("/", params, entity=None, page=None),
        "other_filters": [(text, views.link("/", params, page=None, **{name: None})) for name, text in (
            ("min_amount", f"paragraphs with a sum of at least {filters['min_amount']}"),
            ("kind", f"passages of the kind {filters['kind']}"),
        ) if filters.get(name)],
    }
    return render(request, "search.html", context)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_view(
    request: Request,
    shared: Shared,
    doc_id: str,
    around: Annotated[int | None, Query(ge=0, le=MAX_ORDINAL, description="Ordinal of the cited paragraph.")] = None,
    start: Annotated[int, Query(ge=0, le=MAX_ORDINAL)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PARAGRAPHS)] = DEFAULT_PARAGRAPHS,
) -> HTMLResponse:
    """A document's paragraphs; with `around`, the cited one highlighted among its neighbours."""
    document = shared.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no indexed document has the id {doc_id[:40]!r}")
    if around is not None:
        start, stop = max(0, around - CONTEXT_PARAGRAPHS), around + CONTEXT_PARAGRAPHS + 1
    else:
        stop = start + limit
    paragraphs: list[Paragraph] = shared.paragraphs(doc_id, start, stop + 1)
    more = len(paragraphs) > stop - start
    paragraphs = paragraphs[: stop - start]
    if around is not None and not any(p.ordinal == around for p in paragraphs):
        raise HTTPException(404, f"{document.title} has no paragraph {around}")
    paging = {"limit": limit} if limit != DEFAULT_PARAGRAPHS else {}  # the pager keeps the page size asked for
    context = {
        "q": "", "document": document, "paragraphs": paragraphs, "target": around,
        "file_href": lambda page: file_href(document, doc_id, page),
        "earlier_href": (views.link(f"/documents/{doc_id}", {"start": max(0, start - limit)}, **paging)
                         if start > 0 else None),
        "later_href": views.link(f"/documents/{doc_id}", {"start": stop}, **paging) if more else None,
    }
    return render(request, "document.html", context)


@router.get("/documents/{doc_id}/file")
def document_file(shared: Shared, doc_id: str) -> Response:
    """The indexed file itself, found by its id (never by a path from the request), shown inline."""
    document = shared.document(doc_id)
    if document is None:
        raise HTTPException(404, f"no indexed document has the id {doc_id[:40]!r}")
    path = Path(document.path)
    if not path.is_file():
        log.warning("indexed file is gone: %s", path)
        raise HTTPException(404, f"{document.title}: the file is no longer where it was indexed; re-index it")
    headers = {} if document.media_type == "application/pdf" else SANDBOX_HEADERS
    return FileResponse(path, media_type=document.media_type, filename=path.name, headers=headers,
                        content_disposition_type="inline")
