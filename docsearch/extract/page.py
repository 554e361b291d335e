"""What the PDF reader keeps of a page: positioned text lines and tables, in PDF points."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import BBox


@dataclass(frozen=True)
class TextLine:
    """One visual line of text on a page (fragments on the same baseline merged)."""

    page: int  # 1-based PDF page
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float  # font size of most of the line's characters
    bold: bool  # most of the line's characters are bold
    text_x: float  # where the words start, right of a label standing apart ("1." ... "Impressive")
    label_apart: bool = False  # the line began with a label drawn as a separate fragment


@dataclass(frozen=True)
class TableRow:
    """One data row of a ruled table."""

    bbox: BBox
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table found on a page: its column headers and data rows."""

    page: int
    bbox: BBox
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    generic_headers: bool = False  # headers were not found: a continuation from the page before?


@dataclass(frozen=True)
class PageText:
    """A page's body lines and tables, before paragraphs are formed."""

    number: int  # 1-based PDF page
    width: float
    height: float
    lines: tuple[TextLine, ...]
    tables: tuple[Table, ...] = ()
    printed: str | None = None  # printed page number: the page label or the number in the footer
    ocr: bool = False


def with_lines(page: PageText, lines: tuple[TextLine, ...], printed: str | None) -> PageText:
    """A copy of `page` with other body lines and a printed page number."""
    return replace(page, lines=lines, printed=printed)
