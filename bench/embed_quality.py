"""Embedding options against fp32 ONNX: speed on the default corpus's texts, and retrieval quality.

Run: python3 bench/embed_quality.py [--index DIR] [--questions ../shared/eval/dev.jsonl]

Options: the encoder (ONNX fp32, ONNX int8 dynamically quantised), batch size 16/32/64, length
bucketing on/off, onnxruntime intra-op threads 1/2. Speed is texts/s on a seeded sample of the texts
the index embeds (each chunk with its context, and each of its sentences), best of --repeats runs. Quality: the same vectors put in a
copy of the index under the same ids, queries encoded by the same option, and the dev questions
scored by docsearch.evaluate (hit@1/3/5/10, MRR@10, hit@300w). Threads change speed only, so
quality is measured once per encoder, batch size and bucketing. Recommends the fastest option that
loses at most one question on any metric against fp32 (batch 32, bucketed, 2 threads).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import docsearch
from docsearch import store
from docsearch.chunk import embedding_units
from docsearch.embed import OnnxEmbedder
from docsearch.evaluate import evaluate_index, load_questions
from docsearch.models import Chunk
from docsearch.vectors import FaissStore

QUESTIONS = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
CORPUS = REPO_ROOT / "corpora" / "llr-stp"
METRICS = ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "hit@300w")


class Unbucketed:
    """An embedder that encodes in input order, batch by batch: each batch pads to its own longest text."""

    def __init__(self, inner: OnnxEmbedder) -> None:
        self.inner, self.dimension, self.model_name = inner, inner.dimension, inner.model_name

    def encode(self, texts, batch_size: int = 32) -> np.ndarray:
        parts = [self.inner.encode(texts[i : i + batch_size], batch_size=batch_size)
                 for i in range(0, len(texts), batch_size)]
        return np.vstack(parts) if parts else np.zeros((0, self.dimension), dtype=np.float32)


class FixedBatch:
    """An embedder whose encode() always uses one batch size (the index's callers pass none)."""

    def __init__(self, inner, batch_size: int) -> None:
        self.inner, self.batch_size = inner, batch_size
        self.dimension, self.model_name = inner.dimension, inner.model_name

    def encode(self, texts, batch_size: int = 32) -> np.ndarray:
        return self.inner.encode(texts, batch_size=self.batch_size)


def embedded_texts(folder: Path) -> tuple[np.ndarray, list[str]]:
    """Every vector id of the index and the text embedded for it, as the pipeline made them."""
    conn = sqlite3.connect(folder / store.DB_NAME)
    rows = conn.execute(
        'SELECT doc_id, paragraph_ordinal, chunk_index, text, start, "end", context FROM chunks ORDER BY chunk_id'
    ).fetchall()
    conn.close()
    ids, texts = [], []
    for doc_id, ordinal, index, text, start, end, context in rows:
        chunk = Chunk(doc_id, ordinal, index, text, start, end, context)
        owner = store.chunk_id(doc_id, ordinal, index)
        for unit, unit_text in enumerate(embedding_units(chunk)):
            ids.append(store.vector_id(owner, unit))
            texts.append(unit_text)
    return np.array(ids, dtype=np.int64), texts


def current_vectors(folder: Path) -> tuple[Path, FaissStore]:
    conn = sqlite3.connect(folder / store.DB_NAME)
    generation = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]
    conn.close()
    path = folder / f"vectors.{generation}.faiss"
    return path, FaissStore.load(path)


