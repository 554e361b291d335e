"""Hybrid search: FTS5 BM25 and FAISS results fused, boosted by the entities a query names."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

import numpy as np

from . import bm25, store
from .errors import QueryError
from .models import ENTITY_LABELS, HEADING, TABLE_ROW, Citation, Hit
from .questions import answers_question, asks, asks_directly, marks_reply

MAX_QUERY_CHARS = 1000
CANDIDATES = 200
# Weights of the scaled scores, measured with `docsearch eval` on the development and held-out
# questions (README): dense 2.0 -> 1.0 took MRR@10 0.673 -> 0.724 and 0.818 -> 0.821.
WEIGHTS = {"keyword": 0.25, "expanded": 0.75, "dense": 1.0, "entity": 0.2, "document": 0.5, "identifier": 0.3,
           "asked": 0.4}
# "asked": the share of the query's words in the question heading a passage answers ("What happens to
# the food waste?" over "It is taken to the Greyfield Farm anaerobic digestion plant ..."): an FAQ's
# answers are read with their question by the encoder, but keyword search reads a passage's own words
# only. Weights 0.2-0.6 move no set but two: the fourth council's MRR@10 0.608 -> 0.630 (hit@5 0.77 ->
# 0.80), the held-out hit@5 0.93 -> 0.95.
# A query naming a document ("Salford care leavers", "Bury unregistered homes") lifts that document's
# passages: a phrase of the query found in the title or body of a few documents, whose passages
# that use it are mostly in those documents. On 30 questions over 11 real inspection reports
# (tests/data/eval/ofsted.jsonl) MRR@10 0.708 -> 0.776; the LLR questions do not change.
NAMED_DOCUMENTS_SHARE = 0.5  # a phrase in more titles than this share of documents names none
NAMED_MAX_DOCUMENTS = 5  # nor does a phrase in the titles of more documents than this
NAMED_CONCENTRATION = 0.8  # share of the passages using the phrase that lie in the named documents
NAMED_SAMPLE = 2000  # passages counted for that share, at most
NAMED_CHUNKS = 5000  # a named document's passages all become candidates, up to this many
NAMED_KEYWORD_DEPTH = 5000  # how far down the keyword ranking a named document's passages are taken
ENTITY_MAX_CHUNKS = 300  # an entity on more passages than this lifts only those already candidates
ENTITY_CANDIDATE_SHARE = 0.1  # a query entity on more of the candidates than this share picks out none of them
# A question that asks for a kind of answer ("how many", "when", "who") lifts, among the leading
# candidates, the passages that hold one: a figure, a date, a person or organisation. Measured
# with `docsearch eval` (README): MRR@10 0.665 -> 0.673, hit@3 0.70 -> 0.77, nothing lost. A phrase
# opening "number of" or ending "date" / "deadline" / "when" asks too: council set MRR@10 0.709 ->
# 0.711, hit@300w 0.875 -> 0.900; the other three sets unchanged.
# A query about money ("yearly saving from ...", "capital needed for ...") lifts passages stating
# an amount, less: MRR@10 0.724 -> 0.726 (dev) and 0.821 -> 0.838 (held out).
ANSWER_TYPE_BOOST = {"quantity": 0.2, "date": 0.2, "agent": 0.2, "money": 0.1}
# A question in the papers (a public question to council, "Q:" in a written answers paper, an FAQ
# line) says what the query says, and its reply, the next paragraph, says what the officer wants:
# the reply to a leading question is ranked just above it, and the question lower. Measured with
# `docsearch eval` (README): MRR@10 0.708 -> 0.725 (Wexcombe) and 0.667 -> 0.702 (Kelsborough);
# the sets without question-and-answer papers are unchanged.
REPLY_LIFT = 0.01
QUESTION_DROP = 0.3
REPLY_REACH = 3  # paragraphs looked past a question for its reply (headings "Response:" between)
MIN_REPUBLISHED_WORDS = 12  # a passage found whole inside another document's counts as the same text
# ... or nearly whole: this share of its runs of SHINGLE_WORDS words found in the other passage
# (a pack's copy with a word hyphenated across a line, a page number or a changed bullet inside).
REPUBLISHED_SHARE = 0.8
SHINGLE_WORDS = 4
_ANSWER_TYPES = (
    (re.compile(r"^(how (many|much)|what (number|amount|percentage|proportion)|number of)\b"), "quantity"),
    (re.compile(r"^(when|what (date|year|month))\b"), "date"),
    (re.compile(r"^(who|which (organisation|body|trust|council|person))\b"), "agent"),
    # a phrase ending in what it asks for: "food waste collection start date" (not "... to date")
    (re.compile(r"(?<!\bto )\b(when|date|dates|deadline)$"), "date"),
)
_MONEY_WORDS = re.compile(
    r"\b(how much|costs?|savings?|save|funding|capital|money|budgets?|spend|spending|income|grants?|price|"
    r"value|worth|amount|total)\b|£"
)
_DIGIT = re.compile(r"\d")

_AMOUNT = re.compile(r"^£?\s*(\d+(?:\.\d+)?)\s*(k|m|bn|million|billion)?$", re.I)
_SCALE = {None: 1, "k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def parse_min_amount(value: str | float | int | None) -> float | None:
    """'1m' -> 1000000.0, '£250k' -> 250000.0, 5000 -> 5000.0."""
    if value is None or isinstance(value, (int, float)):
        return None if value is None else float(value)
    match = _AMOUNT.match(value.strip().replace(",", ""))
    if not match:
        raise QueryError(f"cannot read the amount {value!r}; write it like 1m, 250k or 5000")
    return float(match.group(1)) * _SCALE[(match.group(2) or "").lower() or None]


KINDS = ("paragraph", "list_item", "table_row", "table")  # passages' kinds ("table": table rows)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(name: str, value: str | None) -> str | None:
    """An ISO date, year-month or year, unchanged; None for empty; QueryError otherwise."""
    if not value or not value.strip():
        return None
    match = _DATE.match(value.strip())
    if match is None:
        raise QueryError(f"{name} must be a date like 2017-01-04, 2017-01 or 2017, not {value[:40]!r}")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a real date") from None
    return value.strip()


def check_entity(value: str | None) -> str | None:
    """'SITE:Lutterworth' or a bare name; the label, when given, must be one the index uses."""
    if not value or not value.strip():
        return None
    value = value.strip()
    label, colon, name = value.rpartition(":")
    if colon and label.upper() not in ENTITY_LABELS:
        raise QueryError(f"entity must look like SITE:Lutterworth; labels are {', '.join(ENTITY_LABELS)}")
    if colon and not name.strip():
        raise QueryError("entity needs a name after the label, e.g. SITE:Lutterworth")
    return f"{label.upper()}:{name.strip()}" if colon else value


def _first_day(date: str) -> str:
    return date + "-01-01"[len(date) - 4:]  # "2017" -> "2017-01-01", "2017-05" -> "2017-05-01"


def _last_day(date: str) -> str:
    return date + "-12-31"[len(date) - 4:]  # "2017" -> "2017-12-31", "2017-05" -> "2017-05-31" (any month)


@dataclass(frozen=True)
class Filters:
    """Narrow a search: all given conditions must hold."""

    document: str | None = None  # doc id (or its prefix) or words of the title
    body: str | None = None  # a committee or body by name, or words of its name
    date_from: str | None = None  # ISO date or year-month, inclusive
    date_to: str | None = None
    entity: str | None = None  # "LABEL:name", e.g. "SITE:Lutterworth", or just a name
    min_amount: float | None = None  # paragraphs mentioning at least this many pounds
    kind: str | None = None  # one of KINDS ("table" for table_row)

    @classmethod
    def from_kwargs(cls, **kwargs: object) -> Filters:
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise QueryError(f"unknown filter {sorted(unknown)[0]!r}; use one of {', '.join(sorted(names))}")
        values = {k: v for k, v in kwargs.items() if v not in (None, "")}
        if "min_amount" in values:
            values["min_amount"] = parse_min_amount(values["min_amount"])  # type: ignore[arg-type]
        for name, shown in (("date_from", "from"), ("date_to", "to")):
            if name in values:
                values[name] = check_date(shown, str(values[name]))
        if "date_from" in values and "date_to" in values and \
                _first_day(values["date_from"]) > _last_day(values["date_to"]):  # type: ignore[arg-type]
            raise QueryError(f"from {values['date_from']} is after to {values['date_to']}; swap them")
        if "entity" in values:
            values["entity"] = check_entity(str(values["entity"]))
        if "kind" in values and values["kind"] not in KINDS:
            raise QueryError(f"kind must be one of {', '.join(KINDS)}, not {str(values['kind'])[:40]!r}")
        if values.get("kind") == "table":
            values["kind"] = "table_row"
        return cls(**values)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("docsearch").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


@lru_cache(maxsize=1)
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    text = resources.files("docsearch").joinpath("data/synonyms.json").read_text(encoding="utf-8")
    return tuple(tuple(g) for g in json.loads(text)["groups"])


def _spaced(text: str) -> str:
    """Words and ampersands, lower-cased, one space each side: "B&B" and "b & b" give " b & b "."""
    return " " + " ".join(re.findall(r"[^\W_]+|&", text.lower())) + " "


def expansions(query: str) -> list[str]:
    """Terms and phrases used interchangeably with ones in the query (see data/synonyms.json)."""
    words = _spaced(query)
    found: list[str] = []
    for group in _spaced_groups():
        if any(spaced in words for _, spaced in group):
            found.extend(m for m, spaced in group if spaced not in words and m not in found)
    return found


@lru_cache(maxsize=1)
def _spaced_groups() -> tuple[tuple[tuple[str, str], ...], ...]:
    return tuple(tuple((m, _spaced(m)) for m in group) for group in synonym_groups())


def clean_query(query: str) -> str:
    """Query text as data: control characters dropped, whitespace folded, length bounded."""
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    query = unicodedata.normalize("NFKC", query)
    query = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in query)
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        raise QueryError("the query is empty; type some words to search for")
    if not re.search(r"[^\W_]", query):
        raise QueryError("the query has no words or numbers in it; type some words to search for")
    return query


def query_terms(query: str) -> list[str]:
    """Lower-case word tokens with stopwords removed (all of them if nothing else is left)."""
    tokens = re.findall(r"[^\W_]+", query.lower())
    kept = [t for t in tokens if t not in stopwords()]
    return list(dict.fromkeys(kept or tokens))


def fts_expression(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression: every term or phrase quoted (no FTS syntax survives), any may match."""
    return " OR ".join(f'"{phrase}"' for phrase in bm25.phrases(terms)) or None


