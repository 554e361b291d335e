"""Ruled tables on PDF pages: when to look for them, and their rows as cell texts."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .labels import clean_text, is_label_only, join_lines
from .page import Table, TableRow, TextLine

log = logging.getLogger(__name__)

# Looking for tables costs far more than reading text, so only pages drawing a grid are searched.
MIN_RULES = 3  # horizontal and vertical rules each
MAX_HEADER_WORDS = 15  # a longer "header" cell is a row carried over from the page before
MAX_DRAWINGS = 5000  # a page of vector art, not a table: skip rather than spend seconds on it
_GENERIC_HEADER = re.compile(r"^(?:col\d+|column\s*\d+)?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?$")
_NUMERIC = re.compile(r"^[-–(£$€]*\s*[\d,.]+\s*[%)m]*$|^(?:nil|n/a|-|–)$", re.IGNORECASE)


def ruled_area(page: Any) -> tuple[float, float, float, float] | None:
    """The area covered by a page's horizontal and vertical rules, when it draws a grid.

    None unless the page draws several of each (a ruled table, probably). Searching only this
    area keeps table finding cheap on text-heavy pages.
    """
    try:
        drawings = page.get_cdrawings()
    except Exception:  # noqa: BLE001 - a drawing the library cannot parse means no table search
        return None
    if len(drawings) > MAX_DRAWINGS:
        return None
    horizontal = vertical = 0
    xs: list[float] = []
    ys: list[float] = []
    for path in drawings:
        stroked = "s" in str(path.get("type", "s"))
        for item in path.get("items", ()):
            kind = item[0]
            if kind == "l":
                (x0, y0), (x1, y1) = item[1], item[2]
                if abs(y0 - y1) < 1 and abs(x0 - x1) > 5:
                    horizontal += 1
                elif abs(x0 - x1) < 1 and abs(y0 - y1) > 5:
                    vertical += 1
                else:
                    continue
            elif kind == "re":
                x0, y0, x1, y1 = item[1]
                width, height = abs(x1 - x0), abs(y1 - y0)
                if height < 2 < width:
                    horizontal += 1
                elif width < 2 < height:
                    vertical += 1
                elif stroked and width > 5 and height > 5:
                    # A filled box is shading or a highlight; only an outlined box is a cell.
                    horizontal += 2
                    vertical += 2
                else:
                    continue
            else:
                continue
            xs.extend((x0, x1))
            ys.extend((y0, y1))
    if horizontal < MIN_RULES or vertical < MIN_RULES:
        return None
    return (min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2)


def find_tables(page: Any, page_number: int, area: tuple[float, float, float, float] | None = None,
                lines: Sequence[TextLine] = ()) -> list[Table]:
    """The ruled tables on a page with at least two columns and one data row.

    Uses PyMuPDF's line-based finder (without its slower layout model) for the grid, and the
    page's words for the cell texts (PyMuPDF's own cell text can lose spaces and reorder
    digits). The header row is the one PyMuPDF identifies unless it looks like data (numbers),
    in which case the table is marked `generic_headers`: probably continued from a page before;
    or unless the table is a box of labels beside values (see _labels_beside_values; the page's
    `lines` tell bold from plain), which has no header row.
    """
    try:
        found = page.find_tables(clip=area, use_layout=False)
    except TypeError:  # an older PyMuPDF without the layout switch
        found = page.find_tables(clip=area)
    except Exception as exc:  # noqa: BLE001 - a failed table search leaves the text as paragraphs
        log.debug("page %d: table search failed: %s", page_number, exc)
        return []
    if not found.tables:
        return []
    words = [_Word(*word[:5]) for word in page.get_text("words", sort=False)]
    tables: list[Table] = []
    for table in found.tables:
        try:
            tables.extend(_convert(table, page_number, words, lines))
        except Exception as exc:  # noqa: BLE001
            log.debug("page %d: table not extracted: %s", page_number, exc)
    return tables


@dataclass(frozen=True)
class _Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def _cell_text(bbox: Sequence[float] | None, words: list[_Word]) -> str:
    """The words whose centre lies in the cell, line by line, hyphenated breaks mended."""
    if bbox is None:
        return ""
    x0, y0, x1, y1 = bbox
    inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1]
    inside.sort(key=lambda w: ((w.y0 + w.y1) / 2, w.x0))
    lines: list[list[_Word]] = []
    for word in inside:
        middle = (word.y0 + word.y1) / 2
        if lines and abs(middle - (lines[-1][0].y0 + lines[-1][0].y1) / 2) < 0.5 * (word.y1 - word.y0):
            lines[-1].append(word)
        else:
            lines.append([word])
    texts = [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
    return clean_text(join_lines(texts))


def _looks_like_data(cells: Sequence[str]) -> bool:
    """True for a row of figures; a row of years ("2015", "2017/18") is a header, not data."""
    filled = [cell for cell in cells if cell]
    numeric = [cell for cell in filled if _NUMERIC.match(cell) and not _YEAR.match(cell)]
    return not filled or len(numeric) * 2 >= len(filled)


def _labels_beside_values(table: Any, grid: list[list[str]], lines: Sequence[TextLine]) -> bool:
    """A two-column box of labels and their values, first row included: a report's front sheet
    ("Meeting | Cabinet", "Date of meeting | Wednesday, 15 January 2025"). Each label is bold
    beside a plain value, or ends with a colon."""
    if table.col_count != 2 or len(grid) < 2 or not all(grid[0]):
        return False  # a first row with a blank corner ("" | "Number of councillors") is headers
    if all(row[0].endswith(":") for row in grid if row[0]):
        return True
    for row, cells in zip(table.rows, grid):
        if not all(cells):
            continue
        if _bold(row.cells[0], lines) is not True or _bold(row.cells[1], lines) is not False:
            return False
    return True


def _second_header_row(top: Sequence[str], second: Sequence[str]) -> bool:
    """Whether a table's second row is more headers under a first row whose headers span columns:
    the first row leaves cells blank beside a header, the second names those columns, in few words
    and no figures ("Budget £000 | Actual £000 | Variance £000")."""
    spanned = any(not cell and top[i - 1] for i, cell in enumerate(top) if i > 0)
    named = [i for i, cell in enumerate(second) if cell]
    if not spanned or len(named) < (len(second) + 1) // 2:
        return False
    if any(not top[i] and not second[i] and i > 0 for i in range(len(top))):
        return False  # a column named by neither row
    return _names_columns([second[i] for i in named])


def _more_headers(row: Sequence[str]) -> bool:
    """A row of short names and no figures under headers that do not yet tell its columns apart."""
    named = [cell for cell in row[1:] if cell]
    return bool(named) and _names_columns(named)


def _names_columns(cells: Sequence[str]) -> bool:
    """Cells that name columns: a few words each, no figures."""
    return all(len(cell.split()) <= 4 and not _NUMERIC.match(cell) for cell in cells)


def _two_level(top: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    """Each column's headers read down: the spanning header over it, then its own ("2023/24 Actual £000")."""
    spanning, combined = "", []
    for index, (upper, lower) in enumerate(zip(top, second)):
        if upper or index == 0:
            spanning = upper
        combined.append(" ".join(part for part in (spanning, lower) if part))
    return tuple(combined)


