"""Read plain text and Markdown: paragraphs at blank lines, "#" headings, labels, lists, tables."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from .catalog import front_body, meeting_date
from .labels import clean_text, ends_sentence, join_lines, split_label, vocabulary
from .structure import Block, TextContent

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MAX_PLAIN_HEADING_WORDS = 12


def read_text(text: str, *, markdown: bool) -> TextContent:
    """Blocks, title and date of a plain-text or Markdown document (page 1, no printed pages)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    vocab = vocabulary(text.splitlines())
    blocks = list(_blocks(text, markdown=markdown, vocab=vocab))
    title = None
    headings = [block for block in blocks if block.kind == HEADING]
    if headings and (markdown or blocks[0].kind == HEADING):
        title = headings[0].text
    elif blocks and len(blocks[0].text.split()) <= 20:
        title = blocks[0].text
    date = meeting_date(text[:3000])
    rows = [(block.text, "") for block in blocks[:30]]
    body = front_body(rows)
    return TextContent(tuple(blocks), title=title, body=body, date=date)


def _chunks(text: str) -> Iterator[list[str]]:
    """Runs of non-blank lines."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.rstrip())
        elif lines:
            yield lines
            lines = []
    if lines:
        yield lines


def _blocks(text: str, *, markdown: bool, vocab: set[str]) -> Iterator[Block]:
    first = True
    for lines in _chunks(text):
        if markdown:
            lines = [_strip_markdown(line) for line in lines]
        table = _table_rows(lines)
        if table is not None:
            yield from table
            first = False
            continue
        items: list[list[str]] = []
        for line in lines:
            if markdown and _MD_HEADING.match(line):
                items.append([line])
                items.append([])
                continue
            label, _, bullet = split_label(line, strict=True)
            new_item = (label is not None or bullet is not None) and bool(items) and bool(items[-1])
            if new_item and (bullet or ends_sentence(items[-1][-1])):
                items.append([line])
            elif items and not items[-1] or items:
                items[-1].append(line)
            else:
                items.append([line])
        items = [item for item in items if item]
        for item in items:
            yield _block(item, markdown=markdown, vocab=vocab, alone=len(items) == 1 and len(item) == 1, first=first)
            first = False


def _block(lines: list[str], *, markdown: bool, vocab: set[str], alone: bool, first: bool) -> Block:
    heading = _MD_HEADING.match(lines[0]) if markdown else None
    if heading:
        return Block(text=clean_text(heading.group(2)), kind=HEADING, heading_level=len(heading.group(1)))
    text = clean_text(join_lines(lines, vocab))
    label, rest, bullet = split_label(text, strict=True)
    if label or bullet:
        kind = LIST_ITEM if bullet or (label and not label[0].isdigit()) else PARAGRAPH
        return Block(text=rest, kind=kind, label=label)
    words = len(text.split())
    if not markdown and alone and words <= _MAX_PLAIN_HEADING_WORDS and not ends_sentence(text) and text[:1].isupper() and not text.endswith(","):
        # A short line standing alone without a full stop reads as a heading in plain text.
        return Block(text=text, kind=HEADING, heading_level=1 if first else 2)
    return Block(text=text, kind=PARAGRAPH)


def _strip_markdown(line: str) -> str:
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def _split_row(line: str) -> list[str]:
    if "\t" in line:
        return [clean_text(cell) for cell in line.split("\t")]
    cells = line.strip().strip("|").split("|")
    return [clean_text(cell) for cell in cells]


def _table_rows(lines: list[str]) -> list[Block] | None:
    """Rows of a Markdown pipe table or a tab-separated table, or None when it is not one."""
    if len(lines) < 2:
        return None
    piped = all(line.lstrip().startswith("|") for line in lines)
    tabbed = all("\t" in line.strip() for line in lines)
    if not (piped or tabbed):
        return None
    rows = [_split_row(line) for line in lines if not _MD_RULE.match(line)]
    if len(rows) < 2 or max(len(row) for row in rows) < 2:
        return None
    headers = tuple(rows[0])
    blocks = []
    for row in rows[1:]:
        if not any(row):
            continue
        blocks.append(Block(text=" | ".join(cell for cell in row if cell), kind=TABLE_ROW, cells=tuple(row), table_headers=headers))
    return blocks
