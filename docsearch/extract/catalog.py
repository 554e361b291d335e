"""Document metadata: from a folder's catalog.json when present, else guessed from the text."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from .files import CATALOG_NAME

log = logging.getLogger(__name__)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_DIGITS = re.compile(r"\d")
_HEADER_SEPARATORS = re.compile(r"\s*(?:[-–—|,:]\s*)+$")
_MEANINGLESS_TITLE = re.compile(
    r"^(?:untitled|document\d*|microsoft word.*|slide \d+|title|report|pdf|\W*|agenda(?: front ?sheet)?|public document pack|"
    r"(?:printed )?minutes|agenda item(?: \d+)?|item \d+|appendix(?: \w{1,2})?|cover (?:sheet|report)|.*\btemplate)$"
    r"|\.(?:docx?|pdf|rtf|odt|pptx?|xlsx?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CatalogEntry:
    """What a catalogue says about one file."""

    title: str | None = None
    body: str | None = None
    date: str | None = None
    kind: str | None = None


def catalog_entry(path: Path) -> CatalogEntry | None:
    """The entry for `path` in catalog.json beside it, or None when there is no entry."""
    catalog = path.parent / CATALOG_NAME
    try:
        mtime = catalog.stat().st_mtime_ns
    except OSError:
        return None
    entries = _load_catalog(str(catalog), mtime)
    return entries.get(path.name)


@lru_cache(maxsize=64)
def _load_catalog(catalog: str, mtime: int) -> dict[str, CatalogEntry]:
    try:
        raw = json.loads(Path(catalog).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: catalogue not readable (%s); metadata taken from the documents", catalog, exc)
        return {}
    items: list[tuple[str, object]] = []
    if isinstance(raw, dict):
        documents = raw.get("documents", raw)
        if isinstance(documents, dict):
            items = list(documents.items())
        elif isinstance(documents, list):
            raw = documents
    if isinstance(raw, list):
        for record in raw:
            if isinstance(record, dict):
                name = record.get("file") or record.get("path") or record.get("name") or ""
                items.append((Path(str(name)).name, record))
    entries: dict[str, CatalogEntry] = {}
    for name, record in items:
        if not isinstance(record, dict):
            continue
        entries[name] = CatalogEntry(
            title=_text_or_none(record.get("title")),
            body=_text_or_none(record.get("body")),
            date=_text_or_none(record.get("date")),
            kind=_text_or_none(record.get("kind")),
        )
    return entries


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def find_date(text: str) -> str | None:
    """The first clear full date in `text` as ISO "2018-04-10" ("10 April 2018", "10/04/2018")."""
    candidates: list[tuple[int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        iso = _iso(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        if iso:
            candidates.append((match.start(), iso))
            break
    for match in _MONTH_DAY_YEAR.finditer(text):
        iso = _iso(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        if iso:
            candidates.append((match.start(), iso))
            break
    for match in _NUMERIC_DATE.finditer(text):
        iso = _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))  # UK order
        if iso:
            candidates.append((match.start(), iso))
            break
    return min(candidates)[1] if candidates else None


# "Date of meeting: Wednesday, 15 January 2025", "Date | 15/01/2025" opening a line or a row of a
# front sheet: the date it gives the meeting or decision. "Implementation date", "Published",
# "held on" (the last meeting's minutes) and such are not it.
_DATE_LABEL = re.compile(
    r"^\s*(?:(?P<named>date\s+of\s+(?:the\s+)?(?:meeting|decision)|(?:meeting|decision)\s+date|decision\s+issued(?:\s+date)?|"
    r"date\s+(?:of\s+)?issue[d]?)|date)\s*(?:[:|\-–]\s*)*"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
_BODY_LABEL = re.compile(r"^(?:meeting|committee|report\s+to|decision\s+maker)\s*:?\s*$", re.IGNORECASE)
_BODY_LINE = re.compile(r"^(?:meeting|committee|report\s+to)\s*:\s*(.+)$", re.IGNORECASE)
_MINUTES_OF = re.compile(
    r"^minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?([A-Z][\w&,'’ -]{2,80}?)\s+(?:held|on|at)\b",
    re.IGNORECASE,
)
_DATE_LEFTOVER = re.compile(
    r"(?:\s+(?:on|at|held|dated)\b|[\s,:(–—-]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)+$", re.IGNORECASE
)
MINUTES_ROWS = 15  # minutes say whose meeting they record in their opening lines
# "MINUTES of the meeting held on ..." under the body's name in large type ("CABINET").
_MINUTES_HELD = re.compile(r"^(?:Minutes|MINUTES)\s+(?i:of\s+(?:a|the)\s+meeting\s+(?:held|on|at))\b")
_SMALL_WORDS = {"and", "of", "the", "for", "on", "in", "to", "at"}
# A running line naming a meeting beside its date: "Cabinet - 15 January 2025", not "Printed on ...".
_MEETING_WORD_LIST = "cabinet|council|committee|sub-committee|board|panel|scrutiny|forum|commission|executive|assembly|meeting"
_MEETING_WORDS = re.compile(rf"\b(?:{_MEETING_WORD_LIST})\b", re.IGNORECASE)
_NOT_A_MEETING = re.compile(r"\b(?:printed|updated|version|official|published|issued|revised|draft|created)\b", re.IGNORECASE)


def meeting_date(text: str, running: tuple[str, ...] = ()) -> str | None:
    """The date of the meeting a paper is for, in order of trust: a date its front sheet labels so
    at the start of a line or row ("Date of meeting | Wednesday, 11 December 2024"; `text` keeps its
    line breaks); one in a running header or footer naming a meeting ("Cabinet - 15 January
    2025"); the date a summons gives ("... to be held in the Council Chamber on Wednesday, 12 March
    2025", "a meeting of the Council will be held ... on ..."); a date labelled only "Date" (on a summons letter, the day it was sent); the
    date a page was published or updated ("Updated 10 February 2025"); else the first clear date
    (see find_date)."""
    named, dated = _labelled_dates(text)
    if named:
        return named
    for line in running:
        if meeting_stamp(line):
            return find_date(line)
    summons = _TO_BE_HELD.search(text)
    held = find_date(text[summons.end() : summons.end() + 200]) if summons else None
    published = _PUBLISHED.search(text)
    return held or dated or (find_date(text[published.end() : published.end() + 40]) if published else None) \
        or find_date(text)


# A page for no meeting (a web page, a summary) is dated when it was published or updated: "Updated
# 10 February 2025", not a date its text mentions ("consulted between 1 October and 24 November 2024").
_PUBLISHED = re.compile(r"\b(?:last\s+)?(?:updated|published)(?:\s+on)?\s*:?\s*(?=\d)", re.IGNORECASE)


def labelled_date(text: str) -> str | None:
    """A date labelled as the meeting's or decision's at the start of a line ("Date of decision:
    12/03/2025"), anywhere in `text`."""
    return _labelled_dates(text)[0]


def _labelled_dates(text: str) -> tuple[str | None, str | None]:
    """The first date labelled as the meeting's or decision's, and the first labelled only "Date"."""
    dated = None
    for label in _DATE_LABEL.finditer(text):
        rest = text[label.end() : label.end() + 40]
        match = _DAY_MONTH_YEAR.match(rest) or _NUMERIC_DATE.match(rest)  # day, month, year
        if match:
            day, month, year = match.groups()
            iso = _iso(int(year), int(month) if month.isdigit() else _MONTHS[month.lower()], int(day))
            if iso and label.group("named"):
                return iso, dated
            dated = dated or iso
    return None, dated


_TO_BE_HELD = re.compile(r"\bmeeting\s+of\b[^.]{0,120}?\b(?:to\s+be|will\s+be)\s+held\b", re.IGNORECASE)


def meeting_stamp(line: str) -> str | None:
    """The body of a running header or footer that is a meeting's name and date ("Cabinet -
    15 January 2025"), or None: a line with other figures beside its date ("Inspection of
    Westminster ... 11 to 15 November 2024") is a title, and one without a meeting's word
    ("Printed on 20 March 2025", "OFFICIAL") names no meeting."""
    if not find_date(line):
        return None
    body = body_from_header(line)
    if body is None or _DIGITS.search(body) or len(body.split()) > 8:
        return None
    if not _MEETING_WORDS.search(body) or _NOT_A_MEETING.search(body):
        return None
    return body


_AUTHORITY = re.compile(r"^(?!(?:full|the)\s+council$)\S.*\s+council$", re.IGNORECASE)  # "Harbourne Council", not "Full Council"
_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_HEADER_PARTS = re.compile(r"\s+[-–—|]\s+|:\s+")  # "Harbourne Council | Cabinet", "Ashmere District Council: Cabinet"
_WEB_ADDRESS = re.compile(r"^\S*\w\.\w\S*$")  # "ashmere.gov.uk/binchanges"
_MEETING_OF = re.compile(r"^(?:(?:a|the)\s+)?meeting\s+of\s+(?:the\s+)?", re.IGNORECASE)
_REPORT_TO = re.compile(r"\breport\s+to\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_ENDS_BODY = re.compile(rf"\b(?:{_MEETING_WORD_LIST}|partnership)$", re.IGNORECASE)
# Lines ending in a meeting's word that are not a body: a post, a heading, a reference to one.
_NOT_A_BODY = re.compile(
    r"^(?:report|chair|vice-chair|chairman|terms\s+of\s+reference|membership|minutes|agenda|notice|members?|"
    r"enquiries|contact|decisions?|items?|supplementary|public\s+document)\b|\bchief\s+executive$|\bfrom$|\bon$",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(r"^(?:title\s+of\s+(?:the\s+)?report|report\s+title|title|subject)\s*:?\s*$", re.IGNORECASE)
_TITLE_LINE = re.compile(r"^(?:title\s+of\s+(?:the\s+)?report|report\s+title)\s*:\s*(.+)$", re.IGNORECASE)


def is_authority(name: str) -> bool:
    """Whether a name is a council's own ("Harbourne District Council"), not one of its meetings."""
    return bool(_AUTHORITY.match(name.strip()))


def names_body(text: str) -> bool:
    """Whether a short line is a body's name: it ends with a meeting's word ("Planning Committee",
    "Health and Wellbeing Board"), and is no reference, subject or sentence ("Council Tax")."""
    text = text.strip()
    return bool(_ENDS_BODY.search(text)) and len(text.split()) <= 8 and not re.search(r"[\d:/;.]", text) \
        and not _NOT_A_BODY.search(text)


def opening_body(rows: list[tuple[str, str]]) -> str | None:
    """The body a paper's opening lines name: a meeting's name and date ("Cabinet – 5 February
    2025"), or a line that is a committee's name alone ("PLANNING COMMITTEE"), not the council's."""
    lines = [" ".join(label.split()) for label, value in rows[:MINUTES_ROWS] if not value]
    stamps = (meeting_stamp(line) if len(line.split()) <= 12 else None for line in lines)
    for line in (*stamps, *lines):  # a meeting's name and date first, then a name alone
        for name in _SEPARATOR.split(line or ""):  # "Committee details - Cabinet"
            if report_to := _REPORT_TO.search(name):
                name = report_to.group(1)  # "Appendix A to the report to Cabinet"
            name = _MEETING_OF.sub("", name).strip()  # "MEETING OF THE COUNCIL - WEDNESDAY 26 FEBRUARY 2025"
            if names_body(name) and not is_authority(name):
                return _as_written(name)
    return None


def front_body(rows: list[tuple[str, str]], running: str | None = None) -> str | None:
    """The body a paper's opening lines name, in order of trust: a labelled "Meeting | Cabinet", the
    body a running header names (`running`), an agenda's or minutes' own words, a line naming it."""
    return labelled_body(rows) or running or agenda_body(rows) or minutes_body(rows) or opening_body(rows)


def labelled_title(rows: list[tuple[str, str]]) -> str | None:
    """A front sheet's "Title of report | Car Parking Task and Finish Group – Final Report"."""
    for label, value in rows[:MINUTES_ROWS * 2]:
        line = _TITLE_LINE.match(" ".join(label.split()))
        text = value if value and _TITLE_LABEL.match(label.strip()) else line.group(1) if line else ""
        text = " ".join(text.split())
        if 3 <= len(text) <= 200:
            return text
    return None


def title_body(title: str) -> str | None:
    """The meeting a title names before its date: "Council 20 February 2025 - Public Questions" gives
    "Council"; "Budget 2025/26" or "Report of 4 May 2024" names none."""
    dates = [m.start() for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC_DATE) for m in pattern.finditer(title)]
    if not dates:
        return None
    prefix = re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", " ", title[: min(dates)], flags=re.IGNORECASE)
    body = _body_text(prefix.strip(" -–—,:|("))
    if body and (report_to := _REPORT_TO.search(body)):
        body = report_to.group(1)  # "Report to Cabinet 5 February 2025"
    if body and len(body.split()) <= 6 and names_body(body) and not is_authority(body) \
            and not _NOT_A_MEETING.search(body):
        return body
    return None


def labelled_body(rows: list[tuple[str, str]]) -> str | None:
    """The meeting a front sheet names: a "Meeting | Cabinet" row or a "Report to: Cabinet" line.

    `rows` are (label, value) pairs: a table's two cells, or a line's text and "".
    """
    for label, value in rows:
        if not value:
            match = _BODY_LINE.match(label.strip())
            if not match:
                continue
            value = match.group(1)
        elif not _BODY_LABEL.match(label.strip()):
            continue
        body = _body_text(_without_date(value))  # "Cabinet on 15 January 2025"
        if body:
            return body
    return None


def _without_date(value: str) -> str:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC_DATE):
        value = pattern.sub(" ", value)
    return _DATE_LEFTOVER.sub("", value)


def minutes_body(rows: list[tuple[str, str]]) -> str | None:
    """The meeting minutes record, from a line opening "Minutes of a meeting of the Cabinet held ..."."""
    lines = [" ".join(label.split()) for label, _ in rows[:MINUTES_ROWS]]
    for line, after in zip(lines, [*lines[1:], ""]):
        match = _MINUTES_OF.match(f"{line} {after}")  # the opening sentence may wrap before "held"
        body = _body_text(match.group(1)) if match else None
        if body:
            return body
    for before, line in pairwise(lines):
        body = _body_text(before) if _MINUTES_HELD.match(line) else None
        if body:
            return _as_written(body)
    return None


_AGENDA = re.compile(r"^(?:(.+?)\s+)?(?:agenda|agenda\s+pack)$", re.IGNORECASE)


def agenda_body(rows: list[tuple[str, str]]) -> str | None:
    """The meeting an agenda is for, from its front sheet: "Cabinet" over or under "Agenda", or
    "CABINET AGENDA"; only a line that is a body's name, not the council's ("Harbourne District
    Council"), a heading ("Supplementary", "Public Document Pack") or a contact line."""
    lines = [" ".join(label.split()) for label, _ in rows[:MINUTES_ROWS]]
    for index, line in enumerate(lines):
        match = _AGENDA.match(line)
        if not match:
            continue
        named = [match.group(1), *lines[max(index - 1, 0) : index], *lines[index + 1 : index + 2]]
        for name in named:
            if name and names_body(name) and not is_authority(name):
                return _as_written(name)
    return None


def _as_written(name: str) -> str:
    """A body's name as it would be written in a sentence: "HEALTH AND WELLBEING BOARD" as "Health
    and Wellbeing Board"; a name not all in capitals as it is."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _body_text(value: str) -> str | None:
    """A body's name as given, spaces folded, or None when it cannot be one (too long, figures)."""
    value = " ".join(value.split()).strip(" .:")
    return value if 3 <= len(value) <= 80 and len(value.split()) <= 8 and not _DIGITS.search(value) else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def body_from_header(header: str) -> str | None:
    """The publishing body in a running header: "Cabinet – 10 April 2018" gives "Cabinet"."""
    text = header
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC_DATE):
        text = pattern.sub(" ", text)
    text = re.sub(r"\b(?:page\s+)?\d+(?:\s+of\s+\d+)?\s*$", " ", text, flags=re.IGNORECASE)
    text = _HEADER_SEPARATORS.sub("", text.strip())
    text = re.sub(r"^\s*(?:[-–—|,:]\s*)+", "", text)
    text = " ".join(text.split())
    parts = _HEADER_PARTS.split(text)
    if len(parts) > 1 and any(is_authority(part) for part in parts):  # "Kelsborough Borough Council | Cabinet"
        text = " – ".join(part for part in parts if not is_authority(part)) or text
    if len(text) < 3 or _WEB_ADDRESS.match(text) or len(text) > 120 or not re.search(r"[A-Za-z]{3}", text):
        return None
    return text


def meaningful_title(title: str | None) -> str | None:
    """A metadata title worth showing, or None for "Microsoft Word - x.docx", "untitled", ...."""
    if not title:
        return None
    title = " ".join(title.split())
    if len(title) < 4 or _MEANINGLESS_TITLE.search(title) or not re.search(r"[A-Za-z]{3}", title):
        return None
    if " " not in title and re.search(r"[_\d]", title):
        return None  # a file or template name such as "CAB_report_v3"
    return title
