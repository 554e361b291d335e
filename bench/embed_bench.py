"""Measure the embedding stage: cold ONNX query path, warm query latency, throughput and agreement.

Run: python3 bench/embed_bench.py [--texts 1000] [--threads 2]
Prints one line per measurement; the figures go into the embed section of the README.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from docsearch.embed import (
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    count_tokens,
    ensure_onnx_model,
)

_VOCABULARY = (
    "the council cabinet agreed report director adult social care community hospital beds Lutterworth "
    "Melton Market Harborough consultation clinical commissioning group budget revenue capital £1.3m "
    "savings 2018/19 strategy transformation partnership NHS trust occupancy patients ward discharge "
    "delayed transfers of care members noted resolved recommendations appendix equality assessment "
    "highways transport schools children's services Leicestershire county district borough scrutiny "
    "committee officers residents response proposal option preferred site services provision funding"
)

_COLD_SCRIPT = """
import time
started = time.perf_counter()
from docsearch.embed import OnnxEmbedder
imported = time.perf_counter()
embedder = OnnxEmbedder(threads={threads})
loaded = time.perf_counter()
embedder.encode(["what was said about Lutterworth beds"])
encoded = time.perf_counter()
print(imported - started, loaded - imported, encoded - loaded)
"""


def paragraphs(count: int, seed: int = 0) -> list[str]:
    """Synthetic paragraph-length texts of 60-120 words, reproducible from ``seed``."""
    chooser = random.Random(seed)
    words = _VOCABULARY.split()
    return [" ".join(chooser.choices(words, k=chooser.randint(60, 120))) + "." for _ in range(count)]


def cold_query(threads: int, runs: int = 3) -> None:
    """Time import, load and one encode of the ONNX query path in fresh processes."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    for run in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _COLD_SCRIPT.format(threads=threads)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        total = time.perf_counter() - started
        imported, loaded, encoded = (float(part) for part in result.stdout.split())
        print(
            f"cold ONNX query run {run + 1}: process total {total:.2f}s "
            f"(import {imported:.2f}s, load {loaded:.2f}s, first encode {encoded * 1000:.0f}ms)"
        )


def warm_latency(embedder: OnnxEmbedder | SentenceTransformerEmbedder, label: str, repeats: int = 50) -> None:
    """Median wall time to encode one short query, after a warm-up."""
    query = ["what was said about Lutterworth beds"]
    embedder.encode(query)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        embedder.encode(query)
        times.append(time.perf_counter() - started)
    print(f"warm single query {label}: median {statistics.median(times) * 1000:.1f}ms")


def throughput(encode: Callable[[], np.ndarray], label: str, count: int) -> np.ndarray:
    """Encode once and print texts per second."""
    started = time.perf_counter()
    vectors = encode()
    elapsed = time.perf_counter() - started
    print(f"throughput {label}: {count / elapsed:.0f} texts/s ({elapsed:.1f}s)")
    return vectors


def unbucketed(embedder: OnnxEmbedder, texts: Sequence[str], batch_size: int) -> np.ndarray:
    """Encode batch by batch in input order: each call pads to its own longest text only."""
    return np.vstack(
        [embedder.encode(texts[i : i + batch_size], batch_size=batch_size) for i in range(0, len(texts), batch_size)]
    )


def agreement(vectors: np.ndarray, reference: np.ndarray, label: str) -> None:
    """Print the mean and worst cosine of ``vectors`` against the reference."""
    cosines = (vectors * reference).sum(axis=1)
    print(f"cosine {label} vs sentence-transformers: mean {cosines.mean():.5f}, min {cosines.min():.5f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    ensure_onnx_model()
    ensure_onnx_model(quantized=True)
    texts = paragraphs(args.texts)
    # Vary lengths further, as real paragraphs do: one in five is a short heading or list item.
    texts = [text if index % 5 else " ".join(text.split()[:8]) for index, text in enumerate(texts)]
    pieces = [count_tokens(text) for text in texts]
    print(f"{len(texts)} texts, word pieces median {statistics.median(pieces):.0f}, max {max(pieces)}")

    cold_query(args.threads)

    import torch

    torch.set_num_threads(args.threads)
    reference = SentenceTransformerEmbedder()
    fp32 = OnnxEmbedder(threads=args.threads)
    int8 = OnnxEmbedder(threads=args.threads, quantized=True)
    warm_latency(fp32, "ONNX fp32")
    warm_latency(int8, "ONNX int8")
    warm_latency(reference, "sentence-transformers")

    results: dict[str, np.ndarray] = {}
    for batch_size in (16, 32, 64):
        results[f"st-{batch_size}"] = throughput(
            lambda size=batch_size: reference.encode(texts, batch_size=size),
            f"sentence-transformers fp32 batch {batch_size} (sorts by length itself)",
            len(texts),
        )
    for batch_size in (16, 32, 64):
        results[f"fp32-{batch_size}"] = throughput(
            lambda size=batch_size: fp32.encode(texts, batch_size=size),
            f"ONNX fp32 batch {batch_size} bucketed",
            len(texts),
        )
        throughput(
            lambda size=batch_size: unbucketed(fp32, texts, size),
            f"ONNX fp32 batch {batch_size} unbucketed",
            len(texts),
        )
    for batch_size in (16, 32, 64):
        results[f"int8-{batch_size}"] = throughput(
            lambda size=batch_size: int8.encode(texts, batch_size=size),
            f"ONNX int8 batch {batch_size} bucketed",
            len(texts),
        )
    agreement(results["fp32-32"], results["st-32"], "ONNX fp32")
    agreement(results["int8-32"], results["st-32"], "ONNX int8")


if __name__ == "__main__":
    main()
