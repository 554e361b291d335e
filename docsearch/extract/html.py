"""Read an HTML page (stdlib html.parser): title, headings, paragraphs, list items, table rows.

Page chrome is skipped: <nav>, <header>, <footer>, <script>, <style>, forms, and elements whose
role or class marks them as navigation, banners, breadcrumbs or cookie notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from .catalog import front_body, labelled_date, meeting_date
from .labels import clean_text, split_label
from .structure import Block, TextContent

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "form", "button", "select", "iframe", "object"}
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alert"}
_SKIP_CLASS = re.compile(r"(?:^|[\s_-])(?:cookie|breadcrumbs?|skip-link|visually-hidden|sr-only|govuk-skip-link)(?:$|[\s_-])", re.IGNORECASE)
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
    "dd", "dt", "pre", "ul", "ol", "dl", "figure", "figcaption", "address", "aside", "table", "body",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_META_DATES = {"date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "article:published_time", "citation_date"}
_META_BODIES = ("dc.publisher", "dcterms.publisher", "og:site_name")


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    caption: str = ""
    in_head: bool = False
    cell: list[str] | None = None
    row_is_header: bool = True


class _PageParser(HTMLParser):
    """Collects blocks while html.parser walks the page (state owned for one page)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self._skip: list[str] = []  # open skipped elements
        self._in_title = False
        self._buffer: list[str] = []
        self._kind: list[tuple[str, int | None, str | None]] = []  # (tag, heading level, list label)
        self._lists: list[list[str | int]] = []  # [numbering type ("" when unordered), counter]
        self._table: _Table | None = None
        self._table_depth = 0
        self._in_caption = False

    # -- parser callbacks -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("name") or attributes.get("property") or "").lower()
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
            return
        if self._skip:
            if tag not in _VOID_TAGS:
                self._skip.append(tag)
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP_TAGS or attributes.get("role", "").lower() in _SKIP_ROLES or attributes.get("aria-hidden") == "true" or _SKIP_CLASS.search(attributes.get("class", "") + " " + attributes.get("id", "")):
            if tag not in _VOID_TAGS:
                self._flush()
                self._skip.append(tag)
            return
        if tag == "table":
            self._table_depth += 1
            if self._table_depth == 1:
                self._flush()
                self._table = _Table()
            return
        if self._table is not None:
            self._table_start(tag)
            return
        if tag == "br":
            self._buffer.append("\n")
            return
        if tag in ("ul", "ol"):
            self._flush()
            start = attributes.get("start", "1")
            counter = int(start) - 1 if start.isdigit() else 0
            self._lists.append([attributes.get("type", "1") if tag == "ol" else "", counter])
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            label = None
            if tag == "li" and self._lists:
                self._lists[-1][1] = int(self._lists[-1][1]) + 1
                label = _list_label(str(self._lists[-1][0]), int(self._lists[-1][1]))
            self._kind.append((tag, _HEADINGS.get(tag), label))

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag == "title":
            self._in_title = False
            return
        if tag == "table" and self._table_depth:
            self._table_depth -= 1
            if self._table_depth == 0:
                self._table_end()
            return
        if self._table is not None:
            self._table_finish(tag)
            return
        if tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            for index in range(len(self._kind) - 1, -1, -1):
                if self._kind[index][0] == tag:
                    del self._kind[index:]
                    break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._skip:
            return
        elif self._table is not None:
            if self._in_caption:
                self._table.caption += data
            elif self._table.cell is not None:
                self._table.cell.append(data)
        else:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        if self._table is not None:
            self._table_end()
        self._flush()

    # -- paragraphs -------------------------------------------------------------------------
    def _flush(self) -> None:
        text = clean_text(" ".join("".join(self._buffer).split()))
        self._buffer = []
        if not text:
            return
        tag, level, list_label = self._current_kind()
        if level is not None:
            if level == 1 and self.h1 is None:
                self.h1 = text
            number, rest, _ = split_label(text, strict=True)  # "45. Future of Millbridge Leisure Centre"
            if not (number and number[0].isdigit() and rest):
                number, rest = None, text
            self.blocks.append(Block(text=rest, kind=HEADING, heading_level=level, label=number, printed_pages=(None,)))
            return
        label, rest, bullet = split_label(text, strict=True)
        if tag == "li":
            self.blocks.append(Block(text=rest if (label or bullet) else text, kind=LIST_ITEM, label=label or list_label))
            return
        kind = LIST_ITEM if bullet or (label and not label[0].isdigit()) else PARAGRAPH
        self.blocks.append(Block(text=rest if (label or bullet) else text, kind=kind, label=label))

    def _current_kind(self) -> tuple[str, int | None, str | None]:
        for tag, level, label in reversed(self._kind):
            if level is not None or tag == "li":
                return tag, level, label
        return ("p", None, None)

    # -- tables -----------------------------------------------------------------------------
    def _table_start(self, tag: str) -> None:
        table = self._table
        assert table is not None
        if tag == "thead":
            table.in_head = True
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._close_cell()
            table.rows.append([])
            table.row_is_header = True
        elif tag in ("td", "th"):
            self._close_cell()
            if not table.rows:
                table.rows.append([])
            table.cell = []
            if tag == "td" and not table.in_head:
                table.row_is_header = False
        elif tag == "br" and table.cell is not None:
            table.cell.append(" ")

    def _table_finish(self, tag: str) -> None:
        table = self._table
        assert table is not None
        if tag == "thead":
            table.in_head = False
        elif tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_cell()
            if table.rows and table.row_is_header and table.header_rows == len(table.rows) - 1:
                table.header_rows += 1

    def _close_cell(self) -> None:
        table = self._table
        if table is not None and table.cell is not None:
            if not table.rows:
                table.rows.append([])
            table.rows[-1].append(clean_text(" ".join("".join(table.cell).split())))
            table.cell = None

    def _table_end(self) -> None:
        table = self._table
        self._table = None
        self._in_caption = False
        if table is None:
            return
        self._close_cell()
        rows = [row for row in table.rows if any(row)]
        header_count = min(table.header_rows, 1)
        headers = tuple(rows[0]) if header_count and rows else ()
        data_rows = rows[header_count:] if header_count else rows
        caption = clean_text(table.caption)
        if not caption and self.blocks and self.blocks[-1].kind == HEADING:
            caption = self.blocks[-1].text
        for row in data_rows:
            if len(row) == 1 and not headers:
                self.blocks.append(Block(text=row[0], kind=PARAGRAPH))  # a layout table holding text
                continue
            self.blocks.append(
                Block(
                    text=" | ".join(cell for cell in row if cell),
                    kind=TABLE_ROW,
                    cells=tuple(row),
                    table_headers=headers,
                    context=caption,
                )
            )


