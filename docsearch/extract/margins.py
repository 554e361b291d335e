"""Running headers, footers and printed page numbers: found by repetition across pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .page import PageText, TextLine, with_lines

# Share of the page height at the top and bottom where running headers and footers live.
MARGIN_SHARE = 0.13
EDGE_SHARE = 0.07  # the outermost band, where a lone page's header and footer sit
_ROMAN = r"[ivxlcdm]{1,7}"
_PAGE_NUMBER = re.compile(
    rf"^(?:page\s*)?[-–—(\[]?\s*(\d{{1,4}}|{_ROMAN})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{{1,4}})?$", re.IGNORECASE
)
# modern.gov stamps the first page of each paper in a pack with its item: "Agenda Item 5" atop it.
AGENDA_STAMP = re.compile(r"^agenda\s+item\s*(?:no\.?\s*)?:?\s*(\d{1,2}[a-z]?)\.?$", re.IGNORECASE)
_PAGE_WORD = re.compile(rf"\bpage\s+(\d{{1,4}}|{_ROMAN})\b(?:\s*(?:of|/)\s*\d{{1,4}})?", re.IGNORECASE)
_N_OF_M = re.compile(r"\b(\d{1,4})\s*(?:of|/)\s*\d{1,4}\b")


@dataclass(frozen=True)
class Margins:
    """What was taken out of the page margins."""

    pages: tuple[PageText, ...]  # the pages without header and footer lines
    running_header: str | None  # the commonest running header line at the top, if any
    removed: int  # how many lines were removed
    running_footer: str | None = None  # the commonest running line at the bottom (not a page number)


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _in_margin(line: TextLine, height: float) -> str | None:
    if line.y1 <= height * MARGIN_SHARE:
        return "top"
    if line.y0 >= height * (1 - MARGIN_SHARE):
        return "bottom"
    return None


def page_number_in(text: str) -> str | None:
    """The page number a header or footer line shows: "4", "Page 4", "4 of 12", "- iv -"."""
    text = text.strip()
    whole = _PAGE_NUMBER.match(text)
    if whole:
        number = whole.group(1)
        if number.isdigit() or text.lower().startswith("page") or len(text) <= 6:
            return number.lower() if not number.isdigit() else str(int(number))
    inside = _PAGE_WORD.search(text) or _N_OF_M.search(text)
    if inside:
        number = inside.group(1)
        return str(int(number)) if number.isdigit() else number.lower()
    return None


def _without_page_number(text: str) -> str:
    """A running line's words without its page number ("Cabinet - 15 January 2025 - Page 3" gives
    "Cabinet - 15 January 2025"); "" when only the number is left."""
    rest = _PAGE_WORD.sub(" ", text)
    if rest == text:
        rest = _N_OF_M.sub(" ", text)
    rest = " ".join(rest.split()).strip(" -–—|,:")
    return rest if re.search(r"[^\W\d_]{3}", rest) else ""


def _steady(ys: list[float]) -> int:
    """How many occurrences sit at the same height (running text does not move)."""
    middle = sorted(ys)[len(ys) // 2]
    return sum(1 for y in ys if abs(y - middle) <= 3)


def strip_margins(pages: Sequence[PageText], page_labels: Sequence[str | None] | None = None) -> Margins:
    """Remove running headers, footers and page numbers from `pages`.

    A line in the top or bottom margin is running text when the same words (digits aside) appear
    in a margin on several pages; a margin line that is only a page number ("4", "Page 4",
    "4 of 12") goes too, and its number becomes the page's printed page unless the PDF has
    page labels (`page_labels`, one per page), which win.
    """
    positions: dict[str, list[float]] = {}
    for page in pages:
        seen: dict[str, float] = {}
        for line in page.lines:
            if _in_margin(line, page.height):
                seen.setdefault(_key(line.text), line.y0)
        for key, y0 in seen.items():
            positions.setdefault(key, []).append(y0)
    needed = 2 if len(pages) <= 4 else 3
    running = {key for key, ys in positions.items() if re.search(r"\w", key) and _steady(ys) >= needed}

    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            if _in_margin(line, page.height) is None:
                sizes[round(line.size)] += len(line.text)
    if not sizes:  # every line sits in a margin band: judge by the biggest type
        sizes[max((round(line.size) for page in pages for line in page.lines), default=0)] = 1
    body_size = sizes.most_common(1)[0][0]
    few_pages = len(pages) < 3
    header_counts: Counter[str] = Counter()
    footer_counts: Counter[str] = Counter()
    body: list[tuple[TextLine, ...]] = []  # per page: the lines kept
    removed = 0
    numbers: list[dict[str, str]] = []  # per page: the page number each margin line shows, by its key
    for page in pages:
        kept: list[TextLine] = []
        numbers.append({})
        for line in page.lines:
            zone = _in_margin(line, page.height)
            if zone is None:
                kept.append(line)
                continue
            number = page_number_in(line.text)
            key = _key(line.text)
            # With one or two pages nothing repeats: small type at the very edge is the header.
            edge = few_pages and line.size <= body_size - 1 and (line.y1 <= page.height * EDGE_SHARE or line.y0 >= page.height * (1 - EDGE_SHARE))
            stamp = zone == "top" and AGENDA_STAMP.match(" ".join(line.text.split()))
            if key in running or edge or stamp or (number is not None and _PAGE_NUMBER.match(line.text.strip())):
                removed += 1
                if number is not None:
                    numbers[-1].setdefault(f"{zone} {key}", number)
                words = line.text.strip() if number is None else _without_page_number(line.text)
                if (key in running or edge) and words and not stamp:
                    (header_counts if zone == "top" else footer_counts)[words] += 1
                continue
            kept.append(line)
        body.append(tuple(kept))
    printed = _printed_numbers(numbers)
    cleaned = []
    for index, page in enumerate(pages):
        label = page_labels[index] if page_labels and index < len(page_labels) else None
        cleaned.append(with_lines(page, body[index], label or printed[index]))
    header = header_counts.most_common(1)[0][0] if header_counts else None
    footer = footer_counts.most_common(1)[0][0] if footer_counts else None
    return Margins(tuple(cleaned), header, removed, footer)


def _printed_numbers(numbers: Sequence[dict[str, str]]) -> list[str | None]:
    """Each page's printed number, from the margin lines that show one.

    A page can show two: a pack's running "Page 63" and, beside it, the page number of the report
    it bundles ("2"). The one that runs on by one from page to page most often is the document's
    own; a page without it shows its first.
    """
    runs: Counter[str] = Counter()
    for before, after in zip(numbers, numbers[1:]):
        for key, number in after.items():
            previous = before.get(key)
            if previous and previous.isdecimal() and number.isdecimal() and int(number) == int(previous) + 1:
                runs[key] += 1
    printed: list[str | None] = []
    for shown in numbers:
        ranked = sorted(shown, key=lambda key: -runs[key])  # stable: ties keep the page's order
        printed.append(shown[ranked[0]] if ranked else None)
    return printed
