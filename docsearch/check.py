"""Integrity check and repair of an index folder: the database, its full-text table, the vector
file, config.json and the source files agree.

    from docsearch.check import check_index
    report = check_index("indexes/default")            # read only
    report = check_index("indexes/default", repair=True)

A problem means searches may be wrong or fail; a warning means the index is sound but something
around it needs attention (a source file changed since it was indexed, litter from an
interrupted run). Repair rebuilds what can be rebuilt from what is there, in one transaction
that writes a new vector generation, exactly as an index update does.

The check takes the writer lock (FTS5's own integrity check needs a write lock), so it waits for a
running `docsearch index` and refuses with IndexLocked if that takes too long.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from . import store
from .config import CONFIG_NAME, ENCODERS, IndexConfig, check_config, expected_config, read_config
from .errors import DocsearchError, IndexMismatch, IndexNotFound
from .index import (
    _lock,
    _process_alive,
    _write_error,
    file_hash,
    remove_old_vector_files,
)
from .models import Chunk
from .vectors import FaissStore

_TABLES = ("meta", "documents", "paragraphs", "chunks", "vectors", "entities", "failures", "chunks_fts")
_UNIT_TOLERANCE = 1e-3
_SHOWN = 5  # ids or paths named in one problem line before "..."


@dataclass
class CheckReport:
    """What check_index found, and what it repaired."""

    folder: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the index is sound (warnings allowed)."""
        return not self.problems

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "ok": self.ok}


@dataclass
class _Findings:
    """What repair needs to know, beside the lines for people."""

    generation: int = 0
    dimension: int = IndexConfig().dimension  # config.json's, once it has been read
    database_damaged: bool = False
    config_unusable: bool = False
    fts_mismatch: bool = False
    orphan_paragraphs: int = 0
    orphan_chunks: int = 0
    orphan_entities: int = 0
    orphan_vector_rows: int = 0
    vectors: FaissStore | None = None  # None: missing, unreadable or of the wrong dimension
    vectors_without_rows: list[int] = field(default_factory=list)  # in the file, unknown to the database
    chunks_short_of_vectors: list[int] = field(default_factory=list)  # a vector missing, damaged or no row
    duplicate_vectors: list[int] = field(default_factory=list)
    litter: list[Path] = field(default_factory=list)

    def vectors_need_writing(self) -> bool:
        return self.vectors is None or bool(
            self.vectors_without_rows or self.chunks_short_of_vectors or self.duplicate_vectors
        )


def check_index(
    folder: str | Path, repair: bool = False, *, sources: bool = True, embedder: object | None = None
) -> CheckReport:
    """Check that an index folder is whole and consistent; with `repair`, fix what can be fixed.

    Checks: the SQLite database's own integrity; config.json against this docsearch and against
    the vector file (dimension, one vector per chunk); every vector id has its chunk and every
    chunk its vector (no duplicates, unit length); the full-text table matches the chunks (FTS5
    'integrity-check'); every chunk and entity row points at an existing paragraph and every
    paragraph at its document. With `sources`, each document's file is hashed and compared with
    its recorded id (a changed or missing file is a warning: the index itself is still sound).

    Repair (under the writer lock, one transaction): drops orphan paragraph, chunk and entity
    rows; rebuilds the full-text table; removes vectors without chunks and duplicates;
    re-embeds chunks without a vector (or all of them when the vector file is lost) with the
    index's embedder; writes the result as a new vector generation; removes leftover files of
    interrupted runs. A damaged database or an index built with other settings cannot be
    repaired: the report says to rebuild.

    Args:
        folder: the index folder.
        repair: fix what can be fixed, then check again.
        sources: compare each document's source file with its recorded hash.
        embedder: the embedder to re-embed with (default: the index's, loaded when needed).

    Returns:
        CheckReport; `ok` is True when no problem remains.

    Raises:
        IndexNotFound: no index database at `folder`.
        IndexLocked: another process kept the writer lock for too long.
    """
    folder = Path(folder)
    db_path = folder / store.DB_NAME
    if not db_path.is_file():
        raise IndexNotFound(f"no index at {folder}; build one with: docsearch index PATH... --index {folder}")
    report = CheckReport(str(folder))
    lock = _lock(folder)
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = store.connect(db_path)
            conn.execute("BEGIN IMMEDIATE")
            findings = _inspect(folder, conn, report, sources=sources)
        except sqlite3.DatabaseError as exc:
            report.problems.append(f"the index database cannot be read ({exc}); {_rebuild_hint(folder)}")
            return report
        if repair:
            try:
                if _repairable(findings):
                    _repair(folder, conn, findings, report, embedder)
                    conn.execute("COMMIT")
                if findings.litter:
                    _remove_litter(folder, findings)
                    report.repaired.append(f"removed {len(findings.litter)} leftover file(s) of interrupted runs")
            except (OSError, sqlite3.OperationalError) as exc:
                raise _write_error(folder, exc) from exc
    finally:
        if conn is not None:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
        lock.release()
    if repair and report.repaired:
        again = check_index(folder, repair=False, sources=sources)
        again.repaired = report.repaired
        return again
    return report


