"""Several indexes searched as one: each searched as usual, the hits merged by their fused scores.

    from docsearch.multi import open_indexes
    with open_indexes(["indexes/leicestershire", "indexes/leicester-city"]) as both:
        for hit in both.search("Lutterworth beds", k=5, date_from="2017"):
            print(hit.citation.index_name, hit.citation)

Each index runs :func:`docsearch.search.search` unchanged, so its hits carry the same fused score
a single-index search gives. Those scores are comparable across indexes built with the same
encoder: the dense part is a cosine, and the keyword part is scaled per index (BM25 from separate
collections is not comparable raw, so each index's best match counts as 1). The top `k` of the
union is therefore within the top `k` of each index, and only `k` are asked of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Self

from .errors import IndexMismatch, QueryError
from .index import Index, open_index
from .models import Answer, Hit
from .search import KeptPassages
from .store import fold_text


class MultiIndex:
    """Open indexes searched together; citations name the index each passage came from."""

    def __init__(self, indexes: Sequence[Index], names: Sequence[str] | None = None) -> None:
        if not indexes:
            raise QueryError("no indexes to search; give at least one --index")
        self.indexes = list(indexes)
        self.names = list(names) if names else index_names([index.folder for index in self.indexes])
        models = {index.folder: f"{index.config.embedding_model} ({index.config.encoder})" for index in self.indexes}
        if len(set(models.values())) > 1:
            listed = "; ".join(f"{folder}: {model}" for folder, model in models.items())
            raise IndexMismatch(
                f"these indexes were built with different encoders ({listed}); search them separately, "
                "or rebuild one with: docsearch index PATH... --index DIR --rebuild --encoder fp32"
            )
        self._embedder = None

    @property
    def embedder(self):
        """One encoder for every index (they share a model), loaded once."""
        if self._embedder is None:
            self._embedder = self.indexes[0].embedder
            for index in self.indexes[1:]:
                index._embedder = self._embedder  # the indexes would each load their own copy otherwise
        return self._embedder

    def search(self, query: str, k: int = 10, **filters: object) -> list[Hit]:
        """The `k` best cited passages over all indexes, best first; each filter applies to every index."""
        from .search import Filters, names_body, search

        parsed = Filters.from_kwargs(**filters)
        self.embedder  # noqa: B018 - share the encoder before the indexes load their own
        merged: list[tuple[float, int, int, Hit]] = []
        # A body named exactly in some index ("Council") is that body: the other indexes have none of it.
        exact = {i for i, index in enumerate(self.indexes) if parsed.body and names_body(index, parsed.body)}
        for number, (index, name) in enumerate(zip(self.indexes, self.names)):
            if exact and number not in exact:
                continue
            for rank, hit in enumerate(search(index, query, k=k, filters=parsed)):
                merged.append((-hit.score, number, rank, _named(hit, name)))
        merged.sort(key=lambda item: item[:3])
        hits: list[Hit] = []
        kept = KeptPassages()
        for *_, hit in merged:
            folded = fold_text(hit.reading)
            same = kept.find(folded, hit.citation.doc_id, hit.reading)
            if same is not None:  # the same passage in two indexes: one hit, cited in both
                first = hits[same]
                also = tuple(c for c in (hit.citation, *hit.also_in) if c not in first.also_in)
                hits[same] = replace(first, also_in=first.also_in + also)
                continue
            if len(hits) < k:
                kept.add(folded, hit.citation.doc_id)
                hits.append(hit)
        return hits

    def ask(self, question: str, k: int = 5, **filters: object) -> Answer:
        """A short answer made of sentences from the passages of every index, each with its citation."""
        from .answer import answer

        return answer(self, question, k=k, **filters)

    def close(self) -> None:
        for index in self.indexes:
            index.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _named(hit: Hit, name: str) -> Hit:
    """`hit` with every citation naming index `name`."""
    rename = lambda citation: replace(citation, index_name=name)
    return replace(hit, citation=rename(hit.citation), also_in=tuple(rename(c) for c in hit.also_in))


def index_names(folders: Sequence[Path]) -> list[str]:
    """Each folder's name, with parent folders added until no two indexes share one."""
    parts = [Path(folder).resolve().parts for folder in folders]
    depth = 1
    while True:
        names = ["/".join(p[-depth:]) for p in parts]
        if len(set(names)) == len(names) or depth >= max(len(p) for p in parts):
            return names
        depth += 1


def open_indexes(folders: Iterable[str | Path]) -> MultiIndex:
    """Open index folders to be searched as one (raises IndexNotFound or IndexMismatch).

    Raises:
        QueryError: no folders given, or one given twice.
    """
    paths = [Path(folder) for folder in folders]
    resolved = [path.resolve() for path in paths]
    if len(set(resolved)) != len(resolved):
        raise QueryError("the same index was given twice")
    opened: list[Index] = []
    try:
        for path in paths:
            opened.append(open_index(path))
        return MultiIndex(opened)
    except BaseException:  # one missing or mismatched index: close the ones already open
        for index in opened:
            index.close()
        raise


__all__ = ["MultiIndex", "index_names", "open_indexes"]
