"""The SQLite half of an index: documents, paragraphs, chunks, entities and a full-text table."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .models import Chunk, Document, Entity, Paragraph

SCHEMA_VERSION = 1
DB_NAME = "docsearch.sqlite"
FTS_TOKENIZER = "porter unicode61"  # the keyword index's; docsearch.bm25 counts hits with it too

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, body TEXT, date TEXT,
    kind TEXT, media_type TEXT NOT NULL, page_count INTEGER NOT NULL, restrictions TEXT NOT NULL,
    warnings TEXT NOT NULL, size INTEGER, mtime REAL, indexed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, pages TEXT NOT NULL, printed_pages TEXT NOT NULL,
    label TEXT, heading_path TEXT NOT NULL, context TEXT NOT NULL, table_headers TEXT NOT NULL,
    cells TEXT NOT NULL, bbox TEXT, part TEXT, PRIMARY KEY (doc_id, ordinal)
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    paragraph_ordinal INTEGER NOT NULL, chunk_index INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, context TEXT NOT NULL, text_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_paragraph ON chunks(doc_id, paragraph_ordinal);
CREATE INDEX IF NOT EXISTS chunks_text_hash ON chunks(text_hash);
CREATE TABLE IF NOT EXISTS vectors (
    vector_id INTEGER PRIMARY KEY, chunk_id INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS vectors_chunk ON vectors(chunk_id);
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    paragraph_ordinal INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, canonical TEXT NOT NULL, value REAL,
    value_max REAL, detail TEXT
);
CREATE INDEX IF NOT EXISTS entities_paragraph ON entities(doc_id, paragraph_ordinal);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(label, canonical);
CREATE INDEX IF NOT EXISTS entities_canonical_lower ON entities(lower(canonical));  -- query entities
CREATE INDEX IF NOT EXISTS entities_text_lower ON entities(lower(text));  -- the --entity filter
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY, reason TEXT NOT NULL, content_hash TEXT, failed_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, context, content='chunks', content_rowid='chunk_id', tokenize='{FTS_TOKENIZER}'
);
"""


