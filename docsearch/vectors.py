"""The FAISS half of an index: normalised vectors keyed by stable int64 ids, exact while small.

An index starts exact: a flat inner-product index under ``IndexIDMap2``. When it holds more than
:data:`FLAT_MAX` vectors, :func:`fit_to_size` moves them into an inverted-file index (IVF, about
``4 * sqrt(n)`` lists) trained on them, compressed (SQ8, then PQ) only when the raw vectors would
exceed :data:`MEMORY_BUDGET`. It measures recall@10 against exact search on a sample of queries
and raises ``nprobe`` until :data:`TARGET_RECALL` is met; the choice and the figure go into
config.json (``vector_index``) and the index's meta table.

Two FAISS limits shape this module:

* ``IndexIDMap2`` around an IVF index breaks on removal: its ``remove_ids`` compacts its own id
  table as if the inner index renumbered its vectors, which IVF does not, so later results carry
  the wrong ids (faiss issues #1643, #4535, #4656). IVF indexes store the ids themselves
  (``add_with_ids``), with a hash-table direct map so ids can be removed and reconstructed.
* HNSW cannot remove vectors at all, so it is not used.
"""

from __future__ import annotations

import logging
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .faults import fault_point

log = logging.getLogger(__name__)

FLAT_DESCRIPTION = "IDMap2,Flat,IP"
FLAT_MAX = 100_000  # exact search of 100k x 384 floats takes ~10 ms a query on one core
MEMORY_BUDGET = 4 << 30  # bytes the stored vectors may take before they are compressed
TARGET_RECALL = 0.95
RECALL_K = 10
RECALL_QUERIES = 200
# Recall is measured with queries made from the stored vectors. A stored vector plus noise stays
# nearest its own cell and flatters IVF; the sum of three lies between topics as real questions do.
# On 21k real vectors of the default corpus (IVF580), the dev questions' recall@10 at nprobe
# 8/16/32/64 was 0.88/0.92/0.93/0.96, three-vector sums 0.89/0.93/0.98/0.99, vector plus noise
# 0.93/0.96/0.99/0.99. So queries are three-vector sums, and nprobe is doubled past the first that
# meets the target (FAISS is ~1% of a query's time at 1M paragraphs; SQLite is the rest).
QUERY_MIX = 3
NPROBE_HEADROOM = 2
RETRAIN_GROWTH = 4.0  # retrain once an IVF index holds this many times what it was trained for
TRAIN_POINTS_PER_LIST = 40  # k-means wants at least 39 per list
KMEANS_ITERATIONS = 10  # nprobe tuning makes up for a coarser quantiser; training dominates build time


class VectorStore(Protocol):
    """What the index needs from a vector store."""

    @property
    def size(self) -> int: ...

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None: ...

    def remove(self, ids: np.ndarray) -> None: ...

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...

    def save(self, path: Path) -> None: ...


@dataclass(frozen=True)
class VectorIndexSpec:
    """A kind of FAISS index: "flat", "ivf-flat", "ivf-sq8" or "ivf-pq" (with `pq_bytes` codes)."""

    kind: str = "flat"
    nlist: int = 0
    pq_bytes: int = 0

    def factory(self) -> str:
        """The faiss.index_factory string (metric: inner product)."""
        codes = {"ivf-flat": "Flat", "ivf-sq8": "SQ8", "ivf-pq": f"PQ{self.pq_bytes}"}
        return "Flat" if self.kind == "flat" else f"IVF{self.nlist},{codes[self.kind]}"

    def describe(self) -> str:
        """What config.json records, e.g. "IDMap2,Flat,IP" or "IVF1265,Flat,IP"."""
        return FLAT_DESCRIPTION if self.kind == "flat" else f"{self.factory()},IP"

    def bytes_per_vector(self, dimension: int) -> int:
        return {"flat": 4 * dimension, "ivf-flat": 4 * dimension, "ivf-sq8": dimension}.get(self.kind, self.pq_bytes)


