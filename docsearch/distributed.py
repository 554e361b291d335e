"""Build on a Ray cluster: files read, tagged, chunked and embedded by worker actors that keep the models loaded.

    from docsearch import build_index
    index, report = build_index(["papers/"], "idx", ray_address="auto")  # an existing cluster
    index, report = build_index(["papers/"], "idx", ray_address="local")  # Ray on this machine

Each worker is a Ray actor holding one embedder and the spaCy pipeline; it runs
:func:`docsearch.pipeline.process_files` on one file at a time, so the result is the one a local
build gives (the same documents, paragraphs, entities and, within float rounding, vectors). The
driver hands out files as workers come free and writes to the index itself, so the index format
and its single-writer commits are unchanged.

Workers read the papers by path: every worker must see them at the same path (a shared
filesystem), and must have docsearch and its models installed. A file a worker cannot read is
reported like any other failed file. A worker that dies (killed, out of memory) is replaced and
its file read again once on another worker; a file that kills its worker twice is reported failed.

Ray Data's ``map_batches`` with an actor pool was the other way to do this. Plain actors were
chosen because failures are per file here: a task error in Ray Data fails the dataset (or is
dropped, with ``max_errored_blocks``) rather than coming back as one file's reason.
"""

from __future__ import annotations

import logging
import os
import socket
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from .config import ENCODERS
from .errors import DocsearchError
from .index import Processor
from .pipeline import ProcessedBatch

log = logging.getLogger(__name__)

RAY_REQUIREMENT = "ray[data]==2.60.0"
MAX_ATTEMPTS = 2  # a file whose worker dies is read once more; a second death fails the file
FORWARDED_ENVIRONMENT = ("DOCSEARCH_CACHE", "DOCSEARCH_FAULT")


class RayUnavailable(DocsearchError):
    """Ray is not installed, the cluster cannot be reached, or its workers cannot load the models."""


class FileWorker:
    """One Ray worker: the models loaded once, then files processed one at a time."""

    def __init__(self, embedder_kind: str = "auto", threads: int | None = 1) -> None:
        from .embed import load_embedder
        from .pipeline import entity_pipeline

        self._embedder = load_embedder(embedder_kind, threads=threads)
        entity_pipeline()
        self.host = socket.gethostname()

    def describe(self) -> dict[str, object]:
        """What this worker runs: host, process id, embedding model and dimension."""
        return {"host": self.host, "pid": os.getpid(), "model": self._embedder.model_name,
                "dimension": self._embedder.dimension}

    def process(self, path: str, doc_id: str, password: str | None, max_words: int) -> ProcessedBatch:
        """process_files on one file, or its failure if this worker cannot see the file."""
        from .pipeline import process_files

        file = Path(path)
        if not file.exists():
            reason = (f"{file.name}: not found on Ray worker {self.host} at {path}; put the papers on a "
                      "filesystem every worker mounts at the same path")
            return ProcessedBatch(failed={path: reason})
        return process_files([(file, doc_id)], self._embedder, password=password, max_words=max_words)


def _connect(address: str | None) -> bool:
    """Join the cluster at `address`, or start Ray on this machine; True if this call started it."""
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(f"Ray is not installed; run: pip install '{RAY_REQUIREMENT}'") from exc
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        if address in (None, "local"):
            # Loopback only: a local build needs no network, and sends nothing off this machine.
            ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1", configure_logging=False)
        else:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
    except Exception as exc:  # Ray raises ConnectionError, RuntimeError and others here
        raise RayUnavailable(f"cannot start or reach Ray at {address or 'this machine'}: {exc}") from exc
    return True


