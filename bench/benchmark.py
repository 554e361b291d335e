"""Speed of docsearch on the default corpus, measured (not asserted): prints a table.

    python bench/benchmark.py [--corpus corpora] [--questions ../shared/eval/dev.jsonl]

Builds the default corpus index from scratch in a fresh process (the wall time a user sees), again
in-process to time each stage, then times an incremental update after adding one 10-page paper,
the cold `docsearch ask` and warm search latency.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FALLBACK_QUERIES = [
    "what was said about Lutterworth beds", "council tax increase 2017/18", "review of STP governance",
    "capital needed for hospital reconfiguration", "CQC inspection of Leicestershire Partnership Trust",
]


class StageTimer:
    """A progress factory that records how long each stage ran and how many items it did."""

    def __init__(self) -> None:
        self.stages: dict[str, list[float]] = {}

    def __call__(self, stage: str, total: int):
        timer = self

        class Bar:
            def __init__(self) -> None:
                self.start = time.perf_counter()

            def update(self, n: int = 1) -> None:
                pass

            def close(self) -> None:
                seconds, items = timer.stages.get(stage, [0.0, 0])
                timer.stages[stage] = [seconds + time.perf_counter() - self.start, items + total]

        return Bar()


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of a command in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, DOCSEARCH_PROGRESS="0", **(env or {})))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def ten_page_paper(path: Path) -> None:
    """A new 10-page paper with numbered paragraphs, made with PyMuPDF."""
    import pymupdf

    doc = pymupdf.open()
    number = 1
    for page_number in range(1, 11):
        page = doc.new_page(width=595, height=842)
        page.insert_text((72, 40), "Cabinet – 12 March 2019", fontsize=9)
        y = 90
        for _ in range(6):
            text = (f"Paragraph {number} of the new paper notes that the Oakham community services review will "
                    f"report in {2019 + number % 3}, with £{number}.5m of capital and {number + 10} beds at "
                    "Rutland Memorial Hospital under consideration by the partners.")
            page.insert_textbox(pymupdf.Rect(72, y, 523, y + 110), f"{number}. {text}", fontsize=11)
            y += 110
            number += 1
        page.insert_text((290, 812), str(page_number), fontsize=9)
    doc.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora")
    parser.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    args = parser.parse_args()
    docsearch_cmd = [sys.executable, "-m", "docsearch.cli"]
    work = Path(tempfile.mkdtemp(prefix="docsearch-bench-"))
    rows: list[tuple[str, str]] = []
    try:
        # 1. Full build in a fresh process (models cached as they are after first use).
        build_seconds, build_peak = run(docsearch_cmd + ["index", str(args.corpus), "--index", str(work / "fresh")])
        rows += [("full build, fresh process (s)", f"{build_seconds:.1f}"), ("peak memory, build (MiB)", str(build_peak))]

        # 2. The same build in-process, timed per stage.
        import docsearch

        timer = StageTimer()
        start = time.perf_counter()
        index, report = docsearch.build_index([args.corpus], work / "staged", progress=timer)
        in_process = time.perf_counter() - start
        stats = index.stats()
        units = {"reading": "files", "entities": "paragraphs", "embedding": "texts"}
        for stage, (seconds, items) in timer.stages.items():
            rate = items / seconds if seconds else 0.0
            rows.append((f"stage {stage} (s)", f"{seconds:.1f}  ({items} {units.get(stage, 'items')}, {rate:.0f}/s)"))
        reading = timer.stages.get("reading", [0, 0])[0]
        rows.append(("pages read per second", f"{stats['pages'] / reading:.1f}" if reading else "-"))
        rows.append(("build in-process incl. model loads (s)", f"{in_process:.1f}"))
        rows.append(("documents / paragraphs / chunks / vectors",
                     f"{stats['documents']} / {stats['paragraphs']} / {stats['chunks']} / {stats['vectors']}"))

        # 3. Incremental update after adding one 10-page paper (fresh process).
        papers = work / "papers"
        shutil.copytree(args.corpus, papers)
        run(docsearch_cmd + ["index", str(papers), "--index", str(work / "incremental")])
        ten_page_paper(papers / "2019-03-12_new-paper.pdf")
        update_seconds, _ = run(docsearch_cmd + ["index", str(papers), "--index", str(work / "incremental")])
        rows.append(("incremental update, +1 ten-page paper (s)", f"{update_seconds:.1f}"))

        # 4. Cold ask: a fresh process answering one question.
        cold = [run(docsearch_cmd + ["ask", "what was said about Lutterworth beds", "--index", str(work / "fresh")])[0]
                for _ in range(3)]
        rows.append(("cold `docsearch ask`, median of 3 (s)", f"{statistics.median(cold):.2f}"))

        # 5. Warm search latency over the development questions.
        if args.questions.exists():
            queries = [json.loads(line)["question"] for line in args.questions.read_text().splitlines() if line.strip()]
        else:
            queries = FALLBACK_QUERIES
        index.search(queries[0], k=10)
        latencies = []
        for _ in range(3):
            for query in queries:
                start = time.perf_counter()
                index.search(query, k=10)
                latencies.append((time.perf_counter() - start) * 1000)
        latencies.sort()
        p50 = latencies[len(latencies) // 2]
        p95 = latencies[int(len(latencies) * 0.95)]
        rows.append((f"warm search p50 / p95 over {len(queries)} queries x3 (ms)", f"{p50:.1f} / {p95:.1f}"))
        index.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(name) for name, _ in rows)
    load = os.getloadavg()[0]
    print(f"docsearch benchmark on {os.cpu_count()} cores (load average at end {load:.1f})")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
