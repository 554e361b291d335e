"""Measure what an index costs as it grows: build time per stage, disk, query memory and latency, recall.

Run: python3 bench/cost_curve.py [--scales 10k,100k,1m] [--work /tmp/cost-curve]

* 10k: the full pipeline (reading, entities, embedding, writing) on 5 copies of the default
  corpus, rebuilt from the seed texts with altered figures (so every copy is new to the index).
* 100k, 1m: the writing stage alone, from text already extracted: the default corpus's paragraphs
  copied with shuffled sentences, altered figures and new document ids, entities carried over, and
  each vector the real vector of the source chunk plus noise (cosine ~0.96), renormalised. Embedding
  a million paragraphs on 2 cores would take hours; the per-paragraph cost of those stages is the
  10k figure.

Then it projects the time to ingest 10M paragraphs on N Ray workers from the per-worker throughput
measured at 10k, plus the writing that the single writer does (measured at the largest scale run).
Prints tables; stage timing comes from the progress callbacks the index already makes.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import docsearch
import docsearch.index as index_module
from docsearch import store
from docsearch.chunk import chunk_paragraphs, embedding_units, split_sentences
from docsearch.models import Paragraph
from docsearch.pipeline import ProcessedBatch, ProcessedDocument
from docsearch.vectors import (
    FaissStore,
    exact_neighbours,
    measure_recall,
    recall_queries,
)

SEEDS = REPO_ROOT.parent / "shared" / "seeds"
QUESTIONS = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
CORPUS = REPO_ROOT / "corpora" / "llr-stp"
SCALES = {"10k": 5, "100k": 50, "1m": 500}  # copies of the ~2,000-paragraph default corpus
VECTOR_NOISE = 0.3
SYNTHETIC_DOCUMENTS_PER_COMMIT = 250  # 10 commits at 1M instead of 50: each rewrites the whole vector file

_QUERY_SCRIPT = """
import json, sys, time, statistics
sys.path.insert(0, {repo!r})
import psutil, docsearch
questions = [json.loads(l)["question"] for l in open({questions!r}) if l.strip()]
index = docsearch.open_index({folder!r})
index.search("warm up", k=10)
times = []
for _ in range(3):
    for q in questions:
        t = time.perf_counter(); index.search(q, k=10); times.append(time.perf_counter() - t)
times.sort()
print(json.dumps({{"p50": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))],
                  "rss": psutil.Process().memory_info().rss, "queries": len(times)}}))
"""


@dataclasses.dataclass
class Row:
    scale: str
    paragraphs: int = 0
    vectors: int = 0
    stages: dict[str, float] = dataclasses.field(default_factory=dict)
    total: float = 0.0
    disk_bytes: int = 0
    rss_bytes: int = 0
    p50: float = 0.0
    p95: float = 0.0
    vector_index: str = ""
    nprobe: int = 0
    recall: float = 1.0
    question_recall: float = 1.0  # recall@10 of the dev questions' vectors


class StageClock:
    """A progress factory that adds up the wall time of each stage (from bar creation to close)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, stage: str, total: int) -> _Bar:
        return _Bar(self, stage)


class _Bar:
    def __init__(self, clock: StageClock, stage: str) -> None:
        self.clock, self.stage, self.started = clock, stage, time.perf_counter()

    def update(self, count: int) -> None:
        pass

    def close(self) -> None:
        self.clock.seconds[self.stage] = self.clock.seconds.get(self.stage, 0.0) + time.perf_counter() - self.started


# ---------------------------------------------------------------- 10k: the full pipeline