def choose_spec(count: int, dimension: int, *, flat_max: int = FLAT_MAX,
                memory_budget: int = MEMORY_BUDGET) -> VectorIndexSpec:
    """The index kind for `count` vectors: flat up to `flat_max`, then IVF, compressed to fit the budget."""
    if count <= flat_max:
        return VectorIndexSpec()
    nlist = max(1, round(4 * math.sqrt(count)))
    if count * 4 * dimension <= memory_budget:
        return VectorIndexSpec("ivf-flat", nlist)
    if count * dimension <= memory_budget:
        return VectorIndexSpec("ivf-sq8", nlist)
    for divisor in (2, 4, 8, 16):
        if dimension % divisor == 0 and count * (dimension // divisor) <= memory_budget:
            return VectorIndexSpec("ivf-pq", nlist, dimension // divisor)
    return VectorIndexSpec("ivf-pq", nlist, max(1, dimension // 32))


@dataclass(frozen=True)
class VectorIndexReport:
    """What :func:`fit_to_size` built and how close to exact search it is."""

    description: str  # as recorded in config.json, e.g. "IVF1265,Flat,IP"
    count: int
    nprobe: int  # lists searched per query (0 for flat)
    recall_at_10: float  # share of exact top-10 ids found, over `queries` sample queries
    queries: int
    seconds: float  # training, adding and tuning

    def meta(self) -> dict[str, str]:
        """Key/value pairs for the index's meta table."""
        return {
            "vector_index": self.description, "vector_nprobe": str(self.nprobe),
            "vector_recall_at_10": f"{self.recall_at_10:.4f}", "vector_recall_queries": str(self.queries),
            "vector_index_count": str(self.count),
        }


class FaissStore:
    """Vectors under stable ids: exact (IDMap2 over flat) or IVF with its own ids; removals never renumber."""

    def __init__(self, dimension: int, index: Any = None) -> None:
        import faiss

        self.dimension = dimension
        self._index: Any = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))

    @classmethod
    def load(cls, path: Path) -> FaissStore:
        import faiss

        index = faiss.read_index(str(path))
        return cls(index.d, index)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @property
    def is_exact(self) -> bool:
        return self._ivf() is None

    def _ivf(self):
        """The IVF index, or None for the exact store."""
        import faiss

        return self._index if isinstance(self._index, faiss.IndexIVF) else None

    @property
    def spec(self) -> VectorIndexSpec:
        import faiss

        ivf = self._ivf()
        if ivf is None:
            return VectorIndexSpec()
        if isinstance(ivf, faiss.IndexIVFPQ):
            return VectorIndexSpec("ivf-pq", int(ivf.nlist), int(ivf.pq.M))
        if isinstance(ivf, faiss.IndexIVFScalarQuantizer):
            return VectorIndexSpec("ivf-sq8", int(ivf.nlist))
        return VectorIndexSpec("ivf-flat", int(ivf.nlist))

    @property
    def nprobe(self) -> int:
        """Lists searched per query (0 for exact search)."""
        ivf = self._ivf()
        return 0 if ivf is None else int(ivf.nprobe)

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        ivf = self._ivf()
        if ivf is not None:
            ivf.nprobe = max(1, min(int(value), int(ivf.nlist)))

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(
                np.ascontiguousarray(vectors, dtype=np.float32), np.ascontiguousarray(ids, dtype=np.int64)
            )

    def remove(self, ids: np.ndarray) -> None:
        import faiss

        if not len(ids):
            return
        ids = np.ascontiguousarray(ids, dtype=np.int64)
        if self._ivf() is None:
            self._index.remove_ids(ids)
        else:
            # The hash-table direct map accepts only an IDSelectorArray, and ids must be present.
            present = ids[np.isin(ids, self.ids())] if self.size else ids[:0]
            if len(present):
                self._index.remove_ids(faiss.IDSelectorArray(len(present), faiss.swig_ptr(present)))

    def ids(self) -> np.ndarray:
        """All stored ids (for integrity checks), in storage order."""
        import faiss

        ivf = self._ivf()
        if ivf is None:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        lists = ivf.invlists
        parts = [
            faiss.rev_swig_ptr(lists.get_ids(number), lists.list_size(number)).copy()
            for number in range(ivf.nlist) if lists.list_size(number)
        ]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Every stored id and its vector, in storage order (for integrity checks, repair and retraining).

        Vectors of a compressed (SQ8, PQ) store come back decoded, so approximately.
        """
        import faiss

        if self._ivf() is None:
            flat = faiss.downcast_index(self._index.index)
            vectors = flat.reconstruct_n(0, self.size) if self.size else np.zeros((0, self.dimension), np.float32)
            return self.ids(), np.asarray(vectors, dtype=np.float32)
        ids = self.ids()
        return ids, self.vectors_for(ids)

    def vectors_for(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of `ids` (each must be present)."""
        if not len(ids):
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._index.reconstruct_batch(np.ascontiguousarray(ids, dtype=np.int64)), dtype=np.float32)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and ids of the `k` nearest vectors to one query vector (ids -1 where fewer)."""
        scores, ids = self.search_many(query.reshape(1, -1), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def search_many(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(n, k) scores and ids for n query vectors; -1 ids where fewer than k are found."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros((len(queries), 0), dtype=np.float32), np.zeros((len(queries), 0), dtype=np.int64)
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def save(self, path: Path) -> None:
        """Write beside the target and rename into place, so a crash never leaves half a file."""
        import faiss

        tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
        try:
            # Serialised here and written by Python, so a full disk raises OSError(ENOSPC) with its
            # errno rather than faiss's RuntimeError carrying only a message.
            data = faiss.serialize_index(self._index)
            with open(tmp, "wb") as handle:
                handle.write(memoryview(data))  # type: ignore[arg-type]
                fault_point("write:vectors-temp")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk must not also keep half a file
            raise


def build_store(spec: VectorIndexSpec, ids: np.ndarray, vectors: np.ndarray, *, seed: int = 0) -> FaissStore:
    """A new store of kind `spec` holding `vectors` under `ids`, trained on a sample of them."""
    import faiss

    dimension = vectors.shape[1]
    if spec.kind == "flat":
        store = FaissStore(dimension)
        store.add(ids, vectors)
        return store
    index: Any = faiss.index_factory(dimension, spec.factory(), faiss.METRIC_INNER_PRODUCT)
    ivf = faiss.extract_index_ivf(index)
    ivf.cp.niter = KMEANS_ITERATIONS
    ivf.cp.seed = seed
    wanted = max(spec.nlist * TRAIN_POINTS_PER_LIST, 256 * 40 if spec.kind == "ivf-pq" else 0)
    rows = np.random.default_rng(seed).choice(len(vectors), size=min(len(vectors), wanted), replace=False)
    index.train(np.ascontiguousarray(vectors[np.sort(rows)], dtype=np.float32))
    index.set_direct_map_type(faiss.DirectMap.Hashtable)  # type: ignore[attr-defined]
    store = FaissStore(dimension, index)
    step = 100_000
    for start in range(0, len(ids), step):
        store.add(ids[start : start + step], vectors[start : start + step])
    return store


def recall_queries(vectors: np.ndarray, count: int = RECALL_QUERIES, seed: int = 0) -> np.ndarray:
    """Queries between topics, as questions are: each the normalised sum of QUERY_MIX random stored vectors."""
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, len(vectors), size=(min(count, len(vectors)), QUERY_MIX))
    queries = vectors[rows].sum(axis=1)
    return (queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def exact_neighbours(ids: np.ndarray, vectors: np.ndarray, queries: np.ndarray, k: int = RECALL_K) -> np.ndarray:
    """The exact top-`k` ids for each query: brute-force inner product, a block of rows at a time."""
    k = min(k, len(ids))
    best_scores = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    best_rows = np.zeros((len(queries), 0), dtype=np.int64)
    block = 200_000
    for start in range(0, len(vectors), block):
        scores = queries @ vectors[start : start + block].T
        top = np.argpartition(-scores, min(k, scores.shape[1] - 1), axis=1)[:, :k]
        best_scores = np.hstack([best_scores, np.take_along_axis(scores, top, axis=1)])
        best_rows = np.hstack([best_rows, top + start])
        keep = np.argsort(-best_scores, axis=1, kind="stable")[:, :k]
        best_scores = np.take_along_axis(best_scores, keep, axis=1)
        best_rows = np.take_along_axis(best_rows, keep, axis=1)
    return ids[best_rows]


def measure_recall(store: FaissStore, queries: np.ndarray, truth: np.ndarray) -> float:
    """Share of the exact top-k ids (`truth`, one row per query) that `store` returns in its top k."""
    _, found = store.search_many(queries, truth.shape[1])
    hits = sum(len(np.intersect1d(row, expected)) for row, expected in zip(found, truth))
    return hits / truth.size if truth.size else 1.0


def tune_nprobe(store: FaissStore, queries: np.ndarray, truth: np.ndarray,
                target: float = TARGET_RECALL) -> tuple[int, float]:
    """Double nprobe from 1 until recall meets `target`, then by NPROBE_HEADROOM; sets it, returns it and the recall."""
    if store.is_exact:
        return 0, 1.0
    nlist = store.spec.nlist
    nprobe = 1
    while True:
        store.nprobe = nprobe
        recall = measure_recall(store, queries, truth)
        if recall >= target or nprobe >= nlist:
            break
        nprobe = min(nprobe * 2, nlist)
    if nprobe < nlist and NPROBE_HEADROOM > 1:
        store.nprobe = nprobe * NPROBE_HEADROOM
        recall = measure_recall(store, queries, truth)
    return store.nprobe, recall


def fit_to_size(
    store: FaissStore,
    *,
    flat_max: int | None = None,
    memory_budget: int | None = None,
    target: float = TARGET_RECALL,
    seed: int = 0,
) -> tuple[FaissStore, VectorIndexReport | None]:
    """The store to save for its current size: `store` itself, or a rebuilt one and what was measured.

    Rebuilds when a flat store passes `flat_max` (default FLAT_MAX); when an IVF store has grown
    `RETRAIN_GROWTH` times past what it was trained for, shrunk below half of `flat_max`, or needs
    compressing to fit `memory_budget` (default MEMORY_BUDGET).
    """
    flat_max = FLAT_MAX if flat_max is None else flat_max
    memory_budget = MEMORY_BUDGET if memory_budget is None else memory_budget
    current = store.spec
    wanted = choose_spec(store.size, store.dimension, flat_max=flat_max, memory_budget=memory_budget)
    if current.kind == "flat":
        rebuild = wanted.kind != "flat"
    elif store.size <= flat_max // 2:
        rebuild, wanted = True, VectorIndexSpec()
    else:
        rebuild = wanted.kind != current.kind or wanted.nlist >= current.nlist * math.sqrt(RETRAIN_GROWTH)
    if not rebuild:
        return store, None
    started = time.perf_counter()
    ids, vectors = store.arrays()
    fresh = build_store(wanted, ids, vectors, seed=seed)
    queries = recall_queries(vectors, seed=seed)
    nprobe, recall = tune_nprobe(fresh, queries, exact_neighbours(ids, vectors, queries), target)
    report = VectorIndexReport(wanted.describe(), fresh.size, nprobe, recall, len(queries),
                               time.perf_counter() - started)
    if recall < target:
        log.warning("%s reaches recall@10 %.3f with every list searched (target %.2f)",
                    report.description, recall, target)
    log.info("vector index now %s (nprobe %d, recall@10 %.3f over %d queries, %.1f s)",
             report.description, nprobe, recall, len(queries), report.seconds)
    return fresh, report