def _filter_sql(filters: Filters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    args: list[object] = []
    if filters.document:
        clauses.append("(d.doc_id LIKE ? OR lower(d.title) LIKE ? OR lower(d.path) LIKE ?)")
        needle = f"%{filters.document.lower()}%"
        args += [filters.document + "%", needle, needle]
    if filters.body:  # the body of that name when the index has one ("Council"), else any naming those words
        clauses.append("(lower(coalesce(d.body, '')) = ? OR (NOT EXISTS (SELECT 1 FROM documents b "
                       "WHERE lower(b.body) = ?) AND lower(coalesce(d.body, '')) LIKE ?))")
        args += [filters.body.lower(), filters.body.lower(), f"%{filters.body.lower()}%"]
    if filters.date_from:
        clauses.append("d.date >= ?")
        args.append(filters.date_from)
    if filters.date_to:
        clauses.append("substr(d.date, 1, ?) <= ?")
        args += [len(filters.date_to), filters.date_to]
    if filters.kind:
        clauses.append("p.kind = ?")
        args.append(filters.kind)
    if filters.entity:
        label, _, name = filters.entity.rpartition(":")
        names = _entity_names(name.strip(), label.upper() or None)
        marks = ",".join("?" * len(names))
        clause = (
            "EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = c.doc_id AND e.paragraph_ordinal = "
            f"c.paragraph_ordinal AND (lower(e.canonical) IN ({marks}) OR lower(e.text) IN ({marks}))"
        )
        args += names + names
        if label:
            labels = [label.upper()]
            if labels == ["SITE"] and _names_a_town(name.strip()):
                labels.append("PLACE")  # "SITE:Lutterworth": its sites, and the town where a table names it for them
            clause += f" AND e.label IN ({','.join('?' * len(labels))})"
            args += labels
        clauses.append(clause + ")")
    if filters.min_amount is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = c.doc_id AND e.paragraph_ordinal = "
            "c.paragraph_ordinal AND e.label = 'MONEY' AND coalesce(e.value_max, e.value) >= ?)"
        )
        args.append(filters.min_amount)
    return " AND ".join(clauses), args


