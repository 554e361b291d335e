"""Read a PDF into paragraph blocks: open safely, pull positioned lines, OCR pages without text."""

from __future__ import annotations

import logging
import re
import shutil
import statistics
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import pymupdf

from ..errors import (
    DamagedDocument,
    EmptyDocument,
    EncryptedDocument,
    NoTextLayer,
    ReadTimeout,
    UnreadableDocument,
)
from ..models import Part
from .catalog import (
    body_from_header,
    front_body,
    is_authority,
    labelled_title,
    meaningful_title,
    meeting_date,
    meeting_stamp,
    names_body,
)
from .labels import clean_text, is_label_only, looks_garbled, split_label, vocabulary
from .layout import build_blocks, classify_headings, measure
from .margins import AGENDA_STAMP, Margins, strip_margins
from .page import PageText, TextLine
from .parts import find_parts
from .structure import Block, minute_reference
from .tables import find_tables, labelled_rows, ruled_area

log = logging.getLogger(__name__)

_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_LIGATURES
_BOLD_FLAG = 16
_SUPERSCRIPT_FLAG = 1
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold")
OCR_DPI = 200
# Pixels one page may be rendered at for OCR: A2 at 200 dpi. A poster-sized scan is read at a lower
# resolution instead of taking gigabytes and minutes (a 6000 pt page at 200 dpi took 3.4 GB, 47 s).
OCR_MAX_PIXELS = 16_000_000


@dataclass(frozen=True)
class PdfContent:
    """What a PDF gave: its blocks and what the file says about itself."""

    blocks: tuple[Block, ...]
    page_count: int
    title: str | None
    body: str | None
    date: str | None
    restrictions: tuple[str, ...]
    warnings: tuple[str, ...]
    parts: tuple[Part, ...] = ()  # the agenda items' papers inside a pack


def tesseract_available() -> bool:
    """True when the tesseract OCR engine is installed (PyMuPDF's OCR needs it)."""
    return shutil.which("tesseract") is not None


@lru_cache(maxsize=1)
def _tessdata() -> str | None:
    try:
        return pymupdf.get_tessdata()
    except Exception:  # noqa: BLE001 - no language data found: let tesseract use its default
        return None


def open_pdf(data: bytes, name: str, password: str | None) -> Any:
    """Open PDF bytes with PyMuPDF, authenticating with `password` when the file needs one.

    Raises DamagedDocument when the library cannot open it and EncryptedDocument when it needs a
    password that was not given or was wrong.
    """
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        raise DamagedDocument(f"{name}: damaged beyond repair: {_short(exc)}") from exc
    if doc.needs_pass:
        if not password:
            doc.close()
            raise EncryptedDocument(f"{name}: encrypted: needs a password (use --password)")
        if not doc.authenticate(password):
            doc.close()
            raise EncryptedDocument(f"{name}: encrypted: the password given is wrong")
    return doc


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


def restrictions_of(doc: Any) -> tuple[str, ...]:
    """Owner-password restrictions as words: ("no-copy", "no-print", "no-modify")."""
    try:
        if not doc.is_encrypted and not (doc.metadata or {}).get("encryption"):
            return ()
        permissions = doc.permissions
    except Exception:  # noqa: BLE001
        return ()
    found = []
    flags = ((pymupdf.PDF_PERM_COPY, "no-copy"), (pymupdf.PDF_PERM_PRINT, "no-print"), (pymupdf.PDF_PERM_MODIFY, "no-modify"))  # type: ignore[attr-defined]
    for flag, word in flags:
        if not permissions & flag:
            found.append(word)
    return tuple(found)


def read_pdf(data: bytes, name: str, *, password: str | None, max_pages: int, ocr: bool, time_limit: float) -> PdfContent:
    """Read PDF bytes into blocks (see read_document for the rules and errors)."""
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    doc = open_pdf(data, name, password)
    try:
        return _read_open(doc, name, max_pages=max_pages, ocr=ocr, time_limit=time_limit)
    except UnreadableDocument:
        raise
    except Exception as exc:  # the library can fail outside the page loop too (a page tree claiming 2e9 pages)
        raise DamagedDocument(f"{name}: damaged beyond repair: {_short(exc)}") from exc
    finally:
        doc.close()
        messages = pymupdf.TOOLS.mupdf_warnings(reset=True)
        if messages:
            log.debug("%s: PDF library messages: %s", name, messages.replace("\n", "; ")[:500])


