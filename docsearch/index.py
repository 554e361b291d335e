"""An index on disk: open it, keep it current as papers arrive, rebuild it safely."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import store
from .config import CONFIG_NAME, ENCODERS, IndexConfig, check_config, expected_config, read_config, write_config
from .errors import DocsearchError, IndexError_, IndexLocked, IndexMismatch, IndexNotFound, UnreadableDocument
from .faults import fault_point
from .models import Answer, Document, Hit, Paragraph, Part
from .vectors import FaissStore, fit_to_size

if TYPE_CHECKING:
    from .pipeline import ProcessedBatch

log = logging.getLogger(__name__)

LOCK_WAIT_SECONDS = 10.0
DOCUMENTS_PER_COMMIT = 50

Progress = Callable[[str, int], object]  # (stage, total) -> a tqdm-like bar with update()/close()
Processor = Callable[..., "ProcessedBatch"]  # (files, *, password, progress, max_words, encoder) -> ProcessedBatch


class IndexWriteError(IndexError_):
    """A write to the index failed (disk full, I/O error); the previous state was kept."""


def _write_error(folder: Path, exc: BaseException) -> IndexWriteError:
    """One line saying what went wrong while writing, and that nothing was half-written."""
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    )
    if full:
        what = "disk full"
    else:
        what = f"could not write ({exc.strerror if isinstance(exc, OSError) and exc.strerror else exc})"
    return IndexWriteError(f"{what} while writing the index at {folder}; the previous index is unchanged")


def _connect(db_path: Path) -> sqlite3.Connection:
    """store.connect, with SQLite's failures (a full disk, a damaged file) said in one line."""
    try:
        return store.connect(db_path)
    except sqlite3.Error as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise IndexError_(
                f"the index database {db_path} is damaged ({exc}); rebuild the index: "
                f"docsearch index PATH... --index {db_path.parent} --rebuild"
            ) from exc
        raise IndexError_(
            f"cannot open the index database {db_path} ({exc}); check the disk has room, "
            "then run: docsearch check"
        ) from exc


@dataclass
class UpdateReport:
    """What an index run did: counts and the reason for every failed file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # about the index as a whole

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added), "updated": len(self.updated), "removed": len(self.removed),
            "unchanged": len(self.unchanged), "failed": len(self.failed),
        }


def file_hash(path: Path) -> str:
    """The document id: sha256 of the file's bytes, first 16 hex characters."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _load_vectors(path: Path) -> FaissStore:
    """The vector file at `path`; a damaged one is an error saying how to mend it."""
    try:
        return FaissStore.load(path)
    except RuntimeError as exc:  # faiss's reader on a truncated or overwritten file
        raise IndexError_(
            f"{path.parent}: the vector file {path.name} is damaged; "
            f"run: docsearch check --index {path.parent} --repair") from exc


def _lock(folder: Path):
    """An exclusive writer lock beside the index folder (it survives the rebuild swap)."""
    from filelock import FileLock, Timeout

    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder.parent / f".{folder.name}.lock"))
    try:
        lock.acquire(timeout=LOCK_WAIT_SECONDS)
    except Timeout as exc:
        raise IndexLocked(
            f"another docsearch process is writing to {folder}; waited {LOCK_WAIT_SECONDS:.0f} s. "
            "Try again when it has finished."
        ) from exc
    return lock


