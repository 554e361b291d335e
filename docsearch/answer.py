"""Cited answers built only from the documents: the sentences that best answer a question."""

from __future__ import annotations

import re

import numpy as np

from .chunk import split_sentences
from .models import Answer, AnswerSentence, Hit
from .search import answer_type, clean_query, expansions, holds_answer_type, query_terms

MAX_SENTENCES = 3
# A sentence using a word the query's words are used interchangeably with (data/synonyms.json), and
# one holding the kind of answer the question asks for (a figure, a date, a name), counts a little
# more. Measured by whether the answer's sentences hold a gold snippet over the four question sets
# (dev / held-out / Ofsted / council): 0.73 / 0.80 / 0.70 / 0.72 -> 0.77 / 0.80 / 0.70 / 0.75.
SYNONYM_LIFT = 0.05
ANSWER_TYPE_LIFT = 0.05
# A sentence counts more the better search scored its passage (Hit.score: keyword, meaning, entity and
# named-document evidence, fused), not only by the passage's rank. The same measure over seven sets
# (dev / held-out / Ofsted / Harbourne / Harbourne second / Wexcombe / Kelsborough): 0.77 / 0.80 / 0.67
# / 0.75 / 0.67 / 0.60 / 0.67 with rank alone -> 0.80 / 0.82 / 0.77 / 0.75 / 0.70 / 0.60 / 0.67; no set
# lost at 0.3-0.5, and above 0.5 the Kelsborough set loses.
PASSAGE_SCORE_WEIGHT = 0.4
# A short sentence after another in its passage ("The Cabinet Member agreed to this request.")
# leans on the one before it, so the answer shows the two together.
SHORT_SENTENCE_WORDS = 10
# Below this cosine similarity, with no query word in it either, a sentence is noise.
MIN_SIMILARITY = 0.30
NOTHING_FOUND = "Nothing in the indexed papers answers that. Try other words, or check the index holds the right papers."


def _stem(word: str) -> str:
    return word[:5]


def term_overlap(terms: list[str], text: str) -> float:
    """Share of the query's terms (compared by their first letters) found in `text`."""
    if not terms:
        return 0.0
    words = {_stem(w) for w in re.findall(r"[^\W_]+", text.lower())}
    return sum(_stem(t) in words for t in terms) / len(terms)


def answer(index, question: str, k: int = 5, **filters: object) -> Answer:
    """The sentences from the top `k` passages that best answer `question`, each with its citation."""
    question = clean_query(question)
    return answer_from(index, question, index.search(question, k=max(k, 1), **filters))


def answer_from(index, question: str, hits: list[Hit]) -> Answer:
    """The answer made from passages already found for `question` (best first); `index` encodes."""
    question = clean_query(question)
    if not hits:
        return Answer(question, (), (), found=False, message=NOTHING_FOUND)
    terms = query_terms(question)
    candidates: list[tuple[str, Hit, int]] = []
    for rank, hit in enumerate(hits):
        spans = split_sentences(hit.reading)
        for number, (start, end) in enumerate(spans):
            words = len(hit.reading[start:end].split())
            if words >= 3:
                if number and words < SHORT_SENTENCE_WORDS:
                    start = spans[number - 1][0]
                candidates.append((hit.reading[start:end], hit, rank))
    if not candidates:
        candidates = [(hit.reading, hit, rank) for rank, hit in enumerate(hits)]
    vectors = index.embedder.encode([question] + [c[0] for c in candidates])
    similarity = vectors[1:] @ vectors[0]
    overlap = np.array([term_overlap(terms, c[0]) for c in candidates])
    rank_prior = np.array([1.0 / (1 + c[2]) for c in candidates])
    passage_score = np.array([c[1].score for c in candidates])
    others = [re.compile(rf"\b{re.escape(w)}\b") for w in expansions(question)]
    synonym = np.array([any(w.search(c[0].lower()) for w in others) for c in candidates])
    kind = answer_type(question)
    typed = np.array([bool(kind) and holds_answer_type(kind, c[0], {e.label for e in c[1].entities if e.text in c[0]})
                      for c in candidates])
    scores = (similarity + 0.25 * overlap + 0.1 * rank_prior + PASSAGE_SCORE_WEIGHT * passage_score
              + SYNONYM_LIFT * synonym + ANSWER_TYPE_LIFT * typed)
    relevant = (similarity >= MIN_SIMILARITY) | (overlap >= 0.5)
    if not relevant.any():
        return Answer(question, (), tuple(hits), found=False, message=NOTHING_FOUND)
    chosen: list[int] = []
    for i in np.argsort(-scores):
        if relevant[i] and not any(candidates[i][0] in candidates[j][0] or candidates[j][0] in candidates[i][0]
                                   for j in chosen if candidates[j][1] is candidates[i][1]):
            chosen.append(int(i))
        if len(chosen) == MAX_SENTENCES:
            break
    # Keep the chosen sentences in the order of the passages they come from, so the answer reads on.
    chosen.sort(key=lambda i: (candidates[i][2], candidates[i][1].reading.find(candidates[i][0])))
    sentences = tuple(AnswerSentence(candidates[i][0], candidates[i][1].citation) for i in chosen)
    return Answer(question, sentences, tuple(hits), found=True)