def _corpus_builder():
    spec = importlib.util.spec_from_file_location("build_corpus", REPO_ROOT / "scripts" / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_corpus"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def alter_figures(text: str, copy: int) -> str:
    """Every digit shifted by `copy` (mod 10), except in the first word of a line (paragraph labels)."""
    shift = str.maketrans("0123456789", "".join(str((d + copy) % 10) for d in range(10)))
    lines = []
    for line in text.split("\n"):
        head, space, rest = line.lstrip().partition(" ")
        indent = line[: len(line) - len(line.lstrip())]
        lines.append(indent + head + space + rest.translate(shift) if rest else line)
    return "\n".join(lines)


def make_copies(out: Path, copies: int) -> list[Path]:
    """`copies` folders, each the default corpus built from seeds with figures altered."""
    builder = _corpus_builder()
    folders = []
    for copy in range(1, copies + 1):
        folder = out / f"copy-{copy:03d}"
        folders.append(folder)
        if (folder / "catalog.json").exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        catalog = {}
        for spec in builder.SEED_DOCUMENTS:
            text = alter_figures((SEEDS / spec.seed).read_text(encoding="utf-8"), copy)
            path = builder.build_pdf(spec, text, folder) if spec.header else builder.build_html(spec, text, folder)
            catalog[path.name] = {"title": f"{spec.title} (copy {copy})", "body": spec.body, "date": spec.date,
                                  "kind": spec.kind}
        (folder / "catalog.json").write_text(json.dumps(catalog, indent=2), encoding="utf-8")
    return folders


def full_pipeline(work: Path, copies: int) -> Row:
    folders = make_copies(work / "corpus", copies)
    folder = work / "index-10k"
    shutil.rmtree(folder, ignore_errors=True)
    clock = StageClock()
    started = time.perf_counter()
    index, report = docsearch.build_index(folders, folder, progress=clock)
    total = time.perf_counter() - started
    stats = index.stats()
    index.close()
    row = Row("10k", paragraphs=int(stats["paragraphs"]), vectors=int(stats["vectors"]), total=total)
    row.stages = {"reading": clock.seconds.get("reading", 0.0), "entities": clock.seconds.get("entities", 0.0),
                  "embedding": clock.seconds.get("embedding", 0.0)}
    row.stages["writing"] = total - sum(row.stages.values())
    if report.failed:
        print(f"warning: {len(report.failed)} files failed: {report.failed}", file=sys.stderr)
    return row


# ---------------------------------------------------------------- 100k, 1M: from extracted text


@dataclasses.dataclass
class Source:
    """The default corpus as extracted: documents, paragraphs with entities, and chunk vectors."""

    documents: list
    paragraphs: dict[str, list[Paragraph]]
    vectors: dict[int, np.ndarray]  # vector id -> vector
    pool: np.ndarray  # every real vector, for chunks with no source


def load_source(folder: Path) -> Source:
    index = docsearch.open_index(folder)
    with index.read():
        documents = index.documents()
        paragraphs = {d.doc_id: index.paragraphs(d.doc_id) for d in documents}
        ids, matrix = index.vectors().arrays()
    index.close()
    return Source(documents, paragraphs, dict(zip(ids.tolist(), matrix)), matrix)


def shuffle_paragraph(paragraph: Paragraph, doc_id: str, rng: np.random.Generator, copy: int) -> Paragraph:
    """The paragraph with its sentences in another order and figures altered; entities moved with them."""
    text = paragraph.text
    spans = split_sentences(text) or [(0, len(text))]
    order = rng.permutation(len(spans)) if len(spans) > 1 else np.arange(1)
    pieces, moved, position = [], {}, 0
    for number in order:
        start, end = spans[number]
        moved[number] = position - start
        pieces.append(text[start:end])
        position += end - start + 1
    shift = str.maketrans("0123456789", "".join(str((d + copy) % 10) for d in range(10)))
    new_text = " ".join(pieces).translate(shift)
    entities = []
    for entity in paragraph.entities:
        for number, (start, end) in enumerate(spans):
            if start <= entity.start and entity.end <= end:
                offset = moved[number]
                entities.append(dataclasses.replace(entity, start=entity.start + offset, end=entity.end + offset,
                                                    text=entity.text.translate(shift)))
                break
    return dataclasses.replace(paragraph, doc_id=doc_id, text=new_text, entities=tuple(entities))


class SyntheticProcessor:
    """Stands in for pipeline.process_files: each placeholder file becomes a shuffled copy of a source document."""

    def __init__(self, source: Source, plan: dict[str, tuple[int, int]], max_words: int = 200) -> None:
        self.source, self.plan, self.max_words = source, plan, max_words
        self.seconds = 0.0

    def __call__(self, files, *, password=None, progress=None, max_words=200, encoder="fp32") -> ProcessedBatch:
        started = time.perf_counter()
        batch = ProcessedBatch()
        for path, doc_id in files:
            copy, number = self.plan[str(path)]
            batch.documents.append(self._document(Path(path), doc_id, copy, number))
        self.seconds += time.perf_counter() - started
        return batch

    def _document(self, path: Path, doc_id: str, copy: int, number: int) -> ProcessedDocument:
        rng = np.random.default_rng(copy * 1000 + number)
        original = self.source.documents[number]
        document = dataclasses.replace(original, doc_id=doc_id, path=str(path), title=f"{original.title} (copy {copy})")
        paragraphs = tuple(shuffle_paragraph(p, doc_id, rng, copy) for p in self.source.paragraphs[original.doc_id])
        chunks = tuple(chunk_paragraphs(document, paragraphs, self.max_words))
        owners, rows = [], []
        for chunk in chunks:
            owner = store.chunk_id(doc_id, chunk.paragraph_ordinal, chunk.chunk_index)
            source_owner = store.chunk_id(original.doc_id, chunk.paragraph_ordinal, chunk.chunk_index)
            base = self.source.vectors.get(source_owner)
            if base is None:
                base = self.source.pool[rng.integers(len(self.source.pool))]
            for unit in range(len(embedding_units(chunk))):
                owners.append((store.vector_id(owner, unit), owner))
                rows.append(self.source.vectors.get(store.vector_id(source_owner, unit), base))
        matrix = np.array(rows, dtype=np.float32).reshape(-1, self.source.pool.shape[1])
        noise = rng.standard_normal(matrix.shape).astype(np.float32)
        noise *= VECTOR_NOISE / np.linalg.norm(noise, axis=1, keepdims=True)
        matrix = matrix + noise
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        return ProcessedDocument(document, paragraphs, chunks, matrix, 0, 0.0,
                                 np.array([v for v, _ in owners], dtype=np.int64), tuple(owners))


def synthetic(work: Path, scale: str, copies: int, source: Source) -> Row:
    placeholders = work / f"placeholders-{scale}"
    shutil.rmtree(placeholders, ignore_errors=True)
    plan = {}
    for copy in range(1, copies + 1):
        folder = placeholders / f"copy-{copy:04d}"
        folder.mkdir(parents=True)
        for number, document in enumerate(source.documents):
            path = folder / f"{Path(document.path).stem}.txt"
            path.write_text(f"synthetic copy {copy} of {document.doc_id}\n", encoding="utf-8")
            plan[str(path.resolve())] = (copy, number)
    folder = work / f"index-{scale}"
    shutil.rmtree(folder, ignore_errors=True)
    processor = SyntheticProcessor(source, plan)
    index_module.DOCUMENTS_PER_COMMIT = SYNTHETIC_DOCUMENTS_PER_COMMIT
    started = time.perf_counter()
    index, _ = docsearch.build_index([placeholders], folder, processor=processor)
    total = time.perf_counter() - started
    stats = index.stats()
    index.close()
    row = Row(scale, paragraphs=int(stats["paragraphs"]), vectors=int(stats["vectors"]), total=total - processor.seconds)
    row.stages = {"writing": total - processor.seconds}
    print(f"  ({scale}: making the synthetic documents took {processor.seconds:.0f} s, not counted)", file=sys.stderr)
    shutil.rmtree(placeholders, ignore_errors=True)
    return row


# ---------------------------------------------------------------- measuring an index


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure_queries(folder: Path, row: Row) -> None:
    script = _QUERY_SCRIPT.format(repo=str(REPO_ROOT), questions=str(QUESTIONS), folder=str(folder))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    row.p50, row.p95, row.rss_bytes = figures["p50"], figures["p95"], figures["rss"]


def measure_recall_now(folder: Path, row: Row) -> None:
    """The vector index's kind and nprobe, and its recall@10 on fresh queries (not the ones it was tuned on)."""
    conn = store.connect(folder / store.DB_NAME)
    generation = store.get_meta(conn, "generation")
    conn.close()
    vectors = FaissStore.load(folder / f"vectors.{generation}.faiss")
    row.vector_index, row.nprobe = vectors.spec.describe(), vectors.nprobe
    if vectors.is_exact:
        row.recall = 1.0
        return
    ids, matrix = vectors.arrays()
    queries = recall_queries(matrix, count=200, seed=12345)
    row.recall = measure_recall(vectors, queries, exact_neighbours(ids, matrix, queries))
    # The dev questions, encoded: real queries, further from any one stored vector than the sample.
    from docsearch.embed import load_embedder

    questions = [json.loads(line)["question"] for line in QUESTIONS.read_text().splitlines() if line.strip()]
    encoded = load_embedder("auto").encode(questions)
    row.question_recall = measure_recall(vectors, encoded, exact_neighbours(ids, matrix, encoded))


# ---------------------------------------------------------------- output


def print_table(rows: Sequence[Row]) -> None:
    head = ("scale", "paragraphs", "vectors", "reading s", "entities s", "embedding s", "writing s", "total s",
            "para/s", "disk MB", "query RSS MB", "p50 ms", "p95 ms", "vector index", "nprobe", "recall@10",
            "recall@10 (questions)")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for r in rows:
        def stage(name: str, r: Row = r) -> str:
            return f"{r.stages[name]:.0f}" if name in r.stages else "–"

        print("| " + " | ".join([
            r.scale, f"{r.paragraphs:,}", f"{r.vectors:,}", stage("reading"), stage("entities"), stage("embedding"),
            stage("writing"), f"{r.total:.0f}", f"{r.paragraphs / r.total:,.0f}", f"{r.disk_bytes / 2**20:,.0f}",
            f"{r.rss_bytes / 2**20:,.0f}", f"{r.p50 * 1000:.0f}", f"{r.p95 * 1000:.0f}", r.vector_index,
            str(r.nprobe), f"{r.recall:.3f}", f"{r.question_recall:.3f}",
        ]) + " |")


def print_projection(full: Row, writer: Row, target: int = 10_000_000) -> None:
    """10M paragraphs on N workers: the parallel stages split N ways, the single writer's part not."""
    # The local build gives ONNX both cores and the reader and spaCy one; a 1-CPU worker runs all on one.
    cores = os.cpu_count() or 1
    per_paragraph_worker = (full.stages["reading"] + full.stages["entities"] + full.stages["embedding"] * cores) / full.paragraphs
    write_per_paragraph = writer.stages["writing"] / writer.paragraphs
    print(f"\nper-worker throughput (1 CPU): {1 / per_paragraph_worker:,.1f} paragraphs/s "
          f"(from the {full.scale} run); single writer: {1 / write_per_paragraph:,.0f} paragraphs/s "
          f"(from the {writer.scale} run)")
    print("\n| Ray workers | processing h | writing h | total h (10M paragraphs) |")
    print("|---|---|---|---|")
    for workers in (1, 8, 32, 128):
        processing = target * per_paragraph_worker / workers / 3600
        writing = target * write_per_paragraph / 3600
        # The driver writes batch n while workers process batch n+1 only if writing is overlapped;
        # index.update writes between batches, so the two add up.
        print(f"| {workers} | {processing:,.1f} | {writing:,.1f} | {processing + writing:,.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="10k,100k,1m")
    parser.add_argument("--work", type=Path, default=Path("/tmp/docsearch-cost-curve"))
    parser.add_argument("--keep", action="store_true", help="keep the indexes built")
    args = parser.parse_args()
    scales = [s.strip().lower() for s in args.scales.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    print(f"load average at start: {load:.2f} on {os.cpu_count()} CPUs", file=sys.stderr)
    rows: list[Row] = []
    source: Source | None = None
    for scale in scales:
        print(f"building {scale} ...", file=sys.stderr, flush=True)
        if scale == "10k":
            row = full_pipeline(args.work, SCALES[scale])
        else:
            if source is None:
                default = args.work / "index-default"
                if not (default / store.DB_NAME).exists():
                    docsearch.build_index([CORPUS], default)[0].close()
                source = load_source(default)
            row = synthetic(args.work, scale, SCALES[scale], source)
        folder = args.work / f"index-{scale}"
        row.disk_bytes = disk_bytes(folder)
        measure_queries(folder, row)
        measure_recall_now(folder, row)
        rows.append(row)
        print_table([row])
        sys.stdout.flush()
        if not args.keep and scale != "10k":
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f}\n")
    print_table(rows)
    full = next((r for r in rows if r.scale == "10k"), None)
    writer = max(rows, key=lambda r: r.paragraphs)
    if full is not None:
        print_projection(full, writer)


if __name__ == "__main__":
    main()