def score(folder: Path, embedder, questions) -> dict[str, float]:
    index = docsearch.open_index(folder)
    index._embedder = embedder  # queries encoded by the option under test
    report = evaluate_index(questions, index)
    index.close()
    return report.metrics()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, help="an index of the default corpus (built if not given)")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--sample", type=int, default=1000, help="texts timed per run (a seeded sample)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per option; the fastest counts")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="embed-quality-"))
    base = args.index
    if base is None:
        base = work / "base"
        docsearch.build_index([CORPUS], base)[0].close()
    questions = load_questions(args.questions)
    ids, texts = embedded_texts(base)
    rows = np.random.default_rng(0).choice(len(texts), size=min(args.sample, len(texts)), replace=False)
    sample = [texts[i] for i in sorted(rows)]
    _, stored = current_vectors(base)
    if not np.isin(ids, stored.ids()).all():
        raise SystemExit(f"{base} does not hold the vectors this docsearch would make; rebuild it")
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; {len(texts)} texts, "
          f"{len(questions)} questions", file=sys.stderr)

    encoders = {(kind, threads): OnnxEmbedder(threads=threads, quantized=kind == "int8")
                for kind in ("fp32", "int8") for threads in (1, 2)}
    # fp32 batch 32 bucketed first: the reference the others' cosines are taken against.
    options = [("fp32", 32, True, 2)]
    options += [(kind, batch, True, 2) for kind in ("fp32", "int8") for batch in (16, 32, 64)
                if (kind, batch) != ("fp32", 32)]
    options += [(kind, 32, False, 2) for kind in ("fp32", "int8")]
    options += [(kind, 32, True, 1) for kind in ("fp32", "int8")]
    def embedder_for(kind: str, batch: int, bucketed: bool, threads: int):
        encoder = encoders[(kind, threads)]
        return encoder if bucketed else Unbucketed(encoder)

    # Quality: one full encode per distinct numerics (threads change speed only).
    vectors_by_numerics: dict[tuple, np.ndarray] = {}
    quality_by_numerics: dict[tuple, dict[str, float]] = {}
    for kind, batch, bucketed, threads in options:
        numerics = (kind, batch, bucketed)
        if numerics in quality_by_numerics:
            continue
        embedder = embedder_for(kind, batch, bucketed, threads)
        vectors = embedder.encode(texts, batch_size=batch)
        copy = work / f"{kind}-{batch}-{'b' if bucketed else 'u'}"
        shutil.copytree(base, copy)
        path, vector_store = current_vectors(copy)
        vector_store.remove(ids)
        vector_store.add(ids, vectors)
        vector_store.save(path)
        quality_by_numerics[numerics] = score(copy, FixedBatch(embedder, batch), questions)
        vectors_by_numerics[numerics] = vectors
        shutil.rmtree(copy)
        print(f"  quality measured: {numerics}", file=sys.stderr, flush=True)

    # Speed: rounds over every option in turn, so load from other work falls on all of them alike;
    # the fastest round counts. CPU seconds are kept too: they move less with other load.
    wall: dict[tuple, float] = {}
    cpu: dict[tuple, float] = {}
    for option in options:
        embedder_for(*option).encode(texts[:64], batch_size=option[1])  # warm up
    for round_number in range(args.repeats):
        for option in options:
            embedder = embedder_for(*option)
            started, started_cpu = time.perf_counter(), time.process_time()
            embedder.encode(sample, batch_size=option[1])
            wall[option] = min(wall.get(option, float("inf")), time.perf_counter() - started)
            cpu[option] = min(cpu.get(option, float("inf")), time.process_time() - started_cpu)
        print(f"  speed round {round_number + 1} done, load {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)

    results = []
    reference = vectors_by_numerics[("fp32", 32, True)]
    for option in options:
        kind, batch, bucketed, threads = option
        vectors = vectors_by_numerics[(kind, batch, bucketed)]
        cosine = float((vectors * reference).sum(axis=1).min())
        results.append((kind, batch, bucketed, threads, len(sample) / wall[option], cosine,
                        quality_by_numerics[(kind, batch, bucketed)], len(sample) / cpu[option]))
    print(f"load average at end: {os.getloadavg()[0]:.2f}", file=sys.stderr)

    baseline = next(r for r in results if r[:4] == ("fp32", 32, True, 2))
    questions_count = len(questions)
    print("| encoder | batch | bucketing | threads | texts/s | speedup | texts per CPU-s | min cosine to fp32 | "
          + " | ".join(METRICS) + " | within one question |")
    print("|" + "---|" * (9 + len(METRICS)))
    best = None
    for kind, batch, bucketed, threads, speed, cosine, quality, per_cpu in results:
        lost = max((baseline[6][m] - quality[m]) * questions_count for m in METRICS if m != "mrr@10")
        mrr_drop = baseline[6]["mrr@10"] - quality["mrr@10"]
        acceptable = lost <= 1 + 1e-9 and mrr_drop <= 1 / questions_count + 1e-9
        if acceptable and (best is None or speed > best[4]):
            best = (kind, batch, bucketed, threads, speed)
        print(f"| {kind} | {batch} | {'on' if bucketed else 'off'} | {threads} | {speed:.0f} | "
              f"{speed / baseline[4]:.2f}x | {per_cpu:.0f} | {cosine:.4f} | "
              + " | ".join(f"{quality[m]:.3f}" for m in METRICS) + f" | {'yes' if acceptable else 'no'} |")
    if best:
        print(f"\nrecommended: {best[0]} batch {best[1]}, bucketing {'on' if best[2] else 'off'}, {best[3]} "
              f"thread(s): {best[4]:.0f} texts/s, {best[4] / baseline[4]:.2f}x fp32 batch 32 bucketed 2 threads")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
