"""The "docsearch_entities" spaCy component: domain rules and gazetteer beside the statistical NER.

It reads the model's entities (if a model ran before it), adds the rule and gazetteer mentions
(MONEY, DATE, BEDS, ORG, SITE, PLACE, PERSON), settles overlaps (rules and gazetteer beat the
model: the model calls "Melton Mowbray Hospital" a PERSON), normalises each mention and writes
doc.ents plus doc._.docsearch_entities (docsearch.models.Entity records, offsets into doc.text).
Works on spacy.blank("en") alone. Table rows: set doc._.table_headers and doc._.table_cells
before the component runs so a bare figure under a "£000" header becomes MONEY.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from docsearch.entities.gazetteer import Gazetteer, GazetteerEntry, NameMatch, load_gazetteer
from docsearch.entities.money import canonical_amount, parse_amount, unit_multiplier
from docsearch.entities.rules import PATTERNS_FILE, Candidate, find_rule_mentions, settle, token_patterns
from docsearch.models import TABLE_ROW, Entity

logger = logging.getLogger(__name__)

FACTORY_NAME = "docsearch_entities"

for _name, _default in (
    ("paragraph_kind", None),
    ("table_headers", None),
    ("table_cells", None),
    ("table_context", None),
    ("docsearch_entities", None),
    ("acronym_definitions", None),
    ("acronym_mentions", None),
):
    Doc.set_extension(_name, default=_default, force=True)

# Lower rank wins an overlap; within a rank the longer mention wins.
RANK_RULE = 0
RANK_GAZETTEER = 1
RANK_PATTERN = 2
RANK_PLACE = 3
RANK_NAME_ROLE = 4
RANK_MODEL = 5

_TAG_RE = re.compile(r"<[^>]+>")
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Z&]{1,6}(?:s|i)?\b")
_DEFINITION_RE = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?:[ \t\n,]+(?:[A-Z][\w'’-]*|and|&|of|for|the|in|on))*)[ \t\n]*"
    r"\((?P<acr>[A-Z][A-Za-z&]{1,7})\)"
)
_FUNCTION_WORDS = frozenset({"and", "&", "of", "for", "the", "in", "on"})
_SENTENCE_END_RE = re.compile(r"[.!?;](?=[\s\"”’')]*\s+[A-Z(\"“‘'])|\n[ \t]*\n")
_TOPIC_TAIL_RE = re.compile(r"^[^\n]{0,40}?(?::|\s[–-]\s)")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
# A name the model calls a place is believed after these words ("in London", "north London").
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "across", "near", "around", "within", "throughout", "outside",
     "north", "south", "east", "west", "central", "greater", "inner", "outer"}
)
_MODEL_SITE_WORDS = ("hospital", "infirmary", "centre", "center", "unit", "surgery", "practice", "clinic")
# A name ending in one of these is the street a site is on ("Hospital Road"), not the site.
_STREET_WORDS = frozenset({"road", "street", "lane", "avenue", "drive", "way", "terrace", "crescent", "close", "rd", "st"})


@Language.factory(
    FACTORY_NAME,
    default_config={"patterns_file": PATTERNS_FILE, "use_model_entities": True},
    assigns=["doc.ents", "doc._.docsearch_entities"],
)
def make_docsearch_entities(
    nlp: Language, name: str, patterns_file: str, use_model_entities: bool
) -> DocsearchEntities:
    """spaCy factory: nlp.add_pipe("docsearch_entities") after "ner" (or alone on a blank pipeline)."""
    return DocsearchEntities(nlp, name, patterns_file=patterns_file, use_model_entities=use_model_entities)


class DocsearchEntities:
    """Rule, pattern and gazetteer entity recogniser for UK council and NHS papers."""

    def __init__(
        self, nlp: Language, name: str = FACTORY_NAME, patterns_file: str = PATTERNS_FILE, use_model_entities: bool = True
    ) -> None:
        self.name = name
        self.patterns_file = patterns_file
        self.use_model_entities = use_model_entities
        self.gazetteer: Gazetteer = load_gazetteer()
        self.matcher = Matcher(nlp.vocab)
        self._pattern_labels: dict[str, str] = {}
        self._place_first: set[str] = set()
        for row in token_patterns(patterns_file):
            self.matcher.add(row["id"], [row["pattern"]], greedy="LONGEST")
            self._pattern_labels[row["id"]] = row["label"]
            if row.get("requires") == "place_first":
                self._place_first.add(row["id"])
        role_alternatives = "|".join(re.escape(word) for word in sorted(self.gazetteer.role_words, key=len, reverse=True))
        self._role_word_re = re.compile(rf"\b(?:{role_alternatives})\b")
        self._role_after_re = re.compile(
            r"^[ \t]*(?:,|\(|:|–|-)?[ \t]*\n?[ \t]*"
            r"(?P<role>[A-Z][\w/&'’-]*(?:[ \t]+(?:[A-Z][\w/&'’-]*|of|and|for|the|&))*)"
        )
        # "Sarah Prema, Director of ...", "John Sinnott\nChief Executive", "Graham Carey (Democratic Support Officer)"
        self._name_before_role_re = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z'’-]+){1,2})(?=[ \t]*(?:[,(]|\n))")

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        candidates = find_rule_mentions(text, rank=RANK_RULE)
        if doc._.paragraph_kind == TABLE_ROW and doc._.table_cells:
            candidates.extend(self._table_amounts(text, doc._.table_headers or (), doc._.table_cells, doc._.table_context))
        candidates.extend(self._gazetteer_mentions(text))
        candidates.extend(self._pattern_mentions(doc))
        candidates.extend(self._name_role_mentions(text))
        definitions, defined = self._acronym_definitions(text)
        candidates.extend(defined)
        if self.use_model_entities:
            candidates.extend(self._model_mentions(text, doc.ents))
        accepted = settle(candidates)
        accepted = self._add_details(text, accepted, doc)
        doc._.acronym_definitions = definitions
        doc._.acronym_mentions = _unresolved_acronyms(text, accepted)
        # Plain tuples, not Entity objects: doc.user_data must survive msgpack for nlp.pipe(n_process>1).
        doc._.docsearch_entities = [
            (c.label, text[c.start : c.end], c.start, c.end, c.canonical, c.value, c.value_max, c.detail)
            for c in accepted
        ]
        doc.ents = _as_spans(doc, accepted)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        """Process a stream of docs (spaCy calls this from nlp.pipe)."""
        for doc in docs:
            yield self(doc)

    # -- mention sources -------------------------------------------------------------------

    def _gazetteer_mentions(self, text: str) -> Iterable[Candidate]:
        for match in self.gazetteer.names.find(text):
            entry = match.entry
            rank = RANK_PLACE if entry.label == "PLACE" else RANK_GAZETTEER
            yield Candidate(entry.label, match.start, match.end, entry.canonical, detail=_entry_detail(entry), rank=rank, source="gazetteer")

    def _pattern_mentions(self, doc: Doc) -> Iterable[Candidate]:
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            while len(span) and span[0].is_space:
                span = span[1:]
            pattern_id = doc.vocab.strings[match_id]
            label = self._pattern_labels[pattern_id]
            words = [t.lower_ for t in span if not t.is_space and not t.is_punct]
            if all(w in self.gazetteer.generic_site_words for w in words):
                continue
            surface = span.text
            places = [m for m in self.gazetteer.names.find(surface) if m.entry.label == "PLACE"]
            if pattern_id in self._place_first and not self._names_a_place_and_more(surface, places):
                continue
            entry = self.gazetteer.lookup(surface)
            if entry is not None:
                yield Candidate(entry.label, span.start_char, span.end_char, entry.canonical, detail=_entry_detail(entry), rank=RANK_PATTERN, source="pattern")
                continue
            town = places[0].entry.canonical if places else None
            yield Candidate(label, span.start_char, span.end_char, _site_name(surface), detail=town, rank=RANK_PATTERN, source="pattern")

    def _names_a_place_and_more(self, surface: str, places: list[NameMatch]) -> bool:
        """'Leicester Diabetes Centre' (a town, then a word of its own), not 'Leicester City Centre'."""
        if not places or places[0].start != 0:
            return False
        rest = surface[places[0].end :].replace("&", " ").split()
        return any(word.lower().strip("'’") not in self.gazetteer.generic_site_words for word in rest)

    def _name_role_mentions(self, text: str) -> Iterable[Candidate]:
        """A capitalised name followed by a stated role, so a blank pipeline finds officers too."""
        for match in self._name_before_role_re.finditer(text):
            name = match.group("name")
            if any(
                word in self.gazetteer.org_head_words or word.lower() in self.gazetteer.generic_site_words or word in self._role_tokens
                for word in name.split()
            ):
                continue
            if self._stated_role(text, match.end("name")) is None:
                continue
            yield Candidate("PERSON", match.start("name"), match.end("name"), name, rank=RANK_NAME_ROLE, source="name_role")

    def _table_amounts(
        self, text: str, headers: tuple[str, ...], cells: tuple[str, ...], context: str | None
    ) -> Iterable[Candidate]:
        """Bare figures in a table row whose column header (or caption) gives the unit."""
        header_units = [unit_multiplier(h) for h in headers]
        row_units = {u for u in header_units if u is not None}
        fallback = next(iter(row_units)) if len(row_units) == 1 else unit_multiplier(context)
        offset = len(cells) - len(headers)
        cursor = 0
        for index, cell in enumerate(cells):
            cell_text = cell.strip()
            if not cell_text:
                continue
            position = text.find(cell_text, cursor)
            if position < 0:
                continue
            cursor = position + len(cell_text)
            header_index = index - offset if offset > 0 else index
            header = headers[header_index] if 0 <= header_index < len(headers) else ""
            multiplier = unit_multiplier(header) or (fallback if index > 0 else None)
            if multiplier is None:
                continue
            amount = parse_amount(cell_text, unit_hint={1e3: "£000", 1e6: "£m", 1e9: "£bn", 1.0: "£"}[multiplier])
            if amount is None or amount[0] == 0:
                continue
            detail = " ".join(_TAG_RE.sub(" ", header).split()) or None
            yield Candidate("MONEY", position, position + len(cell_text), canonical_amount(*amount), amount[0], None, detail, RANK_RULE, "table_cell")

    def _acronym_definitions(self, text: str) -> tuple[list[tuple[str, str, str]], list[Candidate]]:
        """'Clinical Commissioning Groups (CCGs)': the acronym means the long form in this document."""
        definitions: list[tuple[str, str, str]] = []
        candidates: list[Candidate] = []
        for match in _DEFINITION_RE.finditer(text):
            acronym = match.group("acr")
            found = _long_form(match.group("long"), match.start("long"), acronym)
            if found is None:
                continue
            long_start, long_form = found
            entry = self.gazetteer.lookup(long_form)
            if entry is not None:
                label, canonical = entry.label, entry.canonical
            elif long_form.split()[-1] in self.gazetteer.org_head_words:
                label, canonical = "ORG", " ".join(long_form.split())
                candidates.append(Candidate("ORG", long_start, match.end("long"), canonical, rank=RANK_PATTERN, source="definition"))
            else:
                continue
            definitions.append((_acronym_key(acronym), label, canonical))
            candidates.append(Candidate(label, match.start("acr"), match.end("acr"), canonical, rank=RANK_GAZETTEER, source="definition"))
        return definitions, candidates

    def _model_mentions(self, text: str, ents: Iterable[Span]) -> Iterable[Candidate]:
        """The statistical model's ORG, PERSON, GPE, LOC and FAC spans, checked and mapped.

        The small model over-tags council papers (headings as places, "Senior Responsible" as a
        person), so a span the gazetteer does not know must also look like what it claims to be.
        """
        for ent in ents:
            label = ent.label_
            if label not in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
                continue
            start, end, surface = _trim(ent.start_char, ent.end_char, text)
            if not surface or not surface[0].isupper() or any(ch.isdigit() or ch in "£/@:" for ch in surface):
                continue
            if text[end : end + 1] == "/" or text[start - 1 : start] == "/":
                continue
            entry = self.gazetteer.lookup(surface)
            if entry is not None:
                yield Candidate(entry.label, start, end, entry.canonical, detail=_entry_detail(entry), rank=RANK_MODEL, source="model")
                continue
            if _ACRONYM_RE.fullmatch(surface):
                continue
            words = surface.split()
            canonical = " ".join(words)
            if label == "ORG" and self._looks_like_org(words):
                yield Candidate("ORG", start, end, canonical, rank=RANK_MODEL, source="model")
            elif label == "PERSON":
                person = self._person_name(text, start, words)
                if person is not None:
                    last_word = list(re.finditer(r"\S+", surface))[len(person) - 1]
                    yield Candidate("PERSON", start, start + last_word.end(), " ".join(person), rank=RANK_MODEL, source="model")
            elif label in ("GPE", "LOC") and self._looks_like_place(text, start, words):
                yield Candidate("PLACE", start, end, canonical, rank=RANK_MODEL, source="model")
            elif (label == "FAC" and any(word in canonical.lower() for word in _MODEL_SITE_WORDS)
                  and not self._is_generic_site(words) and words[-1].lower().strip(".") not in _STREET_WORDS):
                yield Candidate("SITE", start, end, _site_name(canonical), rank=RANK_MODEL, source="model")

    def _looks_like_org(self, words: list[str]) -> bool:
        """Two or more capitalised words ending in an organisation word ("Safeguarding Committee")."""
        return len(words) >= 2 and all(w[0].isupper() or w in _FUNCTION_WORDS for w in words) and words[-1] in self.gazetteer.org_head_words

    def _looks_like_place(self, text: str, start: int, words: list[str]) -> bool:
        """A capitalised name right after "in", "at", "from", ... ("in London"), not a heading word."""
        if not all(w[0].isupper() or w in _FUNCTION_WORDS for w in words) or self._is_generic_site(words):
            return False
        before = text[max(0, start - 12) : start].split()
        return bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS and text[start - 1 : start] == " "

    def _is_generic_site(self, words: list[str]) -> bool:
        return all(w.lower().strip("'’") in self.gazetteer.generic_site_words for w in words)

    def _person_name(self, text: str, start: int, words: list[str]) -> list[str] | None:
        """The name in a model PERSON span, when it looks like one: role words trimmed off the end."""
        role_tokens = self._role_tokens
        while words and words[-1] in role_tokens:
            words = words[:-1]
        if not 2 <= len(words) <= 4:
            return None
        for word in words:
            if not word[0].isupper() or word.isupper() or word in role_tokens:
                return None
            if word in self.gazetteer.org_head_words or word.lower() in self.gazetteer.generic_site_words:
                return None
        if words[0] in self.gazetteer.given_names:
            return words
        end = start + len(" ".join(words))
        if text[end : end + 1] in (",", " ", "\n", "(") and self._stated_role(text, end):
            return words
        return None

    @functools.cached_property
    def _role_tokens(self) -> frozenset[str]:
        return frozenset(word for role in self.gazetteer.role_words for word in role.split() if word[0].isupper())

    # -- details -----------------------------------------------------------------------------

    def _add_details(self, text: str, accepted: list[Candidate], doc: Doc) -> list[Candidate]:
        """Role for each PERSON, site for each BEDS count."""
        places = [c for c in accepted if c.label in ("SITE", "PLACE")]
        topic = _topic(text, places, doc)
        sentences = _sentence_bounds(text)
        result = []
        role_spans: list[tuple[int, int]] = []
        for candidate in accepted:
            if candidate.label == "PERSON":
                role_span = self._stated_role(text, candidate.end)
                role = text[role_span[0] : role_span[1]] if role_span else None
                if role_span:
                    role_spans.append(role_span)
                candidate = replace(candidate, detail=role)
            elif candidate.label == "BEDS":
                candidate = replace(candidate, detail=_bed_site(candidate, topic, places, sentences))
            result.append(candidate)
        # The model reads "Director of Strategy and Planning" as holding an ORG; a stated role is not one.
        return [
            c for c in result
            if not (c.source == "model" and any(start <= c.start and c.end <= end for start, end in role_spans))
        ]

    def _stated_role(self, text: str, end: int) -> tuple[int, int] | None:
        """Offsets of the role written right after a name ("John Sinnott, Chief Executive")."""
        match = self._role_after_re.match(text[end : end + 120])
        if match is None:
            return None
        role = match.group("role").rstrip()
        while role.split() and role.split()[-1] in _FUNCTION_WORDS:
            role = role.rsplit(None, 1)[0]
        if not self._role_word_re.search(role):
            return None
        start = end + match.start("role")
        return start, start + len(role)


def _entry_detail(entry: GazetteerEntry) -> str | None:
    return entry.town if entry.label == "SITE" else None


def _site_name(surface: str) -> str:
    """'Ashby\\nhospital' -> 'Ashby Hospital'; '&' read as 'and'."""
    words = surface.replace("&", " and ").split()
    return " ".join(w[0].upper() + w[1:] if w.lower() in ("hospital", "infirmary", "centre", "community", "health", "medical") else w for w in words)


def _trim(start: int, end: int, text: str) -> tuple[int, int, str]:
    surface = text[start:end]
    article = _LEADING_ARTICLE_RE.match(surface)
    if article:
        start += article.end()
    surface = text[start:end]
    for suffix in ("'s", "’s"):
        if surface.endswith(suffix):
            end -= 2
    return start, end, text[start:end].strip()


def _acronym_key(acronym: str) -> str:
    """'CCGs' -> 'CCG': a plural acronym means the same body."""
    return acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym


def _initials(words: list[str]) -> str:
    letters = []
    for word in words:
        if word.lower() in _FUNCTION_WORDS:
            continue
        letters.append(word if word.isupper() and len(word) > 1 else word[0].upper())
    return "".join(letters)


def _long_form(long_text: str, long_start: int, acronym: str) -> tuple[int, str] | None:
    """The shortest tail of long_text whose initials spell the acronym, with its start offset."""
    target = _acronym_key(acronym).upper().replace("&", "")
    words = list(re.finditer(r"[\w'’-]+|&", long_text))
    for first in range(len(words) - 1, -1, -1):
        if words[first].group().lower() in _FUNCTION_WORDS:
            continue
        tail = [w.group() for w in words[first:]]
        initials = _initials(tail)
        if initials == target:
            return long_start + words[first].start(), long_text[words[first].start() :].replace(",", " ").strip()
        if len(initials) > len(target):
            return None
    return None


def _unresolved_acronyms(text: str, accepted: list[Candidate]) -> list[tuple[int, int, str]]:
    """All-capitals words no rule explained: add_entities resolves them with the document's definitions."""
    mentions = []
    for match in _ACRONYM_RE.finditer(text):
        start, end = match.start(), match.end()
        if any(start < c.end and c.start < end for c in accepted):
            continue
        mentions.append((start, end, _acronym_key(match.group())))
    return mentions


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _topic(text: str, places: list[Candidate], doc: Doc) -> Candidate | None:
    """The site a paragraph or table row is about: its row label, or a lead-in 'X:' / 'X (...) –'."""
    if not places:
        return None
    if doc._.paragraph_kind == TABLE_ROW and doc._.table_cells:
        first_cell = doc._.table_cells[0].strip()
        position = text.find(first_cell) if first_cell else -1
        if position >= 0:
            inside = [p for p in places if position <= p.start and p.end <= position + len(first_cell)]
            if inside:
                return inside[0]
    first = places[0]
    if first.start <= 80 and _TOPIC_TAIL_RE.match(text[first.end :]):
        return first
    return None


