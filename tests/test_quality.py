"""Retrieval quality on the development and held-out questions cannot slip below a floor."""

from __future__ import annotations

from pathlib import Path

import pytest

import docsearch
from docsearch.evaluate import answers, evaluate_index, load_questions, normalise_tokens

EVAL = Path(__file__).parent / "data" / "eval"
# Floors a little under the figures measured (README, "Quality, measured"), per question set.
FLOORS = {
    "dev.jsonl": {"hit@5": 0.85, "mrr@10": 0.65, "hit@300w": 0.85},
    "heldout.jsonl": {"hit@5": 0.85, "mrr@10": 0.75, "hit@300w": 0.85},
}


@pytest.fixture(scope="module")
def reports(corpus_index):
    index = docsearch.open_index(corpus_index)
    return {name: evaluate_index(load_questions(EVAL / name), index)
            for name in FLOORS}


@pytest.mark.parametrize(("questions", "metric"), [(q, m) for q, floors in FLOORS.items() for m in sorted(floors)])
def test_question_sets_keep_their_floor(reports, questions, metric):
    assert reports[questions].metrics()[metric] >= FLOORS[questions][metric], reports[questions].metrics()


def test_lutterworth_beds_is_answered_from_the_draft_stp(corpus_index):
    index = docsearch.open_index(corpus_index)
    answer = index.ask("what was said about Lutterworth beds")
    assert answer.found
    cited = " ".join(s.text for s in answer.sentences)
    assert "Lutterworth" in cited
    assert any("agenda pack" in s.citation.title for s in answer.sentences)
    assert all(s.citation.page for s in answer.sentences)


# The share of questions whose answer (`ask`) shows a sentence holding a gold snippet, over the dev and
# held-out sets together: measured 57 of 70 (0.81); scripts/answer_eval.py prints it per set.
ANSWER_FLOOR = 0.78


def test_answers_show_the_gold_sentence_for_most_questions(corpus_index):
    index = docsearch.open_index(corpus_index)
    questions = load_questions(EVAL / "dev.jsonl") + load_questions(EVAL / "heldout.jsonl")
    shown = 0
    for question in questions:
        gold = [normalise_tokens(g["snippet"]) for g in question["gold"]]
        sentences = index.ask(question["question"]).sentences
        shown += any(answers(normalise_tokens(s.text), g) for s in sentences for g in gold)
    assert shown / len(questions) >= ANSWER_FLOOR, (shown, len(questions))


def test_an_answer_prefers_the_passage_search_rates_best(corpus_index):
    """"86 inspectors" is in the passage search ranks first by a wide margin (score 2.06, the next 1.69),
    in a sentence less like the question (cosine 0.47) than sentences of lower passages (0.66); the
    passage's score lifts it into the answer."""
    answer = docsearch.open_index(corpus_index).ask("how many CQC inspectors came to LPT in November 2016")
    assert any("86 inspectors" in s.text for s in answer.sentences), [s.text for s in answer.sentences]


def test_a_question_about_nothing_in_the_papers_says_so(corpus_index):
    answer = docsearch.open_index(corpus_index).ask("zebra migration patterns in the Serengeti")
    assert not answer.found
    assert "Nothing in the indexed papers" in answer.message


# Questions over real third-party PDFs: tests/data/eval/ofsted.jsonl was written from the 11 Ofsted
# reports of ../shared/realpdfs; the suite carries four of them, so it scores the questions whose
# answers are all in those four (10 of 30). Measured: hit@5 0.80, MRR@10 0.675, hit@300w 0.80.
OFSTED = Path(__file__).parent / "data" / "ofsted"
OFSTED_FLOORS = {"hit@5": 0.7, "mrr@10": 0.55, "hit@300w": 0.7}


@pytest.fixture(scope="module")
def ofsted_report(tmp_path_factory):
    carried = {p.name for p in OFSTED.glob("*.pdf")}
    questions = [q for q in load_questions(EVAL / "ofsted.jsonl") if all(g["doc"] in carried for g in q["gold"])]
    index, report = docsearch.build_index([OFSTED], tmp_path_factory.mktemp("ofsted") / "index")
    assert report.counts()["failed"] == 0, report.failed
    with index:
        return len(questions), evaluate_index(questions, index)


@pytest.mark.parametrize("metric", sorted(OFSTED_FLOORS))
def test_questions_over_real_inspection_reports_keep_their_floor(ofsted_report, metric):
    count, report = ofsted_report
    assert count == 10
    assert report.metrics()[metric] >= OFSTED_FLOORS[metric], report.metrics()
