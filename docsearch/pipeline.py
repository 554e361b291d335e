"""The build pipeline for a batch of files: read, entities, chunk, embed."""

from __future__ import annotations

import logging
from collections.abc import Sequence
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
    """Read, tag, chunk and embed `files` ((path, doc_id) pairs); a bad file is reported, never fatal."""
    from .entities import add_entities
    from .extract import read_document

    batch = ProcessedBatch()
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

    all_paragraphs = [p for _, _, paragraphs in read for p in paragraphs]
    bar = _bar(progress, "entities", len(all_paragraphs))
    tagged: dict[tuple[str, int], Paragraph] = {}
    for paragraph in add_entities(all_paragraphs, entity_pipeline(), batch_size=64):
        tagged[(paragraph.doc_id, paragraph.ordinal)] = paragraph
        fault_point("entities:paragraph")
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    fault_point("entities:done")

    per_document: list[tuple[Path, Document, tuple[Paragraph, ...], tuple[Chunk, ...]]] = []
    for path, document, paragraphs in read:
        paragraphs = tuple(tagged.get((p.doc_id, p.ordinal), p) for p in paragraphs)
        chunks = tuple(chunk_paragraphs(document, paragraphs, max_words))
        per_document.append((path, document, paragraphs, chunks))

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
    bar = _bar(progress, "embedding", len(texts))
    vectors = np.zeros((0, embedder.dimension), dtype=np.float32)
    parts = []
    step = max(batch_size * 8, 1)
    for start in range(0, len(texts), step):
        fault_point("embed:batch")
        parts.append(embedder.encode(texts[start : start + step], batch_size=batch_size))
        if bar:
            bar.update(len(texts[start : start + step]))
    if bar:
        bar.close()
    if parts:
        vectors = np.vstack(parts)
    fault_point("embed:done")

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
