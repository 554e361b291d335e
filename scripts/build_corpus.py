"""Build the default corpus `corpora/llr-stp/` from the plain-text seeds.

The seeds (``/work/shared/seeds``) are text extractions of five public papers. This script
turns them back into the documents a council publishes: three A4 PDFs laid out like council
papers (running header, page-number footer, bold headings, numbered paragraphs with hanging
indents, ruled tables) and two small HTML5 pages, plus ``catalog.json``.

Usage::

    python3 scripts/build_corpus.py [--seeds ../shared/seeds] [--out corpora/llr-stp]

The output is deterministic: the same seeds give the same bytes.

Page geometry of the PDFs (points, A4 595 x 842), which the PDF reader relies on:

* running header: 9pt Helvetica, baseline y=36, rule at y=44 (inside the top 50pt);
* footer: 9pt Helvetica centred, baseline y=812 (inside the bottom 50pt); reports print
  the bare page number, the agenda pack prints "Page N" from the first appendix page on
  and nothing on the cover and agenda pages;
* body: y=72 to y=770, left margin x=72, right margin x=523; body text 11pt Helvetica,
  14pt leading; headings Helvetica-Bold 11pt (12pt when upper case);
* numbered paragraphs: label at x=72, text and continuation lines at x=108; sub-paragraph
  "(a)" label at x=108, text at x=144; "(i)" label at x=144, text at x=180;
* bullets: "•" at the parent's text x, text 18pt further right;
* tables: 8.5pt Helvetica (7.5pt when wider than 8 columns), header row bold on light
  grey, 0.5pt cell borders, 3pt cell padding, full body width; the header row repeats on
  continuation pages.

Fonts are PyMuPDF's built-in Helvetica family (Nimbus Sans metrics), embedded, so every
character (£, –, ’, •) extracts as itself.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pymupdf

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_OUT = REPO_ROOT / "corpora" / "llr-stp"

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0
LEFT, RIGHT = 72.0, 523.0
BODY_TOP, BODY_BOTTOM = 72.0, 770.0
HEADER_BASELINE, HEADER_RULE, FOOTER_BASELINE = 36.0, 44.0, 812.0
INDENT = 36.0
BULLET_GAP = 18.0
BODY_SIZE, BODY_LEADING = 11.0, 14.0
PARAGRAPH_GAP = 7.0
TABLE_PADDING = 3.0
FIXED_PDF_DATE = "D:20240101000000Z"

FONTS = {
    "regular": pymupdf.Font("helv"),
    "bold": pymupdf.Font("hebo"),
    "italic": pymupdf.Font("heit"),
    "bold-italic": pymupdf.Font("hebi"),
}


# ---------------------------------------------------------------- document description


@dataclass(frozen=True)
class SeedDocument:
    """One seed text and what the published document should be."""

    seed: str
    title: str
    body: str
    date: str
    kind: str
    header: str = ""  # running header of a PDF; empty for web pages
    footer_prefix: str = ""  # text before the printed page number, e.g. "Page "

    @property
    def stem(self) -> str:
        return self.seed.removesuffix(".txt")


CABINET = SeedDocument(
    seed="2018-04-10_leicestershire-cabinet_nhs-stp-report.txt",
    title="NHS Sustainability and Transformation Plan/Partnership",
    body="Leicestershire County Council Cabinet",
    date="2018-04-10",
    kind="report",
    header="Cabinet – 10 April 2018",
)
HWB = SeedDocument(
    seed="2018-09-27_leicestershire-hwb_better-care-together-update.txt",
    title="Update on Better Care Together: the STP for Leicester, Leicestershire and Rutland",
    body="Leicestershire Health and Wellbeing Board",
    date="2018-09-27",
    kind="report",
    header="Health and Wellbeing Board – 27 September 2018",
)
AGENDA_PACK = SeedDocument(
    seed="2017-01-04_leicester-city-health-scrutiny_agenda-pack.txt",
    title="Health and Wellbeing Scrutiny Commission agenda pack",
    body="Leicester City Council Health and Wellbeing Scrutiny Commission",
    date="2017-01-04",
    kind="agenda pack",
    header="Health and Wellbeing Scrutiny Commission – 4 January 2017",
    footer_prefix="Page ",
)
BULLETIN = SeedDocument(
    seed="2016-09_lga_stp-bulletin.txt",
    title="Sustainability and Transformation Plan (STP) bulletin",
    body="Local Government Association",
    date="2016-09",
    kind="bulletin",
)
MINUTES = SeedDocument(
    seed="2016-11_leicester-city-health-scrutiny_stp-minutes.txt",
    title="Sustainability and Transformation Plan update: minutes",
    body="Leicester City Council Health and Wellbeing Scrutiny Commission",
    date="2016-11",
    kind="minutes",
)
SEED_DOCUMENTS = (CABINET, HWB, AGENDA_PACK, BULLETIN, MINUTES)

# Where the agenda pack's parts start: the first appendix page is printed "Page 1".
PACK_PART_STARTS = (
    "Council",  # Appendix A: General Fund Revenue Budget, followed by "Date: 22nd February 2017"
    "HEALTH AND WELLBEING SCRUTINY COMMISSION – 4TH JANUARY 2017",  # Appendix B: CQC
    "Appendix C",  # draft STP
)
# Appendices of the budget report and the pages headed "DRAFT" start on new pages too.
PACK_NEW_PAGE_AT = ("DRAFT", "Budget Ceilings**", "Scheme of Virement", "Minimum Revenue Provision Policy")


# ---------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Heading:
    """A bold heading line (inline markup allowed)."""

    text: str
    size: float = BODY_SIZE


@dataclass(frozen=True)
class Para:
    """A paragraph: `level` sets the text x (72 + 36 * level); a label hangs one indent left.

    The text may hold inline markup (``**bold**``, ``<u>``, ``<i>``), hard line breaks
    ("\\n") and forced page breaks ("\\f", where the original page ended mid-paragraph).
    """

    text: str
    label: str = ""
    level: int = 0
    bullet: bool = False


@dataclass(frozen=True)
class Table:
    """Rows of cells (inline markup allowed); the first row is the header row."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PageBreak:
    """Start a new page; `new_part` marks the first page of an agenda pack appendix."""

    new_part: bool = False


