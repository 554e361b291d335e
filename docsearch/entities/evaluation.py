"""Score the entity pipeline against a labelled set (tests/entities_gold.jsonl).

Each line of the set is one paragraph as the reader gives it (text, kind, and for a table row
its headers and cells) with every entity a person marked in it: label, surface text, canonical
form and, for MONEY and BEDS, the number. A prediction matches a gold mention when label and
surface text agree (spacing, a leading "the" and a trailing "'s" aside).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docsearch.entities.pipeline import add_entities
from docsearch.models import ENTITY_LABELS, Entity, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

LABELS = ENTITY_LABELS
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class GoldParagraph:
    """One labelled paragraph: the paragraph and the entities a person marked in it."""

    paragraph: Paragraph
    entities: tuple[dict[str, Any], ...]


@dataclass
class EntityScores:
    """Counts behind the figures; the properties turn them into rates."""

    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    money_exact: int = 0
    org_canonical: int = 0
    beds_site_given: int = 0
    beds_site_right: int = 0
    role_given: int = 0
    role_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)

    def precision(self, label: str) -> float:
        return self.matched[label] / self.predicted[label] if self.predicted[label] else 0.0

    def recall(self, label: str) -> float:
        return self.matched[label] / self.gold[label] if self.gold[label] else 0.0

    @property
    def money_exact_rate(self) -> float:
        """Share of gold MONEY mentions found with exactly the right amount (and range end)."""
        return self.money_exact / self.gold["MONEY"] if self.gold["MONEY"] else 0.0

    @property
    def org_canonical_rate(self) -> float:
        """Share of gold ORG mentions found and given the right canonical name."""
        return self.org_canonical / self.gold["ORG"] if self.gold["ORG"] else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain data (for --json)."""
        return {
            "labels": {
                label: {
                    "gold": self.gold[label],
                    "predicted": self.predicted[label],
                    "matched": self.matched[label],
                    "precision": round(self.precision(label), 3),
                    "recall": round(self.recall(label), 3),
                }
                for label in LABELS
            },
            "money_amount_exact": round(self.money_exact_rate, 3),
            "org_canonicalisation": round(self.org_canonical_rate, 3),
            "site_recall": round(self.recall("SITE"), 3),
            "beds_site_accuracy": round(self.beds_site_right / self.beds_site_given, 3) if self.beds_site_given else None,
            "person_role_accuracy": round(self.role_right / self.role_given, 3) if self.role_given else None,
        }


def load_gold(path: str | Path, split: str | None = None) -> list[GoldParagraph]:
    """Read a labelled set (only the lines of one split, "dev" or "heldout", when given).

    Each paragraph gets doc_id from its "doc" field and ordinals in file order.
    """
    gold = []
    ordinals: Counter[str] = Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if split is not None and row.get("split", "dev") != split:
                continue
            doc_id = row.get("doc", "gold")
            paragraph = Paragraph(
                doc_id=doc_id,
                ordinal=ordinals[doc_id],
                text=row["text"],
                kind=row.get("kind", "paragraph"),
                table_headers=tuple(row.get("table_headers", ())),
                cells=tuple(row.get("cells", ())),
                context=row.get("context", ""),
            )
            ordinals[doc_id] += 1
            gold.append(GoldParagraph(paragraph, tuple(row["entities"])))
    return gold


def _key(text: str) -> str:
    text = " ".join(text.split())
    return _POSSESSIVE_RE.sub("", _THE_RE.sub("", text)).lower()


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(0.005, abs(b) * 1e-9)


def score(gold: Iterable[GoldParagraph], predicted: Iterable[Paragraph]) -> EntityScores:
    """Compare predicted paragraphs (same order as gold) with the labelled entities."""
    scores = EntityScores()
    for item, paragraph in zip(gold, predicted):
        unmatched: list[Entity] = list(paragraph.entities)
        for entity in unmatched:
            scores.predicted[entity.label] += 1
        for expected in item.entities:
            label = expected["label"]
            scores.gold[label] += 1
            found = next((p for p in unmatched if p.label == label and _key(p.text) == _key(expected["text"])), None)
            if found is None:
                scores.misses.append(f"{label} {expected['text']!r} in {item.paragraph.text[:60]!r}")
                continue
            unmatched.remove(found)
            scores.matched[label] += 1
            _score_match(scores, expected, found)
        scores.extras.extend(f"{p.label} {p.text!r} ({p.canonical}) in {item.paragraph.text[:60]!r}" for p in unmatched)
    return scores


def _score_match(scores: EntityScores, expected: dict[str, Any], found: Entity) -> None:
    label = expected["label"]
    if label == "MONEY":
        if _same_number(found.value, expected.get("value")) and _same_number(found.value_max, expected.get("value_max")):
            scores.money_exact += 1
        else:
            scores.wrong_values.append(f"MONEY {expected['text']!r}: {found.value}/{found.value_max}, expected {expected.get('value')}/{expected.get('value_max')}")
    elif label == "ORG":
        if found.canonical == expected["canonical"]:
            scores.org_canonical += 1
        else:
            scores.wrong_values.append(f"ORG {expected['text']!r}: {found.canonical!r}, expected {expected['canonical']!r}")
    elif label in ("SITE", "PLACE", "DATE") and found.canonical != expected["canonical"]:
        scores.wrong_values.append(f"{label} {expected['text']!r}: {found.canonical!r}, expected {expected['canonical']!r}")
    if label == "BEDS" and "detail" in expected:
        scores.beds_site_given += 1
        scores.beds_site_right += found.detail == expected["detail"]
        if found.detail != expected["detail"]:
            scores.wrong_values.append(f"BEDS {expected['text']!r} site {found.detail!r}, expected {expected['detail']!r}")
    if label == "PERSON" and "detail" in expected:
        scores.role_given += 1
        scores.role_right += found.detail == expected["detail"]
        if found.detail != expected["detail"]:
            scores.wrong_values.append(f"PERSON {expected['text']!r} role {found.detail!r}, expected {expected['detail']!r}")


def evaluate(path: str | Path, nlp: Language, split: str | None = None) -> EntityScores:
    """Run the pipeline over a labelled set (or one split of it) and score it."""
    gold = load_gold(path, split)
    predicted = list(add_entities((item.paragraph for item in gold), nlp=nlp))
    return score(gold, predicted)
