"""config.json: what shaped an index, checked every time it is opened."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import IndexMismatch
from .store import SCHEMA_VERSION

CONFIG_NAME = "config.json"
EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
# How the model runs: the encoder kind for embed.load_embedder. int8 built the default corpus in
# 35.5 s against 48.5 s, but its vectors depend slightly on their batch (README, "Larger collections").
ENCODERS = {"fp32": "auto", "int8": "onnx-int8"}


@dataclass(frozen=True)
class IndexConfig:
    """The settings an index was built with; a mismatch means the index must be rebuilt."""

    schema_version: int = SCHEMA_VERSION
    embedding_model: str = EMBEDDING_MODEL
    encoder: str = "fp32"  # a key of ENCODERS; queries use the encoder that built the index
    dimension: int = 384
    max_words: int = 200  # longest retrieval chunk, in words
    chunk_context: str = "title+headings+lead-in"  # what is prepended to a chunk when embedding
    vector_units: str = "chunk+sentences"  # a vector for the chunk with its context, one per sentence
    vector_index: str = "IDMap2,Flat,IP"  # recorded, not checked: it may change with size

    def shaping(self) -> dict[str, object]:
        """The settings that change what is stored: any difference needs a rebuild."""
        return {k: v for k, v in asdict(self).items() if k != "vector_index"}


def write_config(folder: Path, config: IndexConfig) -> None:
    tmp = folder / (CONFIG_NAME + ".tmp")
    tmp.write_text(json.dumps(asdict(config), indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, folder / CONFIG_NAME)


def read_config(folder: Path) -> IndexConfig:
    data = json.loads((folder / CONFIG_NAME).read_text(encoding="utf-8"))
    known = {k: v for k, v in data.items() if k in IndexConfig.__dataclass_fields__}
    return IndexConfig(**known)


def expected_config(found: IndexConfig) -> IndexConfig:
    """The settings this docsearch expects of an index built as `found`: its own encoder, if known."""
    return IndexConfig(encoder=found.encoder) if found.encoder in ENCODERS else IndexConfig()


def check_config(folder: Path, found: IndexConfig, expected: IndexConfig) -> None:
    """Raise IndexMismatch naming each setting that differs and how to rebuild."""
    diffs = [
        f"{key} {value!r} (this docsearch uses {expected.shaping()[key]!r})"
        for key, value in found.shaping().items()
        if value != expected.shaping()[key]
    ]
    if diffs:
        raise IndexMismatch(
            f"{folder} was built with other settings: {'; '.join(diffs)}. "
            f"Rebuild it with: docsearch index PATH... --index {folder} --rebuild"
        )
