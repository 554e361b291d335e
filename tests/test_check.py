"""`check_index` finds what is wrong with an index folder, says it in words, and repairs what it can."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import docsearch
from docsearch import store
from docsearch.check import check_index, format_report, main
from docsearch.errors import IndexLocked, IndexNotFound
from docsearch.vectors import FaissStore

BEDS = """Community hospital beds

Lutterworth community hospital has 10 rehabilitation beds that will close under the plan. Market Harborough
will gain a single 21 bed ward at St Luke's Hospital.
"""
BUDGET = """Revenue budget

The council tax increase of 4% is proposed for 2017/18.

Officer time on integration is estimated at £875,000 for 2018/19.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound three-document index (two text files, one PDF), built once for the module."""
    base = tmp_path_factory.mktemp("check")
    papers = base / "papers"
    papers.mkdir()
    (papers / "beds.txt").write_text(BEDS, encoding="utf-8")
    (papers / "budget.txt").write_text(BUDGET, encoding="utf-8")
    doc = pymupdf.open()
    doc.new_page().insert_textbox(pymupdf.Rect(72, 72, 520, 300), (
        "Minutes. The Commission asked about waiting times at the Leicester Royal Infirmary emergency department."
    ), fontsize=11)
    doc.save(papers / "minutes.pdf")
    index, report = docsearch.build_index([papers], base / "idx")
    assert report.counts()["added"] == 3
    index.close()
    return base / "idx"


@pytest.fixture
def index_dir(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built index for one test to damage."""
    folder = tmp_path / "idx"
    shutil.copytree(built, folder)
    return folder


@pytest.fixture(scope="module")
def embedder():
    from docsearch.embed import load_embedder

    return load_embedder("auto")


def connect(folder: Path) -> sqlite3.Connection:
    return store.connect(folder / store.DB_NAME)


def vector_file(folder: Path) -> Path:
    conn = connect(folder)
    generation = store.get_meta(conn, "generation")
    conn.close()
    return folder / f"vectors.{generation}.faiss"


def stored_vectors(folder: Path) -> dict[int, np.ndarray]:
    ids, matrix = FaissStore.load(vector_file(folder)).arrays()
    return dict(zip(ids.tolist(), matrix))


def top_ids(folder: Path, query: str = "Lutterworth rehabilitation beds") -> list[int]:
    index = docsearch.open_index(folder)
    try:
        return [hit.chunk_id for hit in index.search(query, k=10)]
    finally:
        index.close()


def test_a_fresh_index_is_sound_and_its_counts_agree(index_dir: Path) -> None:
    report = check_index(index_dir)
    assert report.ok and report.problems == [] and report.warnings == []
    assert report.counts["documents"] == 3
    assert report.counts["vectors"] == report.counts["vector rows"] >= report.counts["chunks"] > 3


def test_a_lost_vector_is_found_and_re_embedded_as_it_was(index_dir: Path, embedder) -> None:
    before = stored_vectors(index_dir)
    lost = min(before)
    vectors = FaissStore.load(vector_file(index_dir))
    vectors.remove(np.array([lost]))
    vectors.save(vector_file(index_dir))
    report = check_index(index_dir)
    assert not report.ok
    assert f"1 vector(s) listed in the database are missing from {vector_file(index_dir).name}" in report.problems
    repaired = check_index(index_dir, repair=True, embedder=embedder)
    assert repaired.ok, repaired.problems
    assert any(line.startswith("embedded 1 chunk(s)") for line in repaired.repaired)
    after = stored_vectors(index_dir)
    assert after.keys() == before.keys()
    assert max(float(np.abs(after[i] - before[i]).max()) for i in before) < 1e-4


def test_a_vector_of_no_chunk_is_found_and_removed(index_dir: Path) -> None:
    vectors = FaissStore.load(vector_file(index_dir))
    stray = np.full((1, vectors.dimension), 1 / np.sqrt(vectors.dimension), dtype=np.float32)
    vectors.add(np.array([12345]), stray)
    vectors.save(vector_file(index_dir))
    report = check_index(index_dir)
    assert "1 vector(s) belong to no chunk (ids 12345)" in report.problems
    assert check_index(index_dir, repair=True).ok
    assert 12345 not in stored_vectors(index_dir)