def names_body(index, body: str) -> bool:
    """True when some document of the index has exactly this body (any case)."""
    with index.read():
        return index.conn.execute("SELECT 1 FROM documents WHERE lower(body) = ? LIMIT 1",
                                  (body.lower(),)).fetchone() is not None


def _entity_names(name: str, label: str | None = None) -> list[str]:
    """A name with its canonical form and, unless it is exactly an entity of `label`, linked names.

    "SITE:Leicester Royal Infirmary" means that hospital only; "SITE:Lutterworth" (a town given
    where a site is asked for) means the sites in Lutterworth (and the town itself, see _filter_sql).
    """
    names = {name.lower()}
    for entity in _query_entities(name):
        whole = entity.start == 0 and entity.end == len(name)
        if label and (not whole or entity.label == label):
            if whole:
                names.add(entity.canonical.lower())
            continue
        names.add(entity.canonical.lower())
        names.update(n.lower() for n in _related(entity))
    return sorted(names)


def _names_a_town(name: str) -> bool:
    return any(e.label == "PLACE" and e.start == 0 and e.end == len(name) for e in _query_entities(name))


def _query_entities(text: str) -> list:
    try:
        from .entities import query_entities
    except ImportError:  # entities not installed in a minimal checkout
        return []
    return query_entities(text)


