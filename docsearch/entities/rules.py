"""Text rules for MONEY, DATE, BEDS and titled PERSON mentions, from data/entity_patterns.jsonl.

Each line of the pattern file is either a regular expression ({"label", "id", "regex", "flags"};
a group named "span" narrows the mention) or a spaCy token pattern ({"label", "id", "pattern"}),
which only the spaCy component uses. This module needs no spaCy, so queries can use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from docsearch.entities.gazetteer import DATA_PACKAGE
from docsearch.entities.money import canonical_amount, parse_amount

logger = logging.getLogger(__name__)

PATTERNS_FILE = "entity_patterns.jsonl"

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_QUALIFIER_RE = re.compile(
    r"(?:\b(some|around|about|approximately|approx\.?|circa|c\.|over|more than|less than|up to|"
    r"nearly|almost|at least|in excess of|an estimated|estimated at|totalling more than|totalling))\s*$",
    re.IGNORECASE,
)


RANK_GAZETTEER_QUERY = 1


@dataclass(frozen=True)
class Candidate:
    """A proposed mention before overlaps are settled; rank orders who wins (lower wins)."""

    label: str
    start: int
    end: int
    canonical: str
    value: float | None = None
    value_max: float | None = None
    detail: str | None = None
    rank: int = 0
    source: str = ""


@dataclass(frozen=True)
class RegexRule:
    """One regular-expression rule from the pattern file."""

    label: str
    rule_id: str
    regex: re.Pattern[str]


def _read_patterns(name: str) -> list[dict[str, Any]]:
    rows = []
    with resources.files(DATA_PACKAGE).joinpath(name).open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{name} line {number}: not JSON ({exc}); fix the pattern file") from exc
    return rows


@functools.lru_cache(maxsize=4)
def load_patterns(name: str = PATTERNS_FILE) -> tuple[dict[str, Any], ...]:
    """Every pattern row of the pattern file (cached)."""
    return tuple(_read_patterns(name))


@functools.lru_cache(maxsize=4)
def regex_rules(name: str = PATTERNS_FILE) -> tuple[RegexRule, ...]:
    """The compiled regular-expression rules of the pattern file (cached)."""
    rules = []
    for row in load_patterns(name):
        if "regex" not in row:
            continue
        flags = re.IGNORECASE if "i" in row.get("flags", "") else 0
        rules.append(RegexRule(row["label"], row["id"], re.compile(row["regex"], flags)))
    return tuple(rules)


def token_patterns(name: str = PATTERNS_FILE) -> list[dict[str, Any]]:
    """The spaCy token-pattern rows of the pattern file."""
    return [row for row in load_patterns(name) if "pattern" in row]


def find_rule_mentions(text: str, labels: frozenset[str] | None = None, rank: int = 0) -> list[Candidate]:
    """Every MONEY, DATE, BEDS and titled PERSON mention the text rules find, normalised.

    Overlapping proposals are all returned; the caller settles overlaps.
    """
    candidates: list[Candidate] = []
    for rule in regex_rules():
        if labels is not None and rule.label not in labels:
            continue
        for match in rule.regex.finditer(text):
            candidate = _normalise(rule, match, text, rank)
            if candidate is not None:
                candidates.append(candidate)
    return candidates


def _span(match: re.Match[str]) -> tuple[int, int]:
    if "span" in match.re.groupindex and match.group("span") is not None:
        return match.start("span"), match.end("span")
    return match.start(), match.end()


def _normalise(rule: RegexRule, match: re.Match[str], text: str, rank: int) -> Candidate | None:
    start, end = _span(match)
    surface = text[start:end]
    if rule.label == "MONEY":
        amount = parse_amount(surface)
        if amount is None:
            return None
        qualifier = _QUALIFIER_RE.search(text[max(0, start - 30) : start])
        detail = qualifier.group(1).lower() if qualifier else None
        return Candidate("MONEY", start, end, canonical_amount(*amount), amount[0], amount[1], detail, rank, rule.rule_id)
    if rule.label == "DATE":
        canonical = _date_canonical(match)
        if canonical is None:
            return None
        return Candidate("DATE", start, end, canonical, rank=rank, source=rule.rule_id)
    if rule.label == "BEDS":
        return _beds(match, start, end, rank, rule.rule_id)
    if rule.label == "PERSON":
        return Candidate("PERSON", start, end, " ".join(surface.split()), rank=rank, source=rule.rule_id)
    return Candidate(rule.label, start, end, " ".join(surface.split()), rank=rank, source=rule.rule_id)


def _date_canonical(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year_end = groups.get("year_end")
    if year_end is not None:
        if groups.get("year_short") is not None:
            short = int(groups["year_short"])
            year = (2000 if short < 50 else 1900) + short
        else:
            year = int(groups["year"])
        expected = year + 1
        if int(year_end) not in (expected, expected % 100):
            return None
        return f"{year}/{expected % 100:02d}"
    month_text = groups.get("month")
    month = None
    if month_text is not None:
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower().rstrip("."))
        if month is None or not 1 <= month <= 12:
            return None
    year_text = groups.get("year")
    day_text = groups.get("day")
    if year_text is not None and month is not None and day_text is not None:
        try:
            return dt.date(int(year_text), month, int(day_text)).isoformat()
        except ValueError:
            return None
    if year_text is not None and month is not None:
        return f"{int(year_text):04d}-{month:02d}"
    if day_text is not None and month is not None and month_text is not None:
        if not 1 <= int(day_text) <= 31:
            return None
        return f"{int(day_text)} {month_text.capitalize()}"
    return year_text


def _count(text: str) -> float | None:
    text = text.replace(",", "").lower()
    if text.isdigit():
        return float(text)
    number = _NUMBER_WORDS.get(text)
    return float(number) if number is not None else None


def _beds(match: re.Match[str], start: int, end: int, rank: int, rule_id: str) -> Candidate | None:
    groups = match.groupdict()
    if groups.get("count") is None:
        return Candidate("BEDS", start, end, "0 beds", 0.0, None, None, rank, rule_id)
    count = _count(groups["count"])
    if count is None:
        return None
    if groups.get("count_max") is None:
        return Candidate("BEDS", start, end, f"{count:g} beds", count, None, None, rank, rule_id)
    other = _count(groups["count_max"])
    if other is None:
        return None
    low, high = min(count, other), max(count, other)
    return Candidate("BEDS", start, end, f"{count:g} to {other:g} beds", low, high, None, rank, rule_id)


def settle(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping mentions: lower rank first, then the longer, then the earlier."""
    ordered = sorted(candidates, key=lambda c: (c.rank, -(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []
    accepted: list[Candidate] = []
    for candidate in ordered:
        if candidate.end <= candidate.start:
            continue
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        taken.append((candidate.start, candidate.end))
        accepted.append(candidate)
    return sorted(accepted, key=lambda c: c.start)