class Index:
    """An open index folder: search it, ask it, and update it with new papers."""

    def __init__(self, folder: Path, *, _create: bool = False, encoder: str | None = None) -> None:
        self.folder = Path(folder)
        if encoder is not None and encoder not in ENCODERS:
            raise IndexMismatch(f"unknown encoder {encoder!r}; choose one of {', '.join(ENCODERS)}")
        self.config = IndexConfig(encoder=encoder or "fp32")
        db_path = self.folder / store.DB_NAME
        if _create:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = _connect(db_path)
            store.create_schema(conn)
            if store.get_meta(conn, "generation") is None:
                conn.execute("BEGIN IMMEDIATE")
                store.set_meta(conn, "generation", "0")
                store.set_meta(conn, "created_at", _now())
                conn.execute("COMMIT")
            conn.close()
            if not (self.folder / CONFIG_NAME).exists():
                write_config(self.folder, self.config)
        if not db_path.exists() or not (self.folder / CONFIG_NAME).exists():
            raise IndexNotFound(
                f"no index at {self.folder}; build one with: docsearch index PATH... --index {self.folder}"
            )
        try:
            found = read_config(self.folder)
        except (OSError, ValueError, TypeError) as exc:
            raise IndexError_(
                f"{self.folder / CONFIG_NAME} cannot be read ({exc}); rebuild the index: "
                f"docsearch index PATH... --index {self.folder} --rebuild") from exc
        if encoder is not None and found.encoder != encoder:
            raise IndexMismatch(
                f"{self.folder} was built with the {found.encoder} encoder, not {encoder}; to change it, "
                f"rebuild: docsearch index PATH... --index {self.folder} --rebuild --encoder {encoder}"
            )
        self.config = expected_config(found)
        check_config(self.folder, found, self.config)
        self._db_path = db_path
        self._conn = _connect(db_path)
        self._inode = os.stat(db_path).st_ino
        self._vectors: FaissStore | None = None
        self._generation: str | None = None
        self._embedder = None
        self._names: store.DocumentNames | None = None
        self._names_key: tuple[int, str] | None = None

    # -- reading -----------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    def _refresh(self) -> None:
        """Follow a rebuild that swapped a new folder in since this index was opened."""
        try:
            inode = os.stat(self._db_path).st_ino
        except FileNotFoundError:
            return
        if inode != self._inode:
            self._conn.close()
            self._conn = _connect(self._db_path)
            self._inode = inode
            self._vectors, self._generation = None, None

    def vectors(self) -> FaissStore:
        """The vector store matching the database snapshot the caller is reading (call inside read())."""
        generation = store.get_meta(self._conn, "generation", "0")
        if self._vectors is None or generation != self._generation:
            path = self.folder / f"vectors.{generation}.faiss"
            if path.exists():
                self._vectors = _load_vectors(path)
            elif generation == "0":  # nothing committed yet
                self._vectors = FaissStore(self.config.dimension)
            else:
                raise IndexError_(
                    f"{self.folder}: the vector file {path.name} is missing; "
                    f"run: docsearch check --index {self.folder} --repair"
                )
            self._generation = generation
        return self._vectors

    def document_names(self) -> store.DocumentNames:
        """The words of each document's title and body (call inside read()).

        Kept until the index changes (search.named_documents looks phrases up for every query).
        """
        key = (self._inode, store.get_meta(self._conn, "generation", "0"))
        if self._names is None or self._names_key != key:
            self._names, self._names_key = store.DocumentNames.load(self._conn), key
        return self._names

    def read(self):
        """A consistent read snapshot: `with index.read(): ...` sees one committed state."""
        return _ReadSnapshot(self)

    @property
    def embedder(self):
        if self._embedder is None:
            from .embed import load_embedder

            self._embedder = load_embedder(ENCODERS[self.config.encoder])
        return self._embedder

    def search(self, query: str, k: int = 10, **filters: object) -> list[Hit]:
        """The `k` best cited passages for `query`, best first. Filters: see search.Filters."""
        from .search import Filters, search

        return search(self, query, k=k, filters=Filters.from_kwargs(**filters))

    def ask(self, question: str, k: int = 5, **filters: object) -> Answer:
        """A short answer made of sentences from the documents, each with its citation."""
        from .answer import answer

        return answer(self, question, k=k, **filters)

    def documents(self) -> list[Document]:
        rows = self._conn.execute("SELECT * FROM documents ORDER BY date, title").fetchall()
        return [store.row_to_document(r) for r in rows]

    def parts(self) -> dict[str, list[Part]]:
        """Each agenda pack's items with the PDF pages their papers take, by document id."""
        if not store.has_column(self._conn, "paragraphs", "part"):
            return {}  # an index built before packs' items were read
        rows = self._conn.execute(
            "SELECT doc_id, part, min(json_extract(pages, '$[0]')), max(json_extract(pages, '$[#-1]')) "
            "FROM paragraphs WHERE part IS NOT NULL GROUP BY doc_id, part ORDER BY doc_id, min(ordinal)"
        ).fetchall()
        found: dict[str, list[Part]] = {}
        for doc_id, title, first, last in rows:
            found.setdefault(doc_id, []).append(Part(first, last, title))
        return found

    def document(self, doc_id: str) -> Document | None:
        row = self._conn.execute(
            "SELECT * FROM documents WHERE doc_id = ? OR doc_id LIKE ?", (doc_id, doc_id + "%")
        ).fetchone()
        return store.row_to_document(row) if row else None

    def paragraphs(self, doc_id: str, start: int = 0, stop: int | None = None) -> list[Paragraph]:
        """Paragraphs of one document with ordinals in [start, stop), with their entities."""
        stop = stop if stop is not None else 1 << 62
        rows = self._conn.execute(
            "SELECT * FROM paragraphs WHERE doc_id = ? AND ordinal >= ? AND ordinal < ? ORDER BY ordinal",
            (doc_id, start, stop),
        ).fetchall()
        out = []
        for row in rows:
            entities = self._conn.execute(
                "SELECT * FROM entities WHERE doc_id = ? AND paragraph_ordinal = ? ORDER BY start",
                (doc_id, row["ordinal"]),
            ).fetchall()
            out.append(store.row_to_paragraph(row, [store.row_to_entity(e) for e in entities]))
        return out

    def stats(self) -> dict[str, object]:
        count = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        with self.read():
            vectors = self.vectors().size
            return {
                "index": str(self.folder),
                "documents": count("SELECT count(*) FROM documents"),
                "paragraphs": count("SELECT count(*) FROM paragraphs"),
                "chunks": count("SELECT count(*) FROM chunks"),
                "entities": count("SELECT count(*) FROM entities"),
                "vectors": vectors,
                "failed": count("SELECT count(*) FROM failures"),
                "pages": count("SELECT coalesce(sum(page_count), 0) FROM documents"),
                "built_at": store.get_meta(self._conn, "built_at"),
                "embedding_model": self.config.embedding_model,
                "encoder": self.config.encoder,
                # the oldest reader that read a paper still in the index (0: before readers were versioned)
                "reader_version": int(store.get_meta(self._conn, "reader_version") or 0),
            }

    def failures(self) -> dict[str, str]:
        return {r["path"]: r["reason"] for r in self._conn.execute("SELECT path, reason FROM failures")}

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def update(
        self,
        paths: Iterable[str | Path],
        *,
        remove_missing: bool = False,
        password: str | None = None,
        progress: Progress | None = None,
        processor: Processor | None = None,
    ) -> UpdateReport:
        """Add or replace the documents at `paths` (files or folders); only new or changed files are read.

        `processor` reads, tags and embeds each batch of files (default: pipeline.process_files
        here; distributed.ray_processor() spreads it over a Ray cluster). It is called as
        ``processor(files, password=..., progress=..., max_words=..., encoder=...)`` with the
        index's settings, and returns a pipeline.ProcessedBatch.

        With `remove_missing`, documents that were indexed from under a given folder and are gone
        from disk are removed too (the CLI's `docsearch index FOLDER` does this). Files that fail are
        recorded with their reason and tried again on the next run; the rest are indexed.
        """
        from .extract import READER_VERSION, iter_document_files

        paths = [Path(p) for p in paths]
        report = UpdateReport()
        lock = _lock(self.folder)
        try:
            skipped: list[tuple[Path, str]] = []
            files = [f.resolve() for f in iter_document_files(paths, skipped=skipped)]
            for path, reason in skipped:
                report.warnings.setdefault(str(path.absolute()), []).append(reason)
            if not files:
                report.notices.append(
                    f"no document files (PDF, HTML, text, Markdown) in {', '.join(str(p) for p in paths)}")
            known = {
                r["path"]: r["doc_id"] for r in self._conn.execute("SELECT path, doc_id FROM documents")
            }
            todo: list[tuple[Path, str]] = []
            seen_ids: dict[str, str] = {}
            for file in files:
                try:
                    doc_id = file_hash(file)
                except OSError as exc:
                    report.failed[str(file)] = f"cannot read file: {exc.strerror or exc}"
                    continue
                if doc_id in seen_ids:
                    report.warnings.setdefault(str(file), []).append(f"same content as {seen_ids[doc_id]}; skipped")
                    continue
                seen_ids[doc_id] = str(file)
                if known.get(str(file)) == doc_id:
                    report.unchanged.append(str(file))
                else:
                    todo.append((file, doc_id))
            gone: list[str] = []
            if remove_missing:
                folders = [p.resolve() for p in paths if p.is_dir()]
                on_disk = {str(f) for f in files}
                gone = [
                    path for path in known
                    if path not in on_disk and any(Path(path).is_relative_to(d) for d in folders)
                    and not Path(path).exists()
                ]
            fault_point("scan:listed")
            read_by = int(store.get_meta(self._conn, "reader_version") or (0 if known else READER_VERSION))
            read_now = {str(file) for file, _ in todo} | set(gone)
            kept = [path for path in known if path not in read_now]  # indexed papers this run does not read
            if read_by < READER_VERSION and kept:
                report.notices.append(
                    f"{len(kept)} indexed file(s) were read by an older docsearch reader (version {read_by}, now "
                    f"{READER_VERSION}); `docsearch index PATH... --rebuild` reads everything again")
            self._reader_version = min(read_by, READER_VERSION) if kept else READER_VERSION
            self._apply(todo, gone, known, report, password=password, progress=progress, processor=processor)
        finally:
            lock.release()
        return report

    def _apply(
        self,
        todo: Sequence[tuple[Path, str]],
        gone: Sequence[str],
        known: dict[str, str],
        report: UpdateReport,
        *,
        password: str | None,
        progress: Progress | None,
        processor: Processor | None = None,
    ) -> None:
        from .pipeline import process_files

        if processor is None:
            processor = lambda files, encoder, **options: process_files(files, self.embedder, **options)  # noqa: E731
        if gone:
            self._commit([], gone, known, report)
        for batch_start in range(0, len(todo), DOCUMENTS_PER_COMMIT):
            batch = todo[batch_start : batch_start + DOCUMENTS_PER_COMMIT]
            processed = processor(batch, password=password, progress=progress, max_words=self.config.max_words,
                                  encoder=self.config.encoder)
            for path, reason in processed.failed.items():
                report.failed[path] = reason
            for path, warnings in processed.warnings.items():
                report.warnings.setdefault(path, []).extend(warnings)
            self._commit(processed.documents, [], known, report, failed=processed.failed)

    def _commit(self, documents, gone, known, report: UpdateReport, failed: dict[str, str] | None = None) -> None:
        """Write one batch in a single transaction, with a new vector file named by that transaction."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            fault_point("write:begin")
            generation = int(store.get_meta(conn, "generation", "0"))
            vectors = self._load_vectors_for_write(generation)
            for path in gone:
                vectors.remove(np.array(store.delete_document(conn, known[path]), dtype=np.int64))
                conn.execute("DELETE FROM failures WHERE path = ?", (path,))
                report.removed.append(path)
            if gone:
                fault_point("write:removed")
            for item in documents:
                doc = item.document
                old_id = known.get(doc.path)
                for stale in {old_id, doc.doc_id} - {None}:
                    vectors.remove(np.array(store.delete_document(conn, stale), dtype=np.int64))
                store.insert_document(conn, doc, item.paragraphs, item.chunks, vector_owners=item.vector_owners,
                                      size=item.size, mtime=item.mtime, indexed_at=_now())
                vectors.add(item.vector_ids, item.vectors)
                conn.execute("DELETE FROM failures WHERE path = ?", (doc.path,))
                (report.updated if old_id else report.added).append(doc.path)
                fault_point("write:document")
            for path, reason in (failed or {}).items():
                conn.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)", (path, reason, None, _now()))
            new_generation = generation + 1
            vectors, vector_index = fit_to_size(vectors)  # exact while small, IVF past FLAT_MAX
            if vector_index is not None:
                for key, value in vector_index.meta().items():
                    store.set_meta(conn, key, value)
            vectors.save(self.folder / f"vectors.{new_generation}.faiss")
            fault_point("write:vectors-saved")
            store.set_meta(conn, "generation", str(new_generation))
            store.set_meta(conn, "built_at", _now())
            store.set_meta(conn, "reader_version", str(self._reader_version))
            fault_point("write:before-commit")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may already have rolled back (e.g. on SQLITE_FULL)
                conn.execute("ROLLBACK")
            if isinstance(exc, (OSError, sqlite3.OperationalError)):
                raise _write_error(self.folder, exc) from exc
            raise
        fault_point("write:committed")
        self._vectors, self._generation = vectors, str(new_generation)
        if vector_index is not None:
            self.config = replace(self.config, vector_index=vector_index.description)
            write_config(self.folder, self.config)
        remove_old_vector_files(self.folder, new_generation)

    def _load_vectors_for_write(self, generation: int) -> FaissStore:
        path = self.folder / f"vectors.{generation}.faiss"
        return _load_vectors(path) if path.exists() else FaissStore(self.config.dimension)


def remove_old_vector_files(folder: Path, generation: int) -> None:
    """Keep the current and the previous vector file (a reader may still be loading it).

    Call with the writer lock held: temp files of interrupted writes are removed too.
    """
    for path in folder.glob("vectors.*.faiss"):
        try:
            number = int(path.name.split(".")[1])
        except ValueError:
            continue
        if number < generation - 1:
            path.unlink(missing_ok=True)
    for path in folder.glob("vectors.*.faiss.tmp-*"):
        path.unlink(missing_ok=True)


class _ReadSnapshot:
    def __init__(self, index: Index) -> None:
        self.index = index

    def __enter__(self) -> Index:
        self.index._refresh()
        self.index.conn.execute("BEGIN")
        return self.index

    def __exit__(self, *exc: object) -> None:
        self.index.conn.execute("COMMIT")


def open_index(folder: str | Path) -> Index:
    """Open an existing index folder for searching (raises IndexNotFound or IndexMismatch)."""
    return Index(Path(folder))


def build_index(
    paths: Iterable[str | Path],
    folder: str | Path,
    *,
    rebuild: bool = False,
    password: str | None = None,
    progress: Progress | None = None,
    processor: Processor | None = None,
    ray_address: str | None = None,
    encoder: str | None = None,
) -> tuple[Index, UpdateReport]:
    """Index `paths` into `folder`, creating it if needed; only new or changed files are read.

    With `rebuild`, a fresh index is built beside the old one and swapped in at the end, so an
    interrupted rebuild leaves the old index in place. With `ray_address` ("local" for Ray on this
    machine, "auto" or an address for a cluster) files are processed on Ray workers. `encoder`
    ("fp32", the default for a new index, or "int8") is recorded in config.json; an existing
    index keeps its own unless rebuilt with another.
    """
    folder = Path(folder)
    paths = list(paths)
    if ray_address is not None and processor is None:
        from .distributed import ray_processor

        processor = ray_processor(ray_address)
    if not rebuild:
        index = Index(folder, _create=True, encoder=encoder)
        return index, index.update(paths, remove_missing=True, password=password, progress=progress,
                                   processor=processor)
    staging = folder.parent / f".{folder.name}.rebuild-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    _remove_abandoned_rebuilds(folder)
    try:
        fresh = Index(staging, _create=True, encoder=encoder or _current_encoder(folder))
        try:
            report = fresh.update(paths, remove_missing=True, password=password, progress=progress,
                                  processor=processor)
        finally:
            fresh.close()
        fault_point("rebuild:staged")
        lock = _lock(folder)
        try:
            fault_point("swap:locked")
            _swap_in(staging, folder)
        finally:
            lock.release()
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # the old index is still in place
        raise
    finally:
        Path(staging.parent / f".{staging.name}.lock").unlink(missing_ok=True)
    return Index(folder), report


def _current_encoder(folder: Path) -> str | None:
    """The encoder an existing index was built with (a rebuild keeps it), None if there is none."""
    try:
        found = read_config(folder).encoder
    except (OSError, ValueError, TypeError):
        return None
    return found if found in ENCODERS else None


def _remove_abandoned_rebuilds(folder: Path) -> None:
    """Delete staging folders of rebuilds whose process has died (a running one is left alone)."""
    for stale in folder.parent.glob(f".{folder.name}.rebuild-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and _process_alive(int(pid)):
            continue
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        Path(stale.parent / f".{stale.name}.lock").unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap_in(staging: Path, folder: Path) -> None:
    """Put `staging` where `folder` is, atomically where the OS allows, and remove the old one."""
    if not folder.exists():
        os.rename(staging, folder)
        return
    if _exchange(staging, folder):
        fault_point("swap:exchanged")
        shutil.rmtree(staging, ignore_errors=True)  # now holds the old index
        return
    old = folder.parent / f".{folder.name}.old-{os.getpid()}"
    os.rename(folder, old)
    os.rename(staging, folder)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux renameat2(RENAME_EXCHANGE); False where unsupported."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


__all__ = ["Index", "IndexWriteError", "UpdateReport", "open_index", "build_index", "DocsearchError", "UnreadableDocument"]