def _roman(number: int) -> str:
    numerals = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def _list_label(numbering: str, number: int) -> str | None:
    """The label an ordered list shows: "3", "(c)" for type="a", "(iii)" for type="i"."""
    if not numbering:
        return None
    if numbering in ("a", "A"):
        letter = chr(ord(numbering) + (number - 1) % 26)
        return f"({letter})" if numbering == "a" else letter
    if numbering in ("i", "I"):
        roman = _roman(number)
        return f"({roman})" if numbering == "i" else roman.upper()
    return str(number)


def read_html(text: str) -> TextContent:
    """Blocks, title, body and date of an HTML page (page 1, no printed page numbers)."""
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    title = clean_text(" ".join("".join(parser.title_parts).split())) or None
    if parser.h1:
        title = parser.h1
    date = None
    for key in _META_DATES:
        value = parser.meta.get(key)
        if value and re.match(r"^\d{4}-\d{2}(-\d{2})?", value):
            date = value[:10]
            break
    if date is None:  # a decision page's "Date of decision:" may sit below its long text
        date = labelled_date("\n".join(block.text for block in parser.blocks)) \
            or meeting_date("\n".join(block.text for block in parser.blocks[:30]))
    rows = [(block.text, "") for block in parser.blocks[:30]]
    body = next((clean_text(parser.meta[key]) for key in _META_BODIES if parser.meta.get(key)), None) \
        or front_body(rows)
    return TextContent(tuple(parser.blocks), title=title, body=body, date=date)
