"""Keyword scores: BM25 with our k1 and b, on FTS5's own statistics."""

from __future__ import annotations

import sqlite3

import pytest

from docsearch import bm25, store

PASSAGES = {
    1: ("The council tax for Band D will rise by 2.99% in 2025/26.", "Budget 2025/26 > Council tax"),
    2: ("Council tax, council tax, council tax: the council tax base grows each year with new homes.", "Tax base"),
    3: ("Lutterworth Community Hospital has ten rehabilitation beds; the beds would move to Market Harborough.",
        "Community hospitals > Proposed changes to inpatient services in the west of the county"),
    4: ("Beds.", ""),
    5: ("The medium term financial strategy sets a balanced budget for three years of council spending.", "MTFS"),
}
QUERIES = [["council", "tax"], ["beds", "lutterworth"], ["medium term financial strategy", "budget"],
           ["council tax"]]


@pytest.fixture(params=["committed", "in an open transaction"])
def conn(request) -> sqlite3.Connection:
    # FTS5 writes its averages record on commit; a writer's own reads come before that
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE chunks_fts USING fts5(text, context, tokenize='{store.FTS_TOKENIZER}')")
    db.executemany("INSERT INTO chunks_fts(rowid, text, context) VALUES (?, ?, ?)",
                   [(chunk, text, context) for chunk, (text, context) in PASSAGES.items()])
    if request.param == "committed":
        db.commit()
    return db


def fts5_scores(conn: sqlite3.Connection, phrases: list[str]) -> dict[int, float]:
    expression = " OR ".join(f'"{p}"' for p in phrases)
    rows = conn.execute("SELECT rowid, bm25(chunks_fts, 1.0, 0.0) FROM chunks_fts WHERE chunks_fts MATCH ?",
                        (expression,))
    return {chunk: -score for chunk, score in rows}


@pytest.mark.parametrize("phrases", QUERIES)
def test_with_fts5s_parameters_the_scores_are_fts5s_own(conn, phrases):
    expected = fts5_scores(conn, phrases)
    whole = bm25.scores(conn, phrases, {c: [PASSAGES[c][0]] for c in expected}, k1=1.2, b=0.75)
    expression = " OR ".join(f'"{p}"' for p in phrases)
    marked = {chunk: bm25.marked_spans(text) for chunk, text in conn.execute(
        "SELECT rowid, highlight(chunks_fts, 0, ?, ?) FROM chunks_fts WHERE chunks_fts MATCH ?",
        (bm25.MARK_OPEN, bm25.MARK_CLOSE, expression))}
    spans = bm25.scores(conn, phrases, marked, k1=1.2, b=0.75)
    assert expected and expected.keys() == whole.keys() == spans.keys()
    for chunk, score in expected.items():
        assert whole[chunk] == pytest.approx(score, rel=1e-9)
        assert spans[chunk] == pytest.approx(score, rel=1e-9)


def test_a_word_said_again_and_again_counts_for_less_than_under_fts5s_parameters(conn):
    pieces = {c: [PASSAGES[c][0]] for c in (1, 2)}
    ours = bm25.scores(conn, ["council", "tax"], pieces)
    theirs = bm25.scores(conn, ["council", "tax"], pieces, k1=1.2, b=0.75)
    # passage 2 says "council tax" five times, passage 1 once: the repetition is worth less now
    assert ours[2] / ours[1] < theirs[2] / theirs[1]


def test_a_phrase_is_counted_only_where_its_words_stand_together(conn):
    scores = bm25.scores(conn, ["tax council"], {c: [PASSAGES[c][0]] for c in PASSAGES})
    # "tax, council" only across a comma in passage 2: FTS5 reads that as the phrase too (tokens ignore
    # punctuation); nowhere else do the two words stand in that order
    assert {c for c, s in scores.items() if s > 0} == {2}


def test_no_phrases_or_no_passages_score_nothing(conn):
    assert bm25.scores(conn, [], {1: [PASSAGES[1][0]]}) == {}
    assert bm25.scores(conn, ["council"], {}) == {}
    assert bm25.phrases(["", "***", "Band-D"]) == ["Band D"]


def test_a_full_cache_of_tokenized_texts_still_tokenizes_every_text_asked_for(monkeypatch):
    tokenizer = bm25._Tokenizer()
    tokenizer.tokens(["Lutterworth beds"])
    monkeypatch.setattr(tokenizer, "cache", {**tokenizer.cache, **{str(n): () for n in range(20_001)}})
    assert tokenizer.tokens(["Lutterworth beds", "council taxes"]) == [("lutterworth", "bed"), ("council", "tax")]
