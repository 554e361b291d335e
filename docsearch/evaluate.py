"""Retrieval quality, scored exactly by the rules of the evaluation set's README."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocsearchError

KS = (1, 3, 5, 10)
WORD_BUDGET = 300


def normalise_tokens(text: str) -> list[str]:
    """NFKC, lower case, soft hyphens removed, 'long- term' joined, then runs of [a-z0-9£%]."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u00ad", "")
    text = re.sub(r"(?<=\w)- (?=\w)", "", text)
    return re.findall(r"[a-z0-9£%]+", text)


def answers(passage_tokens: Sequence[str], snippet_tokens: Sequence[str]) -> bool:
    """True when the snippet's tokens appear in order within a stretch of at most twice its length."""
    n = len(snippet_tokens)
    if n == 0:
        return False
    window = 2 * n
    for start, token in enumerate(passage_tokens):
        if token != snippet_tokens[0]:
            continue
        position, matched = start, 1
        while matched < n:
            try:
                position = passage_tokens.index(snippet_tokens[matched], position + 1, start + window)
            except ValueError:
                break
            matched += 1
        if matched == n:
            return True
    return False


@dataclass
class QuestionResult:
    id: str
    question: str
    kind: str
    rank: int | None  # 1-based rank of the first answering passage in the top 10
    words_before: int | None  # words read up to and including the first answering passage


@dataclass
class EvalReport:
    results: list[QuestionResult] = field(default_factory=list)

    def metrics(self, kind: str | None = None) -> dict[str, float]:
        rows = [r for r in self.results if kind is None or r.kind == kind]
        n = len(rows) or 1
        out = {f"hit@{k}": sum(r.rank is not None and r.rank <= k for r in rows) / n for k in KS}
        out["mrr@10"] = sum(1 / r.rank for r in rows if r.rank is not None and r.rank <= 10) / n
        out["hit@300w"] = sum(r.words_before is not None and r.words_before <= WORD_BUDGET for r in rows) / n
        out["questions"] = len(rows)
        return out

    def kinds(self) -> list[str]:
        return sorted({r.kind for r in self.results})


def load_questions(path: str | Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        questions = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise DocsearchError(f"cannot read questions from {path}: {exc}") from exc
    if not questions:
        raise DocsearchError(f"no questions in {path}: one JSON object a line, each with a question and its gold")
    for number, question in enumerate(questions, 1):
        if not isinstance(question, dict) or not question.get("question") or not question.get("gold"):
            raise DocsearchError(f"{path}: question {number} has no \"question\" or no \"gold\" snippets to score it by")
    return questions


def score_question(question: dict, passages: Sequence[str]) -> QuestionResult:
    snippets = [normalise_tokens(g["snippet"]) for g in question.get("gold", [])]
    rank = words_before = None
    read = 0
    for position, passage in enumerate(passages[:10], start=1):
        tokens = normalise_tokens(passage)
        read += len(tokens)
        if any(answers(tokens, s) for s in snippets):
            rank, words_before = position, read
            break
    return QuestionResult(question.get("id", ""), question["question"], question.get("kind", ""), rank,
                          words_before)


def evaluate(questions: Sequence[dict], search: Callable[[str], Sequence[str]]) -> EvalReport:
    """Score `search` (question -> passages, best first) on `questions`."""
    report = EvalReport()
    for question in questions:
        report.results.append(score_question(question, search(question["question"])))
    return report


def evaluate_index(questions: Sequence[dict], index) -> EvalReport:
    """Score an open index the way the unpublished question sets are scored: each hit's `.text` of
    `index.search(question, k=10)`."""
    return evaluate(questions, lambda q: [h.text for h in index.search(q, k=10)])