def _rebuild_hint(folder: Path) -> str:
    return f"rebuild it with: docsearch index PATH... --index {folder} --rebuild"


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN])
    return shown + (", ..." if len(ids) > _SHOWN else "")


def _inspect(folder: Path, conn: sqlite3.Connection, report: CheckReport, *, sources: bool) -> _Findings:
    """Fill `report` with problems and warnings; return what repair would need."""
    found = _Findings()
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        found.database_damaged = True
        report.problems.append(
            f"the index database is damaged ({'; '.join(integrity[:3])}); {_rebuild_hint(folder)}"
        )
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    missing = [t for t in _TABLES if t not in tables]
    if missing:
        found.database_damaged = True
        report.problems.append(f"the index database lacks table(s) {', '.join(missing)}; {_rebuild_hint(folder)}")
        return found

    count = lambda sql: int(conn.execute(sql).fetchone()[0])
    report.counts = {
        "documents": count("SELECT count(*) FROM documents"),
        "paragraphs": count("SELECT count(*) FROM paragraphs"),
        "chunks": count("SELECT count(*) FROM chunks"),
        "vector rows": count("SELECT count(*) FROM vectors"),
        "entities": count("SELECT count(*) FROM entities"),
    }
    try:
        found.generation = int(store.get_meta(conn, "generation", "0") or 0)
    except ValueError:
        found.database_damaged = True
        report.problems.append(f"the index generation is not a number; {_rebuild_hint(folder)}")
        return found
    _check_config(folder, report, found)
    _check_rows(conn, report, found)
    _check_fts(conn, report, found)
    _check_vectors(folder, conn, report, found)
    _check_litter(folder, conn, report, found)
    if sources:
        _check_sources(conn, report)
    return found


def _check_config(folder: Path, report: CheckReport, found: _Findings) -> IndexConfig | None:
    try:
        config = read_config(folder)
    except FileNotFoundError:
        found.config_unusable = True
        report.problems.append(f"{folder / CONFIG_NAME} is missing; {_rebuild_hint(folder)}")
        return None
    except (OSError, ValueError, TypeError) as exc:
        found.config_unusable = True
        report.problems.append(f"{folder / CONFIG_NAME} cannot be read ({exc}); {_rebuild_hint(folder)}")
        return None
    found.dimension = config.dimension
    try:
        check_config(folder, config, expected_config(config))
    except IndexMismatch as exc:
        found.config_unusable = True
        report.problems.append(str(exc))
    return config


def _check_rows(conn: sqlite3.Connection, report: CheckReport, found: _Findings) -> None:
    count = lambda sql: int(conn.execute(sql).fetchone()[0])
    found.orphan_paragraphs = count(_ORPHAN_PARAGRAPHS.format(verb="SELECT count(*)"))
    found.orphan_chunks = count(_ORPHAN_CHUNKS.format(verb="SELECT count(*)"))
    found.orphan_entities = count(_ORPHAN_ENTITIES.format(verb="SELECT count(*)"))
    found.orphan_vector_rows = count(_ORPHAN_VECTOR_ROWS.format(verb="SELECT count(*)"))
    if found.orphan_paragraphs:
        report.problems.append(f"{found.orphan_paragraphs} paragraph row(s) belong to no document")
    if found.orphan_chunks:
        report.problems.append(f"{found.orphan_chunks} chunk row(s) point at no paragraph")
    if found.orphan_entities:
        report.problems.append(f"{found.orphan_entities} entity row(s) point at no paragraph")
    if found.orphan_vector_rows:
        report.problems.append(f"{found.orphan_vector_rows} vector row(s) point at no chunk")


_ORPHAN_PARAGRAPHS = """{verb} FROM paragraphs WHERE NOT EXISTS
    (SELECT 1 FROM documents d WHERE d.doc_id = paragraphs.doc_id)"""
