"""Pound amounts: parse every written form found in council papers into amount_gbp.

"£1.3 million", "£1.3m", "£1,300,000" and "£1.3\\nmillion" are one figure; "£300-350m" is a
range; a bare table cell such as "1,000" or "(2,000)" takes its unit from the column header
("£000", "£m"). Years and percentages are never money.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_SCALES = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}

# A number as written: "1,300,000", "1.3", "0.7"; never "000" (a "£000" unit) or "2018/19".
_NUMBER = r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?(?!\d)"
_SCALE = r"(?:million|billion|thousand|mn|bn|m|k)(?![a-z])"
_SEPARATOR = r"(?:-|–|—|to)"

_AMOUNT_RE = re.compile(
    rf"^(?P<neg>-|−)?\s*£?\s*(?P<num>{_NUMBER})\s*(?P<scale>{_SCALE})?"
    rf"(?:\s*{_SEPARATOR}\s*£?\s*(?P<num_max>{_NUMBER})\s*(?P<scale_max>{_SCALE})?)?"
    r"\s*(?:pounds)?$",
    re.IGNORECASE,
)
_CELL_RE = re.compile(rf"^(?P<open>\()?\s*(?P<neg>-|−)?\s*£?\s*(?P<num>{_NUMBER})\s*(?P<close>\))?$")
_TAG_RE = re.compile(r"<[^>]+>")

# Column header units: "£000", "£'000s", "£k", "£m", "£bn", "(£m)", and a bare "£".
_UNIT_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"£\s*['’]?\s*000(?:'?s)?(?!\d)|£\s*k\b|£\s*thousands?\b", re.IGNORECASE), 1e3),
    (re.compile(r"£\s*(?:m|mn|millions?)\b", re.IGNORECASE), 1e6),
    (re.compile(r"£\s*(?:bn|billions?)\b", re.IGNORECASE), 1e9),
    (re.compile(r"£(?!\s*[\d'’])"), 1.0),
)


def unit_multiplier(unit_hint: str | None) -> float | None:
    """The multiplier a header or caption states ("£000" -> 1000.0, "£m" -> 1e6), else None."""
    if not unit_hint:
        return None
    cleaned = _TAG_RE.sub(" ", unit_hint)
    for pattern, multiplier in _UNIT_PATTERNS:
        if pattern.search(cleaned):
            return multiplier
    return None


def _to_float(number: str) -> float:
    return float(number.replace(",", ""))


def parse_amount(text: str, unit_hint: str | None = None) -> tuple[float, float | None] | None:
    """Parse a written pound amount into (amount_gbp, upper end of a range or None).

    Args:
        text: the amount as written: "£1.3m", "£1.3\\nmillion", "£300-350m", "£1,300,000",
            or a bare table cell ("1,000", "(2,000)") when unit_hint names the unit.
        unit_hint: a column header or caption giving the unit of a bare figure ("£000", "£m").

    Returns:
        (value, value_max) in pounds; value_max is None unless the text is a range. A figure in
        brackets under a unit header is negative. None when the text is not an amount (a year
        such as "2018/19", a percentage, or a bare number without a pound sign or unit hint).
    """
    cleaned = " ".join(_TAG_RE.sub(" ", text).split())
    if not cleaned or "%" in cleaned or "/" in cleaned:
        return None
    multiplier = unit_multiplier(unit_hint) if "£" not in cleaned else None
    if multiplier is not None:
        cell = _CELL_RE.match(cleaned)
        if cell is None:
            return None
        if bool(cell.group("open")) != bool(cell.group("close")):
            return None
        sign = -1.0 if cell.group("open") or cell.group("neg") else 1.0
        return round(sign * _to_float(cell.group("num")) * multiplier, 2), None
    match = _AMOUNT_RE.match(cleaned)
    if match is None or ("£" not in cleaned and "pound" not in cleaned.lower()):
        return None
    scale_max = (match.group("scale_max") or "").lower()
    # "£300-350m": the scale written once, after the range, applies to both ends.
    scale = (match.group("scale") or scale_max).lower()
    sign = -1.0 if match.group("neg") else 1.0
    value = sign * _to_float(match.group("num")) * _SCALES[scale]
    if match.group("num_max") is None:
        return round(value, 2), None
    value_max = sign * _to_float(match.group("num_max")) * _SCALES[scale_max or scale]
    return round(value, 2), round(value_max, 2)


def format_gbp(amount_gbp: float) -> str:
    """Canonical text of an amount: 1300000.0 -> "£1,300,000"; 1408.15 -> "£1,408.15"."""
    sign = "-" if amount_gbp < 0 else ""
    magnitude = abs(amount_gbp)
    rounded = round(magnitude)
    if abs(magnitude - rounded) < 0.005:
        return f"{sign}£{rounded:,}"
    return f"{sign}£{magnitude:,.2f}"


def canonical_amount(value: float, value_max: float | None) -> str:
    """Canonical text of an amount or range: "£300,000,000 to £350,000,000"."""
    if value_max is None:
        return format_gbp(value)
    return f"{format_gbp(value)} to {format_gbp(value_max)}"
