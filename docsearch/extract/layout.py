"""PDF page lines into paragraphs: line joins, labels, lists, headings, page-break continuation.

The rules work on geometry a reader sees, not on any one generator's habits: a paragraph ends
at extra vertical space, a new label or bullet, a change of font, a short last line ending a
sentence, or a change of indent after a sentence. It carries on over a page break when the
text had not finished a sentence (or a hanging-indent paragraph fills its last line) and the
next page carries on at the same indent without a new label.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ..models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, row_lead
from .labels import (
    ends_full_stop,
    ends_sentence,
    introduces_list,
    join_lines,
    split_label,
)
from .page import PageText, Table, TextLine
from .structure import Block

MAX_HEADING_WORDS = 20
MAX_HEADING_CHARS = 180
_WORDED = re.compile(r"[^\W\d_]{3}")
_CAPTION = re.compile(r"^(?:table|figure|chart|appendix|annex)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Style:
    """Typical measures of a document's body text."""

    size: float  # body font size
    pitch: float  # usual distance from one line's top to the next within a paragraph
    right: dict[int, float]  # right edge of body text per page
    right_default: float  # right edge over the whole document, for pages with little text

    def right_edge(self, page: int) -> float:
        return self.right.get(page, self.right_default)


@dataclass
class _Open:
    """A paragraph being assembled (state owned only while lines are read)."""

    lines: list[TextLine]
    label: str | None
    bullet: str | None
    first_text: str  # first line without its label
    pages: list[int] = field(default_factory=list)
    printed: list[str | None] = field(default_factory=list)

    @property
    def last(self) -> TextLine:
        return self.lines[-1]

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def bold(self) -> bool:
        return self.lines[0].bold

    @property
    def cont_x(self) -> float:
        """Where the paragraph's text runs: the second line's start, or the first's words."""
        if len(self.lines) > 1:
            return self.lines[1].x0
        return self.lines[0].text_x

    def texts(self) -> list[str]:
        return [self.first_text] + [line.text for line in self.lines[1:]]


