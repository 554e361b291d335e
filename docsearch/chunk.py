"""Cut paragraphs into retrieval chunks that fit the embedding model."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .models import HEADING, TABLE_ROW, Chunk, Document, Paragraph, row_lead

MAX_WORDS = 200
# A sentence ends at . ! ? (with any closing quote or bracket) before whitespace and a capital,
# figure ("2,314 people responded."), quote, bracket, bullet or pound sign. "£1.3m" has no space
# after its dot, so it never ends one.
_SENTENCE_END = re.compile(r"[.!?][\"')\]’”]*(?=\s+[A-Z0-9\"'(\[‘“£•])")
# Words whose trailing dot is not a sentence end: abbreviations, a bare number or initial.
_NOT_AN_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|no|nos|dr|mr|mrs|ms|st|cllr|para|paras|approx|vs|cf|fig|figs|tel|pp|ref|art|reg|sec|ch|cl|"
    r"vol|app|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d+|\b[A-Za-z])\.$",
    re.I,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _NOT_AN_END.search(text[max(start, match.start() - 12) : match.start() + 1]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def embedding_context(document: Document, paragraph: Paragraph) -> str:
    """What is prepended to a chunk when embedding: title, headings, table caption, lead-in, question."""
    parts = [document.title]
    parts.extend(h for h in paragraph.heading_path[-2:] if h and h != document.title)
    if paragraph.context:  # a table's caption, a list item's lead-in, an answer's question
        parts.append(paragraph.context)
    return " · ".join(p for p in parts if p)


def table_row_text(paragraph: Paragraph) -> str:
    """A table row read with its column headers: "Place: Lutterworth; Beds: Rehab/Sub-Acute (10 beds)"."""
    headers, cells = paragraph.table_headers, paragraph.cells
    if not cells or len(headers) != len(cells) or not any(h.strip() for h in headers):
        return paragraph.text
    parts = []
    for header, cell in zip(headers, cells):
        header, cell = " ".join(header.split()), " ".join(cell.split())
        if cell and cell not in ("-", "–"):
            parts.append(f"{header}: {cell}" if header and header != cell else cell)
    return "; ".join(parts) or paragraph.text


def chunk_paragraph(document: Document, paragraph: Paragraph, max_words: int = MAX_WORDS) -> list[Chunk]:
    """One chunk for a short paragraph; sentence-aligned pieces of at most `max_words` otherwise.

    A table row is one chunk whose text carries the column headers beside the cells. A row too
    long for that (a question and its answer, a scheme and its description) is cut like a
    paragraph, the pieces after the first carrying the row's first cell (what the row is about) in
    their context.
    """
    text = paragraph.text
    context = embedding_context(document, paragraph)
    lead = ""
    if paragraph.kind == TABLE_ROW:
        read = table_row_text(paragraph)
        if len(read.split()) <= max_words:
            return [Chunk(paragraph.doc_id, paragraph.ordinal, 0, read, 0, len(text), context)]
        lead = row_lead(paragraph.cells)
    if len(text.split()) <= max_words:
        return [Chunk(paragraph.doc_id, paragraph.ordinal, 0, text, 0, len(text), context)]
    pieces: list[tuple[int, int]] = []
    piece_start = piece_end = None
    words = 0
    for start, end in _bounded_sentences(text, max_words):
        n = len(text[start:end].split())
        if piece_start is not None and words + n > max_words:
            pieces.append((piece_start, piece_end))
            piece_start, words = None, 0
        if piece_start is None:
            piece_start = start
        piece_end = end
        words += n
    if piece_start is not None:
        pieces.append((piece_start, piece_end))
    return [
        Chunk(paragraph.doc_id, paragraph.ordinal, i, text[s:e], s, e,
              " · ".join(p for p in (context, lead if s > 0 else "") if p))
        for i, (s, e) in enumerate(pieces)
    ]


def _bounded_sentences(text: str, max_words: int) -> Iterator[tuple[int, int]]:
    """Sentence spans, with any sentence longer than `max_words` cut at word boundaries."""
    for start, end in split_sentences(text):
        words = list(re.finditer(r"\S+", text[start:end]))
        for i in range(0, len(words), max_words):
            group = words[i : i + max_words]
            yield start + group[0].start(), start + group[-1].end()


def chunk_paragraphs(
    document: Document, paragraphs: Iterable[Paragraph], max_words: int = MAX_WORDS
) -> Iterator[Chunk]:
    """Chunks for every paragraph of one document, in reading order.

    Headings are not retrieval units (they say nothing by themselves); they reach the chunks
    beneath them as context. Nor is a front sheet's row that restates one ("Report title |
    Future of Millbridge Leisure Centre"), which would otherwise outrank what the paper says.
    """
    paragraphs = list(paragraphs)
    headings = {_fold(p.text) for p in paragraphs if p.kind == HEADING} | {_fold(document.title)}
    for paragraph in paragraphs:
        if not paragraph.text.strip() or paragraph.kind == HEADING or _restates_heading(paragraph, headings):
            continue
        yield from chunk_paragraph(document, paragraph, max_words)


def _restates_heading(paragraph: Paragraph, headings: set[str]) -> bool:
    """A front sheet's "Report title | ..." row whose value is one of the document's headings or its title."""
    filled = [cell for cell in paragraph.cells if cell.strip()]
    return paragraph.kind == TABLE_ROW and len(filled) == 2 and bool(_TITLE_LABEL.match(filled[0].strip())) \
        and _fold(filled[1]) in headings


_TITLE_LABEL = re.compile(r"^(?:(?:report|item|paper)\s+)?(?:title|subject|name)(?:\s+of\s+(?:the\s+)?report)?:?$", re.IGNORECASE)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def embedding_units(chunk: Chunk) -> list[str]:
    """The texts embedded for a chunk: the chunk read with its context, then each of its sentences.

    A search matches a chunk by the best of these, so one sentence that says what the query asks
    is found even inside a long paragraph about other things.
    """
    own = chunk.text
    sentences = [own[s:e] for s, e in split_sentences(own)] or [own]
    whole = f"{chunk.context}\n{own}" if chunk.context else own
    return [whole] + sentences
