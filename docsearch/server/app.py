"""The app factory: one open index, the JSON API, the page, and errors as one readable line."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import DocsearchError, IndexError_
from . import api, pages
from .shared import SharedIndex

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent.parent
MAX_MESSAGE_CHARS = 300


def create_app(index_dir: Path | Sequence[Path], *, warm: bool = True) -> FastAPI:
    """A read-only web app over the index at `index_dir`: the page at /, the JSON API under /api.

    `index_dir` may also be several index folders, searched as one (citations name their index;
    `index=NAME` in the API narrows a search to some of them). The indexes are opened here, once
    (IndexNotFound or IndexMismatch is raised now, not on the first request). With `warm`, the
    embedding model is loaded when the server starts. Serve it with uvicorn, bound to 127.0.0.1
    unless you mean to share it.
    """
    shared = SharedIndex(index_dir)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            shared.warm()
        yield
        shared.close()

    app = FastAPI(
        title="docsearch",
        version=__version__,
        description="Search council and NHS papers; every passage cited by document, meeting date, page "
                    "and paragraph. Read-only.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc fetch their scripts from a CDN; the description stays
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.index = shared
    app.state.templates = pages.templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=PACKAGE / "static"), name="static")
    app.add_exception_handler(DocsearchError, _docsearch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_middleware(_CatchAll)
    return app


def one_line(message: object) -> str:
    """A message folded to one line of bounded length."""
    text = " ".join(str(message).split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def error_response(request: Request, status: int, message: str) -> Response:
    """{"error": message} for the API and for programs; an HTML page for a browser on the page routes."""
    message = one_line(message)
    wants_html = not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")
    if wants_html:
        return pages.error_page(request, status, message)
    return JSONResponse({"error": message}, status_code=status)


async def _docsearch_error(request: Request, exc: Exception) -> Response:
    status = 503 if isinstance(exc, IndexError_) else 400
    return error_response(request, status, str(exc))


async def _validation_error(request: Request, exc: Exception) -> Response:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    if not errors:
        return error_response(request, 400, "bad request")
    first = errors[0]
    where = first.get("loc", ())
    name = str(where[-1]) if where else "request"
    return error_response(request, 400, f"{name}: {first.get('msg', 'is not valid')}")


async def _http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", None)
    if status == 404 and detail in (None, "Not Found"):
        detail = f"nothing at {request.url.path[:100]}"
    return error_response(request, status, str(detail or "error"))


class _CatchAll:
    """Any other failure: logged with its traceback, answered with one line and status 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_and_note(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        except Exception as exc:
            log.exception("unexpected error serving %s", scope.get("path"))
            if started:
                raise
            response = JSONResponse(
                {"error": f"unexpected {type(exc).__name__} on the server; the log has the details"},
                status_code=500,
            )
            await response(scope, receive, send)