def _related(entity) -> set[str]:
    from .entities import related_canonicals

    return related_canonicals(entity)


def allowed_chunks(conn, filters: Filters) -> set[int] | None:
    """Chunk ids that pass the filters, or None when there are no filters."""
    if not filters:
        return None
    where, args = _filter_sql(filters)
    rows = conn.execute(
        "SELECT c.chunk_id FROM chunks c JOIN documents d ON d.doc_id = c.doc_id "
        "JOIN paragraphs p ON p.doc_id = c.doc_id AND p.ordinal = c.paragraph_ordinal WHERE " + where,
        args,
    ).fetchall()
    return {r[0] for r in rows}


def keyword_scores(conn, terms: list[str], allowed: set[int] | None, limit: int = CANDIDATES,
                   also: set[int] = frozenset()) -> dict[int, float]:
    """BM25 (bm25.K1, bm25.B) of the chunks matching any term, scaled so the best is 1.

    The candidates are the best by FTS5's own bm25(); the chunks in `also` (a named document's) are
    kept too when among the NAMED_KEYWORD_DEPTH best.
    """
    expression = fts_expression(terms)
    if not expression:
        return {}
    ranked = "FROM chunks_fts WHERE chunks_fts MATCH ? AND rank MATCH 'bm25(1.0, 0.0)' ORDER BY rank LIMIT ?"
    if allowed is None and not also:
        # highlight() on the returned rows only: the hits are counted in the stretches it marks
        rows = conn.execute(f"SELECT rowid, highlight(chunks_fts, 0, ?, ?) {ranked}",
                            (bm25.MARK_OPEN, bm25.MARK_CLOSE, expression, limit)).fetchall()
        pieces = {chunk: bm25.marked_spans(text or "") for chunk, text in rows}
    else:
        depth = 100_000 if allowed is not None else NAMED_KEYWORD_DEPTH
        chosen: list[int] = []
        for (chunk,) in conn.execute(f"SELECT rowid {ranked}", (expression, depth)):
            if (allowed is None or chunk in allowed) and (len(chosen) < limit or chunk in also):
                chosen.append(chunk)
        pieces = {chunk: [text] for chunk, text in store.chunk_texts(conn, chosen).items()}
    scores = bm25.scores(conn, bm25.phrases(terms), pieces)
    best = max(scores.values(), default=0.0)
    return {c: v / best for c, v in scores.items()} if best > 0 else {}


def dense_scores(conn, vectors, query_vector: np.ndarray, allowed: set[int] | None,
                 limit: int = CANDIDATES) -> dict[int, float]:
    """Cosine similarity of the best-matching vector (the chunk, or one of its sentences) per chunk."""
    if vectors.size == 0:
        return {}
    if allowed is None:
        scores, ids = vectors.search(query_vector, limit * 3)
        owners = store.chunks_of_vectors(conn, [int(i) for i in ids])
        pairs = [(owners.get(int(v)), float(s)) for v, s in zip(ids, scores)]
    else:
        pairs_ids = store.vectors_of_chunks(conn, sorted(allowed))
        sims = similarities(vectors, [v for v, _ in pairs_ids], query_vector)
        pairs = [(c, s) for (_, c), s in zip(pairs_ids, sims)]
    best: dict[int, float] = {}
    for chunk, score in pairs:
        if chunk is not None and score > best.get(chunk, -2.0):
            best[chunk] = score
    return dict(sorted(best.items(), key=lambda kv: -kv[1])[:limit])


