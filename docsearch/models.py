"""Records passed between pipeline stages: frozen dataclasses, JSON via dataclasses.asdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Paragraph kinds.
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
HEADING = "heading"

# Entity labels, as the entity stage tags them.
ENTITY_LABELS = ("MONEY", "ORG", "SITE", "PLACE", "BEDS", "PERSON", "DATE")

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Document:
    """A source file as published: identity, provenance and catalogue metadata."""

    doc_id: str  # sha256 hex digest of the file's bytes (first 16 hex characters)
    path: str
    title: str
    body: str | None = None  # committee or publishing body, e.g. "Leicestershire County Council Cabinet"
    date: str | None = None  # meeting date, ISO "2018-04-10", or "2016-09" where only that is known
    kind: str | None = None  # report, agenda pack, minutes, bulletin
    media_type: str = "application/pdf"  # application/pdf, text/html, text/plain, text/markdown
    page_count: int = 0
    restrictions: tuple[str, ...] = ()  # owner-password restrictions, e.g. ("no-copy", "no-print")
    warnings: tuple[str, ...] = ()  # things a person should know (pages skipped, OCR used, ...)


@dataclass(frozen=True)
class Entity:
    """A normalised mention in a paragraph (offsets are into Paragraph.text)."""

    label: str  # MONEY, ORG, SITE, PLACE, BEDS, PERSON, DATE
    text: str  # surface text as written
    start: int
    end: int
    canonical: str  # canonical form: "University Hospitals of Leicester NHS Trust", "£1,300,000", "2018-04-10"
    value: float | None = None  # amount_gbp for MONEY, bed count for BEDS
    value_max: float | None = None  # upper end of a range ("£300-350m")
    detail: str | None = None  # role for PERSON, site for BEDS, town for SITE


@dataclass(frozen=True)
class Paragraph:
    """What the page shows, whole, however long, even across a page break: what citations name."""

    doc_id: str
    ordinal: int  # 0-based position in the document's reading order
    text: str
    kind: str = PARAGRAPH  # paragraph, list_item, table_row, heading
    pages: tuple[int, ...] = (1,)  # 1-based PDF page numbers the paragraph lies on
    printed_pages: tuple[str | None, ...] = (None,)  # printed page number per entry of `pages`
    label: str | None = None  # "16", "2.3", "(a)", "(i)"
    heading_path: tuple[str, ...] = ()
    context: str = ""  # lead-in sentence for a list item; caption/heading for a table row
    table_headers: tuple[str, ...] = ()  # column headers, for table rows
    cells: tuple[str, ...] = ()  # cell texts, for table rows
    bbox: BBox | None = None  # on the first page, in PDF points
    entities: tuple[Entity, ...] = ()
    part: str | None = None  # in an agenda pack, the item whose paper this is ("Item 9: ...")

    @property
    def page(self) -> int:
        return self.pages[0]

    @property
    def printed_page(self) -> str | None:
        return self.printed_pages[0]


@dataclass(frozen=True)
class Part:
    """In an agenda pack, the PDF pages of one agenda item's paper."""

    first_page: int
    last_page: int
    title: str  # "Item 9: Sustainability and Transformation Plan"


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: a paragraph, or a sentence-aligned piece of a long one."""

    doc_id: str
    paragraph_ordinal: int
    chunk_index: int  # 0 for the first (or only) piece of the paragraph
    text: str  # the cited passage itself
    start: int  # character offsets of `text` within Paragraph.text
    end: int
    context: str = ""  # what is prepended when embedding: title, heading path, headers, lead-in


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


ROW_LEAD_WORDS = 30  # of a table row's first cell, read as what the row is about


def row_lead(cells: tuple[str, ...] | list[str]) -> str:
    """What a table row is about: its first cell, at most ROW_LEAD_WORDS words of it."""
    return " ".join(cells[0].split()[:ROW_LEAD_WORDS]) if cells else ""


def cited_label(label: str) -> str:
    """A paragraph's number as officers cite it: "para 4.3", "para (a)"; "minute 45" as it is."""
    return label if label.startswith("minute ") else f"para {label}"


def format_date(value: str | None) -> str | None:
    """'2018-04-10' -> '10 Apr 2018'; '2016-09' -> 'Sep 2016'; anything else unchanged."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    except ValueError:
        pass
    parts = value.split("-")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


@dataclass(frozen=True)
class Citation:
    """Where a passage came from, in the terms officers use."""

    doc_id: str
    title: str
    path: str
    body: str | None = None
    date: str | None = None
    page: int | None = None  # PDF page (1-based)
    printed_page: str | None = None
    label: str | None = None
    heading: str | None = None
    paragraph_ordinal: int | None = None
    index_name: str | None = None
    part: str | None = None  # in an agenda pack, the item whose paper it is ("Item 9: ...")

    def __str__(self) -> str:
        """e.g. 'Cabinet, 10 Apr 2018 · NHS STP report · para 16 · p. 4'."""
        head = ", ".join(p for p in (self.body, format_date(self.date)) if p)
        parts = [p for p in (head, self.title, self.part) if p]
        if self.label:
            parts.append(cited_label(self.label))
        if self.page is not None:
            printed = self.printed_page
            if printed and printed != str(self.page):
                parts.append(f"p. {printed} (PDF p. {self.page})")
            else:
                parts.append(f"p. {self.page}")
        return " · ".join(parts)


@dataclass(frozen=True)
class Hit:
    """One search result: the cited passage, its score and where it came from."""

    text: str
    score: float
    citation: Citation
    paragraph_text: str = ""
    kind: str = PARAGRAPH
    entities: tuple[Entity, ...] = ()
    also_in: tuple[Citation, ...] = ()  # the same paragraph published elsewhere
    chunk_id: int = 0
    # A table row read with its column headers ("Place: Lutterworth; Beds: Rehab/Sub-Acute (10 beds)");
    # `text` is the row as printed, its cells in order. Empty for passages that are not table rows.
    row_with_headers: str = ""

    @property
    def reading(self) -> str:
        """The passage as a person reads it: a table row with its headers, anything else as it is."""
        return self.row_with_headers or self.text


@dataclass(frozen=True)
class AnswerSentence:
    text: str
    citation: Citation


@dataclass(frozen=True)
class Answer:
    """A short answer made only of sentences from the documents, each with its citation."""

    question: str
    sentences: tuple[AnswerSentence, ...]
    hits: tuple[Hit, ...]
    found: bool = True
    message: str = ""


@dataclass(frozen=True)
class ReadResult:
    """A document and its paragraphs, as the reader produced them."""

    document: Document
    paragraphs: tuple[Paragraph, ...] = field(default_factory=tuple)
