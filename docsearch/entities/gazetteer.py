"""The LLR gazetteer: organisations, places, sites and people with their aliases, from data files.

Names are matched word by word (case folded, "&" read as "and", "St." as "St", a trailing "'s"
ignored), so a name broken over a line ("Leicester Royal\\nInfirmary") or written in capitals in a
heading still matches. Aliases listed as "exact" (acronyms such as UHL, "the County Council")
match only as written. No spaCy here: the query path uses this module alone.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

logger = logging.getLogger(__name__)

DATA_PACKAGE = "docsearch.data"

_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*|&")
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
_ABBREVIATIONS = frozenset({"St", "Dr", "Mr", "Mrs", "Ms", "Prof"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing: its label (ORG, SITE, PLACE, PERSON), canonical name and facts."""

    label: str
    canonical: str
    kind: str = ""
    town: str | None = None  # for a SITE: the town it is in
    role: str | None = None  # for a PERSON: the role the papers give


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer name found in a text, with character offsets into that text."""

    start: int
    end: int
    entry: GazetteerEntry


def read_data_file(name: str) -> Any:
    """Load one JSON data file shipped in docsearch/data."""
    with resources.files(DATA_PACKAGE).joinpath(name).open("r", encoding="utf-8") as handle:
        return json.load(handle)


def _normalise_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word == "&":
        return "and"
    word = _POSSESSIVE_RE.sub("", word)
    return word.replace("'", "")


def _words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, as written, normalised) for each word of text."""
    return [(m.start(), m.end(), m.group(), _normalise_word(m.group())) for m in _WORD_RE.finditer(text)]


class NameIndex:
    """Longest-match lookup of multi-word names, word by word (fast: a dict per first word)."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, tuple[bool, ...], GazetteerEntry]]] = {}
        self.entries: list[GazetteerEntry] = []
        self.generic_site_words: frozenset[str] = frozenset()  # "general", "hospital", "the", ...

    def add(self, name: str, entry: GazetteerEntry, exact: bool = False) -> None:
        """Register name for entry; an exact name must match as written (case and form)."""
        words = _words(name)
        if not words:
            return
        normalised = tuple(w[3] for w in words)
        written = tuple(w[2] for w in words) if exact else None
        possessives = tuple(bool(_POSSESSIVE_RE.search(w[2])) for w in words)
        self._by_first.setdefault(normalised[0], []).append((normalised, written, possessives, entry))
        self._by_first[normalised[0]].sort(key=lambda item: -len(item[0]))
        if exact and name.isupper() and len(name) >= 2 and " " not in name:
            self.add(name + "s", entry, exact=True)  # "CQCs", "CCGs": the plural names the same body

    def find(self, text: str, fold_acronyms: bool = False) -> list[NameMatch]:
        """Every longest, non-overlapping name in text, left to right.

        fold_acronyms lets an exact all-capitals alias of three or more letters match in any
        case ("uhl" in a typed query); other exact aliases still match only as written.
        """
        words = _words(text)
        found: list[NameMatch] = []
        index = 0
        while index < len(words):
            match = self._match_at(text, words, index, fold_acronyms)
            if match is None:
                index += 1
                continue
            length, entry = match
            start = words[index][0]
            end = words[index + length - 1][1]
            if _inside_address(text, start, end) or (
                entry.label == "SITE" and self._part_of_another_name(text, words, index, length)):
                index += length
                continue
            last_written = text[words[index + length - 1][0] : end]
            if _POSSESSIVE_RE.search(last_written):
                end -= 2
            found.append(NameMatch(start, end, entry))
            index += length
        return found

    def _part_of_another_name(self, text: str, words: list[tuple[int, int, str, str]], index: int, length: int) -> bool:
        """A site's alias made only of generic words ("General Hospital", "the General") joined to a
        capitalised word that is not generic is part of another name: "Harbourne General Hospital",
        "the General Fund", "the General Practice Five Year Forward View"."""
        span = words[index : index + length]
        if not all(word[3] in self.generic_site_words for word in span):
            return False

        def proper(word: tuple[int, int, str, str]) -> bool:
            return word[2][:1].isupper() and word[3] not in self.generic_site_words

        before = words[index - 1] if index else None
        after = words[index + length] if index + length < len(words) else None
        return bool(
            (before and text[before[1] : span[0][0]] == " " and proper(before))
            or (after and text[span[-1][1] : after[0]] == " " and proper(after))
        )

    def _match_at(
        self, text: str, words: list[tuple[int, int, str, str]], index: int, fold_acronyms: bool
    ) -> tuple[int, GazetteerEntry] | None:
        for normalised, written, possessives, entry in self._by_first.get(words[index][3], ()):
            length = len(normalised)
            window = words[index : index + length]
            if len(window) < length or tuple(w[3] for w in window) != normalised:
                continue
            # "LLR's STP" is not the name "LLR STP": a possessive inside a name must be the name's own.
            if any(bool(_POSSESSIVE_RE.search(w[2])) != has for w, has in zip(window[:-1], possessives[:-1])):
                continue
            if written is not None and not _written_matches(window, written, fold_acronyms):
                continue
            if not _is_contiguous(text, window):
                continue
            return length, entry
        return None


def _written_matches(window: list[tuple[int, int, str, str]], written: tuple[str, ...], fold: bool) -> bool:
    for (_, _, as_written, _), expected in zip(window, written):
        bare = _POSSESSIVE_RE.sub("", as_written)
        if bare == expected or as_written == expected:
            continue
        if fold and expected.isupper() and len(expected) >= 3 and bare.upper() == expected.upper():
            continue
        return False
    return True


def _inside_address(text: str, start: int, end: int) -> bool:
    """True for a name inside an e-mail or web address ("john.sinnott@leics.gov.uk")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return before in "@." or after[:1] == "@" or (after[:1] == "." and after[1:2].isalnum())


