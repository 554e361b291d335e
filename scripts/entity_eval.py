#!/usr/bin/env python3
"""Measure the entity pipeline: precision and recall per label on the labelled set, and speed.

    python scripts/entity_eval.py                       # statistical model + rules ("auto")
    python scripts/entity_eval.py --model none          # rules and gazetteer only
    python scripts/entity_eval.py --errors              # list misses, extras and wrong values
    python scripts/entity_eval.py --time-corpus corpora/llr-stp   # time the whole default corpus

Prints precision and recall per label, the share of MONEY amounts normalised exactly, the ORG
canonicalisation rate, SITE recall, and (with --time-corpus) paragraphs per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docsearch.entities import add_entities, build_pipeline
from docsearch.entities.evaluation import LABELS, evaluate
from docsearch.models import Paragraph

DEFAULT_GOLD = ROOT / "tests" / "entities_gold.jsonl"
SEEDS = Path("/work/shared/seeds")


def corpus_paragraphs(folder: Path) -> list[Paragraph]:
    """The corpus as the reader gives it; the seed texts split at blank lines if it cannot."""
    try:
        from docsearch.extract import read_document
    except ImportError:
        read_document = None
    paragraphs: list[Paragraph] = []
    if read_document is not None and folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix in (".pdf", ".html", ".txt", ".md"):
                paragraphs.extend(read_document(path).paragraphs)
        if paragraphs:
            return paragraphs
    for path in sorted(SEEDS.glob("*.txt")):
        blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        paragraphs.extend(Paragraph(doc_id=path.stem, ordinal=i, text=b.strip()) for i, b in enumerate(blocks))
    return paragraphs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--model", default="auto", help='"auto", "none", or a spaCy package name')
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong values")
    parser.add_argument("--time-corpus", type=Path, metavar="FOLDER", help="also time add_entities over a corpus folder")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--split", choices=("dev", "heldout"), help="score one part of the set: dev (written while building the rules) or heldout (labelled before running)")
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = build_pipeline(None if args.model == "none" else args.model)
    load_seconds = time.perf_counter() - started
    scores = evaluate(args.gold, nlp, args.split)
    figures = scores.as_dict()
    figures["pipeline"] = nlp.pipe_names
    figures["model"] = nlp.meta.get("name") if nlp.pipe_names != ["docsearch_entities"] else None
    figures["load_seconds"] = round(load_seconds, 2)

    if args.time_corpus is not None:
        paragraphs = corpus_paragraphs(args.time_corpus)
        started, cpu_started = time.perf_counter(), time.process_time()
        processed = list(add_entities(paragraphs, nlp=nlp, batch_size=args.batch_size))
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        figures["corpus"] = {
            "paragraphs": len(processed),
            "characters": sum(len(p.text) for p in processed),
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),  # wall time suffers when other jobs share the cores
            "paragraphs_per_second": round(len(processed) / seconds, 1) if seconds else None,
            "entities": dict(Counter(e.label for p in processed for e in p.entities)),
        }

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"pipeline {figures['pipeline']} (model {figures['model']}, loaded in {load_seconds:.1f} s); set {args.gold.name} split {args.split or 'all'}")
        print(f"{'label':8} {'gold':>5} {'pred':>5} {'match':>5} {'prec':>6} {'recall':>6}")
        for label in LABELS:
            row = figures["labels"][label]
            print(f"{label:8} {row['gold']:>5} {row['predicted']:>5} {row['matched']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f}")
        print(f"MONEY amount exact      {figures['money_amount_exact']:.3f}   (target >= 0.95)")
        print(f"SITE recall             {figures['site_recall']:.3f}   (target >= 0.90)")
        print(f"ORG canonicalisation    {figures['org_canonicalisation']:.3f}   (target >= 0.90)")
        print(f"BEDS site given right   {figures['beds_site_accuracy']}")
        print(f"PERSON role given right {figures['person_role_accuracy']}")
        if "corpus" in figures:
            corpus = figures["corpus"]
            print(f"corpus: {corpus['paragraphs']} paragraphs, {corpus['characters']:,} characters in {corpus['seconds']} s "
                  f"(CPU {corpus['cpu_seconds']} s) "
                  f"({corpus['paragraphs_per_second']} paragraphs/s); entities {corpus['entities']}")
    if args.errors:
        for title, rows in (("missed", scores.misses), ("extra", scores.extras), ("wrong value", scores.wrong_values)):
            print(f"\n{title} ({len(rows)}):")
            for row in rows:
                print("  " + row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