def complete_dense(conn, vectors, query_vector: np.ndarray, dense: dict[int, float], chunks: set[int]) -> None:
    """Add the exact similarity of candidate chunks that the nearest-vector search did not reach."""
    missing = sorted(chunks - dense.keys())
    if not missing:
        return
    pairs = store.vectors_of_chunks(conn, missing)
    for (_, chunk), score in zip(pairs, similarities(vectors, [v for v, _ in pairs], query_vector)):
        dense[chunk] = max(dense.get(chunk, -2.0), score)


def similarities(vectors, vector_ids: list[int], query_vector: np.ndarray) -> list[float]:
    """Cosine of each stored vector with the query (-2 for an id the vector file lacks)."""
    if not vector_ids:
        return []
    try:
        return (vectors.vectors_for(np.array(vector_ids, dtype=np.int64)) @ query_vector.reshape(-1)).tolist()
    except RuntimeError:  # an id missing from the vector file: score the rest
        out = []
        for vector in vector_ids:
            try:
                out.append(float(vectors.vectors_for(np.array([vector], dtype=np.int64))[0] @ query_vector.reshape(-1)))
            except RuntimeError:
                out.append(-2.0)
        return out


def entity_chunks(conn, query_entities: list, allowed: set[int] | None, candidates: set[int]) -> set[int]:
    """Chunks whose paragraph names a distinctive entity of the query, or one linked to it.

    An entity carried by more than ENTITY_CANDIDATE_SHARE of the candidates that the words and
    the meaning of the query found ("STP" in papers about the STP, the council's own name in its
    papers) says nothing about which of them answers, so it is ignored. The share is of the
    candidates, not of the whole index, so that the rule holds as a collection grows.
    """
    names = set()
    for entity in query_entities:
        names.add(entity.canonical.lower())
        names.update(n.lower() for n in _related(entity))
    if not names or not candidates:
        return set()
    marks = ",".join("?" * len(names))
    rows = conn.execute(
        "SELECT lower(e.canonical), c.chunk_id FROM entities e JOIN chunks c ON c.doc_id = e.doc_id "
        f"AND c.paragraph_ordinal = e.paragraph_ordinal WHERE lower(e.canonical) IN ({marks})",
        sorted(names),
    ).fetchall()
    by_name: dict[str, set[int]] = {}
    for name, chunk in rows:
        by_name.setdefault(name, set()).add(chunk)
    found = set()
    for chunks in by_name.values():
        if len(chunks & candidates) <= ENTITY_CANDIDATE_SHARE * len(candidates):
            # A rare entity brings its passages in as candidates ("Lutterworth" reaches Feilding
            # Palmer Hospital's); one named in hundreds (a council leader) lifts only those found.
            found |= chunks if len(chunks) <= ENTITY_MAX_CHUNKS else chunks & candidates
    return found if allowed is None else found & allowed


def named_documents(index, query: str) -> set[str]:
    """The documents a query names: see NAMED_DOCUMENTS_SHARE and NAMED_CONCENTRATION.

    A phrase of one to three query words (not starting or ending with a stopword) that appears in
    the title or body of some documents, but not of most, names them when most passages using it
    lie in them: "Salford" in a set of councils' inspection reports names Salford's, while "care"
    or "STP", found in passages of every paper, names none.
    """
    names = index.document_names()
    if len(names) < 2:
        return set()
    words = re.findall(r"[^\W_]+", query.lower())[:40]
    common = stopwords()
    named: set[str] = set()
    seen: list[str] = []
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            phrase = " ".join(gram)
            if gram[0] in common or gram[-1] in common or any(phrase in longer for longer in seen):
                continue
            docs = names.find(phrase)
            if not docs or len(docs) > min(NAMED_DOCUMENTS_SHARE * len(names), NAMED_MAX_DOCUMENTS):
                continue
            rows = index.conn.execute(
                "SELECT c.doc_id FROM chunks c WHERE c.chunk_id IN "
                "(SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT ?)",
                (f'text:"{phrase}"', NAMED_SAMPLE),
            ).fetchall()
            if rows and sum(r[0] in docs for r in rows) >= NAMED_CONCENTRATION * len(rows):
                named |= docs
                seen.append(phrase)
    return named


def chunks_of_documents(conn, doc_ids: set[str], allowed: set[int] | None, limit: int = NAMED_CHUNKS) -> set[int]:
    """The chunks of these documents (that pass the filters), up to `limit`."""
    ids = sorted(doc_ids)
    rows = conn.execute(
        f"SELECT chunk_id FROM chunks WHERE doc_id IN ({','.join('?' * len(ids))}) LIMIT ?", (*ids, limit)
    ).fetchall()
    chunks = {r[0] for r in rows}
    return chunks if allowed is None else chunks & allowed