def _read_open(doc: Any, name: str, *, max_pages: int, ocr: bool, time_limit: float) -> PdfContent:
    warnings: list[str] = []
    page_count = doc.page_count
    if page_count == 0:
        raise DamagedDocument(f"{name}: damaged beyond repair: no readable pages")
    if getattr(doc, "is_repaired", False):
        warnings.append("the file was damaged; read what the PDF library could repair")
    if page_count > max_pages:
        warnings.append(f"read the first {max_pages} of {page_count} pages (page limit)")
    labels = _page_labels(doc, min(page_count, max_pages))
    can_ocr = ocr and tesseract_available()
    pages: list[PageText] = []
    imageless_blank = scanned = ocr_pages = garbled = 0
    unreadable: list[int] = []
    started = time.monotonic()
    for index in range(min(page_count, max_pages)):
        if time.monotonic() - started > time_limit:
            warnings.append(f"stopped after page {index} of {page_count}: over the {time_limit:.0f} s limit per file")
            if not pages:
                raise ReadTimeout(f"{name}: reading took over {time_limit:.0f} s; no page finished")
            break
        try:
            page = doc[index]
            if page.rotation in (90, 270) and _turned(page):
                page.remove_rotation()  # a landscape page turned by /Rotate: read it as it is shown
            text_page = None
            lines, dropped = _page_lines(page, index + 1, None)
            garbled += dropped
            if not lines and _has_images(page):
                if not can_ocr:
                    scanned += 1
                    continue
                text_page = page.get_textpage_ocr(full=True, language="eng", dpi=ocr_dpi(page), tessdata=_tessdata())
                lines, dropped = _page_lines(page, index + 1, text_page)
                lines = _even_ocr_sizes(lines)
                ocr_pages += 1
            if not lines:
                imageless_blank += 1
                continue
            area = ruled_area(page) if text_page is None else None
            tables = find_tables(page, index + 1, area, lines) if area else []
            if tables:
                lines = [line for line in lines if not any(_inside(line, table.bbox) for table in tables)]
            boxes = labelled_rows(lines, index + 1)  # labels beside values without rules
            if boxes:
                lines = [line for line in lines if not any(_inside(line, table.bbox) for table in boxes)]
                tables = sorted([*tables, *boxes], key=lambda table: table.bbox[1])
            pages.append(PageText(index + 1, float(page.rect.width), float(page.rect.height), tuple(lines), tuple(tables), ocr=text_page is not None))
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            unreadable.append(index + 1)
            log.debug("%s: page %d unreadable: %s", name, index + 1, exc)
    if unreadable:
        warnings.append(f"{len(unreadable)} page(s) could not be read: {_page_list(unreadable)}")
    if garbled:
        warnings.append(f"{garbled} line(s) in a font without a usable character map were skipped")
    if ocr_pages:
        warnings.append(f"{ocr_pages} page(s) had no text layer and were read by OCR")
    if not pages:
        if scanned:
            if not ocr:
                raise NoTextLayer(f"{name}: no text layer (scanned pages) and OCR was turned off")
            raise NoTextLayer(f"{name}: no text layer and no OCR engine installed (install tesseract-ocr)")
        if unreadable:
            raise DamagedDocument(f"{name}: damaged beyond repair: no page could be read")
        raise EmptyDocument(f"{name}: no text on any page")
    if scanned:
        warnings.append(f"{scanned} scanned page(s) without a text layer were skipped (install tesseract-ocr to read them)")

    margins = strip_margins(pages, labels)
    style = measure(margins.pages)
    vocab = vocabulary(line.text for page in margins.pages for line in page.lines)
    raw_blocks = build_blocks(margins.pages, vocab, style)
    blocks = classify_headings(raw_blocks, style)
    first_rows = _opening_rows(pages[0])
    first_text = "\n".join(" | ".join(part for part in row if part) for row in first_rows)
    opening = " ".join(line.text for page in pages[:2] for line in page.lines)
    stated = meaningful_title((doc.metadata or {}).get("title"))
    borne_out = stated if stated and said_in(stated, opening) else None  # not a template's or another paper's
    title = borne_out or labelled_title(first_rows) or _largest_text(margins.pages[0]) or stated
    return PdfContent(
        blocks=tuple(blocks),
        page_count=page_count,
        title=title,
        body=front_body(first_rows, _body_in(margins)),
        date=meeting_date(first_text, tuple(filter(None, (margins.running_header, margins.running_footer)))),
        restrictions=restrictions_of(doc),
        warnings=tuple(warnings),
        parts=tuple(find_parts(margins.pages, pages)),
    )


def ocr_dpi(page: Any) -> int:
    """OCR_DPI, lowered for a page so large that it would render to more than OCR_MAX_PIXELS."""
    square_inches = abs(float(page.rect.width) * float(page.rect.height)) / (72.0 * 72.0)
    if square_inches <= 0:
        return OCR_DPI
    return max(1, min(OCR_DPI, int((OCR_MAX_PIXELS / square_inches) ** 0.5)))


