"""Turn a reader's blocks into Paragraph records: heading paths, list lead-ins, table context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, BBox, Paragraph, Part
from ..questions import answers_question, asks, marks_reply, question_context
from .labels import introduces_list, last_sentence
from .parts import part_of


@dataclass(frozen=True)
class Block:
    """A paragraph as a reader found it, before heading paths and lead-ins are known."""

    text: str
    kind: str = PARAGRAPH
    label: str | None = None
    heading_level: int | None = None  # 1 is the biggest heading; only for kind "heading"
    pages: tuple[int, ...] = (1,)
    printed_pages: tuple[str | None, ...] = (None,)
    bbox: BBox | None = None
    cells: tuple[str, ...] = ()
    table_headers: tuple[str, ...] = ()
    context: str = ""  # a table's caption, when the reader saw one


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def to_paragraphs(
    doc_id: str, blocks: Iterable[Block], *, title: str = "", parts: Sequence[Part] = ()
) -> Iterator[Paragraph]:
    """Number blocks in reading order and give each its heading path and context.

    In minutes, a paragraph without a number of its own is cited by the minute it lies under
    ("minute 45"). Headings open a path level (a level-2 heading replaces any level-2 or deeper heading);
    a heading that is the document's title is emitted but kept out of the path, since every
    citation already names the title. List items carry the lead-in sentence of the paragraph
    before them when it ends with a colon; table rows carry their caption or nearest heading;
    an answer in a Q&A paper ("Answer: ...", "A2: ...") carries the question just before it.
    A pack's paragraph carries the agenda item whose paper it lies in (`parts`), and headings
    do not carry over from one item's paper into the next.
    """
    path: list[tuple[int, str, str | None]] = []  # (level, heading, its number)
    lead_in = ""
    lead_number: str | None = None  # the number of the paragraph whose lead-in the list items carry
    question = ""
    ordinal = 0
    title_key = _norm(title)
    part: str | None = None
    blocks = list(blocks)
    in_minutes = is_minutes(title) or opens_minutes(blocks[:MINUTES_OPENING])
    # Minute numbers run in a series ("CAB 45/24", "CAB 46/24"): references count when they are
    # of the most common shape, at least two different ones, and the minutes do not number their
    # minutes with labels ("45. FUTURE OF ...") already, so "PHASE 1 WORKS" under minute 45 is no minute
    # (in a pack, each paper's own).
    parts_of = [part_of(parts, b.pages[0]) if parts else None for b in blocks]
    by_part: dict[str | None, list[Block]] = {}
    for b, key in zip(blocks, parts_of):
        by_part.setdefault(key, []).append(b)
    series = {key: _minute_series(members) for key, members in by_part.items()}
    caption_rows = False  # whether the caption atop the path has had its table's rows
    for block, now in zip(blocks, parts_of):
        if not block.text.strip():
            continue
        if parts and now != part:
            part, path, lead_in, question = now, [], "", ""
            in_minutes = is_minutes(part or title)
        if path and path[-1][0] == _CAPTION_LEVEL:
            if block.kind == TABLE_ROW:
                caption_rows = True
            elif caption_rows:
                path.pop()  # "Table 2: Level of agreement" heads its table's rows, not the text after it
        heading_path = tuple(text for _, text, _ in path)
        label = block.label
        number = label
        if in_minutes and block.kind == HEADING and label is None:
            number = minute_reference(block.text)  # "CAB 45/24 FUTURE OF ...", "Minute 45 Future of ..."
            if number and _shape(number) != series.get(part if parts else None):
                number = None  # one "COVID 19 RECOVERY" heading is not a numbered minute
        if in_minutes and label is None and block.kind in (PARAGRAPH, LIST_ITEM):
            label = next((f"minute {n}" for _, _, n in reversed(path) if n and any(c.isdigit() for c in n)), None)
        elif in_minutes and block.kind == HEADING and number and any(c.isdigit() for c in number):
            label = f"minute {number}"  # "45. FUTURE OF MILLBRIDGE LEISURE CENTRE" is minute 45
        context = ""
        if block.kind == HEADING:
            lead_in = ""
        elif block.kind == LIST_ITEM:
            context = lead_in
            item = _ITEM_LETTER.match(label or "")
            if lead_in and lead_number and item:
                label = f"{lead_number}({item.group(1)})"  # "(d)" under paragraph 3.1 is cited "3.1(d)"
        elif block.kind == TABLE_ROW:
            context = block.context or (heading_path[-1] if heading_path else "")
        else:
            lead_in = last_sentence(block.text) if introduces_list(block.text) else ""
            lead_number = label if lead_in and label and label[0].isdigit() else None
            if question and (answers_question(block.text) or question.rstrip().endswith("?")):
                context = question_context(question)  # a reply, or the paragraph after a question put as one
        if block.kind == PARAGRAPH and asks(block.text):
            question = block.text
        elif not marks_reply(block.text):
            question = ""  # a "Response:" heading between a question and its reply keeps the question
        yield Paragraph(
            doc_id=doc_id,
            ordinal=ordinal,
            text=block.text,
            kind=block.kind,
            pages=block.pages,
            printed_pages=block.printed_pages,
            label=label,
            heading_path=heading_path,
            context=context,
            table_headers=block.table_headers,
            cells=block.cells,
            bbox=block.bbox,
            part=part,
        )
        ordinal += 1
        if block.kind == HEADING and _norm(block.text) != title_key:
            level = block.heading_level or 1
            while path and path[-1][0] >= level:
                path.pop()
            path.append((_CAPTION_LEVEL if _CAPTION.match(block.text) else level, block.text, number))
            caption_rows = not block.text.lower().startswith("table")  # a figure has no rows to wait for


# A list item's own letter or roman numeral: "(a)", "a", "a)", "(iv)".
_ITEM_LETTER = re.compile(r"^\(?([a-z]{1,2}|[ivx]{1,5})\)?\.?$")
_CAPTION = re.compile(r"^(?:table|figure|chart|graph)\s+[a-z]?\d+(?:\.\d+)*\b", re.IGNORECASE)  # "Table 2:", "Figure A1.1"
# A paper of minutes ("Cabinet minutes 11 December 2024", "Minutes of the Previous Meeting") is
# cited by minute number; "the 15 minutes standard" is not minutes.
_COUNTED = re.compile(r"\b(?:\d+|a few|few|several|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|ninety)\s+minutes\b",
                      re.IGNORECASE)


# A minute's number as councils print it at the head of the minute when it is not a label of its
# own: "45 FUTURE OF ..." (no dot), "Minute 45 Future of ...", "CAB 45/24 ...", "CAB.45/24 ...", "C45 ...",
# "EX/12/24 ...", "64/24 ...".
_MINUTE_REFERENCE = re.compile(
    r"^(?:minute\s+)?((?:[A-Z]{1,5}[\s/.]?)?\d{1,3}(?:/\d{2,4})?|[A-Z]{1,5}[\s/.]?\d{4}(?:/\d{2,4})?)\.?\s+(?=[A-Z\d])"
)
_MINUTE_WORD = re.compile(r"^minute\s+", re.IGNORECASE)


def _minute_series(blocks: Sequence[Block]) -> str:
    """The shape of the minute references numbering these blocks' headings ("CAB.#/#"), or ""."""
    if any(b.kind == HEADING and b.label and b.label[0].isdigit() for b in blocks):
        return ""  # numbered by labels already ("45. FUTURE OF ...")
    references = {r for r in (minute_reference(b.text) for b in blocks if b.kind == HEADING and b.label is None) if r}
    shapes = Counter(_shape(r) for r in references)
    shape, count = shapes.most_common(1)[0] if shapes else ("", 0)
    return shape if count >= 2 else ""


