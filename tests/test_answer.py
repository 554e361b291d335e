"""Cited answers: the sentences that answer, each able to stand on its own."""

from __future__ import annotations

from pathlib import Path

import docsearch


def index_of_paper(folder: Path, text: str) -> docsearch.Index:
    """An index of one plain-text paper written under `folder`."""
    paper = folder / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    return docsearch.build_index([paper], folder / "index")[0]


def test_a_short_sentence_leaning_on_the_one_before_is_shown_with_it(tmp_path: Path) -> None:
    index = index_of_paper(
        tmp_path,
        "Cabinet minutes\n\n"
        "56. Councillor Doyle asked that the Kingsholt depot scheme be reported back to the committee if the "
        "tender price exceeded the budget by more than 5%. The Cabinet Member agreed to this request.\n\n"
        "57. Cabinet approved the revenue budget for 2025/26 and recommended it to Council.\n")
    with index:
        answer = index.ask("what did the cabinet member agree about the Kingsholt depot tender")
    agreed = next(s.text for s in answer.sentences if "agreed to this request" in s.text)
    assert agreed.startswith("Councillor Doyle asked that the Kingsholt depot scheme be reported back")
    assert sum("Councillor Doyle asked" in s.text for s in answer.sentences) == 1  # not shown twice


def test_a_question_asking_how_many_is_answered_by_the_sentence_with_the_figure(tmp_path: Path, monkeypatch) -> None:
    """Two sentences read almost alike to the encoder ("Lots of respondents ..." a little closer to the
    question than "Altogether 2,314 respondents ..."); the question asks for a number, so the one giving it is shown."""
    from docsearch import answer as answer_module

    index = index_of_paper(
        tmp_path,
        "Leisure survey\n\n"
        "Most people who took part in the survey wanted the pool kept open for families. "
        "The survey was sent to every household in the borough in September. "
        "Lots of respondents across the borough completed the questionnaire this autumn. "
        "Altogether 2,314 respondents across the borough completed the questionnaire this autumn.\n")
    question = "how many people took part in the survey"
    with index:
        shown = [s.text for s in index.ask(question).sentences]
        assert any(s.startswith("Altogether 2,314 respondents") for s in shown)
        assert not any(s.startswith("Lots of respondents") for s in shown)
        monkeypatch.setattr(answer_module, "ANSWER_TYPE_LIFT", 0.0)
        unlifted = [s.text for s in index.ask(question).sentences]
    assert any(s.startswith("Lots of respondents") for s in unlifted)  # the figure is what decides it
