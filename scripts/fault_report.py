"""Reliability figures: kill points survived, hostile files by outcome, reads during writes, two writers.

    python scripts/fault_report.py              # everything (about 6 minutes on 2 cores)
    python scripts/fault_report.py --kills 5    # the first 5 kill points only
    python scripts/fault_report.py --skip-kills --skip-writers

Runs the same scenarios as tests/test_faults.py and tests/test_hostile.py and prints what
happened and how long each part took. Exit status 1 if any scenario lost something.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the scenarios live in the test modules

import pytest
import test_faults
import test_hostile


def kill_points(base: Path, limit: int | None) -> bool:
    started = time.monotonic()
    corpus = test_faults.make_corpus(base / "corpus")
    print(f"reference builds of the three states: {time.monotonic() - started:.1f} s")
    points = test_faults.KILL_POINTS[:limit] if limit else test_faults.KILL_POINTS
    survived = 0
    for number, (point, rebuild, state) in enumerate(points):
        outcome = test_faults.run_kill_point(corpus, base / f"kill-{number}", point, rebuild, state)
        ok = outcome.killed and not outcome.problems_after_kill and not outcome.problems_after_rerun
        survived += ok
        mode = "--rebuild" if rebuild else "update   "
        print(f"  {mode} {point:<24} killed={'yes' if outcome.killed else 'NO '} state={state:<8} "
              f"{'survived' if ok else 'LOST: ' + '; '.join(outcome.problems_after_kill + outcome.problems_after_rerun)}"
              f"  {outcome.seconds:.1f} s")
    stages = Counter(point.split(":")[0] for point, _, _ in points)
    print(f"kill points: {survived}/{len(points)} survived "
          f"({', '.join(f'{n} {stage}' for stage, n in sorted(stages.items()))}); "
          f"{time.monotonic() - started:.1f} s")
    return survived == len(points)


def hostile_files(base: Path) -> bool:
    started = time.monotonic()
    made = test_hostile.hostile_pdfs(base / "hostile")
    paths = sorted(test_hostile.BROKEN.iterdir()) + [made[name] for name in sorted(made)]
    results = test_hostile.read_all(paths)
    by_outcome = Counter(result.outcome for result in results)
    bad = [r for r in results if test_hostile.outcome_problems(r)]
    print(f"hostile files: {len(results)} tried ({len(list(test_hostile.BROKEN.iterdir()))} real broken, "
          f"{len(made)} mutated or constructed); {len(bad)} broke the promise; {time.monotonic() - started:.1f} s")
    for outcome, count in by_outcome.most_common():
        print(f"  {outcome:<20} {count}")
    slowest = sorted(results, key=lambda r: -r.seconds)[:5]
    print("  slowest: " + ", ".join(f"{r.name} {r.seconds:.2f} s" for r in slowest))
    print(f"  peak resident memory of the reading worker: {max(r.peak_rss_mb for r in results)} MB "
          f"(bound {test_hostile.RSS_BOUND_MB} MB, address space limit {test_hostile.MEMORY_LIMIT >> 30} GB)")
    for result in bad:
        print(f"  BROKE: {result.name}: {result.outcome}: {result.reason}")
    return not bad


def readers(base: Path) -> bool:
    outcome = test_faults.run_readers_during_writes(base / "readers", readers=2, steps=16)
    print(f"reads during writes: {outcome.searches} searches and {outcome.snapshots} snapshot checks in 2 reader "
          f"processes across {outcome.states} committed states (adds, changes, removals, 4 rebuilds); "
          f"{len(outcome.errors)} errors, {len(outcome.inconsistent)} result sets from no single state; "
          f"{outcome.seconds:.1f} s")
    for error in outcome.errors[:10]:
        print(f"  ERROR: {error}")
    return not outcome.errors and not outcome.inconsistent


def writers(base: Path) -> bool:
    ok = True
    for rebuild in (False, True):
        outcome = test_faults.run_two_writers(base / f"writers-{rebuild}", rebuild=rebuild)
        mode = "two rebuilds" if rebuild else "two updates"
        print(f"{mode} at once: exits {outcome.exits}, {outcome.refused} refused with the lock message, "
              f"{len(outcome.problems)} problems; {outcome.seconds:.1f} s")
        for problem in outcome.problems:
            print(f"  PROBLEM: {problem}")
        ok = ok and not outcome.problems
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=None, help="Try only the first N kill points.")
    parser.add_argument("--skip-kills", action="store_true")
    parser.add_argument("--skip-hostile", action="store_true")
    parser.add_argument("--skip-readers", action="store_true")
    parser.add_argument("--skip-writers", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    ok = True
    with tempfile.TemporaryDirectory(prefix="fault-report-") as folder, pytest.MonkeyPatch.context() as patch:
        base = Path(folder)
        test_faults.share_one_embedder(patch)
        if not args.skip_hostile:
            ok &= hostile_files(base)
        if not args.skip_kills:
            ok &= kill_points(base, args.kills)
        if not args.skip_readers:
            ok &= readers(base)
        if not args.skip_writers:
            ok &= writers(base)
    print(f"total: {time.monotonic() - started:.1f} s; {'nothing lost' if ok else 'SOMETHING WAS LOST'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
