"""Document metadata: from a folder's catalog.json when present, else guessed from the text."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
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
_HEADER_SEPARATORS = re.compile(r"\s*(?:[-–—|,:]\s*)+$")
_MEANINGLESS_TITLE = re.compile(
    r"^(?:untitled|document\d*|microsoft word.*|slide \d+|title|report|pdf|\W*)$|\.(?:docx?|pdf|rtf|odt|pptx?|xlsx?)$",
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
    if len(text) < 3 or len(text) > 120 or not re.search(r"[A-Za-z]{3}", text):
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
