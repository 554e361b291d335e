"""Interrupted builds, full disks, readers during writes and two writers lose nothing.

A small corpus (two text files and two tiny PDFs) is indexed once; the folder then changes (a
file removed, one changed, one added). Each kill test copies that index and runs
`docsearch index` (plain or --rebuild) in a subprocess that SIGKILLs itself at one named fault
point (docsearch/faults.py). Afterwards the index must open, pass `check`, hold exactly the last
committed state (compared with clean builds of each state: documents, paragraphs, entities,
vectors within float tolerance, top-10 results), and a rerun must finish with the content of a
clean build of the final folder.

scripts/fault_report.py runs the same scenarios and prints the figures.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import docsearch
from docsearch import faults, store
from docsearch.check import check_index
from docsearch.errors import DocsearchError
from docsearch.index import IndexWriteError
from sample_papers import BEDS, BUDGET

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("Lutterworth community hospital beds", "council tax increase", "waiting times emergency department",
           "Glenfield Hospital parking")
VECTOR_TOLERANCE = 1e-4

BUDGET_V2 = BUDGET.replace("4%", "3.99%")
GONE = """Parking

Glenfield Hospital parking charges rise by 50p from April.
"""


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A small real PDF: each page a list of paragraphs set in Helvetica."""
    doc = pymupdf.open()
    for paragraphs in pages:
        page = doc.new_page()
        y = 72.0
        for text in paragraphs:
            page.insert_textbox(pymupdf.Rect(72, y, 520, y + 90), text, fontsize=11)
            y += 100
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


MINUTES_PDF = [
    ["Minutes of the Health Scrutiny Commission",
     "The Commission asked about waiting times at the Leicester Royal Infirmary emergency department."],
    ["University Hospitals of Leicester NHS Trust reported a deficit of £2.3m at month 9."],
]
NEW_PDF = [["Better Care Fund update", "The Better Care Fund pooled budget for 2018/19 is £58.4m."]]


def write_v1(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "beds.txt").write_text(BEDS, encoding="utf-8")
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (folder / "parking.txt").write_text(GONE, encoding="utf-8")
    make_pdf(folder / "minutes.pdf", MINUTES_PDF)


def change_to_v2(folder: Path) -> None:
    """parking.txt removed, budget.txt changed, new.pdf added (one of each kind of change)."""
    (folder / "parking.txt").unlink()
    (folder / "budget.txt").write_text(BUDGET_V2, encoding="utf-8")
    make_pdf(folder / "new.pdf", NEW_PDF)


# -- what an index holds, for comparing states ---------------------------------------------------


@dataclass
class Signature:
    """Everything a clean build determines, path-independent (files are compared by name)."""

    documents: list[tuple]
    paragraphs: list[tuple]
    entities: list[tuple]
    chunks: list[tuple]
    vectors: dict[int, np.ndarray]
    top10: dict[str, list[int]]

    def differences(self, other: Signature) -> list[str]:
        """What differs, in words (empty when the same)."""
        out = [name for name in ("documents", "paragraphs", "entities", "chunks", "top10")
               if getattr(self, name) != getattr(other, name)]
        if self.vectors.keys() != other.vectors.keys():
            out.append(f"vector ids ({len(self.vectors)} vs {len(other.vectors)})")
        else:
            worst = max((float(np.abs(self.vectors[i] - other.vectors[i]).max()) for i in self.vectors), default=0.0)
            if worst > VECTOR_TOLERANCE:
                out.append(f"vectors differ by up to {worst:.2g}")
        return out


def signature(folder: Path) -> Signature:
    index = docsearch.open_index(folder)
    try:
        conn = index.conn
        with index.read():
            documents = sorted((r["doc_id"], Path(r["path"]).name, r["title"], r["page_count"])
                               for r in conn.execute("SELECT * FROM documents"))
            paragraphs = sorted(tuple(r) for r in conn.execute(
                "SELECT doc_id, ordinal, text, kind, pages, label, heading_path FROM paragraphs"))
            entities = sorted(tuple(r) for r in conn.execute(
                'SELECT doc_id, paragraph_ordinal, label, text, start, "end", canonical, value FROM entities'))
            chunks = sorted(tuple(r) for r in conn.execute(
                'SELECT chunk_id, doc_id, paragraph_ordinal, chunk_index, text, start, "end", context FROM chunks'))
            ids, matrix = index.vectors().arrays()
        top10 = {q: [hit.chunk_id for hit in index.search(q, k=10)] for q in QUERIES}
    finally:
        index.close()
    return Signature(documents, paragraphs, entities, chunks, dict(zip(ids.tolist(), matrix)), top10)