def _is_contiguous(text: str, window: list[tuple[int, int, str, str]]) -> bool:
    """Words of one name are separated by spaces, line breaks or a list comma, never a sentence end."""
    for before, after in itertools.pairwise(window):
        gap = text[before[1] : after[0]]
        if len(gap) > 4:
            return False
        mark = gap.strip()
        if mark and not (mark == "," or (mark == "." and before[2] in _ABBREVIATIONS)):
            return False
    return True


@dataclass(frozen=True)
class Gazetteer:
    """All gazetteer data, loaded once: the name index and the links between towns and sites."""

    names: NameIndex
    by_canonical: dict[str, GazetteerEntry]
    sites_by_town: dict[str, tuple[str, ...]]
    org_head_words: frozenset[str]
    generic_site_words: frozenset[str]
    titles: tuple[str, ...]
    role_words: tuple[str, ...]
    given_names: frozenset[str]

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose aliases is the whole of name (ignoring case and spacing), else None."""
        stripped = name.strip()
        matches = self.names.find(stripped)
        if len(matches) == 1 and matches[0].start == 0:
            rest = _POSSESSIVE_RE.sub("", stripped[matches[0].end :]).strip(" .,;:'’")
            if not rest:
                return matches[0].entry
        return self.by_canonical.get(" ".join(stripped.split()))

    def entries(self) -> Iterator[GazetteerEntry]:
        """Every entry once."""
        yield from self.by_canonical.values()


def _add_entries(
    index: NameIndex, by_canonical: dict[str, GazetteerEntry], items: list[dict[str, Any]], label: str
) -> None:
    for item in items:
        entry = GazetteerEntry(
            label=label,
            canonical=item["canonical"],
            kind=item.get("kind", ""),
            town=item.get("town"),
            role=item.get("role"),
        )
        by_canonical[entry.canonical] = entry
        index.add(entry.canonical, entry)
        for alias in item.get("aliases", ()):
            index.add(alias, entry)
        for alias in item.get("exact", ()):
            index.add(alias, entry, exact=True)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load orgs.json, sites.json and people.json from docsearch/data (cached)."""
    orgs = read_data_file("orgs.json")
    sites = read_data_file("sites.json")
    people = read_data_file("people.json")
    index = NameIndex()
    by_canonical: dict[str, GazetteerEntry] = {}
    _add_entries(index, by_canonical, orgs["organisations"], "ORG")
    _add_entries(index, by_canonical, sites["places"], "PLACE")
    _add_entries(index, by_canonical, sites["sites"], "SITE")
    _add_entries(index, by_canonical, people["people"], "PERSON")
    index.generic_site_words = frozenset(w.lower() for w in sites.get("generic_site_words", ()))
    sites_by_town: dict[str, list[str]] = {}
    for site in sites["sites"]:
        sites_by_town.setdefault(site["town"], []).append(site["canonical"])
    logger.debug("gazetteer loaded: %d entries", len(by_canonical))
    return Gazetteer(
        names=index,
        by_canonical=by_canonical,
        sites_by_town={town: tuple(names) for town, names in sites_by_town.items()},
        org_head_words=frozenset(orgs.get("org_head_words", ())),
        generic_site_words=frozenset(w.lower() for w in sites.get("generic_site_words", ())),
        titles=tuple(people.get("titles", ())),
        role_words=tuple(people.get("role_words", ())),
        given_names=frozenset(people.get("given_names", ())),
    )


def related_names(label: str, canonical: str, detail: str | None = None) -> set[str]:
    """Canonical names linked to a (label, canonical): a town's sites, a site's town."""
    gazetteer = load_gazetteer()
    related: set[str] = set()
    entry = gazetteer.by_canonical.get(canonical)
    if label == "SITE":
        town = entry.town if entry is not None and entry.town else detail
        if town:
            related.add(town)
            related.update(gazetteer.sites_by_town.get(town, ()))
    elif label == "PLACE":
        related.update(gazetteer.sites_by_town.get(canonical, ()))
    elif label == "BEDS" and detail:
        related.add(detail)
        site = gazetteer.by_canonical.get(detail)
        if site is not None and site.town:
            related.add(site.town)
        related.update(gazetteer.sites_by_town.get(detail, ()))
    related.discard(canonical)
    return related
