"""One open index shared by the server's worker threads."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from .. import open_index
from ..models import Answer, Document, Hit, Paragraph
from .params import DOC_ID

log = logging.getLogger(__name__)


class SharedIndex:
    """An Index opened once per app; every call holds one lock.

    FastAPI runs plain `def` endpoints in a thread pool, and an Index has one SQLite connection
    with explicit BEGIN/COMMIT snapshots, so two requests must never use it at the same time.
    """

    def __init__(self, folder: Path) -> None:
        self.index = open_index(folder)
        self.name = Path(folder).name
        self._lock = threading.Lock()
        self._entities: tuple[object, list[dict[str, Any]]] | None = None

    def warm(self) -> None:
        """Load the embedding model now, so the first search does not wait for it."""
        with self._lock:
            self.index.embedder  # noqa: B018 - loading is the point

    def search(self, query: str, k: int, filters: dict[str, str | None]) -> list[Hit]:
        with self._lock:
            return self.index.search(query, k=k, **filters)

    def ask(self, question: str, k: int, filters: dict[str, str | None]) -> Answer:
        with self._lock:
            return self.index.ask(question, k=k, **filters)

    def documents(self) -> list[Document]:
        with self._lock:
            return self.index.documents()

    def document(self, doc_id: str) -> Document | None:
        """The document with exactly this id (16 hex characters); never a prefix or a pattern."""
        if not DOC_ID.match(doc_id):
            return None
        with self._lock:
            document = self.index.document(doc_id)
        return document if document is not None and document.doc_id == doc_id else None

    def paragraphs(self, doc_id: str, start: int, stop: int) -> list[Paragraph]:
        with self._lock:
            return self.index.paragraphs(doc_id, start, stop)

    def failures(self) -> dict[str, str]:
        with self._lock:
            return self.index.failures()

    def stats(self) -> dict[str, object]:
        with self._lock:
            return self.index.stats()

    def entity_summary(self) -> list[dict[str, Any]]:
        """Entities by label and canonical name with counts, recomputed when the index changes."""
        from ..entities import summarise_entities

        with self._lock:
            built_at = self.index.stats()["built_at"]
            if self._entities is None or self._entities[0] != built_at:
                paragraphs = (p for d in self.index.documents() for p in self.index.paragraphs(d.doc_id))
                rows = summarise_entities(paragraphs)
                summary = [
                    {"label": r["label"], "canonical": r["canonical"], "count": r["count"],
                     "paragraphs": len(r["where"]), "documents": len({w["doc_id"] for w in r["where"]}),
                     "surface_forms": r["surface_forms"], "value": r["value"], "value_max": r["value_max"]}
                    for r in rows
                ]
                self._entities = (built_at, summary)
                log.info("summarised %d entities of %s", len(summary), self.name)
            return self._entities[1]

    def close(self) -> None:
        with self._lock:
            self.index.close()