_ORPHAN_CHUNKS = """{verb} FROM chunks WHERE NOT EXISTS
    (SELECT 1 FROM paragraphs p WHERE p.doc_id = chunks.doc_id AND p.ordinal = chunks.paragraph_ordinal)
    OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = chunks.doc_id)"""
_ORPHAN_ENTITIES = """{verb} FROM entities WHERE NOT EXISTS
    (SELECT 1 FROM paragraphs p WHERE p.doc_id = entities.doc_id AND p.ordinal = entities.paragraph_ordinal)
    OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = entities.doc_id)"""
_ORPHAN_VECTOR_ROWS = """{verb} FROM vectors WHERE NOT EXISTS
    (SELECT 1 FROM chunks c WHERE c.chunk_id = vectors.chunk_id)"""


def _check_fts(conn: sqlite3.Connection, report: CheckReport, found: _Findings) -> None:
    """FTS5's integrity check with rank 1 also compares the index with the external content table."""
    try:
        conn.execute("SAVEPOINT fts_check")
        conn.execute("INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        found.fts_mismatch = True
        report.problems.append(f"the full-text table does not match the chunks ({exc})")
    finally:
        conn.execute("ROLLBACK TO fts_check")
        conn.execute("RELEASE fts_check")


def _vector_rows(conn: sqlite3.Connection) -> dict[int, int]:
    """vector id -> chunk id for the vectors the database expects, orphans excluded."""
    return {
        int(v): int(c)
        for v, c in conn.execute("SELECT v.vector_id, v.chunk_id FROM vectors v JOIN chunks c USING (chunk_id)")
    }


def _check_vectors(folder: Path, conn: sqlite3.Connection, report: CheckReport, found: _Findings) -> None:
    path = folder / f"vectors.{found.generation}.faiss"
    rows = _vector_rows(conn)
    chunk_ids = {int(row[0]) for row in conn.execute("SELECT chunk_id FROM chunks")}
    unembedded = chunk_ids - set(rows.values())  # no vector row at all
    report.counts["vectors"] = 0
    if not path.exists():
        if chunk_ids or found.generation:
            report.problems.append(f"the vector file {path.name} named by the database is missing")
        else:
            found.vectors = FaissStore(found.dimension)
        found.chunks_short_of_vectors = sorted(chunk_ids)
        return
    try:
        vectors = FaissStore.load(path)
    except Exception as exc:  # noqa: BLE001 - faiss raises RuntimeError with its own text for any bad file
        report.problems.append(f"the vector file {path.name} cannot be read ({' '.join(str(exc).split())[:160]})")
        found.chunks_short_of_vectors = sorted(chunk_ids)
        return
    report.counts["vectors"] = vectors.size
    if vectors.dimension != found.dimension:
        report.problems.append(
            f"the vector file {path.name} holds {vectors.dimension}-dimensional vectors; "
            f"config.json says {found.dimension}"
        )
        found.chunks_short_of_vectors = sorted(chunk_ids)
        return
    found.vectors = vectors
    ids, matrix = vectors.arrays()
    unique, counts = np.unique(ids, return_counts=True)
    found.duplicate_vectors = unique[counts > 1].tolist()
    present = set(ids.tolist())
    found.vectors_without_rows = sorted(present - rows.keys())
    absent = rows.keys() - present
    norms = np.linalg.norm(matrix, axis=1) if len(matrix) else np.zeros(0)
    damaged = set(ids[~np.isfinite(norms) | (np.abs(norms - 1.0) > _UNIT_TOLERANCE)].tolist()) & rows.keys()
    found.chunks_short_of_vectors = sorted(unembedded | {rows[v] for v in absent | damaged})
    if vectors.size != len(rows):
        report.problems.append(
            f"the vector file holds {vectors.size} vectors; the database lists {len(rows)} for its "
            f"{len(chunk_ids)} chunks"
        )
    if found.vectors_without_rows:
        report.problems.append(
            f"{len(found.vectors_without_rows)} vector(s) belong to no chunk (ids {_ids(found.vectors_without_rows)})"
        )
    if absent:
        report.problems.append(f"{len(absent)} vector(s) listed in the database are missing from {path.name}")
    if unembedded:
        report.problems.append(f"{len(unembedded)} chunk(s) have no vector (ids {_ids(sorted(unembedded))})")
    if found.duplicate_vectors:
        report.problems.append(f"{len(found.duplicate_vectors)} vector id(s) are stored more than once")
    if damaged:
        report.problems.append(f"{len(damaged)} vector(s) are not unit length (NaN, zero or damaged)")
    stored = store.get_meta(conn, "vector_index")
    if stored and stored != vectors.spec.describe():
        report.problems.append(f"the database records a {stored} vector index; {path.name} is {vectors.spec.describe()}")


def _generation_of(path: Path) -> int | None:
    """The generation a vector file is named for ("vectors.3.faiss": 3), else None."""
    part = path.name.split(".")[1]
    return int(part) if part.isdigit() else None


def _check_litter(folder: Path, conn: sqlite3.Connection, report: CheckReport, found: _Findings) -> None:
    """Files an interrupted run leaves: harmless, but worth removing."""
    generation = found.generation
    for path in sorted(folder.glob("vectors.*.faiss*")):
        number = _generation_of(path)
        temp = ".tmp-" in path.name
        if temp or number is None or number > generation or number < generation - 1:
            found.litter.append(path)
    for staging in sorted(folder.parent.glob(f".{folder.name}.rebuild-*")):
        pid = staging.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and _process_alive(int(pid))):
            found.litter.append(staging)
    if found.litter:
        names = ", ".join(p.name for p in found.litter[:_SHOWN])
        report.warnings.append(
            f"{len(found.litter)} leftover file(s) of interrupted runs ({names}); --repair removes them"
        )


