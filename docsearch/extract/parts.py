"""The papers inside an agenda pack: which agenda item's report or appendix each page belongs to.

A pack's agenda lists its items with the pages each paper takes ("9. SUSTAINABILITY AND
TRANSFORMATION PLAN / Appendix C / (Pages 57 - 132)"). Only a file whose first pages say
"agenda" and give items' pages has an agenda to go by. An item's paper is placed:

- where a page opens with the item's appendix label ("Appendix C") and half the longer words of
  its title (the best such page, so a report's own "Appendix C" is not taken for the agenda's),
  for as many pages as the agenda gives it: the label wins over the page numbers, which in a
  retyped pack are not the agenda's;
- where the pack stamps a page "Agenda Item 5" (as modern.gov does on each paper's first page),
  up to the next paper, or for as many pages as the agenda gives it;
- else where the agenda's printed pages say, when that page's opening lines show half the
  title's longer words and the page after its last ends the pack, starts the next placed paper,
  or is where the agenda starts another.

A placed paper ends where the next begins. Pages no rule vouches for belong to no item: a
citation without an item is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Part
from .margins import AGENDA_STAMP
from .page import PageText

AGENDA_PAGES = 8  # the agenda is within the pack's first pages
OPENING_LINES = 8  # lines at the top of a page that show what paper starts there
LABEL_LINES = 3  # an appendix label opening a paper is among its first lines
MAX_TITLE_WORDS = 20
_PAGES = re.compile(r"\(\s*pages?\s+(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?\s*\)", re.IGNORECASE)
_PAGES_CUT = re.compile(r"\(\s*pages?\s+\d{1,4}\s*[-–—]?\s*$", re.IGNORECASE)  # "(Pages 10 -" wrapped
_AGENDA = re.compile(r"\bagenda\b", re.IGNORECASE)
_ITEM = re.compile(r"^(?:(?:agenda\s+)?item\s+(\d{1,2}[a-z]?)[.):]?|(\d{1,2}[a-z]?)[.)])\s+([A-Z].*)$")
_BARE_ITEM = re.compile(r"^()(\d{1,2}[a-z]?)\s+([A-Z].*)$")  # "7 Public Health Budget (Pages 1 - 50)"
_APPENDIX = re.compile(r"^(?:appendix|annex|annexe|enclosure)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b\.?$", re.IGNORECASE)
_TO_FOLLOW = re.compile(r"\s*\([^()]*\bto\s+follow\b[^()]*\)", re.IGNORECASE)  # "(Report to follow)"
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_SMALL = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})


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


def agenda_items(agenda: Sequence[PageText], every: bool = False) -> list[Item]:
    """The items listed on a pack's agenda pages (see agenda_pages) that name a paper: pages or an
    appendix (`every`: all numbered items, for a pack that stamps each paper with its item number)."""
    items: list[Item] = []
    pending: Item | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None and (every or pending.appendix or pending.first is not None):
            items.append(pending)
        pending = None

    for text in _agenda_lines(agenda):
        pages_given = _PAGES.search(text)
        words = _PAGES.sub("", text).strip()
        heading = _ITEM.match(words)
        bare = _BARE_ITEM.match(words) if pages_given and not heading else None
        if bare and pending is not None and not _follows(bare.group(2), pending.number):
            # "6. BUDGET MONITORING – QUARTER / 3 PERFORMANCE (Pages 9 - 20)": a title wrapped
            pending, bare = Item(pending.number, f"{pending.title} {words}", pending.appendix), None
        heading = heading or bare
        if heading and len(heading.group(3).split()) <= MAX_TITLE_WORDS:
            flush()
            pending = Item(heading.group(1) or heading.group(2), _TO_FOLLOW.sub("", heading.group(3)).strip(" .:-–"))
        elif pending is not None and _APPENDIX.match(text):
            pending = Item(pending.number, pending.title, _fold(text))
        if pending is not None and pages_given:
            first = int(pages_given.group(1))
            last = int(pages_given.group(2) or first)
            pending = Item(pending.number, pending.title, pending.appendix, first, max(first, last))
            flush()
    flush()
    return items


def _agenda_lines(agenda: Sequence[PageText]) -> list[str]:
    """The agenda's lines, spaces folded, a page range wrapped over two lines ("(Pages 10 -" / "14)") joined."""
    lines: list[str] = []
    cut = False
    for page in agenda:
        for line in page.lines:
            text = " ".join(line.text.split())
            if cut:
                lines[-1] += " " + text
            else:
                lines.append(text)
            cut = bool(_PAGES_CUT.search(lines[-1]))
    return lines


def agenda_pages(pages: Sequence[PageText]) -> Sequence[PageText]:
    """The first pages up to the last of them giving an item's pages ("(Pages 57 - 132)"), if they
    say "agenda"; none otherwise (a report's contents page giving its sections' pages is no agenda)."""
    giving = [i for i, page in enumerate(pages[:AGENDA_PAGES]) if any(_PAGES.search(line.text) for line in page.lines)]
    if not giving:
        return ()
    agenda = pages[: giving[-1] + 1]
    return agenda if any(_AGENDA.search(line.text) for page in agenda for line in page.lines) else ()