def build(folder: Path, index_dir: Path, *, rebuild: bool = False) -> docsearch.UpdateReport:
    index, report = docsearch.build_index([folder], index_dir, rebuild=rebuild)
    index.close()
    return report


@dataclass
class Corpus:
    """The changing folder, the index of its first state, and clean signatures of each state."""

    folder: Path
    first_index: Path
    states: dict[str, Signature]  # "before", "removed" (only parking.txt gone), "after"


@pytest.fixture(scope="module", autouse=True)
def one_embedder():
    """Every index opened in this process shares one embedder (loading it costs ~0.7 s each time)."""
    with pytest.MonkeyPatch.context() as patch:
        share_one_embedder(patch)
        yield


def share_one_embedder(patch: pytest.MonkeyPatch) -> None:
    import functools

    import docsearch.embed

    patch.setattr(docsearch.embed, "load_embedder", functools.lru_cache(maxsize=None)(docsearch.embed.load_embedder))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return make_corpus(tmp_path_factory.mktemp("faults"))


def make_corpus(base: Path) -> Corpus:
    """Build the corpus, its first index and a clean reference build of every state (~10 s)."""
    folder = base / "papers"
    write_v1(folder)
    first_index = base / "first"
    build(folder, first_index)
    states = {"before": signature(first_index)}
    removed = base / "ref-removed" / "papers"
    shutil.copytree(folder, removed)  # copies: PyMuPDF stamps each new PDF with its own id
    (removed / "parking.txt").unlink()
    build(removed, base / "ref-removed" / "idx")
    states["removed"] = signature(base / "ref-removed" / "idx")
    change_to_v2(folder)
    after = base / "ref-after" / "papers"
    shutil.copytree(folder, after)
    build(after, base / "ref-after" / "idx")
    states["after"] = signature(base / "ref-after" / "idx")
    assert len({tuple(s.documents) for s in states.values()}) == 3  # the three states really differ
    return Corpus(folder, first_index, states)


# -- kill points -------------------------------------------------------------------------------

# (fault point, --rebuild?, the state the index must hold after the kill)
# A plain update commits twice: first the removal of parking.txt, then the batch of read files.
KILL_POINTS: list[tuple[str, bool, str]] = [
    ("scan:listed", False, "before"),
    ("write:begin@1", False, "before"),
    ("write:removed@1", False, "before"),
    ("write:vectors-temp@1", False, "before"),
    ("write:vectors-saved@1", False, "before"),
    ("write:before-commit@1", False, "before"),
    ("write:committed@1", False, "removed"),
    ("read:file@1", False, "removed"),
    ("read:file@2", False, "removed"),
    ("read:done", False, "removed"),
    ("entities:paragraph@1", False, "removed"),
    ("entities:paragraph@3", False, "removed"),
    ("entities:done", False, "removed"),
    ("embed:batch@1", False, "removed"),
    ("embed:done", False, "removed"),
    ("write:begin@2", False, "removed"),
    ("write:document@1", False, "removed"),
    ("write:document@2", False, "removed"),
    ("write:vectors-temp@2", False, "removed"),
    ("write:vectors-saved@2", False, "removed"),
    ("write:before-commit@2", False, "removed"),
    ("write:committed@2", False, "after"),
    # --rebuild: a fresh index is built beside the old one and swapped in at the end.
    ("read:file@3", True, "before"),
    ("entities:done", True, "before"),
    ("embed:done", True, "before"),
    ("write:document@2", True, "before"),
    ("write:vectors-saved@1", True, "before"),
    ("write:committed@1", True, "before"),
    ("rebuild:staged", True, "before"),
    ("swap:locked", True, "before"),
    ("swap:exchanged", True, "after"),
]


@dataclass
class KillOutcome:
    point: str
    rebuild: bool
    killed: bool  # the process really died by SIGKILL at the point
    problems_after_kill: list[str]  # what was wrong straight after the kill (empty = survived)
    problems_after_rerun: list[str]
    seconds: float


def index_command(folder: Path, index_dir: Path, *, rebuild: bool) -> list[str]:
    command = [sys.executable, "-m", "docsearch.cli", "index", str(folder), "--index", str(index_dir)]
    return command + (["--rebuild"] if rebuild else [])