def _check_sources(conn: sqlite3.Connection, report: CheckReport) -> None:
    for row in conn.execute("SELECT doc_id, path FROM documents ORDER BY path"):
        path = Path(row["path"])
        try:
            digest = file_hash(path)
        except FileNotFoundError:
            report.warnings.append(f"{path}: source file is gone (the index still holds its text)")
            continue
        except OSError as exc:
            report.warnings.append(f"{path}: source file cannot be read ({exc.strerror or exc})")
            continue
        if digest != row["doc_id"]:
            report.warnings.append(f"{path}: source file changed since it was indexed; run docsearch index to update")


def _repairable(found: _Findings) -> bool:
    if found.database_damaged or found.config_unusable:
        return False
    return bool(
        found.fts_mismatch or found.orphan_paragraphs or found.orphan_chunks or found.orphan_entities
        or found.vectors_need_writing()
    )


def _repair(folder: Path, conn: sqlite3.Connection, found: _Findings, report: CheckReport, embedder: object) -> None:
    """Fix rows, full-text table and vectors inside the caller's open transaction."""
    for attribute, sql, what in (
        ("orphan_paragraphs", _ORPHAN_PARAGRAPHS, "paragraph row(s) of no document"),
        ("orphan_entities", _ORPHAN_ENTITIES, "entity row(s) pointing at no paragraph"),
        ("orphan_chunks", _ORPHAN_CHUNKS, "chunk row(s) pointing at no paragraph"),
    ):
        if getattr(found, attribute):
            conn.execute(sql.format(verb="DELETE"))
            report.repaired.append(f"removed {getattr(found, attribute)} {what}")
    orphan_rows = int(conn.execute(_ORPHAN_VECTOR_ROWS.format(verb="SELECT count(*)")).fetchone()[0])
    if orphan_rows:
        conn.execute(_ORPHAN_VECTOR_ROWS.format(verb="DELETE"))
        report.repaired.append(f"removed {orphan_rows} vector row(s) pointing at no chunk")
    if found.fts_mismatch or found.orphan_chunks:
        conn.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('rebuild')")
        report.repaired.append("rebuilt the full-text table from the chunks")
    vectors = found.vectors if found.vectors is not None else FaissStore(found.dimension)
    rows = _vector_rows(conn)  # after the deletions above
    chunk_ids = {int(row[0]) for row in conn.execute("SELECT chunk_id FROM chunks")}
    short = set(found.chunks_short_of_vectors) & chunk_ids
    strays = set(vectors.ids().tolist()) - rows.keys()
    # Vectors of no live chunk, and every vector of a chunk about to be embedded afresh, go.
    unwanted = strays | {v for v, c in rows.items() if c in short}
    if found.vectors is not None and not (unwanted or short or found.duplicate_vectors):
        return
    if found.duplicate_vectors:
        ids, matrix = vectors.arrays()
        keep: dict[int, np.ndarray] = {}
        for row, vector in enumerate(ids.tolist()):
            if vector in found.duplicate_vectors and vector not in unwanted:
                keep.setdefault(vector, matrix[row])
        vectors.remove(np.array(found.duplicate_vectors, dtype=np.int64))
        if keep:
            vectors.add(np.array(list(keep), dtype=np.int64), np.vstack(list(keep.values())))
        report.repaired.append(f"kept one copy of {len(found.duplicate_vectors)} vector id(s) stored more than once")
    vectors.remove(np.array(sorted(unwanted), dtype=np.int64))
    if strays:
        report.repaired.append(f"removed {len(strays)} vector(s) of no chunk")
    if short:
        if embedder is None:  # the encoder that built the index, as config.json says
            from .embed import load_embedder

            embedder = load_embedder(ENCODERS.get(read_config(folder).encoder, "auto"))
        count = _embed_into(vectors, conn, sorted(short), embedder)
        report.repaired.append(f"embedded {len(short)} chunk(s) short of vectors ({count} vector(s))")
    # past every vector file there is, so a leftover of an interrupted run is neither overwritten nor
    # taken for the new generation (and removed as litter after it)
    numbers = [n for n in map(_generation_of, folder.glob("vectors.*.faiss*")) if n is not None]
    found.generation = max([found.generation, *numbers]) + 1
    vectors.save(folder / f"vectors.{found.generation}.faiss")
    store.set_meta(conn, "generation", str(found.generation))
    report.repaired.append(f"wrote the vectors as generation {found.generation}")