Block = Heading | Para | Table | PageBreak

TERMINAL = tuple(".;:!?")
NUMBER_LABEL = re.compile(r"^(\d+(?:\.\d+)*\.?)\s+(\S.*)$")
PAREN_LABEL = re.compile(r"^(\((?:[a-z]|[ivx]+)\))\s+(\S.*)$")
LETTER_LABEL = re.compile(r"^([a-z][.)])\s+(\S.*)$")
ROMAN = {"(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)"}
FUNCTION_WORDS = {"a", "an", "and", "the", "of", "to", "for", "in", "on", "with", "or"}
SHORT_LINE = 55  # a hard-wrapped line shorter than this ended where the original line ended


def _plain(text: str) -> str:
    """Text without inline markup (for decisions about headings and punctuation)."""
    return re.sub(r"\*\*|</?[a-z][^>]*>", "", text).strip()


def _is_upper_title(text: str) -> bool:
    letters = [c for c in _plain(text) if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _looks_like_heading(text: str, max_len: int = 70) -> bool:
    plain = _plain(text)
    if not plain or len(plain) > max_len or plain.endswith(TERMINAL) or plain.endswith(","):
        return False
    if "@" in plain or "http" in plain or plain.startswith("Tel"):
        return False
    if plain.split()[-1].lower() in FUNCTION_WORDS:
        return False
    return plain[0].isupper() or plain[0] == "(" or plain[0].isdigit()


def _split_label(text: str, previous_label: str) -> tuple[str, str, int] | None:
    """Return (label, rest, level) when the line starts with a paragraph label."""
    for pattern in (NUMBER_LABEL, PAREN_LABEL, LETTER_LABEL):
        match = pattern.match(text)
        if not match:
            continue
        label, rest = match.group(1), match.group(2)
        if pattern is NUMBER_LABEL:
            if "." not in label and not re.match(r"^\d+\.\d", label):
                return None
            return label, rest, 1
        if pattern is PAREN_LABEL and label in ROMAN and not (label == "(i)" and previous_label == "(h)"):
            return label, rest, 3
        return label, rest, 2
    return None


# ---------------------------------------------------------------- report parser


def parse_report(text: str) -> list[Block]:
    """Blocks of a report text converted from PDF (the Cabinet report, the HWB update).

    A line starting with one space, other than a bullet item, began a page of the original;
    bullet items are the one-space lines after a blank line or after a line ending in ";".
    """
    raw_lines = [line.replace("\xa0", " ").rstrip() for line in text.split("\n")]
    blocks: list[Block] = []
    current: dict | None = None  # the paragraph being collected
    last_label = ""
    context_level = 0
    previous_blank = True
    previous_line = ""

    def flush() -> None:
        nonlocal current
        if current is not None:
            blocks.append(Para(current["text"], current["label"], current["level"], current["bullet"]))
            current = None

    for index, raw in enumerate(raw_lines):
        if not raw.strip():
            previous_blank = True
            continue
        page_break = bullet = False
        if re.match(r"^ \S", raw) or re.match(r"^  \S", raw):
            before = raw_lines[index - 1] if index else ""
            if raw.startswith(" " * 2):
                bullet = not before.strip()
            elif not before.strip() or before.endswith(";"):
                bullet = True
            else:
                page_break = True
        line = raw.strip()
        next_blank = index + 1 >= len(raw_lines) or not raw_lines[index + 1].strip()
        labelled = _split_label(line, last_label)

        if bullet:
            flush()
            if page_break:
                blocks.append(PageBreak())
            current = {"text": line, "label": "", "level": context_level + 1, "bullet": True}
            previous_blank, previous_line = False, line
            continue

        heading_like = (
            labelled is None or labelled[0].startswith("(")
        ) and (previous_blank or page_break or raw.startswith(" ")) and next_blank and (
            _is_upper_title(line) or _looks_like_heading(line)
        )
        if _is_upper_title(line) and labelled is None:
            heading_like = True
        if heading_like:
            flush()
            if page_break:
                blocks.append(PageBreak())
            size = 12.0 if _is_upper_title(line) else BODY_SIZE
            blocks.append(Heading(line, size))
            context_level = 0
            previous_blank, previous_line = False, line
            continue

        if labelled is not None:
            flush()
            if page_break:
                blocks.append(PageBreak())
            label, rest, level = labelled
            last_label = label
            context_level = level
            current = {"text": rest, "label": label, "level": level, "bullet": False}
            previous_blank, previous_line = False, line
            continue

        # A plain line: continuation of the paragraph being collected, or a new paragraph.
        if current is not None:
            ended = current["text"].rstrip().endswith(TERMINAL + ("”",))
            short = len(previous_line) < SHORT_LINE
            if current["bullet"] and not previous_blank and ended:
                starts_new = True
            elif previous_blank:
                starts_new = (ended or short) and not line[0].islower()
            else:
                starts_new = False
            if not starts_new:
                joiner = "\n" if (short and not previous_blank and not ended) else " "
                if page_break:
                    joiner = joiner + "\f"
                current["text"] += joiner + line
                previous_blank, previous_line = False, line
                continue
        flush()
        if page_break:
            blocks.append(PageBreak())
        level = context_level
        current = {"text": line, "label": "", "level": level, "bullet": False}
        previous_blank, previous_line = False, line
    flush()
    return blocks


# ---------------------------------------------------------------- agenda pack parser

TABLE_RULE = re.compile(r"^[-\s]*-{2,}[-\s]*$")


def _cell_text(cell: str) -> str:
    """A table cell's markup with block tags turned into line breaks."""
    cell = re.sub(r"</?(?:p|ul|ol)\b[^>]*>", "\n", cell)
    cell = re.sub(r"\s*([•○])\s*", r"\n\1 ", cell)
    cell = re.sub(r"\s*\n\s*", "\n", cell)
    return cell.strip()


def parse_agenda_pack(text: str) -> list[Block]:
    """Blocks of the agenda pack text (markdown-like lists, tab-separated tables)."""
    lines = [line.replace("\xa0", " ").rstrip(" \r") for line in text.split("\n")]
    blocks: list[Block] = []
    table_rows: list[tuple[str, ...]] = []
    group: list[str] = []  # consecutive plain lines, rendered with hard line breaks
    context_level = 0
    last_label = ""
    pending_break: PageBreak | None = None

    def emit(block: Block) -> None:
        nonlocal pending_break
        if pending_break is not None:
            blocks.append(pending_break)
            pending_break = None
        blocks.append(block)

    def flush_table() -> None:
        if table_rows:
            width = max(len(row) for row in table_rows)
            while width > 1 and all(len(row) < width or not row[width - 1].strip() for row in table_rows):
                width -= 1
            rows = tuple(tuple((list(row) + [""] * width)[:width]) for row in table_rows)
            emit(Table(rows))
            table_rows.clear()

    def flush_group() -> None:
        nonlocal context_level
        if not group:
            return
        if len(group) == 1 and _looks_like_heading(group[0], 90) and not group[0][0].islower():
            size = 12.0 if _is_upper_title(group[0]) or NUMBER_LABEL.match(_plain(group[0])) else BODY_SIZE
            emit(Heading(group[0], size))
            context_level = 0
        else:
            emit(Para("\n".join(group), "", 0))
            context_level = 0
        group.clear()

    def continues_previous(line: str) -> bool:
        """A page of the original ended mid-paragraph: the text goes on after a blank line."""
        if group or table_rows or not blocks or not isinstance(blocks[-1], Para):
            return False
        previous = _plain(blocks[-1].text)
        return bool(previous) and not previous.endswith(TERMINAL + ("”", ")")) and (
            line[0].islower() or len(line) > 90
        )

    starts = list(PACK_PART_STARTS)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            flush_group()
            flush_table()
            continue
        if TABLE_RULE.match(stripped.replace("\t", " ")):
            continue
        if starts and stripped == starts[0]:
            following = next((later.strip() for later in lines[index + 1:] if later.strip()), "")
            if starts[0] != "Council" or following.startswith("Date:"):
                flush_group()
                flush_table()
                starts.pop(0)
                pending_break = PageBreak(new_part=True)
        elif any(stripped.startswith(prefix) for prefix in PACK_NEW_PAGE_AT) and len(stripped) < 80:
            flush_group()
            flush_table()
            if pending_break is None:
                pending_break = PageBreak()
        if "\t" in line:
            flush_group()
            table_rows.append(tuple(_cell_text(cell) for cell in line.split("\t")))
            continue
        flush_table()
        item = re.match(r"^\s?- (.*)$", line)
        body = item.group(1).strip() if item else stripped
        body = body.replace("****", "**\n**")
        labelled = _split_label(_plain(body) if body.startswith("**") else body, last_label)
        if item is None and labelled is None and continues_previous(stripped):
            previous = blocks.pop()
            assert isinstance(previous, Para)
            blocks.append(Para(previous.text + " " + stripped, previous.label, previous.level, previous.bullet))
            continue
        if labelled is not None and not body.startswith("**"):
            label, rest, level = labelled
            if level == 1 and not item and _looks_like_heading(rest, 80) and len(rest) < 60:
                group.append(body)  # "4. Budget Overview": a numbered section heading
                continue
            flush_group()
            if level == 3:
                level = 2
            last_label = label
            context_level = level
            emit(Para(rest, label, level))
            continue
        if item is not None:
            flush_group()
            text = re.sub(r"^[✓●•]\s*", "", body)
            emit(Para(text, "", context_level + 1, bullet=True))
            continue
        group.append(body)
    flush_group()
    flush_table()
    return blocks


# ---------------------------------------------------------------- inline text


@dataclass(frozen=True)
class Piece:
    """A run of text in one style, part of a word."""

    text: str
    style: str  # regular, bold, italic, bold-italic
    underline: bool = False


TOKEN = re.compile(r"(\*\*|</?u>|</?i>|</?b>|<https?://[^>\s]+>|</?[a-z][^>]*>)")


def styled_words(markup: str) -> list[list[Piece] | str]:
    """Split markup into words (lists of styled pieces) and the separators "\\n" and "\\f"."""
    bold = italic = underline = False
    words: list[list[Piece] | str] = []
    word: list[Piece] = []

    def style() -> str:
        return {(False, False): "regular", (True, False): "bold", (False, True): "italic"}.get(
            (bold, italic), "bold-italic"
        )

    def end_word() -> None:
        nonlocal word
        if word:
            words.append(word)
            word = []

    for token in TOKEN.split(markup):
        if token == "**":
            bold = not bold
        elif token in ("<u>", "</u>"):
            underline = token == "<u>"
        elif token in ("<i>", "</i>", "<b>", "</b>"):
            if token[-2] == "i":
                italic = token == "<i>"
            else:
                bold = token == "<b>"
        elif token.startswith("<http"):
            word.append(Piece(token[1:-1], style(), underline))
        elif token.startswith("<") and token.endswith(">") and re.match(r"</?[a-z]", token):
            continue
        else:
            for part in re.split(r"([ \t\n\f]+)", token):
                if not part:
                    continue
                if part.strip(" \t") == "" or not part.strip():
                    end_word()
                    for separator in part:
                        if separator in "\n\f":
                            words.append(separator)
                    continue
                word.append(Piece(part, style(), underline))
    end_word()
    return words


@lru_cache(maxsize=None)
def _advance(style: str, char: str) -> float:
    return FONTS[style].text_length(char, fontsize=1.0)


def text_width(text: str, style: str, size: float) -> float:
    """Width of `text` in points (cached glyph advances; the fonts are not kerned)."""
    return size * sum(_advance(style, char) for char in text)


def word_width(word: list[Piece], size: float) -> float:
    return sum(text_width(piece.text, piece.style, size) for piece in word)


Line = list[list[Piece]]


def wrap(markup: str, width: float, size: float, bold: bool = False) -> list[tuple[Line, bool]]:
    """Lines of words fitting `width`; each with True when a forced page break precedes it.

    With `bold`, every word is set bold (headings, table header rows).
    """
    lines: list[tuple[Line, bool]] = []
    current: Line = []
    current_width = 0.0
    break_before = pending_break = False
    space = text_width(" ", "regular", size)

    def end_line() -> None:
        nonlocal current, current_width, break_before
        lines.append((current, break_before))
        current, current_width, break_before = [], 0.0, False

    for word in styled_words(markup):
        if word == "\n":
            end_line()
            continue
        if word == "\f":
            if current:
                end_line()
            pending_break = True
            continue
        assert isinstance(word, list)
        if bold:
            word = [Piece(p.text, "bold-italic" if "italic" in p.style else "bold", p.underline) for p in word]
        if pending_break:
            break_before, pending_break = True, False
        for piece_word in _split_long_word(word, width, size):
            w = word_width(piece_word, size)
            if current and current_width + space + w > width:
                end_line()
            current_width += (space if current else 0.0) + w
            current.append(piece_word)
    if current or not lines:
        end_line()
    return lines


def _split_long_word(word: list[Piece], width: float, size: float) -> list[list[Piece]]:
    """A word wider than the line (a long URL) is cut into pieces that fit."""
    if word_width(word, size) <= width:
        return [word]
    pieces: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in word:
        for char in piece.text:
            candidate = current + [Piece(char, piece.style, piece.underline)]
            if current and word_width(candidate, size) > width:
                pieces.append(current)
                candidate = [Piece(char, piece.style, piece.underline)]
            current = candidate
    if current:
        pieces.append(current)
    return [_merge(p) for p in pieces]


def _merge(word: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in word:
        if merged and merged[-1].style == piece.style and merged[-1].underline == piece.underline:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.style, piece.underline)
        else:
            merged.append(piece)
    return merged


# ---------------------------------------------------------------- PDF writer


class PdfWriter:
    """Lays blocks out on A4 pages; owns the open PyMuPDF document and the cursor."""

    def __init__(self, spec: SeedDocument) -> None:
        self.spec = spec
        self.doc = pymupdf.open()
        self.page: pymupdf.Page | None = None
        self.writer: pymupdf.TextWriter | None = None
        self.shape: pymupdf.Shape | None = None
        self.y = BODY_TOP
        self.previous_block: Block | None = None
        self.after_heading = False
        self.first_numbered_page: int | None = None if spec.footer_prefix else 0

    # pages
    def new_page(self) -> None:
        self.finish_page()
        self.page = self.doc.new_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
        self.writer = pymupdf.TextWriter(self.page.rect)
        self.shape = self.page.new_shape()
        self.y = BODY_TOP

    def finish_page(self) -> None:
        if self.page is not None and self.writer is not None and self.shape is not None:
            self.shape.commit()  # rules and fills first, so text is drawn over them
            self.writer.write_text(self.page)
        self.page = self.writer = self.shape = None

    def at_page_top(self) -> bool:
        return self.page is not None and self.y <= BODY_TOP + 0.01

    def ensure(self, height: float) -> None:
        if self.page is None or self.y + height > BODY_BOTTOM:
            self.new_page()

    # text
    def text(self, x: float, baseline: float, text: str, style: str = "regular", size: float = BODY_SIZE) -> None:
        assert self.writer is not None
        self.writer.append((x, baseline), text, font=FONTS[style], fontsize=size)

    def line_of_words(self, x: float, baseline: float, words: Line, size: float) -> None:
        """Draw one line of styled words; same-style runs go out as one string."""
        assert self.writer is not None and self.shape is not None
        runs: list[Piece] = []
        for index, word in enumerate(words):
            pieces = list(word)
            if index:
                previous = runs[-1]
                pieces.insert(0, Piece(" ", previous.style, previous.underline and pieces[0].underline))
            for piece in pieces:
                if runs and runs[-1].style == piece.style and runs[-1].underline == piece.underline:
                    runs[-1] = Piece(runs[-1].text + piece.text, piece.style, piece.underline)
                else:
                    runs.append(piece)
        for run in runs:
            width = text_width(run.text, run.style, size)
            if run.text.strip():
                self.writer.append((x, baseline), run.text, font=FONTS[run.style], fontsize=size)
            if run.underline:
                self.shape.draw_line((x, baseline + 1.5), (x + width, baseline + 1.5))
                self.shape.finish(color=(0, 0, 0), width=0.5)
            x += width

    # blocks
    def heading(self, block: Heading) -> None:
        lines = wrap(block.text, RIGHT - LEFT, block.size, bold=True)
        leading = block.size + 4
        gap = 0.0 if self.page is None or self.at_page_top() else PARAGRAPH_GAP + 4
        if self.after_heading:
            gap = 2.0  # a title set over several heading lines stays together
        self.ensure(gap + leading * len(lines) + BODY_LEADING * 2)  # keep with the next two lines
        if not self.at_page_top():
            self.y += gap
        for words, _ in lines:
            self.line_of_words(LEFT, self.y + block.size * 0.8, words, block.size)
            self.y += leading
        self.y += 2

    def paragraph(self, block: Para) -> None:
        text_x = LEFT + INDENT * block.level
        if block.bullet:
            label_x = LEFT + INDENT * max(block.level - 1, 0)
            text_x = label_x + BULLET_GAP
            label = "•"
        else:
            label_x = text_x - INDENT
            label = block.label
        lines = wrap(block.text, RIGHT - text_x, BODY_SIZE)
        first = True
        for words, break_before in lines:
            if break_before:
                self.new_page()
            if first:
                gap = 0.0 if self.page is None or self.at_page_top() else PARAGRAPH_GAP
                self.ensure(gap + BODY_LEADING)
                if not self.at_page_top():
                    self.y += gap
            else:
                self.ensure(BODY_LEADING)
            baseline = self.y + BODY_SIZE * 0.8
            if first and label:
                self.text(label_x, baseline, label)
            self.line_of_words(text_x, baseline, words, BODY_SIZE)
            self.y += BODY_LEADING
            first = False

    def table(self, block: Table) -> None:
        columns = len(block.rows[0])
        size = 7.5 if columns > 8 else 8.5
        widths = column_widths(block.rows, RIGHT - LEFT, size)
        while widths is None:  # a wide table: smaller type rather than words cut in two
            size -= 0.5
            widths = column_widths(block.rows, RIGHT - LEFT, size, squeeze=size <= 5.5)
        leading = size + 2.5
        header = layout_row(block.rows[0], widths, size, spans=False, bold=True)
        gap = 0.0 if self.page is None or self.at_page_top() else PARAGRAPH_GAP + 2
        first_row = layout_row(block.rows[1], widths, size, spans=True) if len(block.rows) > 1 else header
        keep = row_height(header, leading) + min(row_height(first_row, leading), 3 * leading + 2 * TABLE_PADDING)
        self.ensure(gap + keep)  # never a header row alone at the foot of a page
        if not self.at_page_top():
            self.y += gap
        self.draw_row(header, widths, size, leading, is_header=True)
        for cells in block.rows[1:]:
            row = layout_row(cells, widths, size, spans=True)
            remaining = row
            while remaining:
                available = BODY_BOTTOM - self.y
                height = row_height(remaining, leading)
                if height <= available:
                    self.draw_row(remaining, widths, size, leading)
                    break
                fresh_page = BODY_BOTTOM - BODY_TOP - row_height(header, leading)
                if height <= fresh_page or available < leading * 3 + 2 * TABLE_PADDING:
                    self.new_page()
                    self.draw_row(header, widths, size, leading, is_header=True)
                    continue
                fit = int((available - 2 * TABLE_PADDING) // leading)
                self.draw_row([lines[:fit] for lines in remaining], widths, size, leading)
                remaining = [lines[fit:] for lines in remaining]
                self.new_page()
                self.draw_row(header, widths, size, leading, is_header=True)
        self.y += 2

    def draw_row(self, row: list[list[Line]], widths: list[float], size: float, leading: float,
                 is_header: bool = False) -> None:
        assert self.shape is not None
        height = row_height(row, leading)
        top, bottom = self.y, self.y + height
        spanning = len(row) == 1
        if is_header:
            self.shape.draw_rect(pymupdf.Rect(LEFT, top, LEFT + sum(widths), bottom))
            self.shape.finish(fill=(0.88, 0.88, 0.88), color=None, width=0)
        x = LEFT
        cell_widths = [sum(widths)] if spanning else widths
        for lines, width in zip(row, cell_widths):
            baseline = top + TABLE_PADDING + size * 0.85
            for words in lines:
                self.line_of_words(x + TABLE_PADDING, baseline, words, size)
                baseline += leading
            x += width
        right = LEFT + sum(widths)
        self.shape.draw_line((LEFT, top), (right, top))
        self.shape.draw_line((LEFT, bottom), (right, bottom))
        edges = [LEFT, right] if spanning else [LEFT + sum(widths[:i]) for i in range(len(widths) + 1)]
        for edge in edges:
            self.shape.draw_line((edge, top), (edge, bottom))
        self.shape.finish(color=(0, 0, 0), width=0.5)
        self.y = bottom

    def write(self, blocks: list[Block]) -> None:
        for block in blocks:
            self.after_heading = isinstance(self.previous_block, Heading)
            self.previous_block = block
            if isinstance(block, PageBreak):
                if self.page is None or not self.at_page_top():
                    self.new_page()
                if block.new_part and self.first_numbered_page is None:
                    assert self.page is not None
                    self.first_numbered_page = self.page.number
            elif isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Para):
                self.paragraph(block)
            elif isinstance(block, Table):
                self.table(block)
        self.finish_page()

    def add_running_text(self) -> None:
        """Header on every page; footer page number (printed numbers, see module docstring)."""
        for page in self.doc:
            writer = pymupdf.TextWriter(page.rect, color=(0.25, 0.25, 0.25))
            writer.append((LEFT, HEADER_BASELINE), self.spec.header, font=FONTS["regular"], fontsize=9)
            if self.first_numbered_page is not None and page.number >= self.first_numbered_page:
                printed = f"{self.spec.footer_prefix}{page.number - self.first_numbered_page + 1}"
                width = text_width(printed, "regular", 9)
                writer.append(((PAGE_WIDTH - width) / 2, FOOTER_BASELINE), printed, font=FONTS["regular"], fontsize=9)
            writer.write_text(page)
            page.draw_line((LEFT, HEADER_RULE), (RIGHT, HEADER_RULE), color=(0.5, 0.5, 0.5), width=0.5)

    def save(self, path: Path) -> None:
        self.add_running_text()
        self.doc.set_metadata({
            "title": self.spec.title,
            "author": self.spec.body,
            "subject": f"{self.spec.kind}, {self.spec.date}",
            "keywords": "",
            "creator": "docsearch scripts/build_corpus.py",
            "producer": "PyMuPDF",
            "creationDate": FIXED_PDF_DATE,
            "modDate": FIXED_PDF_DATE,
            "trapped": "",
        })
        self.doc.save(path, garbage=3, deflate=True, no_new_id=True)
        self.doc.close()


def column_widths(rows: tuple[tuple[str, ...], ...], total: float, size: float,
                  squeeze: bool = False) -> list[float] | None:
    """Column widths filling `total`: natural widths when they fit, else shared by need.

    Returns None when the longest words alone do not fit, unless `squeeze` is set.
    """
    columns = len(rows[0])
    natural = [0.0] * columns
    minimum = [0.0] * columns
    for row_index, row in enumerate(rows):
        if row_index and sum(1 for cell in row if cell.strip()) == 1 and row[0].strip() and len(row) > 1:
            continue  # a spanning row does not size the columns
        for i, cell in enumerate(row):
            for text_line in cell.split("\n"):
                words = wrap(text_line, 1e6, size, bold=row_index == 0)[0][0] if text_line.strip() else []
                line_width = sum(word_width(w, size) for w in words) + 3 * len(words)
                natural[i] = max(natural[i], line_width)
                for w in words:
                    minimum[i] = max(minimum[i], min(word_width(w, size), 60.0))
    pad = 2 * TABLE_PADDING + 1
    natural = [n + pad for n in natural]
    minimum = [m + pad for m in minimum]
    if sum(natural) <= total:
        return [n * total / sum(natural) for n in natural]
    spare = total - sum(minimum)
    if spare <= 0:
        return [m * total / sum(minimum) for m in minimum] if squeeze else None
    need = [n - m for n, m in zip(natural, minimum)]
    return [m + spare * n / sum(need) for m, n in zip(minimum, need)]


def layout_row(cells: tuple[str, ...], widths: list[float], size: float, spans: bool,
               bold: bool = False) -> list[list[Line]]:
    """Wrapped lines per cell; a row with only its first cell filled spans the table."""
    if spans and len(cells) > 1 and cells[0].strip() and not any(c.strip() for c in cells[1:]):
        return [[words for words, _ in wrap(cells[0], sum(widths) - 2 * TABLE_PADDING, size)]]
    return [
        [words for words, _ in wrap(cell, width - 2 * TABLE_PADDING, size, bold)] if cell.strip() else []
        for cell, width in zip(cells, widths)
    ]


def row_height(row: list[list[Line]], leading: float) -> float:
    return max(1, max(len(lines) for lines in row)) * leading + 2 * TABLE_PADDING


# ---------------------------------------------------------------- HTML pages

NAV = (
    '<nav class="site-nav" aria-label="Site">'
    '<a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>'
)


def _inline_html(text: str) -> str:
    return html.escape(text, quote=False)


LIST_MARKER = re.compile(r"^\s+(\d+\.|•)\s+")


def parse_bulletin(text: str) -> list[str]:
    """HTML body elements of the LGA bulletin (a web page originally)."""
    groups = [g.split("\n") for g in re.split(r"\n\s*\n", text.strip())]
    elements: list[str] = []
    first = True
    for lines in groups:
        lines = [line.replace("\xa0", " ").rstrip() for line in lines if line.strip()]
        if first:
            elements.append(f"<h1>{_inline_html(lines[0])}</h1>")
            first = False
            lines = lines[1:]
            if not lines:
                continue
        if all(re.match(r"^\s+(\d+\.|•)\s", line) for line in lines):
            tag = "ol" if re.match(r"^\s+\d+\.", lines[0]) else "ul"
            items = "".join(f"<li>{_inline_html(LIST_MARKER.sub('', line))}</li>" for line in lines)
            elements.append(f"<{tag}>{items}</{tag}>")
        elif len(lines) == 1 and (lines[0].endswith("?") or _looks_like_heading(lines[0], 60)):
            level = "h3" if lines[0].endswith("?") else "h2"
            elements.append(f"<{level}>{_inline_html(lines[0])}</{level}>")
        elif len(lines) == 2 and _looks_like_heading(lines[0], 60) and len(lines[1]) > 60:
            elements.append(f"<h3>{_inline_html(lines[0])}</h3>")
            elements.append(f"<p>{_inline_html(lines[1])}</p>")
        else:
            elements.append("<p>" + "<br>\n".join(_inline_html(line.strip()) for line in lines) + "</p>")
    return elements


def parse_minutes(text: str) -> list[str]:
    """HTML body elements of the scrutiny minutes (a web page originally)."""
    elements = ["<h1>Sustainability and Transformation Plan update</h1>"]
    list_items: list[str] = []
    list_type = ""

    def flush() -> None:
        nonlocal list_items
        if list_items:
            attribute = ' type="a"' if list_type == "a" else ""
            elements.append(f"<ol{attribute}>" + "".join(f"<li>{i}</li>" for i in list_items) + "</ol>")
            list_items = []

    for line in text.split("\n"):
        line = line.replace("\xa0", " ").strip()
        if not line:
            continue
        item = re.match(r"^([a-z]|\d+)\)\s+(.*)$", line)
        if item:
            kind = "a" if item.group(1).isalpha() else "1"
            if list_items and kind != list_type:
                flush()
            list_type = kind
            list_items.append(_inline_html(item.group(2)))
            continue
        flush()
        if line == "Agenda item" or line == "Supporting documents:":
            elements.append(f"<h2>{_inline_html(line)}</h2>")
        else:
            elements.append(f"<p>{_inline_html(line)}</p>")
    flush()
    return elements


def html_page(spec: SeedDocument, elements: list[str]) -> str:
    """A small, valid HTML5 page with short, clearly marked site chrome."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(spec.title)} | {html.escape(spec.body)}</title>\n"
        f'<meta name="date" content="{spec.date}">\n'
        "</head>\n<body>\n"
        f"{NAV}\n<main>\n<article>\n" + "\n".join(elements) + "\n</article>\n</main>\n"
        f"<footer class=\"site-footer\"><p>&copy; {html.escape(spec.body)}</p></footer>\n"
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------- building


def build_pdf(spec: SeedDocument, text: str, out_dir: Path) -> Path:
    """Lay out one PDF seed and save it as `<stem>.pdf` in `out_dir`."""
    blocks = parse_agenda_pack(text) if spec is AGENDA_PACK else parse_report(text)
    writer = PdfWriter(spec)
    writer.write(blocks)
    path = out_dir / f"{spec.stem}.pdf"
    page_count = len(writer.doc)
    writer.save(path)
    logger.info("wrote %s (%d pages)", path, page_count)
    return path


def build_html(spec: SeedDocument, text: str, out_dir: Path) -> Path:
    """Write one web-page seed as `<stem>.html` in `out_dir`."""
    elements = parse_bulletin(text) if spec is BULLETIN else parse_minutes(text)
    path = out_dir / f"{spec.stem}.html"
    path.write_text(html_page(spec, elements), encoding="utf-8")
    logger.info("wrote %s", path)
    return path


def build_corpus(seeds_dir: Path, out_dir: Path) -> list[Path]:
    """Build every document of the corpus and `catalog.json`; returns the files written.

    Raises:
        FileNotFoundError: a seed text is missing from `seeds_dir`.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    catalog: dict[str, dict[str, str]] = {}
    for spec in SEED_DOCUMENTS:
        seed_path = seeds_dir / spec.seed
        if not seed_path.is_file():
            raise FileNotFoundError(f"{seed_path}: seed text missing; pass --seeds DIR")
        text = seed_path.read_text(encoding="utf-8")
        path = build_pdf(spec, text, out_dir) if spec.header else build_html(spec, text, out_dir)
        written.append(path)
        catalog[path.name] = {"title": spec.title, "body": spec.body, "date": spec.date, "kind": spec.kind}
    catalog_path = out_dir / "catalog.json"
    catalog_path.write_text(json.dumps(catalog, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    written.append(catalog_path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed texts")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus folder to write")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    for path in build_corpus(args.seeds, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
