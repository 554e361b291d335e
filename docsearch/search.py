"""Hybrid search: FTS5 BM25 and FAISS results fused, boosted by the entities a query names."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

import numpy as np

from . import store
from .errors import QueryError
from .models import Citation, Hit

MAX_QUERY_CHARS = 1000
CANDIDATES = 200
RRF_K = 60
WEIGHTS = {"keyword": 1.0, "expanded": 0.5, "dense": 1.0, "entity": 0.5}

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


@dataclass(frozen=True)
class Filters:
    """Narrow a search: all given conditions must hold."""

    document: str | None = None  # doc id (or its prefix) or words of the title
    body: str | None = None  # words of the committee or body
    date_from: str | None = None  # ISO date or year-month, inclusive
    date_to: str | None = None
    entity: str | None = None  # "LABEL:name", e.g. "SITE:Lutterworth", or just a name
    min_amount: float | None = None  # paragraphs mentioning at least this many pounds
    kind: str | None = None  # "table_row", "paragraph", "list_item", "heading" ("table" for table_row)

    @classmethod
    def from_kwargs(cls, **kwargs: object) -> Filters:
        names = {f.name for f in fields(cls)}
        unknown = set(kwargs) - names
        if unknown:
            raise QueryError(f"unknown filter {sorted(unknown)[0]!r}; use one of {', '.join(sorted(names))}")
        values = {k: v for k, v in kwargs.items() if v not in (None, "")}
        if "min_amount" in values:
            values["min_amount"] = parse_min_amount(values["min_amount"])  # type: ignore[arg-type]
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


def expansions(query: str) -> list[str]:
    """Terms and phrases used interchangeably with ones in the query (see data/synonyms.json)."""
    words = " " + " ".join(re.findall(r"[^\W_]+|&", query.lower())) + " "
    found: list[str] = []
    for group in synonym_groups():
        if any(f" {member} " in words for member in group):
            found.extend(m for m in group if f" {m} " not in words and m not in found)
    return found


def clean_query(query: str) -> str:
    """Query text as data: control characters dropped, whitespace folded, length bounded."""
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    query = unicodedata.normalize("NFKC", query)
    query = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in query)
    query = " ".join(query.split())[:MAX_QUERY_CHARS]
    if not query:
        raise QueryError("the query is empty; type some words to search for")
    return query


def query_terms(query: str) -> list[str]:
    """Lower-case word tokens with stopwords removed (all of them if nothing else is left)."""
    tokens = re.findall(r"[^\W_]+", query.lower())
    kept = [t for t in tokens if t not in stopwords()]
    return list(dict.fromkeys(kept or tokens))


def fts_expression(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression: every term or phrase quoted (no FTS syntax survives), any may match."""
    quoted = []
    for term in terms[:64]:
        words = re.findall(r"[^\W_]+", term)
        if words:
            quoted.append('"' + " ".join(words) + '"')
    return " OR ".join(quoted) or None


def _filter_sql(filters: Filters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    args: list[object] = []
    if filters.document:
        clauses.append("(d.doc_id LIKE ? OR lower(d.title) LIKE ? OR lower(d.path) LIKE ?)")
        needle = f"%{filters.document.lower()}%"
        args += [filters.document + "%", needle, needle]
    if filters.body:
        clauses.append("lower(coalesce(d.body, '')) LIKE ?")
        args.append(f"%{filters.body.lower()}%")
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
        names = _entity_names(name)
        marks = ",".join("?" * len(names))
        clause = (
            "EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = c.doc_id AND e.paragraph_ordinal = "
            f"c.paragraph_ordinal AND (lower(e.canonical) IN ({marks}) OR lower(e.text) IN ({marks}))"
        )
        args += names + names
        if label:
            clause += " AND e.label = ?"
            args.append(label.upper())
        clauses.append(clause + ")")
    if filters.min_amount is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = c.doc_id AND e.paragraph_ordinal = "
            "c.paragraph_ordinal AND e.label = 'MONEY' AND coalesce(e.value_max, e.value) >= ?)"
        )
        args.append(filters.min_amount)
    return " AND ".join(clauses), args


def _entity_names(name: str) -> list[str]:
    """A name with its canonical form and linked names (a town and its sites)."""
    names = {name.lower()}
    for entity in _query_entities(name):
        names.add(entity.canonical.lower())
        names.update(n.lower() for n in _related(entity))
    return sorted(names)


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


def keyword_ranking(conn, terms: list[str], allowed: set[int] | None, limit: int = CANDIDATES) -> list[int]:
    expression = fts_expression(terms)
    if not expression:
        return []
    rows = conn.execute(
        "SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY bm25(chunks_fts, 1.0, 0.3) LIMIT ?",
        (expression, limit if allowed is None else 100_000),
    ).fetchall()
    ids = [r[0] for r in rows]
    if allowed is not None:
        ids = [i for i in ids if i in allowed][:limit]
    return ids


