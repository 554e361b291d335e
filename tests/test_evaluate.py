"""The scoring rules of the evaluation set, applied exactly."""

from docsearch.evaluate import EvalReport, QuestionResult, answers, normalise_tokens, score_question


def test_normalising_joins_a_hyphen_broken_word_and_drops_punctuation():
    assert normalise_tokens("Long- term plan: £1.3m (Table 2)") == ["longterm", "plan", "£1", "3m", "table", "2"]


def test_soft_hyphens_and_compatibility_forms_are_folded():
    assert normalise_tokens("inte\u00adgration ＬＬＲ") == ["integration", "llr"]


def test_a_table_row_with_headers_between_cells_still_answers():
    passage = normalise_tokens("Site: Lutterworth | Service: Rehab/Sub-Acute (10 beds)")
    snippet = normalise_tokens("Lutterworth Rehab/Sub-Acute (10 beds)")
    assert answers(passage, snippet)


def test_scattered_words_do_not_answer():
    passage = normalise_tokens("Lutterworth is growing. " + "filler " * 20 + "Rehab beds, sub acute, 10 beds")
    assert not answers(passage, normalise_tokens("Lutterworth Rehab/Sub-Acute (10 beds)"))


def test_words_out_of_order_do_not_answer():
    assert not answers(normalise_tokens("beds 10 Lutterworth"), normalise_tokens("Lutterworth 10 beds"))


def test_score_counts_words_read_up_to_the_first_answering_passage():
    question = {"id": "q1", "question": "q", "kind": "keyword", "gold": [{"snippet": "council tax increase of 4%"}]}
    passages = ["one two three", "a council tax increase of 4% is proposed"]
    result = score_question(question, passages)
    assert result.rank == 2
    assert result.words_before == 3 + 8


def test_metrics_from_ranks():
    report = EvalReport([
        QuestionResult("a", "", "keyword", 1, 50),
        QuestionResult("b", "", "keyword", 4, 400),
        QuestionResult("c", "", "numeric", None, None),
    ])
    overall = report.metrics()
    assert overall["hit@1"] == 1 / 3
    assert overall["hit@5"] == 2 / 3
    assert overall["mrr@10"] == (1 + 0.25) / 3
    assert overall["hit@300w"] == 1 / 3
    assert report.metrics("keyword")["hit@3"] == 0.5


def test_a_question_file_that_cannot_score_anything_is_an_error_not_a_row_of_zeros(tmp_path):
    import pytest

    from docsearch.errors import DocsearchError
    from docsearch.evaluate import load_questions

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(DocsearchError, match="no questions in"):
        load_questions(empty)
    ungraded = tmp_path / "ungraded.jsonl"
    ungraded.write_text('{"id": "x1", "question": "Lutterworth beds", "gold": []}\n', encoding="utf-8")
    with pytest.raises(DocsearchError, match='question 1 has no "question" or no "gold"'):
        load_questions(ungraded)