def measure(pages: Sequence[PageText]) -> Style:
    """The body font size, usual line pitch and right margin of a document."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    size = sizes.most_common(1)[0][0] if sizes else 11.0
    pitches: Counter[float] = Counter()
    right: dict[int, float] = {}
    all_edges: list[float] = []
    for page in pages:
        body = [line for line in page.lines if abs(line.size - size) <= 1]
        for above, below in pairwise(body):
            step = below.y0 - above.y0
            if 0.8 * size < step < 2.5 * size:
                pitches[round(step * 2) / 2] += 1
        edges = sorted(line.x1 for line in page.lines)
        all_edges.extend(edges)
        if len(edges) >= 5:
            right[page.number] = edges[int(0.9 * (len(edges) - 1))]
    pitch = pitches.most_common(1)[0][0] if pitches else size * 1.2
    all_edges.sort()
    right_default = all_edges[int(0.9 * (len(all_edges) - 1))] if all_edges else 0.0
    return Style(size=size, pitch=pitch, right=right, right_default=right_default)


def _starts_item(line: TextLine, strict: bool) -> tuple[str | None, str, str | None]:
    return split_label(line.text, strict=strict and not line.label_apart)


def _is_continuation_page_break(para: _Open, line: TextLine, style: Style, label: str | None, bullet: str | None) -> bool:
    if label or bullet:
        return False
    if abs(line.size - para.size) > 0.8 or line.bold != para.bold:
        return False
    if para.bold or para.size > style.size + 0.8:
        return False  # a heading does not run on over a page
    tolerance = 0.6 * style.size
    if abs(line.x0 - para.cont_x) > tolerance:
        return False
    text = join_lines(para.texts())
    if not ends_sentence(text):
        return True
    # A hanging-indent paragraph whose last line fills the measure carries on at its indent.
    right = style.right_edge(para.last.page)
    hanging = para.lines[0].x0 < para.cont_x - 2
    return hanging and para.last.x1 >= right - 2 * style.size and not ends_full_stop(text)


def _breaks_before(para: _Open, line: TextLine, style: Style, label_valid: bool) -> bool:
    last = para.last
    if not para.first_text and len(para.lines) == 1:
        return False  # a label on its own line: the words follow
    if label_valid:
        return True
    if line.y0 < last.y0 - 2:
        return True  # moved up: a new column
    if line.y0 - last.y0 > _pitch(style, para.size, last) * 1.35 + 0.5:
        return True
    if _closes_bracket(last.text, line.text):
        return False  # "6. WASTE COLLECTION CHANGES (Pages 10 -" / "14)": one text, whatever its type
    if abs(line.size - para.size) > 0.8 or line.bold != para.bold:
        return True
    right = style.right_edge(line.page)
    short = last.x1 < right - max(3 * style.size, 0.12 * (right - para.cont_x))
    if short and ends_sentence(last.text):
        return True
    if short and (para.bold or para.size > style.size + 0.8) and _next_word_fits(last, line, right):
        return True  # a heading wraps only at the margin: a short bold line is a heading of its own
    # After a finished sentence, a change of indent starts a new paragraph.
    return len(para.lines) >= 2 and ends_sentence(last.text) and abs(line.x0 - para.cont_x) > 0.6 * style.size


def _closes_bracket(last: str, line: str) -> bool:
    """Whether `line` closes a bracket left open at the end of `last`."""
    opened = last.rfind("(")
    if opened < 0 or ")" in last[opened:]:
        return False
    closing, reopening = line.find(")"), line.find("(")
    return closing >= 0 and (reopening < 0 or closing < reopening)


def _next_word_fits(last: TextLine, line: TextLine, right: float) -> bool:
    """Whether the first word of `line` would have fitted at the end of `last` (so the line was
    ended by choice, not wrapped): a title in large type wraps well short of the margin."""
    words = line.text.split()
    written = last.text.rstrip()
    if not words or not written:
        return True
    per_char = (last.x1 - last.x0) / len(written)
    return last.x1 + per_char * len(words[0]) <= right


def _pitch(style: Style, size: float, line: TextLine) -> float:
    """The usual line pitch for type of `size` (body pitch scaled), never less than the line."""
    scaled = style.pitch * size / style.size if style.size else style.pitch
    return max(scaled, line.y1 - line.y0)


def _label_valid(para: _Open | None, line: TextLine, style: Style) -> bool:
    """A label or bullet counts where a paragraph could start, not inside running prose."""
    if para is None or line.page != para.last.page:
        return True
    last = para.last
    return (
        ends_sentence(last.text)
        or line.x0 < para.cont_x - 2
        or line.y0 - last.y0 > _pitch(style, para.size, last) * 1.35 + 0.5
        or abs(line.size - para.size) > 0.8
        or line.bold != para.bold
    )


def _items(page: PageText) -> list[tuple[float, TextLine | Table]]:
    items: list[tuple[float, TextLine | Table]] = [(line.y0, line) for line in page.lines]
    items.extend((table.bbox[1], table) for table in page.tables)
    items.sort(key=lambda item: item[0])
    return items


def build_blocks(pages: Sequence[PageText], vocab: set[str], style: Style) -> list[tuple[Block, float, bool]]:
    """Paragraph blocks in reading order with the font size and boldness of each.

    Table rows come out where their table stands on the page. Headings are not yet told apart
    (see classify_headings): that needs the whole document's fonts.
    """
    out: list[tuple[Block, float, bool]] = []
    para: _Open | None = None

    def close() -> None:
        nonlocal para
        if para is not None:
            out.append(_finish(para, vocab))
        para = None

    for page in pages:
        for _, item in _items(page):
            if isinstance(item, Table):
                previous = out[-1][0] if out and para is None else None
                continued = previous if previous and previous.kind == TABLE_ROW and previous.pages[-1] < page.number else None
                caption = _caption(para, page, item, style)
                close()
                out.extend(_table_blocks(item, page, caption, continued))
                continue
            line = item
            label, rest, bullet = _starts_item(line, strict=True)
            valid = (label is not None or bullet is not None) and _label_valid(para, line, style)
            if not valid:
                label, rest, bullet = None, line.text, None
            if para is not None and line.page != para.last.page:
                if _is_continuation_page_break(para, line, style, label, bullet):
                    para.lines.append(line)
                    para.pages.append(line.page)
                    para.printed.append(page.printed)
                    continue
                close()
            if para is not None and not _breaks_before(para, line, style, valid):
                para.lines.append(line)
                continue
            close()
            para = _Open([line], label, bullet, rest, [line.page], [page.printed])
    close()
    return out


def _caption(para: _Open | None, page: PageText, table: Table, style: Style) -> str:
    """The short line just above a table (its caption or heading), if there is one."""
    if para is None or para.last.page != page.number or table.bbox[1] - para.last.y1 > 3 * style.pitch:
        return ""
    text = join_lines(para.texts())
    if len(text.split()) > MAX_HEADING_WORDS:
        return ""
    looks_like_caption = _CAPTION.match(text) or introduces_list(text) or para.bold or para.size > style.size + 0.8
    return text if looks_like_caption else ""


def _table_blocks(table: Table, page: PageText, caption: str, continued: Block | None) -> Iterator[tuple[Block, float, bool]]:
    """A table's rows as blocks; a table carrying on from the page before keeps its headers."""
    headers = table.headers
    same_width = continued is not None and len(continued.cells) == len(table.rows[0].cells)
    lead = ""  # the first cell of the row above: what a row with an empty first cell carries on
    if continued is not None and same_width and (table.generic_headers or headers == continued.table_headers):
        headers = continued.table_headers
        caption = caption or continued.context
        lead = row_lead(continued.cells)
    for row in table.rows:
        context = caption
        if row.cells and not row.cells[0].strip() and lead and any(_WORDED.search(cell) for cell in row.cells):
            # A row split over a page break ("" | "...the answer goes on"), or a row under its
            # group's name: read it with the row it carries on (not a row of totals: "" | 18.3).
            context = " · ".join(part for part in (caption, lead) if part)
        elif row.cells:
            lead = row_lead(row.cells)
        filled = [(index, cell) for index, cell in enumerate(row.cells) if cell]
        text = " | ".join(cell for _, cell in filled)
        if len(filled) == 1 and 0 < filled[0][0] < len(headers) and headers[filled[0][0]]:
            text = f"{headers[filled[0][0]]}: {filled[0][1]}"  # a lone figure means little without its column
        block = Block(
            text=text,
            kind=TABLE_ROW,
            pages=(page.number,),
            printed_pages=(page.printed,),
            bbox=row.bbox,
            cells=row.cells,
            table_headers=headers,
            context=context,
        )
        yield block, 0.0, False