def chunk_id(doc_id: str, paragraph_ordinal: int, chunk_index: int) -> int:
    """A stable positive int64 id: the same document content always gives the same ids."""
    digest = hashlib.blake2b(f"{doc_id}:{paragraph_ordinal}:{chunk_index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def vector_id(chunk: int, unit: int) -> int:
    """Id of a chunk's `unit`-th vector: the chunk's own id for unit 0, a stable hash otherwise."""
    if unit == 0:
        return chunk
    digest = hashlib.blake2b(f"{chunk}:{unit}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


class DocumentNames:
    """The words of each document's title and body, looked up by phrase (for naming documents)."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        self._padded: dict[str, str] = {}
        self._by_word: dict[str, set[str]] = {}
        for doc_id, title, body in rows:
            words = re.findall(r"[^\W_]+", f"{title} {body}".lower())
            self._padded[doc_id] = " " + " ".join(words) + " "
            for word in set(words):
                self._by_word.setdefault(word, set()).add(doc_id)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> DocumentNames:
        return cls(conn.execute("SELECT doc_id, title, coalesce(body, '') FROM documents"))

    def __len__(self) -> int:
        return len(self._padded)

    def find(self, phrase: str) -> set[str]:
        """The documents whose title or body has these words in this order ("west berkshire")."""
        words = phrase.split()
        sets = sorted((self._by_word.get(w, set()) for w in words), key=len)
        if not sets or not sets[0]:
            return set()
        docs = set.intersection(*sets)
        return docs if len(words) == 1 else {d for d in docs if f" {phrase} " in self._padded[d]}


def fold_text(text: str) -> str:
    """A passage's words with case, punctuation and spacing folded: 'Beds (10),' -> 'beds 10'."""
    return " ".join(re.findall(r"[a-z0-9£%]+", text.lower()))


def text_hash(text: str) -> str:
    """Hash of a passage with case, punctuation and spacing folded, to find republished text."""
    return hashlib.blake2b(fold_text(text).encode(), digest_size=12).hexdigest()


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the index database (WAL, so readers never block on a writer)."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    conn.row_factory = sqlite3.Row
    conn.isolation_level = None  # explicit BEGIN/COMMIT
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return column in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    if not has_column(conn, "paragraphs", "part"):  # an index built before packs' items were read: add it
        try:
            conn.execute("ALTER TABLE paragraphs ADD COLUMN part TEXT")
        except sqlite3.OperationalError as exc:  # another writer opening the same index added it first
            if "duplicate column" not in str(exc):
                raise


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def insert_document(
    conn: sqlite3.Connection,
    document: Document,
    paragraphs: Sequence[Paragraph],
    chunks: Sequence[Chunk],
    *,
    vector_owners: Sequence[tuple[int, int]] = (),
    size: int | None,
    mtime: float | None,
    indexed_at: str,
) -> None:
    """Write one document with its paragraphs, entities and chunks (inside the caller's transaction)."""
    d = document
    conn.execute(
        "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (d.doc_id, d.path, d.title, d.body, d.date, d.kind, d.media_type, d.page_count,
         _dump(list(d.restrictions)), _dump(list(d.warnings)), size, mtime, indexed_at),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO paragraphs (doc_id, ordinal, text, kind, pages, printed_pages, label, heading_path, "
        "context, table_headers, cells, bbox, part) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (p.doc_id, p.ordinal, p.text, p.kind, _dump(list(p.pages)), _dump(list(p.printed_pages)),
             p.label, _dump(list(p.heading_path)), p.context, _dump(list(p.table_headers)),
             _dump(list(p.cells)), _dump(list(p.bbox)) if p.bbox else None, p.part)
            for p in paragraphs
        ],
    )
    conn.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (p.doc_id, p.ordinal, e.label, e.text, e.start, e.end, e.canonical, e.value, e.value_max, e.detail)
            for p in paragraphs
            for e in p.entities
        ],
    )
    rows = [
        (chunk_id(c.doc_id, c.paragraph_ordinal, c.chunk_index), c.doc_id, c.paragraph_ordinal,
         c.chunk_index, c.text, c.start, c.end, c.context, text_hash(c.text))
        for c in chunks
    ]
    conn.executemany("INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO vectors VALUES (?, ?)", list(vector_owners))
    conn.executemany(
        "INSERT INTO chunks_fts(rowid, text, context) VALUES (?,?,?)", [(r[0], r[4], r[7]) for r in rows]
    )


def delete_document(conn: sqlite3.Connection, doc_id: str) -> list[int]:
    """Remove a document and everything hanging off it; returns the vector ids to remove."""
    rows = conn.execute("SELECT chunk_id, text, context FROM chunks WHERE doc_id = ?", (doc_id,)).fetchall()
    vector_ids = [
        r[0] for r in conn.execute(
            "SELECT v.vector_id FROM vectors v JOIN chunks c ON c.chunk_id = v.chunk_id WHERE c.doc_id = ?", (doc_id,)
        )
    ]
    conn.executemany(
        "INSERT INTO chunks_fts(chunks_fts, rowid, text, context) VALUES ('delete', ?, ?, ?)",
        [(r["chunk_id"], r["text"], r["context"]) for r in rows],
    )
    conn.execute("DELETE FROM vectors WHERE chunk_id IN (SELECT chunk_id FROM chunks WHERE doc_id = ?)", (doc_id,))
    conn.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM entities WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM paragraphs WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
    return sorted(set(vector_ids) | {r["chunk_id"] for r in rows})


def rows_for_ids(conn: sqlite3.Connection, sql: str, ids: Sequence[int], batch: int = 900) -> list[sqlite3.Row]:
    """The rows of `sql`, whose "IN ({marks})" takes the ids, run in batches under SQLite's limit on
    bound parameters."""
    rows: list[sqlite3.Row] = []
    for start in range(0, len(ids), batch):
        part = list(ids[start : start + batch])
        rows.extend(conn.execute(sql.format(marks=",".join("?" * len(part))), part).fetchall())
    return rows