# A query naming one of a series ("Band C council tax", "section 75") lifts the passages holding
# that phrase: the words alone also find Band D's. Measured (README): the second council set's
# MRR@10 0.720 -> 0.742, the development set on the combined index 0.688 -> 0.705; the same for
# weights 0.3-1.0, and no other set moves (measured before the rule was narrowed to words naming a
# series; the separate indexes' figures were the same after).
_IDENTIFIER = re.compile(r"\b([A-Za-z]{3,})\s+([A-Za-z]|\d{1,3})\b(?![\d/,.%&])")
# Words that name one of a series; a number after another word is a quantity ("aged 65", "top 10").
_SERIES_WORDS = frozenset(
    "band option appendix annex schedule section part phase stage tier table figure item priority grade level ward "
    "zone route lot scenario policy objective recommendation paragraph para chapter block unit site plot category "
    "class area workstream theme outcome action question minute clause article rule standard milestone".split()
)


def identifiers(query: str) -> list[str]:
    """Phrases naming one of a numbered or lettered series ("Band C", "Option 2", "section 75",
    "Appendix B"): a word that names a series, followed by a single letter (not "a" or "I") or a
    number of up to three digits."""
    found = []
    for word, mark in _IDENTIFIER.findall(query):
        if word.lower() not in _SERIES_WORDS or mark.lower() in ("a", "i"):
            continue
        found.append(f"{word.lower()} {mark.lower()}")
    return list(dict.fromkeys(found))


def identifier_chunks(conn, phrases: list[str], allowed: set[int] | None) -> set[int]:
    """Chunks whose text (a table row's with its column headers) holds one of the phrases as
    written, its words apart by spaces only ("Option B", not "... every option. B) ...")."""
    found: set[int] = set()
    for phrase in phrases:
        rows = conn.execute(
            "SELECT c.chunk_id, c.text FROM chunks c WHERE c.chunk_id IN "
            "(SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT ?)",
            (f'text:"{phrase}"', 100_000 if allowed is not None else NAMED_SAMPLE),
        ).fetchall()
        word, mark = phrase.split()
        written = re.compile(rf"\b{re.escape(word)}:?\s+{re.escape(mark)}\b", re.IGNORECASE)
        found.update(chunk for chunk, text in rows if written.search(text))
    return found if allowed is None else found & allowed


def question_heading_scores(conn, terms: list[str], candidates: set[int]) -> dict[int, float]:
    """For candidates under a heading that asks ("What happens to the food waste?"), the share of the
    query's words (as the keyword index stems them) in that heading."""
    wanted = {stem for stems in bm25.stems(terms) for stem in stems}
    if not wanted or not candidates:
        return {}
    rows = store.rows_for_ids(
        conn,
        """SELECT c.chunk_id, p.heading_path FROM chunks c
           JOIN paragraphs p ON p.doc_id = c.doc_id AND p.ordinal = c.paragraph_ordinal
           WHERE c.chunk_id IN ({marks}) AND p.heading_path LIKE '%?"]'""",
        sorted(candidates),
    )
    headings = {chunk: json.loads(path)[-1] for chunk, path in rows}
    asking = [chunk for chunk, heading in headings.items() if heading.rstrip().endswith("?")]
    out: dict[int, float] = {}
    for chunk, stems in zip(asking, bm25.stems(headings[c] for c in asking)):  # one tokenizer pass
        share = len(wanted & set(stems)) / len(wanted)
        if share:
            out[chunk] = share
    return out


def answer_type(query: str) -> str | None:
    """"quantity", "date" or "agent" when the question asks for one ("how many beds ..."), "money"
    when it is about an amount ("capital needed for ..."), else None."""
    words = " ".join(re.findall(r"[^\W_]+|£", query.lower()))
    kind = next((kind for pattern, kind in _ANSWER_TYPES if pattern.search(words)), None)
    return kind or ("money" if _MONEY_WORDS.search(words) else None)


def holds_answer_type(kind: str, text: str, labels: set[str]) -> bool:
    """Whether a passage (its text, and the labels of the entities in it) holds that kind of answer."""
    if kind == "money":
        return "MONEY" in labels
    if kind == "quantity":
        return bool(labels & {"MONEY", "BEDS"}) or bool(_DIGIT.search(text))
    if kind == "date":
        return "DATE" in labels
    return bool(labels & {"PERSON", "ORG"})