def _embed_into(vectors: FaissStore, conn: sqlite3.Connection, chunk_ids: list[int], embedder: object) -> int:
    """Embed `chunk_ids` as the build does (every unit of each chunk), replacing their vector rows."""
    from .chunk import embedding_units

    if embedder is None:
        from .embed import load_embedder

        embedder = load_embedder("auto")
    if embedder.dimension != vectors.dimension:  # type: ignore[attr-defined]
        raise DocsearchError(
            f"the embedder gives {embedder.dimension}-dimensional vectors; the index holds "  # type: ignore[attr-defined]
            f"{vectors.dimension}: rebuild the index instead"
        )
    added = 0
    for start in range(0, len(chunk_ids), 500):
        ids = chunk_ids[start : start + 500]
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f'SELECT chunk_id, doc_id, paragraph_ordinal, chunk_index, text, start, "end", context '
            f"FROM chunks WHERE chunk_id IN ({marks})",
            ids,
        ).fetchall()
        owners: list[tuple[int, int]] = []
        texts: list[str] = []
        for r in rows:
            chunk = Chunk(r["doc_id"], r["paragraph_ordinal"], r["chunk_index"], r["text"], r["start"], r["end"],
                          r["context"])
            for unit, text in enumerate(embedding_units(chunk)):
                owners.append((store.vector_id(r["chunk_id"], unit), r["chunk_id"]))
                texts.append(text)
        conn.execute(f"DELETE FROM vectors WHERE chunk_id IN ({marks})", ids)
        conn.executemany("INSERT INTO vectors VALUES (?, ?)", owners)
        vectors.add(np.array([v for v, _ in owners], dtype=np.int64), embedder.encode(texts))  # type: ignore[attr-defined]
        added += len(owners)
    return added


def _remove_litter(folder: Path, found: _Findings) -> None:
    import shutil

    remove_old_vector_files(folder, found.generation)
    for path in found.litter:
        if path.name == f"vectors.{found.generation}.faiss":  # the generation the database names now
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def format_report(report: CheckReport) -> list[str]:
    """The report as lines for people: a verdict, then problems, warnings and repairs."""
    counts = ", ".join(f"{n} {name}" for name, n in report.counts.items())
    lines = [f"{report.folder}: {'sound' if report.ok else 'PROBLEMS FOUND'}" + (f" ({counts})" if counts else "")]
    lines += [f"repaired: {line}" for line in report.repaired]
    lines += [f"problem: {line}" for line in report.problems]
    lines += [f"warning: {line}" for line in report.warnings]
    if not report.ok and not report.repaired and not all("--rebuild" in line for line in report.problems):
        lines.append("run: docsearch check --repair to fix what can be fixed")
    return lines


def main(argv: list[str] | None = None) -> int:
    """`python -m docsearch.check [--index DIR] [--repair] [--json]` until the CLI has `docsearch check`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m docsearch.check", description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="indexes/default")
    parser.add_argument("--repair", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = check_index(args.index, repair=args.repair)
    except DocsearchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(format_report(report)))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