def _even_ocr_sizes(lines: list[TextLine]) -> list[TextLine]:
    """OCR guesses a size per line; one size for the page keeps its lines in one paragraph."""
    if not lines:
        return lines
    size = statistics.median(line.size for line in lines)
    return [replace(line, size=size, bold=False) for line in lines]


def _opening_rows(page: PageText) -> list[tuple[str, str]]:
    """A page's lines and table rows top to bottom, as (text, "") and (label, value) pairs: a
    front sheet's box of labels and values is often a ruled table."""
    rows: list[tuple[float, tuple[str, str]]] = [(line.y0, (line.text, "")) for line in page.lines]
    for table in page.tables:
        if table.headers:
            rows.append((table.bbox[1], (" ".join(table.headers), "")))
        for row in table.rows:
            filled = [cell for cell in row.cells if cell]
            pair = (filled[0], " ".join(filled[1:])) if len(row.cells) == 2 and len(filled) == 2 else (" ".join(filled), "")
            rows.append((row.bbox[1], pair))
    return [pair for _, pair in sorted(rows, key=lambda item: item[0])]


def _body_in(margins: Margins) -> str | None:
    """The body a running header names ("Cabinet – 10 April 2018", "Planning Committee"), or a footer
    naming it beside a date; not a reference or a subject ("Report ref: CAB/25/011", "Council Tax")."""
    if margins.running_header:
        stamp = meeting_stamp(margins.running_header)
        if stamp:
            return stamp
        body = body_from_header(margins.running_header)
        if body and names_body(body) and not is_authority(body):
            return body
    return meeting_stamp(margins.running_footer) if margins.running_footer else None


def _turned(page: Any) -> bool:
    """Whether most of a page's text runs up or down the unturned page (so it reads level as the
    page is shown, turned by /Rotate), rather than level as drawn."""
    level = turned = 0
    for block in page.get_text("dict", flags=_TEXT_FLAGS).get("blocks", ()):
        for line in block.get("lines", ()):
            count = sum(len(span.get("text", "").strip()) for span in line.get("spans", ()))
            if abs(line.get("dir", (1, 0))[1]) > 0.1:
                turned += count
            else:
                level += count
    return turned > level


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (", ..." if len(numbers) > 10 else "")


def _page_labels(doc: Any, count: int) -> list[str | None] | None:
    try:
        if not doc.get_page_labels():
            return None
        return [doc[index].get_label() or None for index in range(count)]
    except Exception:  # noqa: BLE001 - broken label trees are common; the footer numbers remain
        return None


def _has_images(page: Any) -> bool:
    try:
        return bool(page.get_images(full=False))
    except Exception:  # noqa: BLE001
        return False