def dense_ranking(vectors, query_vector: np.ndarray, allowed: set[int] | None, limit: int = CANDIDATES):
    if vectors.size == 0:
        return [], {}
    if allowed is None:
        scores, ids = vectors.search(query_vector, limit)
    else:
        candidate_ids = np.fromiter(allowed, dtype=np.int64)
        if not len(candidate_ids):
            return [], {}
        sims = vectors.vectors_for(candidate_ids) @ query_vector.reshape(-1)
        order = np.argsort(-sims)[:limit]
        scores, ids = sims[order], candidate_ids[order]
    return [int(i) for i in ids], {int(i): float(s) for i, s in zip(ids, scores)}


def entity_ranking(conn, vectors, query_vector, query_entities: list, allowed: set[int] | None) -> list[int]:
    """Chunks whose paragraph carries an entity the query names (or one linked to it), by similarity."""
    names = set()
    for entity in query_entities:
        names.add(entity.canonical.lower())
        names.update(n.lower() for n in _related(entity))
    if not names:
        return []
    marks = ",".join("?" * len(names))
    rows = conn.execute(
        "SELECT DISTINCT c.chunk_id FROM entities e JOIN chunks c ON c.doc_id = e.doc_id "
        f"AND c.paragraph_ordinal = e.paragraph_ordinal WHERE lower(e.canonical) IN ({marks}) LIMIT 2000",
        sorted(names),
    ).fetchall()
    ids = [r[0] for r in rows if allowed is None or r[0] in allowed]
    if not ids:
        return []
    sims = vectors.vectors_for(np.array(ids, dtype=np.int64)) @ query_vector.reshape(-1)
    return [ids[i] for i in np.argsort(-sims)[:CANDIDATES]]


def fuse(rankings: dict[str, list[int]], weights: dict[str, float] = WEIGHTS) -> dict[int, float]:
    """Reciprocal rank fusion: each list adds weight / (RRF_K + rank)."""
    scores: dict[int, float] = {}
    for name, ids in rankings.items():
        for rank, chunk in enumerate(ids, start=1):
            scores[chunk] = scores.get(chunk, 0.0) + weights[name] / (RRF_K + rank)
    return scores


def citation_for(row: store.ChunkRow, index_name: str | None = None) -> Citation:
    d, p = row.document, row.paragraph
    heading = p.heading_path[-1] if p.heading_path else None
    return Citation(
        doc_id=d.doc_id, title=d.title, path=d.path, body=d.body, date=d.date, page=p.page,
        printed_page=p.printed_page, label=p.label, heading=heading, paragraph_ordinal=p.ordinal,
        index_name=index_name,
    )


def search(index, query: str, k: int = 10, filters: Filters = Filters()) -> list:
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
        dense_ids, dense_scores = dense_ranking(vectors, query_vector, allowed)
        extra = expansions(query)
        rankings = {
            "keyword": keyword_ranking(conn, terms, allowed),
            "expanded": keyword_ranking(conn, terms + extra, allowed) if extra else [],
            "dense": dense_ids,
            "entity": entity_ranking(conn, vectors, query_vector, entities, allowed),
        }
        fused = fuse(rankings)
        ordered = sorted(fused, key=lambda c: -fused[c])
        rows = store.fetch_chunks(conn, ordered[: max(k * 4, 40)])
    hits: list[Hit] = []
    by_hash: dict[str, int] = {}
    for chunk in ordered:
        row = rows.get(chunk)
        if row is None:
            continue
        citation = citation_for(row, index.folder.name)
        if row.text_hash in by_hash:
            first = hits[by_hash[row.text_hash]]
            if citation.doc_id != first.citation.doc_id:
                hits[by_hash[row.text_hash]] = _with_also(first, citation)
            continue
        if len(hits) >= k:
            continue
        paragraph = row.paragraph
        own = [e for e in paragraph.entities if e.start < row.end and e.end > row.start]
        by_hash[row.text_hash] = len(hits)
        hits.append(
            Hit(text=row.text, score=round(fused[chunk], 6), citation=citation, paragraph_text=paragraph.text,
                kind=paragraph.kind, entities=tuple(own), chunk_id=chunk)
        )
    return hits


def _with_also(hit: Hit, citation: Citation) -> Hit:
    from dataclasses import replace

    if any(c.doc_id == citation.doc_id for c in hit.also_in):
        return hit
    return replace(hit, also_in=hit.also_in + (citation,))
