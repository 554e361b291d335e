"""The build pipeline for a batch of files: read, entities, chunk, embed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import store
from .chunk import chunk_paragraphs, embedding_units
from .errors import DocsearchError
from .faults import fault_point
from .models import Chunk, Document, Paragraph

log = logging.getLogger(__name__)

_NLP = None


@dataclass(frozen=True)
class ProcessedDocument:
    """A document ready to be written: paragraphs with entities, chunks and their vectors."""

    document: Document
    paragraphs: tuple[Paragraph, ...]
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray  # one row per vector id
    size: int
    mtime: float
    vector_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    vector_owners: tuple[tuple[int, int], ...] = ()  # (vector id, chunk id)


@dataclass
class ProcessedBatch:
    documents: list[ProcessedDocument] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)


def entity_pipeline():
    """The spaCy pipeline, loaded once per process."""
    global _NLP
    if _NLP is None:
        from .entities import build_pipeline

        _NLP = build_pipeline("auto")
    return _NLP


def _bar(progress, stage: str, total: int):
    return progress(stage, total) if progress else None


def process_files(
    files: Sequence[tuple[Path, str]],
    embedder,
    *,
    password: str | None = None,
    progress=None,
    max_words: int = 200,
    batch_size: int = 32,
) -> ProcessedBatch:
    """Read, tag, chunk and embed `files` ((path, doc_id) pairs); a bad file is reported, never fatal.

    Entity tagging (spaCy, one core) runs in a worker thread while the main thread starts
    embedding on the other core; chunks do not depend on entities. Once tagging is done the
    embedder gets both cores.
    """
    batch = ProcessedBatch()
    read = _read_files(files, password, progress, batch)
    paragraphs = [p for _, _, document_paragraphs in read for p in document_paragraphs]
    per_document = [
        (path, document, document_paragraphs, tuple(chunk_paragraphs(document, document_paragraphs, max_words)))
        for path, document, document_paragraphs in read
    ]
    owners: list[tuple[int, int]] = []
    texts: list[str] = []
    starts: list[int] = []  # where each document's vectors begin in `texts`
    for *_, chunks in per_document:
        starts.append(len(texts))
        for chunk in chunks:
            owner = store.chunk_id(chunk.doc_id, chunk.paragraph_ordinal, chunk.chunk_index)
            for unit, text in enumerate(embedding_units(chunk)):
                owners.append((store.vector_id(owner, unit), owner))
                texts.append(text)

    stop = threading.Event()  # set when embedding fails, so tagging ends early
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="docsearch-entities") as worker:
        tagging = worker.submit(_tag_entities, paragraphs, progress, stop)
        try:
            vectors = _embed(texts, embedder, batch_size, progress, beside=tagging)
        except BaseException:
            stop.set()
            raise
        tagged = tagging.result()
    per_document = [
        (path, document, tuple(tagged.get((p.doc_id, p.ordinal), p) for p in document_paragraphs), chunks)
        for path, document, document_paragraphs, chunks in per_document
    ]

    starts.append(len(texts))
    for number, (path, document, paragraphs, chunks) in enumerate(per_document):
        stat = path.stat()
        start, end = starts[number], starts[number + 1]
        mine = tuple(owners[start:end])
        batch.documents.append(
            ProcessedDocument(document, paragraphs, chunks, vectors[start:end], stat.st_size,
                              stat.st_mtime, np.array([v for v, _ in mine], dtype=np.int64), mine)
        )
    return batch


def _read_files(
    files: Sequence[tuple[Path, str]], password: str | None, progress, batch: ProcessedBatch
) -> list[tuple[Path, Document, tuple[Paragraph, ...]]]:
    """Read each file; one that cannot be read goes into ``batch.failed`` with its reason."""
    from .extract import read_document

    read: list[tuple[Path, Document, tuple[Paragraph, ...]]] = []
    bar = _bar(progress, "reading", len(files))
    for path, _doc_id in files:
        fault_point("read:file")
        try:
            result = read_document(path, password=password)
        except DocsearchError as exc:
            batch.failed[str(path)] = str(exc)
            log.warning("%s", exc)
        except Exception as exc:  # a reader bug must not stop the other files
            batch.failed[str(path)] = f"{path.name}: unexpected error while reading ({type(exc).__name__}: {exc})"
            log.exception("unexpected error reading %s", path)
        else:
            document = result.document
            if document.warnings:
                batch.warnings[str(path)] = list(document.warnings)
            read.append((path, document, result.paragraphs))
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    fault_point("read:done")
    return read


def _tag_entities(
    paragraphs: list[Paragraph], progress, stop: threading.Event
) -> dict[tuple[str, int], Paragraph]:
    """The paragraphs with their entities, by (doc_id, ordinal); ends early once ``stop`` is set."""
    from .entities import add_entities

    if not paragraphs:
        return {}
    bar = _bar(progress, "entities", len(paragraphs))
    tagged: dict[tuple[str, int], Paragraph] = {}
    for paragraph in add_entities(paragraphs, entity_pipeline(), batch_size=64):
        if stop.is_set():
            break
        tagged[(paragraph.doc_id, paragraph.ordinal)] = paragraph
        fault_point("entities:paragraph")
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    fault_point("entities:done")
    return tagged


def _embed(texts: list[str], embedder, batch_size: int, progress, beside: Future | None = None) -> np.ndarray:
    """Vectors for ``texts`` in order, encoded shortest first; on one core while ``beside`` runs."""
    bar = _bar(progress, "embedding", len(texts))
    vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    # Shortest first across the whole batch, so every encoder batch holds texts of about one
    # length and pads little: 1.6x faster than sorting within each progress step.
    order = sorted(range(len(texts)), key=lambda number: len(texts[number]))
    step = max(batch_size * 8, 1)
    for start in range(0, len(order), step):
        fault_point("embed:batch")
        part = order[start : start + step]
        busy = beside is not None and not beside.done() and hasattr(embedder, "one_thread")
        encoder = embedder.one_thread() if busy else embedder
        vectors[part] = encoder.encode([texts[number] for number in part], batch_size=batch_size)
        if bar:
            bar.update(len(part))
    if bar:
        bar.close()
    fault_point("embed:done")
    return vectors