def fuse(features: dict[str, dict[int, float]], weights: dict[str, float] = WEIGHTS) -> dict[int, float]:
    """A weighted sum of each candidate's scaled scores (keyword, expanded keyword, dense, entity)."""
    candidates = set().union(*(set(f) for f in features.values())) if features else set()
    return {c: sum(w * features.get(name, {}).get(c, 0.0) for name, w in weights.items()) for c in candidates}


def citation_for(row: store.ChunkRow, index_name: str | None = None) -> Citation:
    d, p = row.document, row.paragraph
    heading = p.heading_path[-1] if p.heading_path else None
    return Citation(
        doc_id=d.doc_id, title=d.title, path=d.path, body=d.body, date=d.date, page=p.page,
        printed_page=p.printed_page, label=p.label, heading=heading, paragraph_ordinal=p.ordinal,
        index_name=index_name, part=p.part,
    )


def search(index, query: str, k: int = 10, filters: Filters = Filters()) -> list[Hit]:
    """The `k` best passages for `query` from an open index, one per distinct text, best first."""
    query = clean_query(query)
    if not 1 <= int(k) <= 1000:
        raise QueryError("k must be between 1 and 1000")
    terms = query_terms(query)
    entities = _query_entities(query)
    query_vector = index.embedder.encode([query])[0]
    with index.read():
        conn = index.conn
        vectors = index.vectors()
        allowed = allowed_chunks(conn, filters)
        docs = named_documents(index, query)
        named = chunks_of_documents(conn, docs, allowed) if docs else set()
        features = {
            "keyword": keyword_scores(conn, terms, allowed, also=named),
            "expanded": keyword_scores(conn, terms + expansions(query), allowed, also=named),
            "dense": dense_scores(conn, vectors, query_vector, allowed),
        }
        found = set(features["keyword"]) | set(features["expanded"]) | set(features["dense"])
        features["entity"] = {c: 1.0 for c in entity_chunks(conn, entities, allowed, found)}
        features["document"] = {c: 1.0 for c in named}
        features["identifier"] = {c: 1.0 for c in identifier_chunks(conn, identifiers(query), allowed)}
        candidates = set().union(*map(set, features.values()))
        features["asked"] = question_heading_scores(conn, terms, candidates)  # among the candidates: adds none
        complete_dense(conn, vectors, query_vector, features["dense"], candidates)
        fused = fuse(features)
        ordered = sorted(fused, key=lambda c: -fused[c])
        leading = ordered[: max(k * 4, 40)]
        rows = store.fetch_chunks(conn, leading)
        kind = answer_type(query)
        if kind:
            for chunk, row in rows.items():
                if holds_answer_type(kind, row.text, {e.label for e in _entities_in(row)}):
                    fused[chunk] += ANSWER_TYPE_BOOST[kind]
            leading = sorted(rows, key=lambda c: -fused[c])
        lift_replies(conn, rows, leading, fused, allowed)
        ordered = sorted(fused, key=lambda c: -fused[c])
    hits: list[Hit] = []
    kept = KeptPassages()
    for chunk in ordered:
        row = rows.get(chunk)
        if row is None:
            continue
        citation = citation_for(row, index.folder.name)
        folded = store.fold_text(row.text)
        same = kept.find(folded, citation.doc_id, row.text)
        if same is not None:
            first = hits[same]
            if citation.doc_id != first.citation.doc_id:
                hits[same] = _with_also(first, citation)
            continue
        if len(hits) >= k:
            continue
        paragraph = row.paragraph
        own = _entities_in(row)
        kept.add(folded, citation.doc_id)
        # A table row's chunk reads the cells with their column headers (for the encoder and the
        # keyword index); the cited passage is the row as printed, its headers being context. (A
        # piece of a long row is already printed text.)
        whole = row.start == 0 and row.end == len(paragraph.text)
        is_row = paragraph.kind == TABLE_ROW and whole and row.text != paragraph.text
        hits.append(
            Hit(text=paragraph.text if is_row else row.text, score=round(fused[chunk], 6), citation=citation,
                paragraph_text=paragraph.text, kind=paragraph.kind, entities=tuple(own), chunk_id=chunk,
                row_with_headers=row.text if is_row else "")
        )
    return hits


