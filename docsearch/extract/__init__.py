"""The reader: PDF, HTML and text files into cited paragraphs.

    from docsearch.extract import iter_document_files, read_document
    for path in iter_document_files(["corpora/llr-stp"]):
        result = read_document(path)
        for paragraph in result.paragraphs:
            print(format_paragraph(result.document, paragraph))
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ..errors import EmptyDocument, NotADocument, UnreadableDocument
from ..models import Document, Paragraph, ReadResult, cited_label
from .catalog import CatalogEntry, catalog_entry, title_body
from .files import (
    HTML,
    MARKDOWN,
    PDF,
    TEXT,
    decode_text,
    iter_document_files,
    sniff_bytes,
    sniff_media_type,
)
from .structure import to_paragraphs

__all__ = [
    "format_paragraph",
    "iter_document_files",
    "read_document",
    "sniff_media_type",
]

log = logging.getLogger(__name__)

# What the reader makes of a file, versioned: an index records the version that read its papers, so
# one read by an older reader can say so. 2: a pack's paragraphs name their agenda item, and
# headings stop at the end of each item's paper. 3: a page showing two page numbers (a pack's
# running "Page 63" and its report's own "2") is cited by the one that runs on page to page.
# 4: a table row too long to embed whole is cut into pieces like a paragraph. 5: a front sheet's
# meeting date and name, a box of labels beside values keeping its first row, and a pack's papers
# placed by their "Agenda Item N" stamps, a table's caption heading only its table, minutes cited
# by minute number, and a page turned by /Rotate read as shown. 6: minutes numbered "45 ...",
# "Minute 45 ...", "CAB 45/24 ...", "C45 ..." or "EX/45/24 ..." (a series of them) cited by minute,
# and minutes titled only by their body ("CABINET" over "MINUTES of the meeting held on ...") too;
# a numbered or bold heading in the title's type under it is not part of the title; an agenda's
# body is the meeting its front sheet names ("Cabinet" over "Agenda"), not a running header's council;
# a paper naming no body otherwise takes the one its title names before a date ("Council 20 February
# 2025 - Public Questions"); labels beside values without rules are table rows, a front sheet's
# "Title of report" is the title, and a running header's reference ("Report ref: CAB/25/011") no body;
# headers spanning two or three rows are read down ("2023/24" over "Actual £000"). 7: a summons
# letter's "Date | 4 March 2025" does not date its pack (the meeting it summons to does), a web
# page's "Date of decision:" dates it wherever it sits, and a running header's council name is not
# part of the body ("Kelsborough Borough Council | Cabinet | 12 March 2025": "Cabinet"). 8: the
# entities: a hospital's generic alias inside another name ("the General Fund", "Harbourne General
# Hospital") is not that hospital, and the street a site is on ("Hospital Road") is not a site.
# 9: a list item under a numbered paragraph is cited with its number ("3.1(d)", not "(d)").
# 10: a reply set under a "Response:" heading is read with the question before the heading.
# 11: a running header's council name before a colon is not part of the body ("Ashmere District
# Council: Cabinet"), a page for no meeting is dated by its "Updated ..." or "Published ..." date,
# the paragraph after a question ending "?" is read with it, and a question that minutes report
# ("Councillor Shah asked whether ...") or a "Supplementary question:" is a question.
READER_VERSION = 11
DEFAULT_TIME_LIMIT = 600.0  # seconds per file before reading stops with what it has
_NAMES_FOR = {PDF: "a PDF", HTML: "an HTML page", TEXT: "plain text", MARKDOWN: "Markdown text"}


def read_document(
    path: str | Path,
    *,
    password: str | None = None,
    max_pages: int = 2000,
    ocr: bool = True,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> ReadResult:
    """Read one PDF, HTML, text or Markdown file into its document record and paragraphs.

    The type is judged by content, not by name. Metadata comes from catalog.json beside the file
    when it has an entry, else from the document (PDF title or biggest first-page type, HTML
    title, first clear date, body from the running header).

    Args:
        path: the file.
        password: the open password of an encrypted PDF.
        max_pages: read at most this many pages (a warning in Document.warnings says so).
        ocr: OCR pages without a text layer when tesseract is installed.
        time_limit: stop reading a file after this many seconds, keeping the pages read.

    Returns:
        ReadResult with the Document (doc_id = first 16 hex of the bytes' sha256) and its
        Paragraphs in reading order.

    Raises:
        UnreadableDocument, or a subclass naming the file and the reason in one line:
        EmptyDocument, NotADocument, EncryptedDocument, DamagedDocument, NoTextLayer, ReadTimeout.
    """
    path = Path(path)
    name = path.name
    if path.is_dir():
        raise NotADocument(f"{name}: is a folder, not a document")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyDocument(f"{name}: empty file")
    media_type = sniff_bytes(data[:8192], path.suffix.lower())
    if media_type is None:
        raise NotADocument(f"{name}: not a document (not PDF, HTML or text by its content)")
    if path.suffix.lower() == ".pdf" and media_type != PDF:
        hint = " (a failed download?)" if media_type == HTML else ""
        raise NotADocument(f"{name}: not a PDF: the content is {_NAMES_FOR[media_type]}{hint}")
    doc_id = hashlib.sha256(data).hexdigest()[:16]
    catalog = catalog_entry(path) or CatalogEntry()
    if media_type == PDF:
        return _read_pdf(data, path, doc_id, catalog, password=password, max_pages=max_pages, ocr=ocr, time_limit=time_limit)
    text = decode_text(data)
    if text is None:
        raise NotADocument(f"{name}: not a document (binary content)")
    if media_type == HTML:
        from .html import read_html

        content = read_html(text)
    else:
        from .text import read_text

        content = read_text(text, markdown=media_type == MARKDOWN)
    if not content.blocks:
        raise EmptyDocument(f"{name}: no text found")
    title = catalog.title or content.title or path.stem
    document = Document(
        doc_id=doc_id,
        path=str(path),
        title=title,
        body=catalog.body or content.body or title_body(title),
        date=catalog.date or content.date,
        kind=catalog.kind,
        media_type=media_type,
        page_count=1,
    )
    paragraphs = tuple(to_paragraphs(doc_id, content.blocks, title=title))
    if not paragraphs:  # blocks of nothing but control characters or spaces
        raise EmptyDocument(f"{name}: no text found")
    return ReadResult(document, paragraphs)


def _read_pdf(
    data: bytes, path: Path, doc_id: str, catalog: CatalogEntry, *, password: str | None, max_pages: int, ocr: bool, time_limit: float
) -> ReadResult:
    from .pdf import read_pdf

    content = read_pdf(data, path.name, password=password, max_pages=max_pages, ocr=ocr, time_limit=time_limit)
    title = catalog.title or content.title or path.stem
    document = Document(
        doc_id=doc_id,
        path=str(path),
        title=title,
        body=catalog.body or content.body or title_body(title),
        date=catalog.date or content.date,
        kind=catalog.kind,
        media_type=PDF,
        page_count=content.page_count,
        restrictions=content.restrictions,
        warnings=content.warnings,
    )
    for warning in content.warnings:
        log.warning("%s: %s", path.name, warning)
    paragraphs = tuple(to_paragraphs(doc_id, content.blocks, title=content.title or "", parts=content.parts))
    if not paragraphs:
        raise EmptyDocument(f"{path.name}: no text found")
    return ReadResult(document, paragraphs)


def format_paragraph(document: Document, paragraph: Paragraph) -> str:
    """One paragraph as a person reads it: "[p. 4 (printed 6) · para 16] text"."""
    page = f"p. {paragraph.page}"
    if paragraph.printed_page and paragraph.printed_page != str(paragraph.page):
        page += f" (printed {paragraph.printed_page})"
    if len(paragraph.pages) > 1:
        page = f"pp. {paragraph.pages[0]}-{paragraph.pages[-1]}" + page[len(f"p. {paragraph.page}") :]
    parts = [page]
    if paragraph.label:
        parts.append(cited_label(paragraph.label))
    if paragraph.kind != "paragraph":
        parts.append(paragraph.kind)
    text = paragraph.text
    if paragraph.table_headers:
        text = "; ".join(f"{h}: {c}" if h else c for h, c in zip(paragraph.table_headers, paragraph.cells)) or text
    return f"[{' · '.join(parts)}] {text}"