def _carried_over(headers: Sequence[str]) -> bool:
    """A first row too long for headers: text carried over from the page before ("...the answer
    goes on."), not a long question heading a column of answers."""
    return any(len(h.split()) > MAX_HEADER_WORDS and not h.rstrip().endswith(("?", ":")) for h in headers)


def _bold(bbox: Sequence[float] | None, lines: Sequence[TextLine]) -> bool | None:
    """Whether most of the text in a cell is bold (None for a cell without lines)."""
    if bbox is None:
        return None
    x0, y0, x1, y1 = bbox
    inside = [line for line in lines if x0 <= (line.x0 + line.x1) / 2 <= x1 and y0 <= (line.y0 + line.y1) / 2 <= y1]
    if not inside:
        return None
    return sum(len(line.text) for line in inside if line.bold) * 2 > sum(len(line.text) for line in inside)


def _convert(table: Any, page_number: int, words: list[_Word], lines: Sequence[TextLine] = ()) -> list[Table]:
    if table.col_count < 2:
        return []
    grid = [[_cell_text(cell, words) for cell in row.cells] for row in table.rows]
    headers = tuple(grid[0]) if grid else ()
    start = 1
    generic = not any(headers) or all(_GENERIC_HEADER.match(h) for h in headers) or _looks_like_data(headers) \
        or _carried_over(headers)
    if generic or _labels_beside_values(table, grid, lines):
        headers, start = (), 0  # a box of labels has no header row, and carries on from no table
    elif len(grid) > 2 and _second_header_row(headers, grid[1]):
        headers, start = _two_level(headers, grid[1]), 2  # "2023/24" over "Budget | Actual | Variance"
        while len(grid) > start + 1 and len(set(headers[1:])) < len(headers[1:]) and _more_headers(grid[start]):
            headers, start = _two_level(headers, grid[start]), start + 1  # "17/18 £'000" twice: "Non Rec", "Rec"
    rows: list[TableRow] = []
    for index in range(start, len(grid)):
        cells = tuple(grid[index])
        if not any(cells) or cells == headers:
            continue
        bbox = tuple(float(v) for v in table.rows[index].bbox)
        rows.append(TableRow(bbox=bbox, cells=cells))  # type: ignore[arg-type]
    if not rows:
        return []
    bbox = tuple(float(v) for v in table.bbox)
    return [Table(page_number, bbox, headers, tuple(rows), generic)]  # type: ignore[arg-type]


