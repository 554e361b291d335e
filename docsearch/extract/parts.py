"""The papers inside an agenda pack: which agenda item's report or appendix each page belongs to.

A pack's agenda lists its items with the pages each paper takes ("9. SUSTAINABILITY AND
TRANSFORMATION PLAN / Appendix C / (Pages 57 - 132)"). An item's paper is taken to start where
the agenda says only when the page agrees: its opening lines share a word with the item's title
(at least half of its longer words, or the item's appendix label), and the page after its last one starts the next listed
paper or ends the pack. A page opening with an item's appendix label ("Appendix C") starts that
item's paper wherever it lies (the label wins over the pages), since a pack's page numbers are
sometimes not the agenda's, if a word of the item's title is there too (a report's own
"Appendix A" is not the agenda's). Pages
no rule vouches for belong to no item: a citation without an item is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Part
from .page import PageText

AGENDA_PAGES = 8  # the agenda is within the pack's first pages
OPENING_LINES = 8  # lines at the top of a page that show what paper starts there
MAX_TITLE_WORDS = 20
_PAGES = re.compile(r"\(\s*pages?\s+(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?\s*\)", re.IGNORECASE)
_ITEM = re.compile(r"^(?:(?:agenda\s+)?item\s+(\d{1,2}[a-z]?)[.):]?|(\d{1,2}[a-z]?)[.)])\s+([A-Z].*)$")
_BARE_ITEM = re.compile(r"^()(\d{1,2}[a-z]?)\s+([A-Z].*)$")  # "7 Public Health Budget (Pages 1 - 50)"
_APPENDIX = re.compile(r"^(?:appendix|annex|annexe|enclosure)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b\.?$", re.IGNORECASE)
_SMALL = frozenset("a an and as at by for from in of on or the to with".split())


@dataclass(frozen=True)
class Item:
    """An agenda item with a paper: its number, title, appendix label and printed pages."""

    number: str
    title: str
    appendix: str | None = None  # "appendix c", as the agenda labels the paper
    first: int | None = None  # printed page numbers the agenda gives
    last: int | None = None

    @property
    def name(self) -> str:
        return f"Item {self.number}: {_readable(self.title)}"


def agenda_items(pages: Sequence[PageText]) -> list[Item]:
    """The items of the agenda that name a paper (pages or an appendix).

    The agenda is the pack's first pages up to the last of them giving an item's pages; a pack
    whose first pages give none has no agenda to go by.
    """
    agenda = agenda_pages(pages)
    items: list[Item] = []
    pending: Item | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None and (pending.appendix or pending.first is not None):
            items.append(pending)
        pending = None

    for page in agenda:
        for line in page.lines:
            text = " ".join(line.text.split())
            pages_given = _PAGES.search(text)
            words = _PAGES.sub("", text).strip()
            heading = _ITEM.match(words) or (_BARE_ITEM.match(words) if pages_given else None)
            if heading and len(heading.group(3).split()) <= MAX_TITLE_WORDS:
                flush()
                pending = Item(heading.group(1) or heading.group(2), heading.group(3).strip(" .:-–"))
            elif pending is not None and _APPENDIX.match(text):
                pending = Item(pending.number, pending.title, _fold(text))
            if pending is not None and pages_given:
                first = int(pages_given.group(1))
                last = int(pages_given.group(2) or first)
                pending = Item(pending.number, pending.title, pending.appendix, first, max(first, last))
                flush()
    flush()
    return items


def find_parts(pages: Sequence[PageText]) -> list[Part]:
    """The parts of a pack that an agenda item names and the pages bear out (see the module)."""
    items = agenda_items(pages)
    if not items:
        return []
    by_printed: dict[int, PageText] = {}
    for page in pages:
        if page.printed and page.printed.isdigit():
            by_printed.setdefault(int(page.printed), page)
    last_number = pages[-1].number
    agenda_end = agenda_pages(pages)[-1].number
    labelled: dict[int, Item] = {}  # PDF page -> item whose appendix label opens it
    for item in items:
        if item.appendix:
            for page in pages:
                if (page.number > agenda_end and any(_fold(l.text) == item.appendix for l in page.lines[:3])
                        and _title_shown(page, item) > 0):  # not a report's own "Appendix A"
                    labelled.setdefault(page.number, item)
                    break
    ranged: dict[int, tuple[int, Item]] = {}  # PDF page -> (printed last page, item) as the agenda says
    for item in items:
        if item in labelled.values() or item.first is None or item.last is None:
            continue  # its label shows where it starts, or the agenda gives no pages
        first = by_printed.get(item.first)
        if first is not None and first.number > agenda_end and _opens(first, item):
            ranged.setdefault(first.number, (item.last, item))
    bounds: dict[int, tuple[int, Item]] = {}  # PDF page -> (last PDF page, item)
    for number, (last_printed, item) in ranged.items():
        after = by_printed.get(last_printed + 1)
        if last_printed not in by_printed or (after is None and last_printed < max(by_printed)):
            continue  # the agenda's page numbers are not this pack's
        if after is not None and after.number not in ranged and after.number not in labelled:
            continue  # the next paper does not start where the agenda says this one ends
        bounds[number] = (by_printed[last_printed].number, item)
    for number, item in labelled.items():
        bounds.setdefault(number, (last_number, item))
    parts: list[Part] = []
    ordered = sorted(bounds)
    for index, number in enumerate(ordered):
        end, item = bounds[number]
        if index + 1 < len(ordered):
            end = min(end, ordered[index + 1] - 1)
        parts.append(Part(number, end, item.name))
    return parts


def agenda_pages(pages: Sequence[PageText]) -> Sequence[PageText]:
    """The first pages, up to the last of them that gives an item's pages ("(Pages 57 - 132)")."""
    giving = [i for i, page in enumerate(pages[:AGENDA_PAGES]) if any(_PAGES.search(l.text) for l in page.lines)]
    return pages[: giving[-1] + 1] if giving else ()


def part_of(parts: Sequence[Part], page: int) -> str | None:
    """The title of the part a PDF page lies in, if any."""
    return next((p.title for p in parts if p.first_page <= page <= p.last_page), None)


def _opens(page: PageText, item: Item) -> bool:
    """Whether a page's opening lines show the item's paper: its label, or half its title's words."""
    if item.appendix and any(_fold(l.text) == item.appendix for l in page.lines[:OPENING_LINES]):
        return True
    return _title_shown(page, item) >= 0.5


def _title_shown(page: PageText, item: Item) -> float:
    """The share of the item title's longer words found in the page's opening lines."""
    words = set(re.findall(r"[^\W\d_]{4,}", item.title.lower()))
    shown = {w for line in page.lines[:OPENING_LINES] for w in re.findall(r"[^\W\d_]{4,}", line.text.lower())}
    return len(words & shown) / len(words) if words else 0.0


def _fold(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def _readable(title: str) -> str:
    """An all-capitals agenda title in title case, short capitalised words (CQC, NHS) kept."""
    if any(ch.islower() for ch in title):
        return title
    words = []
    for index, word in enumerate(title.split()):
        lower = word.lower()
        if index and lower in _SMALL:
            words.append(lower)
        elif len(word.strip("'’()")) <= 3 and word.isalpha():
            words.append(word)
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)
