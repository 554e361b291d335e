"""The vector store follows size: exact while small, a trained IVF index past the threshold, removals intact."""

from __future__ import annotations

import numpy as np
import pytest

from docsearch.vectors import (
    FLAT_DESCRIPTION,
    FaissStore,
    VectorIndexSpec,
    choose_spec,
    exact_neighbours,
    fit_to_size,
    measure_recall,
    recall_queries,
)

DIMENSION = 384
COUNT = 50_000
THRESHOLD = 20_000


def clustered_vectors(count: int, seed: int = 0, centres: int = 400) -> np.ndarray:
    """Unit vectors scattered around random centres, as paragraph embeddings cluster by topic."""
    rng = np.random.default_rng(seed)
    middles = rng.standard_normal((centres, DIMENSION)).astype(np.float32)
    middles /= np.linalg.norm(middles, axis=1, keepdims=True)
    spread = rng.standard_normal((count, DIMENSION)).astype(np.float32) * (0.8 / np.sqrt(DIMENSION))
    vectors = middles[rng.integers(0, centres, count)] + spread
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray]:
    ids = np.random.default_rng(1).choice(2**62, size=COUNT, replace=False).astype(np.int64)
    return ids, clustered_vectors(COUNT)


@pytest.fixture(scope="module")
def ivf(data):
    ids, vectors = data
    flat = FaissStore(DIMENSION)
    flat.add(ids, vectors)
    store, report = fit_to_size(flat, flat_max=THRESHOLD)
    return store, report


def test_a_store_stays_exact_up_to_the_threshold_and_becomes_ivf_past_it(data):
    ids, vectors = data
    small = FaissStore(DIMENSION)
    small.add(ids[:THRESHOLD], vectors[:THRESHOLD])
    same, report = fit_to_size(small, flat_max=THRESHOLD)
    assert same is small and report is None and same.is_exact
    assert choose_spec(THRESHOLD, DIMENSION, flat_max=THRESHOLD).describe() == FLAT_DESCRIPTION
    past = choose_spec(THRESHOLD + 1, DIMENSION, flat_max=THRESHOLD)
    assert past == VectorIndexSpec("ivf-flat", round(4 * np.sqrt(THRESHOLD + 1)))


def test_fifty_thousand_vectors_get_an_ivf_index_of_about_four_root_n_lists_meeting_recall(ivf, data):
    store, report = ivf
    ids, vectors = data
    assert report.description == "IVF894,Flat,IP" and store.spec.nlist == 894
    assert report.count == COUNT and store.size == COUNT and not store.is_exact
    assert report.recall_at_10 >= 0.95 and 1 <= report.nprobe <= 894
    # Recall checked independently: other queries than the ones the index was tuned on.
    queries = recall_queries(vectors, count=300, seed=7)
    assert measure_recall(store, queries, exact_neighbours(ids, vectors, queries)) >= 0.95


def test_removed_ids_never_come_back_and_the_others_keep_their_own_ids(data):
    ids, vectors = data
    flat = FaissStore(DIMENSION)
    flat.add(ids, vectors)
    store, _ = fit_to_size(flat, flat_max=THRESHOLD)
    removed = ids[:5000]
    store.remove(removed)
    store.remove(removed[:10])  # removing twice is harmless
    assert store.size == COUNT - 5000
    assert not np.isin(removed, store.ids()).any() and len(store.ids()) == COUNT - 5000
    # A kept vector searched for itself comes back under its own id: IDMap2 around IVF fails this.
    for row in (5000, 17_000, 49_999):
        _, found = store.search(vectors[row], 1)
        assert found[0] == ids[row]
        np.testing.assert_allclose(store.vectors_for(ids[row : row + 1])[0], vectors[row], atol=1e-6)
    _, found = store.search_many(vectors[:50], 10)
    assert not np.isin(found, removed).any()
    store.add(removed[:3], vectors[:3])
    assert store.search(vectors[1], 1)[1][0] == ids[1]