def run_kill_point(corpus: Corpus, work: Path, point: str, rebuild: bool, expected_state: str) -> KillOutcome:
    """Copy the first index, kill `docsearch index` at `point`, then inspect and rerun."""
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    index_dir = work / "idx"
    shutil.copytree(corpus.first_index, index_dir)
    env = dict(os.environ, DOCSEARCH_FAULT=point, DOCSEARCH_PROGRESS="0")
    proc = subprocess.run(index_command(corpus.folder, index_dir, rebuild=rebuild), env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    killed = proc.returncode == -signal.SIGKILL
    after_kill: list[str] = []
    if not killed:
        after_kill.append(f"not killed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
    report = check_index(index_dir)
    after_kill += [f"check: {p}" for p in report.problems]
    after_kill += [f"state: {d}" for d in signature(index_dir).differences(corpus.states[expected_state])]
    build(corpus.folder, index_dir, rebuild=rebuild)
    after_rerun = [f"check: {p}" for p in check_index(index_dir).problems]
    after_rerun += [f"state: {d}" for d in signature(index_dir).differences(corpus.states["after"])]
    litter = [p.name for p in index_dir.parent.glob(".idx.rebuild-*")] + [
        p.name for p in index_dir.glob("vectors.*.tmp-*")]
    if litter:
        after_rerun.append(f"left behind: {', '.join(litter)}")
    shutil.rmtree(work, ignore_errors=True)
    return KillOutcome(point, rebuild, killed, after_kill, after_rerun, time.monotonic() - started)


@pytest.mark.slow
@pytest.mark.parametrize(("point", "rebuild", "expected_state"), KILL_POINTS,
                         ids=[f"{'rebuild' if r else 'update'}-{p}" for p, r, _ in KILL_POINTS])
def test_a_build_killed_at_any_point_keeps_the_last_committed_state_and_a_rerun_completes_it(
    corpus: Corpus, tmp_path: Path, point: str, rebuild: bool, expected_state: str
) -> None:
    outcome = run_kill_point(corpus, tmp_path / "run", point, rebuild, expected_state)
    assert outcome.killed, outcome.problems_after_kill
    assert outcome.problems_after_kill == []
    assert outcome.problems_after_rerun == []


def test_every_fault_point_in_the_kill_list_is_a_known_point() -> None:
    named = {point.partition("@")[0] for point, _, _ in KILL_POINTS}
    assert named <= set(faults.POINTS)
    stages = {name.split(":")[0] for name in named}
    assert {"read", "entities", "embed", "write", "swap"} <= stages
    assert len(KILL_POINTS) >= 20


# -- write errors ------------------------------------------------------------------------------


@pytest.fixture
def small_index(corpus: Corpus, tmp_path: Path) -> Path:
    """A copy of the first index (its source folder is in the changed state)."""
    index_dir = tmp_path / "idx"
    shutil.copytree(corpus.first_index, index_dir)
    return index_dir


# The update commits the removal first, then the read files: a failure in the second keeps the first.
@pytest.mark.parametrize(("point", "state"), [
    ("write:begin=enospc", "before"), ("write:vectors-temp=enospc", "before"),
    ("write:document=enospc", "removed"), ("write:vectors-temp@2=enospc", "removed"),
])
def test_a_full_disk_during_an_update_keeps_the_previous_index_and_says_so(
    corpus: Corpus, small_index: Path, point: str, state: str
) -> None:
    with faults.injected(point), pytest.raises(IndexWriteError) as caught:
        build(corpus.folder, small_index)
    message = str(caught.value)
    assert message == f"disk full while writing the index at {small_index}; the previous index is unchanged"
    assert check_index(small_index).problems == []
    assert not signature(small_index).differences(corpus.states[state])
    assert not list(small_index.glob("vectors.*.tmp-*"))  # no half-written vector file left
    build(corpus.folder, small_index)  # with space again, the same run completes
    assert not signature(small_index).differences(corpus.states["after"])


def test_an_io_error_names_the_error_and_keeps_the_previous_index(corpus: Corpus, small_index: Path) -> None:
    with faults.injected("write:vectors-temp=eio"), pytest.raises(IndexWriteError, match=(
        r"could not write \(Input/output error.*\) while writing the index at .*; the previous index is unchanged")):
        build(corpus.folder, small_index)
    assert check_index(small_index).ok


def test_sqlite_running_out_of_room_mid_transaction_keeps_the_previous_index(
    corpus: Corpus, small_index: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SQLite's own SQLITE_FULL, made real by capping the database at its current size."""
    import docsearch.index as index_module

    real_connect = index_module.store.connect

    def capped(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
        conn = real_connect(path, readonly=readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    long_paper = tmp_path / "long.txt"
    long_paper.write_text("Long paper\n\n" + "\n\n".join(
        f"Paragraph {n} on the Glenfield Hospital car park and its {n} spaces." for n in range(300)), encoding="utf-8")
    monkeypatch.setattr(index_module.store, "connect", capped)
    index = docsearch.open_index(small_index)
    with pytest.raises(IndexWriteError, match="^disk full while writing the index at .*previous index is unchanged$"):
        index.update([long_paper])
    index.close()
    monkeypatch.undo()
    assert check_index(small_index).problems == []
    assert not signature(small_index).differences(corpus.states["before"])


def test_a_full_disk_during_a_rebuild_keeps_the_old_index_and_no_staging_folder(
    corpus: Corpus, small_index: Path
) -> None:
    with faults.injected("write:vectors-temp=enospc"), pytest.raises(IndexWriteError, match="disk full"):
        build(corpus.folder, small_index, rebuild=True)
    assert not list(small_index.parent.glob(".idx.rebuild-*"))
    assert not signature(small_index).differences(corpus.states["before"])


def test_the_cli_reports_a_full_disk_in_one_line(corpus: Corpus, small_index: Path) -> None:
    from click.testing import CliRunner

    from docsearch.cli import main

    with faults.injected("write:vectors-saved=enospc"):
        result = CliRunner().invoke(main, ["index", str(corpus.folder), "--index", str(small_index)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1] == f"error: disk full while writing the index at {small_index}; the previous index is unchanged"
    assert "Traceback" not in result.output


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 2 MB tmpfs (root with mount rights only): a disk that really fills up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root with mount rights)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_really_full_disk_keeps_the_previous_index(corpus: Corpus, tiny_disk: Path) -> None:
    index_dir = tiny_disk / "idx"
    shutil.copytree(corpus.first_index, index_dir)
    filler = tiny_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:  # fill the disk to the last few kB
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - 48 * 1024))  # room to open the index, not to grow it
    with pytest.raises(IndexWriteError, match="^disk full while writing the index at"):
        build(corpus.folder, index_dir)
    assert check_index(index_dir).problems == []
    assert not signature(index_dir).differences(corpus.states["before"])


# -- readers during writes, two writers ------------------------------------------------------------


def reader_loop(folder: str, stop: str, out: str) -> None:
    """Search in a loop until `stop` exists; record each result set's documents and any error or mixed snapshot."""
    index = docsearch.open_index(folder)
    errors: list[str] = []
    result_sets: list[list[str]] = []
    snapshots = 0
    index.search(QUERIES[0], k=1)  # models loaded: tell the writer
    Path(out + ".ready").touch()
    deadline = time.time() + 300
    while not Path(stop).exists() and time.time() < deadline:
        try:
            with index.read():
                rows = {r[0] for r in index.conn.execute("SELECT vector_id FROM vectors")}
                stored = set(index.vectors().ids().tolist())
            snapshots += 1
            if rows != stored:
                errors.append(f"mixed snapshot: {len(rows)} vector rows, {len(stored)} stored vectors")
            for query in QUERIES:
                hits = index.search(query, k=10)
                result_sets.append(sorted({hit.citation.doc_id for hit in hits}))
        except Exception as exc:  # noqa: BLE001 - any error at all breaks the promise
            errors.append(f"{type(exc).__name__}: {exc}")
    Path(out).write_text(json.dumps({"errors": errors, "result_sets": result_sets, "snapshots": snapshots}))


def committed_documents(folder: Path) -> frozenset[str]:
    conn = store.connect(folder / store.DB_NAME, readonly=True)
    try:
        return frozenset(r[0] for r in conn.execute("SELECT doc_id FROM documents"))
    finally:
        conn.close()


@dataclass
class ReadersOutcome:
    searches: int
    snapshots: int
    errors: list[str]
    inconsistent: list[list[str]]  # result sets not drawn from any one committed state
    states: int
    seconds: float


def run_readers_during_writes(base: Path, *, readers: int = 2, steps: int = 8) -> ReadersOutcome:
    """Readers in other processes search while this one adds, changes, removes and rebuilds."""
    started = time.monotonic()
    folder = base / "papers"
    write_v1(folder)
    index_dir = base / "idx"
    build(folder, index_dir)
    states = {committed_documents(index_dir)}
    ctx = multiprocessing.get_context("spawn")
    outputs = [base / f"reader-{n}.json" for n in range(readers)]
    stop = base / "stop"
    procs = [ctx.Process(target=reader_loop, args=(str(index_dir), str(stop), str(out))) for out in outputs]
    for proc in procs:
        proc.start()
    deadline = time.monotonic() + 120
    while not all(Path(f"{out}.ready").exists() for out in outputs) and time.monotonic() < deadline:
        time.sleep(0.2)
    for step in range(steps):
        paper = folder / "more" / f"p{step}.txt"
        paper.parent.mkdir(exist_ok=True)
        paper.write_text(f"Paper {step}\n\nGlenfield Hospital parking note number {step}.\n", encoding="utf-8")
        build(folder, index_dir)  # add
        states.add(committed_documents(index_dir))
        paper.write_text(f"Paper {step}\n\nGlenfield Hospital parking note {step}, revised.\n", encoding="utf-8")
        build(folder, index_dir)  # change
        states.add(committed_documents(index_dir))
        if step % 2:
            (folder / "more" / f"p{step - 1}.txt").unlink()
            build(folder, index_dir)  # remove
            states.add(committed_documents(index_dir))
        if step % 4 == 3:
            build(folder, index_dir, rebuild=True)
            states.add(committed_documents(index_dir))
    time.sleep(1)  # a last search or two on the final state
    stop.touch()
    for proc in procs:
        proc.join(timeout=120)
    errors: list[str] = []
    inconsistent: list[list[str]] = []
    searches = snapshots = 0
    for out in outputs:
        data = json.loads(out.read_text())
        errors += data["errors"]
        snapshots += data["snapshots"]
        searches += len(data["result_sets"])
        inconsistent += [r for r in data["result_sets"] if not any(set(r) <= state for state in states)]
    return ReadersOutcome(searches, snapshots, errors, inconsistent, len(states), time.monotonic() - started)


@pytest.mark.slow
def test_searches_in_other_processes_during_updates_never_fail_or_mix_states(tmp_path: Path) -> None:
    outcome = run_readers_during_writes(tmp_path, readers=2, steps=4)
    assert outcome.errors == []
    assert outcome.inconsistent == []
    assert outcome.searches > 20
    assert outcome.states >= 8


@dataclass
class WritersOutcome:
    exits: list[int]
    refused: int
    problems: list[str]
    seconds: float


def run_two_writers(base: Path, *, rebuild: bool) -> WritersOutcome:
    """Two `docsearch index` processes on one index at once, each with its own folder."""
    started = time.monotonic()
    index_dir = base / "idx"
    first, second = base / "first", base / "second"
    write_v1(first)
    second.mkdir(parents=True)
    (second / "extra.txt").write_text("Extra\n\nA note on Glenfield Hospital parking.\n", encoding="utf-8")
    make_pdf(second / "new.pdf", NEW_PDF)
    build(first, index_dir)  # both writers start from an existing index
    env = dict(os.environ, DOCSEARCH_PROGRESS="0")
    procs = [subprocess.Popen(index_command(f, index_dir, rebuild=rebuild), env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in (first, second)]
    results = [proc.communicate(timeout=300) for proc in procs]
    exits = [proc.returncode for proc in procs]
    problems: list[str] = []
    refused = 0
    for code, (_, err) in zip(exits, results):
        if code == 1 and "another docsearch process is writing" in err:
            refused += 1
        elif code != 0:
            problems.append(f"exit {code}: {err.strip()[-300:]}")
    problems += [f"check: {p}" for p in check_index(index_dir).problems]
    names = {Path(d.path).name for d in docsearch.open_index(index_dir).documents()}
    expected = {"beds.txt", "budget.txt", "parking.txt", "minutes.pdf"}
    if rebuild:  # each rebuild holds exactly its own folder; the last swap wins
        if names not in (expected, {"extra.txt", "new.pdf"}):
            problems.append(f"documents after two rebuilds: {sorted(names)}")
    else:
        if exits[1] == 0:
            expected |= {"extra.txt", "new.pdf"}
        if names != expected:
            problems.append(f"documents {sorted(names)}, expected {sorted(expected)}")
    return WritersOutcome(exits, refused, problems, time.monotonic() - started)


@pytest.mark.slow
@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_two_writers_at_once_wait_or_refuse_and_never_corrupt_the_index(tmp_path: Path, rebuild: bool) -> None:
    outcome = run_two_writers(tmp_path, rebuild=rebuild)
    assert outcome.problems == []
    assert 0 in outcome.exits


def test_a_writer_is_refused_with_a_clear_message_while_check_holds_the_lock(
    small_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    import docsearch.index as index_module

    monkeypatch.setattr(index_module, "LOCK_WAIT_SECONDS", 0.2)
    with FileLock(str(small_index.parent / ".idx.lock")), pytest.raises(
        DocsearchError, match="another docsearch process is writing to .*Try again"
    ):
        check_index(small_index, repair=True)