class WorkerPool:
    """Actors on the cluster, one per CPU unless told otherwise, replaced when one dies."""

    def __init__(self, address: str | None = None, *, workers: int | None = None,
                 embedder_kind: str = "auto") -> None:
        import ray

        self.address = address
        self.started_ray = _connect(address)  # a later pool reusing this Ray instance did not start it
        self.embedder_kind = embedder_kind
        self._actor_class = ray.remote(num_cpus=1, max_restarts=0)(FileWorker)
        count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.actors = [self._start() for _ in range(count)]
        try:
            self.workers = ray.get([actor.describe.remote() for actor in self.actors])
        except Exception as exc:
            self.close()
            raise RayUnavailable(f"Ray workers could not load the models: {exc}") from exc
        log.info("%d Ray workers on %s", len(self.actors), sorted({w["host"] for w in self.workers}))

    def _start(self):
        environment = {name: os.environ[name] for name in FORWARDED_ENVIRONMENT if name in os.environ}
        if self.address in (None, "local"):
            # Local workers import docsearch from wherever this process did.
            package_parent = str(Path(__file__).resolve().parent.parent)
            environment["PYTHONPATH"] = os.pathsep.join(
                p for p in (package_parent, os.environ.get("PYTHONPATH", "")) if p
            )
        options = {"runtime_env": {"env_vars": environment}} if environment else {}
        return self._actor_class.options(**options).remote(self.embedder_kind, 1)

    def process(
        self,
        files: Sequence[tuple[Path, str]],
        *,
        password: str | None = None,
        max_words: int = 200,
        progress=None,
    ) -> ProcessedBatch:
        """Process `files` on the workers; the batch comes back in the order of `files`."""
        import ray
        from ray.exceptions import RayActorError, RayTaskError

        results: dict[str, ProcessedBatch] = {}
        warnings: dict[str, list[str]] = {}
        pending = deque((str(path), doc_id, 1) for path, doc_id in files)
        idle = list(self.actors)
        running: dict[object, tuple[object, str, str, int]] = {}
        bar = progress("processing on Ray", len(files)) if progress else None
        while pending or running:
            while idle and pending:
                actor = idle.pop()
                path, doc_id, attempt = pending.popleft()
                running[actor.process.remote(path, doc_id, password, max_words)] = (actor, path, doc_id, attempt)
            ready, _ = ray.wait(list(running), num_returns=1)
            actor, path, doc_id, attempt = running.pop(ready[0])
            name = Path(path).name
            try:
                results[path] = ray.get(ready[0])
            except RayActorError as exc:
                idle.append(self._replace(actor))
                cause = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                if attempt < MAX_ATTEMPTS:
                    log.warning("Ray worker died while processing %s (%s); trying another", path, cause)
                    warnings.setdefault(path, []).append(
                        f"the Ray worker processing it died ({type(exc).__name__}); it was read again on another"
                    )
                    pending.appendleft((path, doc_id, attempt + 1))
                    continue
                results[path] = ProcessedBatch(failed={path: (
                    f"{name}: the Ray worker processing it died {attempt} times ({type(exc).__name__}); "
                    "see the Ray logs, or index this file without --ray")})
            except RayTaskError as exc:  # process_files reports reader errors itself; this is anything else
                idle.append(actor)
                error = exc.cause if getattr(exc, "cause", None) is not None else exc
                results[path] = ProcessedBatch(failed={
                    path: f"{name}: unexpected error on a Ray worker ({type(error).__name__}: {error})"})
            else:
                idle.append(actor)
            if bar:
                bar.update(1)
        if bar:
            bar.close()
        return _merge([results[str(path)] for path, _ in files], warnings)

    def _replace(self, dead):
        """A new actor in place of one that died."""
        self.actors = [a for a in self.actors if a is not dead]
        fresh = self._start()
        self.actors.append(fresh)
        return fresh

    def close(self) -> None:
        """Stop the actors, and Ray itself if this pool started it."""
        import ray

        for actor in self.actors:
            ray.kill(actor, no_restart=True)
        self.actors = []
        if self.started_ray:
            ray.shutdown()


def _merge(batches: Sequence[ProcessedBatch], warnings: dict[str, list[str]]) -> ProcessedBatch:
    merged = ProcessedBatch()
    for batch in batches:
        merged.documents.extend(batch.documents)
        merged.failed.update(batch.failed)
        for path, found in batch.warnings.items():
            merged.warnings.setdefault(path, []).extend(found)
    for path, found in warnings.items():
        merged.warnings.setdefault(path, []).extend(found)
    return merged


_POOLS: dict[str | None, WorkerPool] = {}


def worker_pool(address: str | None = None, *, workers: int | None = None,
                embedder_kind: str = "auto") -> WorkerPool:
    """The pool for `address`, started on first use and kept (with its loaded models) until shutdown()."""
    key = None if address in (None, "local") else address
    pool = _POOLS.get(key)
    if pool is None or (workers and len(pool.actors) != workers) or pool.embedder_kind != embedder_kind:
        if pool is not None:
            pool.close()
        pool = _POOLS[key] = WorkerPool(address, workers=workers, embedder_kind=embedder_kind)
    return pool


def shutdown(*, stop_ray: bool = True) -> None:
    """Stop every pool this process started, and the Ray instance it started unless `stop_ray` is False."""
    while _POOLS:
        pool = _POOLS.popitem()[1]
        pool.started_ray = pool.started_ray and stop_ray
        pool.close()


def process_files_ray(
    files: Sequence[tuple[Path, str]],
    *,
    address: str | None = None,
    password: str | None = None,
    max_words: int = 200,
    progress=None,
    workers: int | None = None,
    encoder: str = "fp32",
) -> ProcessedBatch:
    """pipeline.process_files on a Ray cluster: the same ProcessedBatch, the work spread over workers.

    Args:
        files: (path, doc_id) pairs; paths must be readable at the same path on every worker.
        address: a Ray address ("auto", "ray://host:10001", "host:6379"); None or "local" starts
            Ray on this machine with one worker per CPU.
        password: the open password for encrypted PDFs.
        max_words: longest retrieval chunk, as the index's config says.
        progress: (stage, total) -> a bar with update()/close(), updated once per file.
        workers: how many worker actors (default: one per CPU of the cluster).
        encoder: the index's encoder ("fp32" or "int8", see config.ENCODERS).

    Raises:
        RayUnavailable: Ray is missing, unreachable, or its workers cannot load the models.
    """
    if not files:
        return ProcessedBatch()
    pool = worker_pool(address, workers=workers, embedder_kind=ENCODERS[encoder])
    return pool.process(files, password=password, max_words=max_words, progress=progress)


def ray_processor(address: str | None = None, *, workers: int | None = None) -> Processor:
    """A processor for Index.update(..., processor=...) that runs on Ray at `address`."""

    def processor(files, *, password=None, progress=None, max_words=200, encoder="fp32") -> ProcessedBatch:
        return process_files_ray(files, address=address, password=password, max_words=max_words,
                                 progress=progress, workers=workers, encoder=encoder)

    return processor