def _shape(reference: str) -> str:
    return re.sub(r"\d+", "#", reference)


def minute_reference(heading: str) -> str | None:
    """The minute number at the head of a heading in minutes ("CAB 45/24"), or None."""
    text = _MINUTE_WORD.sub("", heading.strip())
    match = _MINUTE_REFERENCE.match(text)
    return match.group(1).strip() if match else None


# Minutes whose title is only the body's name ("CABINET") say what they are in their opening lines:
# "MINUTES of the meeting held on ...", "Minutes of a meeting of the Cabinet held at ...". (An agenda's
# "To confirm the minutes of the meeting held on ..." does not open with "Minutes".)
_OPENS_MINUTES = re.compile(r"^(?:Minutes|MINUTES)\s+(?i:of\s+(?:a|the)\s+[\s\S]{0,120}?\b(?:held|on)\s)")
MINUTES_OPENING = 8  # blocks


def opens_minutes(blocks: Sequence[Block]) -> bool:
    """Whether a paper's opening blocks say it is minutes: one, not a numbered item, opens "Minutes
    of the meeting ... held", and none is an agenda's ("AGENDA", "Agenda for the meeting ...")."""
    if any(re.match(r"^agenda\b", b.text.strip(), re.IGNORECASE) for b in blocks):
        return False
    return any(b.label is None and _OPENS_MINUTES.match(b.text) for b in blocks)


def is_minutes(title: str) -> bool:
    """Whether a title is a paper of minutes, not a count of minutes ("within 15 minutes")."""
    return bool(re.search(r"\bminutes\b", title, re.IGNORECASE)) and not _COUNTED.search(title)


_CAPTION_LEVEL = 99  # a caption sits below every heading and leaves the path when its table ends


@dataclass(frozen=True)
class TextContent:
    """What an HTML or text reader found: blocks and what the document says about itself."""

    blocks: tuple[Block, ...]
    title: str | None = None
    body: str | None = None
    date: str | None = None