def _bed_site(beds: Candidate, topic: Candidate | None, places: list[Candidate], sentences: list[tuple[int, int]]) -> str | None:
    if topic is not None:
        return topic.canonical
    sentence = next(((s, e) for s, e in sentences if s <= beds.start < e), (0, beds.end))
    in_sentence = [p for p in places if sentence[0] <= p.start < sentence[1]]
    for label in ("SITE", "PLACE"):
        before = [p for p in in_sentence if p.label == label and p.end <= beds.start]
        if before:
            return before[-1].canonical
        after = [p for p in in_sentence if p.label == label and p.start >= beds.end]
        if after:
            return after[0].canonical
    return None


def _as_spans(doc: Doc, accepted: list[Candidate]) -> list[Span]:
    spans = []
    for candidate in accepted:
        span = doc.char_span(candidate.start, candidate.end, label=candidate.label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return filter_spans(spans)


def doc_entities(doc: Doc) -> list[Entity]:
    """The Entity records the component stored on a processed doc."""
    return [Entity(*row) for row in doc._.docsearch_entities or ()]


def set_paragraph_context(doc: Doc, kind: str, table_headers: tuple[str, ...], cells: tuple[str, ...], context: str) -> Doc:
    """Attach what the component needs to know about a paragraph before it runs."""
    doc._.paragraph_kind = kind
    doc._.table_headers = tuple(table_headers)
    doc._.table_cells = tuple(cells)
    doc._.table_context = context
    return doc

