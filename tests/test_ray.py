"""Building on Ray gives the index a local build gives; a broken file or a dead worker loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("ray")

import docsearch
from docsearch import distributed
from docsearch.vectors import FaissStore

pytestmark = pytest.mark.slow

QUERIES = ("Lutterworth community hospital beds", "council tax increase 2017/18", "delayed transfers of care")
PAPERS = {
    "beds.txt": "Community hospital beds\n\nLutterworth community hospital has 10 rehabilitation beds.\n",
    "budget.txt": "Revenue budget\n\nOfficer time on integration is estimated at £875,000 for 2018/19.\n",
    "minutes.txt": "Minutes\n\nThe Commission asked about waiting times at the Leicester Royal Infirmary.\n",
}


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    """One local Ray instance for the module, stopped at the end."""
    yield
    distributed.shutdown()


def rows(folder: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(folder / "docsearch.sqlite")
    try:
        return sorted(tuple(r) for r in conn.execute(sql).fetchall())
    finally:
        conn.close()


def vectors(folder: Path) -> FaissStore:
    conn = sqlite3.connect(folder / "docsearch.sqlite")
    generation = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]
    conn.close()
    return FaissStore.load(folder / f"vectors.{generation}.faiss")


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, text in PAPERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF at all\n")
    return folder


def test_the_default_corpus_built_on_ray_equals_the_local_build(corpus_index, corpus_dir, tmp_path):
    folder = tmp_path / "ray-built"
    index, report = docsearch.build_index([corpus_dir], folder, ray_address="local")
    assert report.counts()["added"] == 5 and not report.failed
    documents = "SELECT doc_id, path, title, body, date, kind, media_type, page_count, restrictions, warnings, size FROM documents"
    for sql in (documents, "SELECT * FROM paragraphs", "SELECT * FROM chunks", "SELECT * FROM entities"):
        assert rows(folder, sql) == rows(corpus_index, sql), sql
    assert len(rows(folder, "SELECT * FROM entities")) > 1000
    ray_vectors, local_vectors = vectors(folder), vectors(corpus_index)
    ids = np.sort(local_vectors.ids())
    np.testing.assert_array_equal(np.sort(ray_vectors.ids()), ids)
    difference = np.abs(ray_vectors.vectors_for(ids) - local_vectors.vectors_for(ids)).max()
    assert difference < 1e-4
    local = docsearch.open_index(corpus_index)
    for query in QUERIES:
        assert [h.chunk_id for h in index.search(query, k=10)] == [h.chunk_id for h in local.search(query, k=10)]
    index.close()
    local.close()


def test_a_broken_file_is_reported_as_locally_and_killed_workers_lose_nothing(papers):
    import ray

    from docsearch.embed import load_embedder
    from docsearch.pipeline import process_files

    files = [(path, path.stem) for path in sorted(papers.iterdir())]
    pool = distributed.worker_pool(workers=2)
    killed: list[object] = []

    class KillOnFirstFile:
        """A progress bar that kills every worker when the first file is done, with the next two in flight."""

        def update(self, count: int) -> None:
            if not killed:
                killed.extend(pool.actors)
                for actor in killed:
                    ray.kill(actor, no_restart=True)

        def close(self) -> None:
            pass

    batch = distributed.process_files_ray(files, progress=lambda stage, total: KillOnFirstFile(), workers=2)
    local = process_files(files, load_embedder("auto"), max_words=200)
    broken = str(papers / "broken.pdf")
    assert batch.failed == local.failed and list(batch.failed) == [broken]
    assert [d.document.path for d in batch.documents] == [d.document.path for d in local.documents]
    assert len(batch.documents) == 3
    for remote, here in zip(batch.documents, local.documents):
        assert remote.paragraphs == here.paragraphs and remote.chunks == here.chunks
        np.testing.assert_allclose(remote.vectors, here.vectors, atol=1e-4)
    retried = [path for path, notes in batch.warnings.items() if any("died" in n for n in notes)]
    assert len(killed) == 2 and len(retried) == 2
    assert not set(pool.actors) & set(killed)


def test_a_file_that_kills_its_worker_twice_fails_and_a_rerun_completes(papers, tmp_path, monkeypatch):
    (papers / "broken.pdf").unlink()
    folder = tmp_path / "idx"
    distributed.shutdown(stop_ray=False)
    monkeypatch.setenv("DOCSEARCH_FAULT", "read:file")  # each new worker process dies at its first read
    index, report = docsearch.build_index([papers], folder, ray_address="local")
    assert sorted(Path(p).name for p in report.failed) == sorted(PAPERS)
    assert all("died 2 times" in reason for reason in report.failed.values())
    assert index.stats()["documents"] == 0
    index.close()
    distributed.shutdown(stop_ray=False)
    monkeypatch.delenv("DOCSEARCH_FAULT")
    index, report = docsearch.build_index([papers], folder, ray_address="local")
    assert report.counts()["added"] == 3 and not report.failed and index.failures() == {}
    assert "Lutterworth" in index.search("Lutterworth beds", k=1)[0].text
    index.close()