def test_an_ivf_store_saved_and_loaded_gives_the_same_results(ivf, data, tmp_path):
    store, _ = ivf
    _, vectors = data
    path = tmp_path / "vectors.7.faiss"
    store.save(path)
    loaded = FaissStore.load(path)
    assert loaded.spec == store.spec and loaded.nprobe == store.nprobe and loaded.size == store.size
    assert sorted(loaded.ids()) == sorted(store.ids())
    expected = store.search_many(vectors[:20], 10)
    got = loaded.search_many(vectors[:20], 10)
    np.testing.assert_array_equal(got[1], expected[1])
    np.testing.assert_allclose(got[0], expected[0], atol=1e-6)


def test_a_store_shrunk_below_half_the_threshold_goes_back_to_exact(data):
    ids, vectors = data
    flat = FaissStore(DIMENSION)
    flat.add(ids[:30_000], vectors[:30_000])
    store, _ = fit_to_size(flat, flat_max=THRESHOLD)
    store.remove(ids[:25_000])
    exact, report = fit_to_size(store, flat_max=THRESHOLD)
    assert exact.is_exact and report.description == FLAT_DESCRIPTION and report.recall_at_10 == 1.0
    assert sorted(exact.ids()) == sorted(ids[25_000:30_000])


def test_vectors_too_big_for_memory_are_compressed_sq8_first_then_pq():
    assert choose_spec(2_000_000, DIMENSION, memory_budget=4 << 30).kind == "ivf-flat"
    assert choose_spec(5_000_000, DIMENSION, memory_budget=4 << 30).kind == "ivf-sq8"
    pq = choose_spec(20_000_000, DIMENSION, memory_budget=4 << 30)
    assert (pq.kind, pq.pq_bytes, pq.describe()) == ("ivf-pq", 192, "IVF17889,PQ192,IP")
    assert pq.bytes_per_vector(DIMENSION) * 20_000_000 <= 4 << 30


def test_a_compressed_store_still_meets_recall(data):
    ids, vectors = data
    flat = FaissStore(DIMENSION)
    flat.add(ids[:25_000], vectors[:25_000])
    store, report = fit_to_size(flat, flat_max=THRESHOLD, memory_budget=25_000 * DIMENSION)
    assert store.spec.kind == "ivf-sq8" and report.description == "IVF632,SQ8,IP"
    assert report.recall_at_10 >= 0.95


def test_an_index_past_the_threshold_records_its_ivf_index_and_keeps_deleting(tmp_path, monkeypatch):
    import json
    import sqlite3

    import docsearch
    from docsearch import vectors

    monkeypatch.setattr(vectors, "FLAT_MAX", 8)
    papers = tmp_path / "papers"
    papers.mkdir()
    for number in range(6):
        lines = [f"Paper {number}", f"Ward {number} at Lutterworth has {number + 10} beds.",
                 f"The scheme {number} costs £{number + 1}m in 2018/19.", f"Minute {number}: members noted it."]
        (papers / f"paper-{number}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    index, _ = docsearch.build_index([papers], tmp_path / "idx")
    config = json.loads((tmp_path / "idx" / "config.json").read_text())
    meta = dict(sqlite3.connect(tmp_path / "idx" / "docsearch.sqlite").execute("SELECT key, value FROM meta"))
    assert config["vector_index"].startswith("IVF") and config["vector_index"].endswith(",Flat,IP")
    assert meta["vector_index"] == config["vector_index"] and float(meta["vector_recall_at_10"]) >= 0.95
    assert "Ward 3" in index.search("Ward 3 beds", k=1)[0].text
    index.close()
    (papers / "paper-3.txt").unlink()
    index, report = docsearch.build_index([papers], tmp_path / "idx")
    assert report.counts()["removed"] == 1
    assert all("Ward 3 " not in hit.text for hit in index.search("Ward 3 beds", k=10))
    with index.read():
        stored = set(index.vectors().ids().tolist())
        owned = {r[0] for r in index.conn.execute("SELECT chunk_id FROM chunks")}
    assert owned <= stored and not index.vectors().is_exact
    index.close()
