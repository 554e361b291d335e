"""An index on disk: incremental updates, failures retried, crash safety, concurrent readers."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

import docsearch
from docsearch.errors import IndexLocked, IndexMismatch, IndexNotFound
from sample_papers import BEDS, BUDGET, MINUTES


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    write(folder, "beds.txt", BEDS)
    write(folder, "budget.txt", BUDGET)
    return folder


def test_an_index_read_by_an_older_reader_says_how_to_read_it_again(papers, tmp_path):
    import sqlite3

    from docsearch.extract import READER_VERSION

    folder = tmp_path / "idx"
    index, report = docsearch.build_index([papers], folder)
    index.close()
    assert report.notices == []
    with sqlite3.connect(folder / "docsearch.sqlite") as conn:  # as if an older docsearch had read them
        conn.execute("UPDATE meta SET value = ? WHERE key = 'reader_version'", (str(READER_VERSION - 1),))
    write(papers, "minutes.txt", MINUTES)
    index, report = docsearch.build_index([papers], folder)
    index.close()
    assert report.counts()["added"] == 1 and len(report.notices) == 1
    assert "2 indexed file(s)" in report.notices[0] and "--rebuild" in report.notices[0]
    other = write(tmp_path / "other", "extra.txt", BUDGET.replace("4%", "3%")).parent
    index, report = docsearch.build_index([other], folder)  # reads none of the older papers again
    index.close()
    assert report.counts()["added"] == 1 and "3 indexed file(s)" in report.notices[0]
    with docsearch.open_index(folder) as old:
        assert old.stats()["reader_version"] == READER_VERSION - 1
    index, report = docsearch.build_index([papers], folder, rebuild=True)
    assert report.notices == [] and index.stats()["reader_version"] == READER_VERSION
    index.close()
    index, report = docsearch.build_index([papers], folder)
    index.close()
    assert report.counts()["unchanged"] == 3 and report.notices == []


def test_a_new_index_reports_every_file_added_and_answers_from_them(papers, tmp_path):
    index, report = docsearch.build_index([papers], tmp_path / "idx")
    assert report.counts() == {"added": 2, "updated": 0, "removed": 0, "unchanged": 0, "failed": 0}
    hits = index.search("Lutterworth beds", k=3)
    assert "Lutterworth community hospital" in hits[0].text
    assert hits[0].citation.path.endswith("beds.txt")
    assert index.stats()["documents"] == 2


def test_a_second_run_reads_only_new_or_changed_files_and_drops_gone_ones(papers, tmp_path):
    folder = tmp_path / "idx"
    docsearch.build_index([papers], folder)[0].close()
    write(papers, "minutes.txt", MINUTES)
    write(papers, "budget.txt", BUDGET.replace("4%", "3.99%"))
    (papers / "beds.txt").unlink()
    index, report = docsearch.build_index([papers], folder)
    counts = report.counts()
    assert (counts["added"], counts["updated"], counts["removed"], counts["unchanged"]) == (1, 1, 1, 0)
    texts = " ".join(h.text for h in index.search("council tax increase", k=5))
    assert "3.99%" in texts and "increase of 4%" not in texts
    assert all("Lutterworth" not in h.text for h in index.search("Lutterworth beds", k=10))
    _, again = docsearch.build_index([papers], folder)
    assert again.counts()["unchanged"] == 2 and again.counts()["added"] == 0


def test_api_update_adds_just_those_files_and_removes_nothing(papers, tmp_path):
    index, _ = docsearch.build_index([papers / "beds.txt"], tmp_path / "idx")
    extra = write(tmp_path / "elsewhere", "minutes.txt", MINUTES)
    report = index.update([extra])
    assert report.counts()["added"] == 1 and report.counts()["removed"] == 0
    assert {Path(d.path).name for d in index.documents()} == {"beds.txt", "minutes.txt"}


def test_a_failed_file_is_recorded_with_its_reason_and_tried_again_next_run(papers, tmp_path):
    broken = papers / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    folder = tmp_path / "idx"
    index, report = docsearch.build_index([papers], folder)
    assert report.counts()["added"] == 2 and report.counts()["failed"] == 1
    assert "broken.pdf" in report.failed[str(broken.resolve())]
    assert str(broken.resolve()) in index.failures()
    index.close()
    _, again = docsearch.build_index([papers], folder)
    assert list(again.failed) == [str(broken.resolve())]  # tried again, not skipped as unchanged
    fixed_pdf = pymupdf.open()
    fixed_pdf.new_page().insert_text((72, 72), "Now a readable note about Lutterworth.")
    fixed_pdf.save(broken)
    index, fixed = docsearch.build_index([papers], folder)
    assert fixed.counts()["added"] == 1 and not index.failures()


def test_opening_a_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexNotFound, match="docsearch index"):
        docsearch.open_index(tmp_path / "nothing")


def test_an_index_built_with_other_settings_asks_for_a_rebuild(papers, tmp_path):
    folder = tmp_path / "idx"
    docsearch.build_index([papers], folder)[0].close()
    config = json.loads((folder / "config.json").read_text())
    config["max_words"] = 999
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(IndexMismatch, match="--rebuild"):
        docsearch.open_index(folder)


def test_every_stored_vector_is_its_own_text_s_vector(papers, tmp_path):
    """The build encodes all texts shortest first, then puts each vector back under its own id."""
    import numpy as np

    from docsearch import store
    from docsearch.chunk import embedding_units
    from docsearch.models import Chunk

    write(papers, "minutes.txt", MINUTES)
    index, _ = docsearch.build_index([papers], tmp_path / "idx")
    rows = index.conn.execute("SELECT chunk_id, doc_id, paragraph_ordinal, chunk_index, text, start, \"end\", "
                              "context FROM chunks").fetchall()
    ids, texts = [], []
    for chunk_id, *fields in rows:
        for unit, text in enumerate(embedding_units(Chunk(*fields))):
            ids.append(store.vector_id(chunk_id, unit))
            texts.append(text)
    assert len(set(texts)) > 5 and len({len(t) for t in texts}) > 5  # varied lengths, so order matters
    with index.read():
        stored = index.vectors().vectors_for(np.array(ids, dtype=np.int64))
    alone = np.vstack([index.embedder.encode([text]) for text in texts])
    assert (stored * alone).sum(axis=1).min() > 0.9999
    index.close()


def test_an_int8_index_records_its_encoder_keeps_it_and_queries_with_it(papers, tmp_path):
    import numpy as np

    from docsearch.embed import load_embedder
    from docsearch.multi import open_indexes

    folder = tmp_path / "idx"
    index, _ = docsearch.build_index([papers], folder, encoder="int8")
    assert json.loads((folder / "config.json").read_text())["encoder"] == "int8"
    assert index.embedder.quantized and index.stats()["encoder"] == "int8"
    assert "Lutterworth community hospital" in index.search("Lutterworth beds", k=1)[0].text
    chunk = index.search("council tax increase", k=1)[0].chunk_id
    with index.read():  # the stored vectors are the int8 encoder's, not fp32's
        stored = index.vectors().vectors_for(np.array([chunk], dtype=np.int64))[0]
    text = index.conn.execute("SELECT context || char(10) || text FROM chunks WHERE chunk_id = ?",
                              (chunk,)).fetchone()[0]
    # int8 quantises activations per batch, so a text's vector depends a little on its batch mates.
    assert float(stored @ index.embedder.encode([text])[0]) > 0.98
    assert float(stored @ load_embedder("onnx").encode([text])[0]) < 0.9999  # not fp32's
    index.close()

    write(papers, "minutes.txt", MINUTES)  # an update keeps the encoder without being told
    index, report = docsearch.build_index([papers], folder)
    assert report.counts()["added"] == 1 and index.config.encoder == "int8"
    index.close()
    with pytest.raises(IndexMismatch, match="--rebuild --encoder fp32"):
        docsearch.build_index([papers], folder, encoder="fp32")
    fp32 = tmp_path / "fp32"
    docsearch.build_index([papers], fp32)[0].close()
    with pytest.raises(IndexMismatch, match="different encoders"):
        open_indexes([folder, fp32])
    index, _ = docsearch.build_index([papers], folder, rebuild=True, encoder="fp32")
    assert json.loads((folder / "config.json").read_text())["encoder"] == "fp32"
    index.close()


def test_rebuild_swaps_in_a_fresh_index(papers, tmp_path):
    folder = tmp_path / "idx"
    docsearch.build_index([papers], folder)[0].close()
    config = json.loads((folder / "config.json").read_text())
    config["max_words"] = 999
    (folder / "config.json").write_text(json.dumps(config))
    index, report = docsearch.build_index([papers], folder, rebuild=True)
    assert report.counts()["added"] == 2
    assert index.search("council tax", k=1)[0].citation.path.endswith("budget.txt")
    assert not list(tmp_path.glob(".idx.rebuild-*"))


def test_a_second_writer_is_refused_with_a_clear_message(papers, tmp_path, monkeypatch):
    from filelock import FileLock

    import docsearch.index as index_module

    folder = tmp_path / "idx"
    index, _ = docsearch.build_index([papers], folder)
    monkeypatch.setattr(index_module, "LOCK_WAIT_SECONDS", 0.2)
    with FileLock(str(tmp_path / ".idx.lock")):
        with pytest.raises(IndexLocked, match="another docsearch process is writing"):
            index.update([papers])


def _kill_during_build(corpus: Path, folder: Path, delay: float) -> None:
    env = dict(os.environ, DOCSEARCH_PROGRESS="0")
    proc = subprocess.Popen([sys.executable, "-m", "docsearch.cli", "index", str(corpus), "--index", str(folder)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
def test_an_update_killed_part_way_leaves_the_previous_index_readable(papers, tmp_path):
    folder = tmp_path / "idx"
    docsearch.build_index([papers], folder)[0].close()
    for i in range(60):
        write(papers, f"extra/paper{i}.txt", f"Paper {i}\n\nA note on item {i} about Glenfield Hospital parking.")
    _kill_during_build(papers, folder, delay=6.0)
    index = docsearch.open_index(folder)
    hits = index.search("Lutterworth beds", k=3)
    assert "Lutterworth" in hits[0].text
    with index.read():  # database and vectors from one committed state
        assert index.conn.execute("SELECT count(*) FROM vectors").fetchone()[0] == index.vectors().size
    index.close()
    index, report = docsearch.build_index([papers], folder)
    assert index.stats()["documents"] == 62


def _search_loop(folder: str, seconds: float, queue) -> None:
    index = docsearch.open_index(folder)
    errors, done, sizes = [], 0, set()
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with index.read():
                stats_chunks = index.conn.execute("SELECT count(*) FROM vectors").fetchone()[0]
                vectors = index.vectors().size
            if stats_chunks != vectors:
                errors.append(f"mixed state: {stats_chunks} vector rows, {vectors} vectors")
            index.search("Glenfield Hospital parking", k=5)
            done += 1
            sizes.add(vectors)
        except Exception as exc:  # any error is a failure of the promise
            errors.append(repr(exc))
    queue.put((done, errors, len(sizes)))


@pytest.mark.slow
def test_searches_during_updates_never_fail_or_see_a_mix(papers, tmp_path):
    folder = tmp_path / "idx"
    index, _ = docsearch.build_index([papers], folder)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    reader = ctx.Process(target=_search_loop, args=(str(folder), 25.0, queue))
    reader.start()
    time.sleep(8)  # let the reader load its models
    for i in range(6):
        write(papers, f"more/p{i}.txt", f"Paper {i}\n\nGlenfield Hospital parking note number {i}.")
        index.update([papers / "more"])
        if i % 2:
            (papers / "more" / f"p{i}.txt").unlink()
            index, _ = docsearch.build_index([papers], folder)
    done, errors, states = queue.get(timeout=60)
    reader.join(timeout=30)
    assert errors == []
    assert done > 10
    assert states >= 2  # the reader really saw the index change under it


def test_a_copy_of_an_index_folder_is_a_working_index(papers, tmp_path):
    index, _ = docsearch.build_index([papers], tmp_path / "idx")
    index.close()
    shutil.copytree(tmp_path / "idx", tmp_path / "copy")
    assert docsearch.open_index(tmp_path / "copy").search("council tax", k=1)


def test_a_lost_vector_file_is_reported_not_silently_searched_without(papers, tmp_path):
    from docsearch.errors import IndexError_

    index, _ = docsearch.build_index([papers], tmp_path / "idx")
    index.close()
    for path in (tmp_path / "idx").glob("vectors.*.faiss"):
        path.unlink()
    with pytest.raises(IndexError_, match="check --index .* --repair"):
        docsearch.open_index(tmp_path / "idx").search("council tax", k=1)