# A box of labels beside their values drawn without rules (a Word table with no borders, or tab
# stops): "Applicant:" with "Tenterfield Homes Ltd" level with it to the right, a value running
# on below itself. Read as lines, each value ran into the next row's label.
MIN_LABELLED_ROWS = 3
MAX_LABEL_WORDS = 6
MIN_LABEL_GAP = 12.0  # points between a label's end and its value
_ALIGNED = 4.0  # points: labels (and values) start level with each other
_SENTENCE = re.compile(r"[.!?;,]$")


def labelled_rows(lines: Sequence[TextLine], page_number: int) -> list[Table]:
    """Runs of at least MIN_LABELLED_ROWS borderless label | value rows, as tables without headers."""
    rows: list[list[TextLine]] = []  # lines on one baseline, left to right
    for line in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.5 * max(line.size, 1):
            rows[-1].append(line)
        else:
            rows.append([line])
    tables: list[Table] = []
    run: list[tuple[TextLine, list[TextLine]]] = []  # (label, value lines)

    def close() -> None:
        if len(run) >= MIN_LABELLED_ROWS:
            tables.append(_labelled_table(run, page_number))
        run.clear()

    for row in rows:
        row.sort(key=lambda ln: ln.x0)  # a bold label can sit a hair above its value
        pair = _label_and_value(row)
        if pair and (not run or (abs(pair[0].x0 - run[0][0].x0) < _ALIGNED and abs(pair[1].x0 - run[0][1][0].x0) < _ALIGNED)):
            run.append((pair[0], [pair[1]]))
            continue
        if run and len(row) == 1 and abs(row[0].x0 - run[-1][1][0].x0) < _ALIGNED \
                and row[0].y0 - run[-1][1][-1].y1 < 1.2 * max(row[0].size, 1):
            run[-1][1].append(row[0])  # the value runs on below itself
            continue
        close()
        if pair:
            run.append((pair[0], [pair[1]]))
    close()
    return tables


def _label_and_value(row: list[TextLine]) -> tuple[TextLine, TextLine] | None:
    if len(row) != 2:
        return None
    label, value = row
    words = label.text.split()
    if not words or len(words) > MAX_LABEL_WORDS or _SENTENCE.search(label.text.strip()) or is_label_only(label.text):
        return None
    if not (words[0][0].isupper() or words[0][0].isdigit() or words[0][0] == "("):
        return None  # "new plan to improve parking": a line of prose in the left of two columns
    if value.x0 - label.x1 < MIN_LABEL_GAP or value.x0 - label.x0 < 40:
        return None
    return label, value


def _labelled_table(run: list[tuple[TextLine, list[TextLine]]], page_number: int) -> Table:
    table_rows = []
    for label, values in run:
        box = (min(label.x0, values[0].x0), label.y0, max([label.x1] + [v.x1 for v in values]), max(v.y1 for v in values))
        table_rows.append(TableRow(bbox=box, cells=(clean_text(label.text), join_lines([v.text for v in values]))))
    bbox = (min(r.bbox[0] for r in table_rows), table_rows[0].bbox[1], max(r.bbox[2] for r in table_rows), table_rows[-1].bbox[3])
    return Table(page_number, bbox, (), tuple(table_rows))