def find_parts(pages: Sequence[PageText], unstripped: Sequence[PageText] = ()) -> list[Part]:
    """The parts of a pack that an agenda item names and the pages bear out (see the module).

    `unstripped` are the same pages before their running headers were taken out: the "Agenda
    Item 5" stamps, one per paper at the same place, look like a running header.
    """
    agenda = agenda_pages(pages)
    items = agenda_items(agenda)
    if not agenda:
        return []
    after_agenda = [page for page in pages if page.number > agenda[-1].number]
    by_printed: dict[int, PageText] = {}
    for page in after_agenda:
        if page.printed and page.printed.isdecimal():
            by_printed.setdefault(int(page.printed), page)
    last_number = pages[-1].number
    bounds: dict[int, tuple[int, Item]] = {}  # first PDF page -> (last PDF page, item)
    for item in items:
        opened = _labelled_page(after_agenda, item)
        if opened is not None:
            bounds.setdefault(opened.number, (min(last_number, opened.number + _length(item, last_number)), item))
    stamped = _stamped_pages([page for page in unstripped if page.number > agenda[-1].number])
    for item in _numbered(agenda_items(agenda, every=True)):
        number = stamped.get(item.number.lower())
        if number is not None and item not in {placed for _, placed in bounds.values()}:
            bounds.setdefault(number, (min(last_number, number + _length(item, last_number)), item))
    labelled = {item for _, item in bounds.values()}
    ranged: dict[int, tuple[int, Item]] = {}  # first PDF page -> (printed last page, item)
    for item in items:
        if item in labelled or item.first is None or item.last is None:
            continue
        first = by_printed.get(item.first)
        if first is not None and first.number not in bounds and _title_shown(first, item) >= 0.5:
            ranged.setdefault(first.number, (item.last, item))
    listed_starts = {item.first for item in items if item.first is not None}
    for number, (last_printed, item) in ranged.items():
        after = by_printed.get(last_printed + 1)
        if last_printed not in by_printed or (after is None and last_printed < max(by_printed)):
            continue  # the agenda's page numbers are not this pack's
        if after is not None and after.number not in ranged and after.number not in bounds \
                and last_printed + 1 not in listed_starts:
            continue  # nothing starts where the agenda says this paper ends
        bounds[number] = (by_printed[last_printed].number, item)
    parts: list[Part] = []
    starts = sorted(bounds)
    for index, number in enumerate(starts):
        end, item = bounds[number]
        if index + 1 < len(starts):
            end = min(end, starts[index + 1] - 1)
        parts.append(Part(number, end, item.name))
    return parts


def _numbered(items: Sequence[Item]) -> list[Item]:
    """One item per number: a note above the agenda ("2. Questions must reach us by ...") gives way
    to the agenda's item of that number, and an item naming its paper's pages to one that does not."""
    chosen: dict[str, Item] = {}
    for item in items:
        held = chosen.get(item.number)
        if held is None or held.first is None and held.appendix is None:
            chosen[item.number] = item
    return list(chosen.values())


def _length(item: Item, otherwise: int) -> int:
    """How many pages after its first an item's paper takes, by the agenda's pages."""
    return item.last - item.first if item.first is not None and item.last is not None else otherwise


def _stamped_pages(pages: Sequence[PageText]) -> dict[str, int]:
    """The first page stamped with each agenda item's number ("Agenda Item 5" atop its paper)."""
    stamped: dict[str, int] = {}
    for page in pages:
        for line in sorted(page.lines, key=lambda line: line.y0)[:LABEL_LINES]:
            match = AGENDA_STAMP.match(" ".join(line.text.split()))
            if match:
                stamped.setdefault(match.group(1).lower(), page.number)
    return stamped


def part_of(parts: Sequence[Part], page: int) -> str | None:
    """The title of the part a PDF page lies in, if any."""
    return next((p.title for p in parts if p.first_page <= page <= p.last_page), None)


def _labelled_page(pages: Sequence[PageText], item: Item) -> PageText | None:
    """The page that best opens with the item's appendix label beside half its title's words."""
    if not item.appendix:
        return None
    best: tuple[float, PageText] | None = None
    for page in pages:
        if any(_fold(line.text) == item.appendix for line in page.lines[:LABEL_LINES]):
            shown = _title_shown(page, item)
            if shown >= 0.5 and (best is None or shown > best[0]):
                best = (shown, page)
    return best[1] if best else None


def _title_shown(page: PageText, item: Item) -> float:
    """The share of the item title's longer words found in the page's opening lines."""
    words = set(_TITLE_WORD.findall(item.title.lower()))
    shown = {w for line in page.lines[:OPENING_LINES] for w in _TITLE_WORD.findall(line.text.lower())}
    return len(words & shown) / len(words) if words else 0.0


def _follows(number: str, previous: str) -> bool:
    """Whether item `number` ("6", "6a") can come after item `previous`: agenda items count up."""
    return int(number.rstrip("abcdefghijklmnopqrstuvwxyz")) > int(previous.rstrip("abcdefghijklmnopqrstuvwxyz"))


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
