"""BM25 over the keyword index with our own k1 and b (SQLite's FTS5 bm25() fixes k1 = 1.2, b = 0.75).

The statistics are FTS5's own, so with k1 = 1.2 and b = 0.75 the scores equal its bm25() (tested):
the number of rows and of tokens per column from the index's averages record, each row's length
(text and context) from its docsize record, each phrase's document count from a MATCH, and a
phrase's hits in a passage's text counted on that text as FTS5's tokenizer reads it.

A lower k1 makes a word's second and third use in a passage count for less, and a lower b
penalises long passages less. Measured with `docsearch eval` (README, "Quality, measured"), MRR@10
going from FTS5's parameters to k1 = 0.8, b = 0.6: development 0.719 -> 0.746, held-out 0.839 ->
0.850, Ofsted 0.817 -> 0.812, the Harbourne sets 0.751 -> 0.753 and 0.742 -> 0.759, Wexcombe 0.707
-> 0.708; and on a council's papers seen only after the parameters were chosen (Kelsborough,
tests/data/eval/council_c.jsonl) 0.611 -> 0.667.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from . import store

K1 = 0.8
B = 0.6
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"  # highlight() marks around the phrases matched in a text
_MARKED = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.DOTALL)


def phrases(terms: Iterable[str]) -> list[str]:
    """The query terms as FTS5 phrases: each term's words, space-separated (at most 64 phrases)."""
    found = [" ".join(re.findall(r"[^\W_]+", term)) for term in list(terms)[:64]]
    return [p for p in found if p]


def stems(texts: Iterable[str]) -> list[tuple[str, ...]]:
    """Each text's tokens as the keyword index reads them (lower-cased, Porter-stemmed)."""
    return _tokenizer().tokens(list(texts))


def marked_spans(highlighted: str) -> list[str]:
    """The stretches of a highlight()ed text that matched a phrase."""
    return _MARKED.findall(highlighted)


def scores(conn: sqlite3.Connection, query_phrases: Sequence[str], pieces: Mapping[int, Sequence[str]],
           k1: float | None = None, b: float | None = None) -> dict[int, float]:
    """BM25 of each chunk in `pieces` for the phrases (higher is better).

    `pieces` maps a chunk id to the text in which its phrase hits are counted: the whole text,
    or only the stretches highlight() marked (the rest cannot hold a hit). k1 and b default to
    K1 and B.
    """
    k1 = K1 if k1 is None else k1
    b = B if b is None else b
    if not pieces or not query_phrases:
        return {}
    rows, average_length, state = _collection(conn)
    counted = _documents_counted.setdefault(state, {}) if state else {}
    lengths = _lengths(conn, list(pieces))
    tokenizer = _tokenizer()
    wanted = tokenizer.tokens(list(query_phrases))
    all_parts = [part for parts in pieces.values() for part in parts]
    tokens = dict(zip(all_parts, tokenizer.tokens(all_parts)))
    starting: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # a phrase's first token -> the phrase
    for number, stems in enumerate(wanted):
        if stems:
            starting.setdefault(stems[0], []).append((number, stems))
    weights = []
    for phrase, stems in zip(query_phrases, wanted):
        if phrase not in counted:
            counted[phrase] = conn.execute("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?",
                                           ('"' + phrase + '"',)).fetchone()[0] if stems else 0
        matching = counted[phrase]
        weights.append(max(math.log(max(rows - matching + 0.5, 1e-9) / (matching + 0.5)), 1e-6))  # as FTS5 bounds it
    result = dict.fromkeys(pieces, 0.0)
    for chunk, parts in pieces.items():
        hits: Counter[int] = Counter()
        for part in parts:
            hits.update(_hits(tokens[part], starting))
        if hits:
            norm = k1 * (1 - b + b * lengths.get(chunk, average_length) / average_length)
            result[chunk] = sum(weights[n] * count * (k1 + 1) / (count + norm) for n, count in hits.items())
    return result


def _hits(tokens: tuple[str, ...], starting: dict[str, list[tuple[int, tuple[str, ...]]]]) -> list[int]:
    """The numbers of the phrases found in the tokens, one per occurrence."""
    found: list[int] = []
    for first in starting.keys() & set(tokens):  # most texts hold few of the phrases: count those in C
        for number, stems in starting[first]:
            if len(stems) == 1:
                found.extend([number] * tokens.count(first))
            else:
                found.extend(number for i, token in enumerate(tokens)
                             if token == first and tokens[i:i + len(stems)] == stems)
    return found


def _collection(conn: sqlite3.Connection) -> tuple[int, float, bytes]:
    """Rows in the keyword index, their average length in tokens (all columns), and the averages
    record itself, which changes whenever rows are added or removed (b"" when not yet written).

    FTS5 writes that record when a transaction commits; inside a writer's open transaction it may
    still be empty, and the docsize records are summed instead.
    """
    block = conn.execute("SELECT block FROM chunks_fts_data WHERE id = 1").fetchone()
    state = bytes(block[0]) if block and block[0] else b""
    numbers = _varints(state)
    if not numbers or not numbers[0]:
        sizes = [sum(_varints(size)) for (size,) in conn.execute("SELECT sz FROM chunks_fts_docsize")]
        numbers, state = [len(sizes), sum(sizes)], b""
    rows, total = numbers[0], sum(numbers[1:])
    if len(_documents_counted) > 16:
        _documents_counted.clear()
    return rows, (total / rows if rows and total else 1.0), state


# Documents holding each phrase, per state of a keyword index (its averages record): counted once
_documents_counted: dict[bytes, dict[str, int]] = {}


def _lengths(conn: sqlite3.Connection, chunks: list[int]) -> dict[int, int]:
    """Each chunk's length in tokens, all columns together."""
    rows = store.rows_for_ids(conn, "SELECT id, sz FROM chunks_fts_docsize WHERE id IN ({marks})", chunks)
    return {chunk: sum(_varints(size)) for chunk, size in rows}


def _varints(blob: bytes) -> list[int]:
    """SQLite's variable-length integers, as FTS5 stores its averages and docsize records."""
    values, i = [], 0
    while i < len(blob):
        value = 0
        for n in range(9):
            byte = blob[i]
            i += 1
            if n == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


class _Tokenizer:
    """FTS5's tokenizer on texts of our choosing: an in-memory FTS5 table read through fts5vocab."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{store.FTS_TOKENIZER}')")
        self.conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        self.cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, texts: list[str]) -> list[tuple[str, ...]]:
        if len(self.cache) > 20_000:  # before finding what is new, so every text is in it after
            self.cache.clear()
        new = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if new:
            with self.conn:
                self.conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(new, 1))
                found: dict[int, list[tuple[int, str]]] = {}
                for row, term, offset in self.conn.execute("SELECT doc, term, offset FROM v"):
                    found.setdefault(row, []).append((offset, term))
                self.conn.execute("DELETE FROM t")
            for row, text in enumerate(new, 1):
                self.cache[text] = tuple(term for _, term in sorted(found.get(row, [])))
        return [self.cache[t] for t in texts]


_local = threading.local()


def _tokenizer() -> _Tokenizer:
    if not hasattr(_local, "tokenizer"):
        _local.tokenizer = _Tokenizer()
    return _local.tokenizer