def test_a_full_text_table_out_of_step_is_rebuilt_and_keyword_search_finds_the_passage_again(index_dir: Path) -> None:
    conn = connect(index_dir)
    row = conn.execute("SELECT chunk_id, text, context FROM chunks WHERE text LIKE '%Lutterworth%'").fetchone()
    conn.execute("INSERT INTO chunks_fts(chunks_fts, rowid, text, context) VALUES ('delete', ?, ?, ?)", tuple(row))
    keyword = "SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'Lutterworth'"
    assert conn.execute(keyword).fetchall() == []
    conn.close()
    report = check_index(index_dir)
    assert any(p.startswith("the full-text table does not match the chunks") for p in report.problems)
    repaired = check_index(index_dir, repair=True)
    assert repaired.ok and "rebuilt the full-text table from the chunks" in repaired.repaired
    conn = connect(index_dir)
    assert [r[0] for r in conn.execute(keyword)] == [row["chunk_id"]]
    conn.close()


def test_rows_pointing_at_a_missing_paragraph_are_found_and_dropped_with_their_vectors(index_dir: Path) -> None:
    conn = connect(index_dir)
    doc_id, ordinal = conn.execute(
        "SELECT e.doc_id, e.paragraph_ordinal FROM entities e JOIN chunks c "
        "ON c.doc_id = e.doc_id AND c.paragraph_ordinal = e.paragraph_ordinal LIMIT 1"
    ).fetchone()
    chunks = [r[0] for r in conn.execute(
        "SELECT chunk_id FROM chunks WHERE doc_id = ? AND paragraph_ordinal = ?", (doc_id, ordinal))]
    conn.execute("DELETE FROM paragraphs WHERE doc_id = ? AND ordinal = ?", (doc_id, ordinal))
    conn.close()
    report = check_index(index_dir)
    assert f"{len(chunks)} chunk row(s) point at no paragraph" in report.problems
    assert any(p.endswith("entity row(s) point at no paragraph") for p in report.problems)
    repaired = check_index(index_dir, repair=True)
    assert repaired.ok, repaired.problems
    conn = connect(index_dir)
    marks = ",".join("?" * len(chunks))
    assert conn.execute(f"SELECT count(*) FROM chunks WHERE chunk_id IN ({marks})", chunks).fetchone()[0] == 0
    conn.close()
    assert not set(chunks) & set(stored_vectors(index_dir))


def test_a_missing_vector_file_is_rebuilt_from_the_chunks(index_dir: Path, embedder) -> None:
    before, ranking = stored_vectors(index_dir), top_ids(index_dir)
    vector_file(index_dir).unlink()
    report = check_index(index_dir)
    assert any("named by the database is missing" in p for p in report.problems)
    assert check_index(index_dir, repair=True, embedder=embedder).ok
    after = stored_vectors(index_dir)
    assert after.keys() == before.keys()
    assert max(float(np.abs(after[i] - before[i]).max()) for i in before) < 1e-4
    assert top_ids(index_dir) == ranking


def test_a_damaged_vector_file_is_reported_in_one_line_and_rebuilt(index_dir: Path, embedder) -> None:
    path = vector_file(index_dir)
    path.write_bytes(path.read_bytes()[:100])
    report = check_index(index_dir)
    assert any(p.startswith(f"the vector file {path.name} cannot be read") and "\n" not in p for p in report.problems)
    assert check_index(index_dir, repair=True, embedder=embedder).ok


def test_a_damaged_vector_file_beside_a_leftover_of_the_next_generation_is_mended_by_one_repair(
        index_dir: Path, embedder) -> None:
    """The repair's new vector file must not be the leftover's name, removed as litter after it is written."""
    path = vector_file(index_dir)
    generation = int(path.name.split(".")[1])
    leftover = index_dir / f"vectors.{generation + 1}.faiss"
    shutil.copy(path, leftover)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(docsearch.DocsearchError, match=f"vectors.{generation}.faiss is damaged; run: docsearch check"):
        top_ids(index_dir)
    repaired = check_index(index_dir, repair=True, embedder=embedder)
    assert repaired.ok, repaired.problems
    assert check_index(index_dir).ok and vector_file(index_dir).exists()
    assert top_ids(index_dir)


def test_an_unreadable_config_is_a_one_line_error_saying_to_rebuild(index_dir: Path) -> None:
    (index_dir / "config.json").write_text("garbage")
    with pytest.raises(docsearch.DocsearchError, match=r"config.json cannot be read \(.*\); rebuild the index"):
        docsearch.open_index(index_dir)


