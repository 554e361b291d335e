"""Looking around an index: a paragraph with its neighbours, entity summaries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import DocsearchError
from .models import Document, Paragraph


def find_paragraph(index, document: str, paragraph: str | None, around: int = 2
                   ) -> tuple[Document, int | None, list[Paragraph]]:
    """A document's paragraph by label ("16", "2.3") or "#ordinal", with `around` neighbours each side."""
    doc = index.document(document)
    if doc is None:
        matches = [d for d in index.documents() if document.lower() in (d.title + " " + d.path).lower()]
        if len(matches) != 1:
            hint = "several match" if matches else "none matches"
            raise DocsearchError(f"no single document for {document!r} ({hint}); see `docsearch docs`")
        doc = matches[0]
    if paragraph is None:
        return doc, None, index.paragraphs(doc.doc_id, 0, 2 * around + 1)
    if paragraph.startswith("#") and paragraph[1:].isdigit():
        target = int(paragraph[1:])
    else:
        label = paragraph.strip().rstrip(".")
        row = index.conn.execute(
            "SELECT ordinal FROM paragraphs WHERE doc_id = ? AND label = ? ORDER BY ordinal LIMIT 1",
            (doc.doc_id, label),
        ).fetchone()
        if row is None:  # "d" or "(d)" for the item cited "3.1(d)", when only one item has that letter
            item = f"%({label.strip('()')})"
            rows = index.conn.execute(
                "SELECT ordinal, label FROM paragraphs WHERE doc_id = ? AND label LIKE ? ORDER BY ordinal",
                (doc.doc_id, item),
            ).fetchall()
            if len(rows) > 1:
                raise DocsearchError(f"{doc.title}: several paragraphs end in {item[1:]!r} "
                                     f"({', '.join(r[1] for r in rows[:6])}); name one")
            row = rows[0] if rows else None
        if row is None:
            raise DocsearchError(f"{doc.title}: no paragraph labelled {paragraph!r}")
        target = row[0]
    return doc, target, index.paragraphs(doc.doc_id, max(0, target - around), target + around + 1)


def entity_summary(files: Sequence[Path], index_dir: Path | None, label: str | None) -> list[dict]:
    """Entities by (label, canonical) with counts and where they occur, from files or an index."""
    from .entities import summarise_entities

    if files:
        from .entities import add_entities
        from .extract import iter_document_files, read_document
        from .pipeline import entity_pipeline

        paragraphs: list[Paragraph] = []
        for path in iter_document_files(files):
            paragraphs.extend(read_document(path).paragraphs)
        tagged = list(add_entities(paragraphs, entity_pipeline()))
    else:
        from . import open_index

        index = open_index(index_dir)
        tagged = [p for d in index.documents() for p in index.paragraphs(d.doc_id)]
    rows = summarise_entities(tagged)
    return [r for r in rows if label is None or r["label"] == label.upper()]
