"""The open indexes a server searches, shared by its worker threads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import open_index
from ..answer import answer_from
from ..errors import QueryError
from ..index import Index
from ..models import Answer, Document, Hit, Paragraph, Part
from ..multi import MultiIndex, open_indexes
from .params import DOC_ID

log = logging.getLogger(__name__)


class SharedIndex:
    """One index, or several searched as one, opened once per app; every call holds one lock.

    FastAPI runs plain `def` endpoints in a thread pool, and an Index has one SQLite connection
    with explicit BEGIN/COMMIT snapshots, so two requests must never use it at the same time.
    With several indexes, search and ask merge their results (citations name the index), the
    document list is their union, and a document id is looked up in each.
    """

    def __init__(self, folders: Path | Sequence[Path]) -> None:
        folders = [Path(folders)] if isinstance(folders, (str, Path)) else [Path(f) for f in folders]
        if len(folders) == 1:
            self._all: Index | MultiIndex = open_index(folders[0])
            self.indexes, self.names = [self._all], [folders[0].name]
        else:
            self._all = open_indexes(folders)  # QueryError for none or one given twice
            self.indexes, self.names = self._all.indexes, self._all.names
        self.name = " + ".join(self.names)
        self._lock = threading.Lock()
        self._entities: tuple[object, list[dict[str, Any]]] | None = None

    def _searcher(self, names: Sequence[str] | None) -> Index | MultiIndex:
        """All the indexes, or those named (by the names citations give them)."""
        if not names:
            return self._all
        unknown = sorted(set(names) - set(self.names))
        if unknown:
            raise QueryError(f"no index named {unknown[0]!r} is served here; the indexes are: {', '.join(self.names)}")
        chosen = [index for index, name in zip(self.indexes, self.names) if name in names]
        if len(chosen) == len(self.indexes):
            return self._all
        self._all.embedder  # noqa: B018 - load the encoder once and share it with every index
        return MultiIndex(chosen, names=[n for n in self.names if n in names])

    def warm(self) -> None:
        """Load the embedding model now, so the first search does not wait for it."""
        with self._lock:
            self._all.embedder  # noqa: B018 - loading is the point

    def search(self, query: str, k: int, filters: dict[str, str | None],
               indexes: Sequence[str] | None = None) -> list[Hit]:
        with self._lock:
            return self._searcher(indexes).search(query, k=k, **filters)

    def ask(self, question: str, k: int, filters: dict[str, str | None],
            indexes: Sequence[str] | None = None) -> Answer:
        with self._lock:
            return self._searcher(indexes).ask(question, k=k, **filters)

    def answer_from(self, question: str, hits: list[Hit], indexes: Sequence[str] | None = None) -> Answer:
        """The answer made from hits a search here has found (the page's first page of results)."""
        with self._lock:
            return answer_from(self._searcher(indexes), question, hits)

    def documents(self) -> list[Document]:
        with self._lock:
            return [document for index in self.indexes for document in index.documents()]

    def parts(self) -> dict[str, list[Part]]:
        """Each agenda pack's items with their pages, by document id."""
        with self._lock:
            return {doc_id: found for index in self.indexes for doc_id, found in index.parts().items()}

    def _holder(self, doc_id: str) -> tuple[Index, Document] | None:
        """The index holding the document with exactly this id, and the document."""
        for index in self.indexes:
            document = index.document(doc_id)
            if document is not None and document.doc_id == doc_id:
                return index, document
        return None

    def document(self, doc_id: str) -> Document | None:
        """The document with exactly this id (16 hex characters); never a prefix or a pattern."""
        if not DOC_ID.match(doc_id):
            return None
        with self._lock:
            found = self._holder(doc_id)
        return found[1] if found else None

    def paragraphs(self, doc_id: str, start: int, stop: int) -> list[Paragraph]:
        with self._lock:
            found = self._holder(doc_id) if DOC_ID.match(doc_id) else None
            return found[0].paragraphs(doc_id, start, stop) if found else []

    def failures(self) -> dict[str, str]:
        with self._lock:
            return {path: reason for index in self.indexes for path, reason in index.failures().items()}

    def stats(self) -> dict[str, object]:
        """Sizes summed over the indexes, the newest build time, and each index's own figures."""
        with self._lock:
            each = [index.stats() for index in self.indexes]
        total: dict[str, object] = {
            key: sum(int(s[key]) for s in each)  # type: ignore[call-overload]
            for key in ("documents", "paragraphs", "chunks", "entities", "vectors", "failed", "pages")
        }
        built = [str(s["built_at"]) for s in each if s["built_at"]]
        total.update(index=self.name, built_at=max(built) if built else None,
                     embedding_model=each[0]["embedding_model"],
                     indexes=[{"name": name, **s} for name, s in zip(self.names, each)])
        return total

    def entity_summary(self) -> list[dict[str, Any]]:
        """Entities by label and canonical name with counts, recomputed when an index changes."""
        from ..entities import summarise_entities

        with self._lock:
            built_at = tuple(index.stats()["built_at"] for index in self.indexes)
            if self._entities is None or self._entities[0] != built_at:
                paragraphs = (p for index in self.indexes for d in index.documents() for p in index.paragraphs(d.doc_id))
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
            for index in self.indexes:
                index.close()