def _inside(line: TextLine, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def said_in(title: str, text: str) -> bool:
    """Whether most words of a metadata title (three letters or more) are in the text.

    Titles left in the metadata by a template ("LA NAME - standard-short inspection report -
    INSPECTION DATE") or by the paper a file was copied from are not on its first pages.
    """
    words = set(re.findall(r"[a-z]{3,}", title.lower()))
    found = set(re.findall(r"[a-z]{3,}", text.lower()))
    return bool(words) and len(words & found) >= 0.5 * len(words)


_PACK_STAMP = re.compile(r"^\s*public document pack\s*$", re.IGNORECASE)  # modern.gov's, not a title
_ATTENDANCE = re.compile(r"^(?:present|also present|in attendance|apologies|officers)\b", re.IGNORECASE)


def _largest_text(page: PageText) -> str | None:
    """The first page's biggest type (a title), lines joined."""
    lines = [line for line in page.lines if not (_PACK_STAMP.match(line.text) or AGENDA_STAMP.match(" ".join(line.text.split())))]
    worded = [line.size for line in lines if any(ch.isalpha() for ch in line.text)]
    if not worded:
        return None
    biggest = max(worded)
    chosen: list[TextLine] = []
    for line in lines:
        if chosen and (split_label(line.text)[0] is not None or minute_reference(line.text) or _ATTENDANCE.match(line.text)):
            break  # "45. FUTURE OF ...", "CAB 45/24 ..." or "Present: ..." in the title's type is not more title
        if abs(line.size - biggest) < 0.5:
            chosen.append(line)
        elif chosen:
            break
    title = " ".join(" ".join(line.text for line in chosen).split())
    return title[:200] if title and len(title) >= 3 else None


@dataclass(frozen=True)
class _Fragment:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    bold: bool


def _page_lines(page: Any, number: int, text_page: Any) -> tuple[list[TextLine], int]:
    """A page's visual lines, top to bottom, and how many garbled lines were dropped."""
    raw = page.get_text("dict", flags=_TEXT_FLAGS, textpage=text_page)
    fragments: list[_Fragment] = []
    garbled = 0
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            direction = line.get("dir", (1, 0))
            if abs(direction[1]) > 0.1:
                continue  # rotated text: a margin note or a stamp, outside the reading order
            spans = [span for span in line.get("spans", ()) if span.get("text")]
            if len(spans) > 1:
                spans = [span for span in spans if not _is_footnote_mark(span)] or spans
            raw_text = "".join(span["text"] for span in spans)
            if looks_garbled(raw_text):
                garbled += 1
                continue
            text = clean_text(raw_text)
            if not text:
                continue
            fragments.append(_fragment(spans, text, line["bbox"]))
    return _merge_rows(fragments, number), garbled


def _is_footnote_mark(span: dict[str, Any]) -> bool:
    """A superscript number or symbol pointing at a footnote ("improve?¹"): not part of the words."""
    text = span["text"].strip()
    return bool(span.get("flags", 0) & _SUPERSCRIPT_FLAG) and 0 < len(text) <= 3 and not any(ch.isalpha() for ch in text)


def _fragment(spans: list[dict[str, Any]], text: str, bbox: tuple[float, float, float, float]) -> _Fragment:
    chars_by_size: dict[float, int] = {}
    bold_chars = total = 0
    for span in spans:
        count = len(span["text"].strip())
        if not count:
            continue
        size = round(float(span.get("size", 0.0)), 1)
        chars_by_size[size] = chars_by_size.get(size, 0) + count
        total += count
        font = str(span.get("font", "")).lower()
        if span.get("flags", 0) & _BOLD_FLAG or any(mark in font for mark in _BOLD_NAMES):
            bold_chars += count
    size = max(chars_by_size, key=lambda s: chars_by_size[s]) if chars_by_size else 0.0
    x0, y0, x1, y1 = (float(v) for v in bbox)
    return _Fragment(x0, y0, x1, y1, text, size, total > 0 and bold_chars >= 0.7 * total)


# A minute's number in a column of its own beside the minute's heading: "64/24", "CAB.45/24".
_MINUTE_NUMBER = re.compile(r"^(?:[A-Z]{1,5}[ ./]?)?\d{1,4}/\d{2,4}\.?$")


def _merge_rows(fragments: list[_Fragment], number: int) -> list[TextLine]:
    """Join fragments on one baseline into lines; far-apart fragments (columns, cells) stay apart."""
    fragments.sort(key=lambda f: ((f.y0 + f.y1) / 2, f.x0))
    rows: list[list[_Fragment]] = []
    for fragment in fragments:
        middle = (fragment.y0 + fragment.y1) / 2
        if rows:
            row = rows[-1]
            top = min(f.y0 for f in row)
            bottom = max(f.y1 for f in row)
            if top <= middle <= bottom and abs(((top + bottom) / 2) - middle) < 0.4 * max(bottom - top, 1):
                row.append(fragment)
                continue
        rows.append([fragment])
    lines: list[TextLine] = []
    for row in rows:
        row.sort(key=lambda f: f.x0)
        group = [row[0]]
        for fragment in row[1:]:
            previous = group[-1]
            gap = fragment.x0 - previous.x1
            label_first = len(group) == 1 and (is_label_only(previous.text) or (
                _MINUTE_NUMBER.match(previous.text) is not None and (fragment.bold or fragment.text.isupper())))
            if gap <= 1.5 * max(previous.size, fragment.size, 1) or (label_first and gap < 80):
                group.append(fragment)
            else:
                lines.append(_line(group, number))
                group = [fragment]
        lines.append(_line(group, number))
    lines.sort(key=lambda line: (line.y0, line.x0))
    return lines


def _line(group: list[_Fragment], number: int) -> TextLine:
    text = " ".join(f.text for f in group)
    label_apart = len(group) > 1 and is_label_only(group[0].text)
    text_x = group[1].x0 if label_apart else group[0].x0
    weights = [len(f.text) for f in group]
    main = group[weights.index(max(weights))]
    # a number standing apart ("64/24", "2.") does not decide whether the words beside it are bold
    worded = group[1:] if len(group) > 1 and (label_apart or _MINUTE_NUMBER.match(group[0].text)) else group
    bold_chars = sum(len(f.text) for f in worded if f.bold)
    return TextLine(
        page=number,
        x0=group[0].x0,
        y0=min(f.y0 for f in group),
        x1=group[-1].x1,
        y1=max(f.y1 for f in group),
        text=text,
        size=main.size,
        bold=bold_chars >= 0.7 * sum(len(f.text) for f in worded),
        text_x=text_x,
        label_apart=label_apart,
    )