def chunks_of_vectors(conn: sqlite3.Connection, vector_ids: Sequence[int]) -> dict[int, int]:
    """vector id -> chunk id."""
    rows = rows_for_ids(conn, "SELECT vector_id, chunk_id FROM vectors WHERE vector_id IN ({marks})", vector_ids)
    return {vector: chunk for vector, chunk in rows}


def vectors_of_chunks(conn: sqlite3.Connection, chunk_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(vector id, chunk id) pairs for the given chunks."""
    rows = rows_for_ids(conn, "SELECT vector_id, chunk_id FROM vectors WHERE chunk_id IN ({marks})", chunk_ids)
    return [(vector, chunk) for vector, chunk in rows]


def row_to_document(row: sqlite3.Row) -> Document:
    return Document(
        doc_id=row["doc_id"], path=row["path"], title=row["title"], body=row["body"], date=row["date"],
        kind=row["kind"], media_type=row["media_type"], page_count=row["page_count"],
        restrictions=tuple(json.loads(row["restrictions"])), warnings=tuple(json.loads(row["warnings"])),
    )


def row_to_paragraph(row: sqlite3.Row, entities: Iterable[Entity] = ()) -> Paragraph:
    return Paragraph(
        doc_id=row["doc_id"], ordinal=row["ordinal"], text=row["text"], kind=row["kind"],
        pages=tuple(json.loads(row["pages"])), printed_pages=tuple(json.loads(row["printed_pages"])),
        label=row["label"], heading_path=tuple(json.loads(row["heading_path"])), context=row["context"],
        table_headers=tuple(json.loads(row["table_headers"])), cells=tuple(json.loads(row["cells"])),
        bbox=tuple(json.loads(row["bbox"])) if row["bbox"] else None, entities=tuple(entities),
        part=row["part"] if "part" in row.keys() else None,  # an index built before parts were read has none
    )


def row_to_entity(row: sqlite3.Row) -> Entity:
    return Entity(
        label=row["label"], text=row["text"], start=row["start"], end=row["end"], canonical=row["canonical"],
        value=row["value"], value_max=row["value_max"], detail=row["detail"],
    )


@dataclass(frozen=True)
class ChunkRow:
    """A chunk joined with its paragraph and document, as search needs it."""

    chunk_id: int
    text: str
    document: Document
    paragraph: Paragraph
    text_hash: str
    start: int = 0  # offsets of the chunk within its paragraph's text
    end: int = 0


def chunk_texts(conn: sqlite3.Connection, chunk_ids: Sequence[int]) -> dict[int, str]:
    """The text (as the keyword index holds it) of each chunk, keyed by chunk id."""
    rows = rows_for_ids(conn, "SELECT chunk_id, text FROM chunks WHERE chunk_id IN ({marks})", chunk_ids)
    return {chunk: text for chunk, text in rows}


def fetch_chunks(conn: sqlite3.Connection, chunk_ids: Sequence[int]) -> dict[int, ChunkRow]:
    """Load chunks with their paragraphs, entities and documents, keyed by chunk id."""
    if not chunk_ids:
        return {}
    out: dict[int, ChunkRow] = {}
    documents: dict[str, Document] = {}
    rows = rows_for_ids(
        conn,
        """SELECT c.chunk_id, c.text AS chunk_text, c.text_hash, c.start AS chunk_start, c."end" AS chunk_end, p.*
           FROM chunks c JOIN paragraphs p ON p.doc_id = c.doc_id AND p.ordinal = c.paragraph_ordinal
           WHERE c.chunk_id IN ({marks})""",
        chunk_ids,
        batch=500,
    )
    for row in rows:
        doc_id = row["doc_id"]
        if doc_id not in documents:
            documents[doc_id] = row_to_document(
                conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            )
        entities = [
            row_to_entity(e)
            for e in conn.execute(
                "SELECT * FROM entities WHERE doc_id = ? AND paragraph_ordinal = ? ORDER BY start",
                (doc_id, row["ordinal"]),
            )
        ]
        out[row["chunk_id"]] = ChunkRow(
            row["chunk_id"], row["chunk_text"], documents[doc_id], row_to_paragraph(row, entities),
            row["text_hash"], row["chunk_start"], row["chunk_end"],
        )
    return out