def replies_to_questions(conn, rows: list[store.ChunkRow], reach: int = REPLY_REACH) -> dict[int, int]:
    """The first chunk of the reply to each question among `rows`: the next paragraph of the
    question's document, past headings, rules and a "Response:" label, unless it asks too."""
    out: dict[int, int] = {}
    for row in rows:
        paragraph = row.paragraph
        if paragraph.kind == HEADING or row.end != len(paragraph.text) or not asks(paragraph.text):
            continue
        following = conn.execute(
            "SELECT ordinal, kind, text FROM paragraphs WHERE doc_id = ? AND ordinal > ? AND ordinal <= ? "
            "ORDER BY ordinal",
            (row.document.doc_id, paragraph.ordinal, paragraph.ordinal + reach),
        ).fetchall()
        for ordinal, kind, text in following:
            if kind == HEADING or marks_reply(text) or not any(ch.isalpha() for ch in text):
                continue
            # a question minutes report ("... asked whether ...") is answered only by a reply
            if not asks(text) and (asks_directly(paragraph.text) or answers_question(text)):
                out[row.chunk_id] = store.chunk_id(row.document.doc_id, ordinal, 0)
            break
    return out


def lift_replies(conn, rows: dict[int, store.ChunkRow], leading: list[int], fused: dict[int, float],
                 allowed: set[int] | None) -> None:
    """Rank the reply to each leading question just above it, and the question lower (REPLY_LIFT).

    A reply not yet among `rows` is fetched into them.
    """
    replies = replies_to_questions(conn, [rows[c] for c in leading if c in rows])
    replies = {q: r for q, r in replies.items() if allowed is None or r in allowed}
    rows.update(store.fetch_chunks(conn, [r for r in replies.values() if r not in rows]))
    for question, reply in replies.items():
        score = fused[question] + REPLY_LIFT
        if reply in rows and score > fused.get(reply, 0.0):
            fused[reply] = score
            fused[question] -= QUESTION_DROP


class KeptPassages:
    """The passages kept as hits so far (folded by store.fold_text), to find one published again.

    The same folded text is the same passage wherever it is. A paper republished in a pack is
    often cut into passages differently there (a paragraph joined to the next, a page break
    moved) and extracted a little differently (a word hyphenated across a line, a page number
    left inside), so a passage of another document of at least MIN_REPUBLISHED_WORDS words is the
    same text too when it is found in a kept one, or holds one, whole or nearly: REPUBLISHED_SHARE
    of the shorter passage's runs of SHINGLE_WORDS words appear in the longer.
    """

    def __init__(self) -> None:
        self._by_text: dict[str, int] = {}
        self._kept: list[tuple[str, str, frozenset[tuple[str, ...]]]] = []  # (folded, doc id, shingles)

    def find(self, folded: str, doc_id: str, text: str = "") -> int | None:
        """The number of the kept passage this one repeats, or None.

        A short lead-in (`text` "It is recommended that:") repeats one only in its own document:
        in another paper the same words open a different list.
        """
        same = self._by_text.get(folded)
        if same is not None:
            if opens_list(text) and self._kept[same][1] != doc_id:
                return None
            return same
        shingles = _shingles(folded)
        for number, (other, other_doc, other_shingles) in enumerate(self._kept):
            if other_doc == doc_id:
                continue
            (shorter, short_set), (longer, long_set) = sorted(
                ((folded, shingles), (other, other_shingles)), key=lambda pair: len(pair[0]))
            if shorter.count(" ") + 1 < MIN_REPUBLISHED_WORDS:
                continue
            if f" {shorter} " in f" {longer} " or len(short_set & long_set) >= REPUBLISHED_SHARE * len(short_set):
                return number
        return None

    def add(self, folded: str, doc_id: str) -> None:
        self._by_text.setdefault(folded, len(self._kept))
        self._kept.append((folded, doc_id, _shingles(folded)))


def opens_list(text: str) -> bool:
    """A short passage ending in a colon: the lead-in of a list ("It is recommended that:")."""
    return text.rstrip().endswith(":") and len(text.split()) < MIN_REPUBLISHED_WORDS


def _shingles(folded: str) -> frozenset[tuple[str, ...]]:
    """The runs of SHINGLE_WORDS words of a folded passage."""
    words = folded.split()
    return frozenset(tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def _entities_in(row: store.ChunkRow) -> list:
    """The entities of the chunk's paragraph that fall within the chunk."""
    return [e for e in row.paragraph.entities if e.start < row.end and e.end > row.start]


def _with_also(hit: Hit, citation: Citation) -> Hit:
    from dataclasses import replace

    if any(c.doc_id == citation.doc_id for c in hit.also_in):
        return hit
    return replace(hit, also_in=hit.also_in + (citation,))
