"""Shared fixtures: the test data folder and the default corpus (skipped when not built)."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
CORPUS = TESTS.parent / "corpora" / "llr-stp"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: copies of real third-party PDFs (see tests/data/ATTRIBUTION.md)."""
    return DATA


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The default corpus, corpora/llr-stp (built by scripts/build_corpus.py)."""
    if not (CORPUS / "catalog.json").is_file():
        pytest.skip("corpora/llr-stp is not built yet (run python3 scripts/build_corpus.py)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    """An index of the default corpus built once per test run with the real models (about a minute)."""
    import docsearch

    folder = tmp_path_factory.mktemp("indexes") / "default"
    index, report = docsearch.build_index([corpus_dir], folder)
    assert report.counts()["failed"] == 0, report.failed
    index.close()
    return folder