def _finish(para: _Open, vocab: set[str]) -> tuple[Block, float, bool]:
    text = join_lines(para.texts(), vocab)
    kind = PARAGRAPH
    if para.bullet or (para.label and not para.label[0].isdigit()):
        kind = LIST_ITEM
    first = para.lines[0]
    first_page_lines = [line for line in para.lines if line.page == first.page]
    bbox = (
        min(line.x0 for line in first_page_lines),
        min(line.y0 for line in first_page_lines),
        max(line.x1 for line in first_page_lines),
        max(line.y1 for line in first_page_lines),
    )
    pages: list[int] = []
    printed: list[str | None] = []
    for number, printed_page in zip(para.pages, para.printed):
        if number not in pages:
            pages.append(number)
            printed.append(printed_page)
    bold = sum(line.bold for line in para.lines) * 2 > len(para.lines)
    size = statistics.median(line.size for line in para.lines)
    block = Block(text=text, kind=kind, label=para.label, pages=tuple(pages), printed_pages=tuple(printed), bbox=bbox)
    return block, size, bold


def classify_headings(blocks: Sequence[tuple[Block, float, bool]], style: Style) -> list[Block]:
    """Mark short bold or larger-type blocks as headings, level 1 for the largest type."""
    candidates: list[tuple[int, tuple[float, bool]]] = []
    for index, (block, size, bold) in enumerate(blocks):
        if block.kind != PARAGRAPH or not any(ch.isalpha() for ch in block.text):
            continue
        words = len(block.text.split())
        if words > MAX_HEADING_WORDS or len(block.text) > MAX_HEADING_CHARS:
            continue
        if ends_full_stop(block.text) and words > 8:
            continue
        bigger = size >= style.size + 0.9
        if bigger or (bold and size >= style.size - 1.5):
            candidates.append((index, (round(size), bold)))
    ranks = sorted({key for _, key in candidates}, key=lambda key: (-key[0], not key[1]))
    level = {key: rank + 1 for rank, key in enumerate(ranks)}
    result = [block for block, _, _ in blocks]
    for index, key in candidates:
        block = result[index]
        result[index] = Block(
            text=block.text,
            kind=HEADING,
            label=block.label,
            heading_level=level[key],
            pages=block.pages,
            printed_pages=block.printed_pages,
            bbox=block.bbox,
        )
    return result
