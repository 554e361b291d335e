"""Small helpers the page templates use: marked words, amounts as officers write them, entity chips."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..models import Citation, Entity, cited_label, format_date
from ..search import query_terms

# Labels shown as chips on a result, in this order; DATE is left out (every paper is full of dates).
CHIP_LABELS = ("SITE", "ORG", "PERSON", "PLACE", "MONEY", "BEDS")
LABEL_NAMES = {
    "MONEY": "Amount", "ORG": "Organisation", "SITE": "Site", "PLACE": "Place", "BEDS": "Beds",
    "PERSON": "Person", "DATE": "Date",
}
MAX_CHIPS = 12
_WORD = re.compile(r"[^\W_]+")


def stems(query: str) -> frozenset[str]:
    """The first five letters of each query term longer than two letters (as the CLI marks words)."""
    return frozenset(term[:5] for term in query_terms(query) if len(term) > 2)


def highlight(text: str, query_stems: frozenset[str]) -> Markup:
    """`text` escaped, with words that start like a query term wrapped in <mark>."""
    if not query_stems:
        return Markup(escape(text))
    pieces: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        if match.group(0).lower()[:5] in query_stems:
            pieces.append(str(escape(text[position : match.start()])))
            pieces.append(f"<mark>{escape(match.group(0))}</mark>")
            position = match.end()
    pieces.append(str(escape(text[position:])))
    return Markup("".join(pieces))


def format_amount(value: float) -> str:
    """1300000 -> '£1.3m', 350000 -> '£350k', 2500000000 -> '£2.5bn', 950 -> '£950', -3e6 -> '-£3m'."""
    sign = "-" if value < 0 else ""
    size = abs(value)
    # Below £10,000 the pounds are written out: "£9.5k" reads oddly in a council report.
    for threshold, scale, suffix in ((1e9, 1e9, "bn"), (1e6, 1e6, "m"), (1e4, 1e3, "k")):
        if size >= threshold:
            number = f"{size / scale:.2f}".rstrip("0").rstrip(".")
            return f"{sign}£{number}{suffix}"
    return f"{sign}£{size:,.0f}" if size == int(size) else f"{sign}£{size:,.2f}"


def entity_text(entity: Entity) -> str:
    """What a chip says: an amount as '£1.3m' (or '£300m–£350m'), a bed count, else the canonical name."""
    if entity.label == "MONEY" and entity.value is not None:
        if entity.value_max is not None and entity.value_max != entity.value:
            return f"{format_amount(entity.value)}–{format_amount(entity.value_max)}"
        return format_amount(entity.value)
    return entity.canonical


@dataclass(frozen=True)
class Chip:
    """One entity on a result, with the link that narrows the search to paragraphs naming it."""

    label: str
    label_name: str
    text: str
    written: str  # the words as they appear in the paper
    filter_value: str  # "SITE:Feilding Palmer Hospital"
    href: str


def chips(entities: Iterable[Entity], params: Mapping[str, str]) -> list[Chip]:
    """Chips for a result's entities (one per label and canonical name), each linking to a narrower search."""
    seen: dict[tuple[str, str], Entity] = {}
    for entity in entities:
        if entity.label in CHIP_LABELS:
            seen.setdefault((entity.label, entity.canonical), entity)
    ordered = sorted(seen.values(), key=lambda e: CHIP_LABELS.index(e.label))[:MAX_CHIPS]
    out = []
    for entity in ordered:
        value = f"{entity.label}:{entity.canonical}"
        out.append(Chip(
            label=entity.label, label_name=LABEL_NAMES[entity.label], text=entity_text(entity),
            written=" ".join(entity.text.split()), filter_value=value,
            href=link("/", params, entity=value, page=None),
        ))
    return out


def link(path: str, params: Mapping[str, object], **changes: object) -> str:
    """`path` with the current query parameters, some changed (None drops one); empty ones are left out.

    A list value is the parameter repeated (index=a&index=b).
    """
    merged: dict[str, object] = dict(params)
    merged.update(changes)
    query = {name: [str(v) for v in value] if isinstance(value, list) else str(value)
             for name, value in merged.items() if value not in (None, "", [])}
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


def citation_parts(citation: Citation) -> list[str]:
    """Body, meeting date, a pack's agenda item, paragraph and page, in the order officers cite them."""
    parts = [part for part in (citation.body, format_date(citation.date), citation.part) if part]
    if citation.label:
        parts.append(cited_label(citation.label))
    if citation.page is not None:
        printed = citation.printed_page
        parts.append(f"p. {printed} (PDF p. {citation.page})" if printed and printed != str(citation.page)
                     else f"p. {citation.page}")
    return parts


def page_label(pages: Sequence[int], printed_pages: Sequence[str | None]) -> str:
    """'p. 103 (PDF p. 107)' for a paragraph's first page."""
    if not pages:
        return ""
    printed = printed_pages[0] if printed_pages else None
    if printed and printed != str(pages[0]):
        return f"p. {printed} (PDF p. {pages[0]})"
    return f"p. {pages[0]}"
