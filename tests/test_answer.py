"""Cited answers: the sentences that answer, each able to stand on its own."""

from __future__ import annotations

from pathlib import Path

import docsearch


def test_a_short_sentence_leaning_on_the_one_before_is_shown_with_it(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(
        "Cabinet minutes\n\n"
        "56. Councillor Doyle asked that the Kingsholt depot scheme be reported back to the committee if the "
        "tender price exceeded the budget by more than 5%. The Cabinet Member agreed to this request.\n\n"
        "57. Cabinet approved the revenue budget for 2025/26 and recommended it to Council.\n",
        encoding="utf-8")
    index, _ = docsearch.build_index([minutes], tmp_path / "index")
    with index:
        answer = index.ask("what did the cabinet member agree about the Kingsholt depot tender")
    agreed = next(s.text for s in answer.sentences if "agreed to this request" in s.text)
    assert agreed.startswith("Councillor Doyle asked that the Kingsholt depot scheme be reported back")
    assert sum("Councillor Doyle asked" in s.text for s in answer.sentences) == 1  # not shown twice