def test_a_config_that_disagrees_with_the_vectors_is_a_problem_repair_leaves_to_a_rebuild(index_dir: Path) -> None:
    config = json.loads((index_dir / "config.json").read_text())
    config["dimension"] = 512
    (index_dir / "config.json").write_text(json.dumps(config))
    report = check_index(index_dir, repair=True)
    assert not report.ok and report.repaired == []
    assert any("--rebuild" in p for p in report.problems)
    assert any("holds 384-dimensional vectors; config.json says 512" in p for p in report.problems)


def test_a_changed_or_missing_source_file_is_a_warning_not_a_problem(index_dir: Path) -> None:
    conn = connect(index_dir)
    paths = {Path(r[0]).name: Path(r[0]) for r in conn.execute("SELECT path FROM documents")}
    conn.close()
    backup = {name: path.read_bytes() for name, path in paths.items()}
    try:
        paths["budget.txt"].write_text(BUDGET.replace("4%", "5%"), encoding="utf-8")
        paths["beds.txt"].unlink()
        report = check_index(index_dir)
        assert report.ok
        assert f"{paths['budget.txt']}: source file changed since it was indexed; run docsearch index to update" \
            in report.warnings
        assert f"{paths['beds.txt']}: source file is gone (the index still holds its text)" in report.warnings
    finally:
        for name, data in backup.items():
            paths[name].write_bytes(data)


def test_a_damaged_database_is_reported_not_raised(index_dir: Path) -> None:
    db = index_dir / store.DB_NAME
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the second page: a table's b-tree
    db.write_bytes(bytes(data))
    for extra in index_dir.glob(store.DB_NAME + "-*"):
        extra.unlink()
    report = check_index(index_dir, repair=True)
    assert not report.ok
    assert all("\n" not in p for p in report.problems)
    assert any("rebuild" in p for p in report.problems)
    assert not any("--repair" in line for line in format_report(check_index(index_dir)))  # it cannot mend this


def test_opening_a_truncated_database_says_it_is_damaged_and_to_rebuild(index_dir: Path) -> None:
    db = index_dir / store.DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    for extra in index_dir.glob(store.DB_NAME + "-*"):
        extra.unlink()
    with pytest.raises(docsearch.DocsearchError, match=r"is damaged \(database disk image is malformed\); rebuild the index"):
        top_ids(index_dir)


def test_leftovers_of_interrupted_runs_are_warnings_and_repair_removes_them(index_dir: Path) -> None:
    temp = index_dir / "vectors.99.faiss.tmp-4242"
    temp.write_bytes(b"half")
    staging = index_dir.parent / ".idx.rebuild-999999999"
    staging.mkdir()
    report = check_index(index_dir)
    assert report.ok and any("2 leftover file(s)" in w for w in report.warnings)
    repaired = check_index(index_dir, repair=True)
    assert repaired.warnings == [] and not temp.exists() and not staging.exists()


def test_check_waits_for_a_writer_and_says_so_if_it_takes_too_long(
    index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    import docsearch.index as index_module

    monkeypatch.setattr(index_module, "LOCK_WAIT_SECONDS", 0.2)
    with FileLock(str(index_dir.parent / ".idx.lock")), pytest.raises(IndexLocked, match="another docsearch process"):
        check_index(index_dir)


def test_checking_a_folder_that_is_no_index_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFound, match="docsearch index PATH"):
        check_index(tmp_path / "nothing")


def test_the_command_exits_0_when_sound_and_1_with_the_problems_listed(
    index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--index", str(index_dir)]) == 0
    assert capsys.readouterr().out.startswith(f"{index_dir}: sound")
    vector_file(index_dir).unlink()
    assert main(["--index", str(index_dir), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False and any("is missing" in p for p in out["problems"])
    assert main(["--index", str(index_dir / "nope")]) == 1
    assert capsys.readouterr().err.startswith("error: no index at")


def test_the_report_reads_as_a_verdict_then_one_line_per_finding(index_dir: Path) -> None:
    vector_file(index_dir).unlink()
    lines = format_report(check_index(index_dir))
    assert lines[0].startswith(f"{index_dir}: PROBLEMS FOUND (3 documents")
    assert lines[1].startswith("problem: the vector file")
    assert lines[-1] == "run: docsearch check --repair to fix what can be fixed"
