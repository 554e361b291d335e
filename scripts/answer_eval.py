"""How often `docsearch ask` shows a sentence that answers: the share of questions for which one of
the answer's sentences holds a gold snippet (the scoring rules of `docsearch eval`, applied to the
sentences instead of the passages).

    python scripts/answer_eval.py tests/data/eval/dev.jsonl [--index indexes/default] ...
    python scripts/answer_eval.py tests/data/eval/council.jsonl --index /tmp/council --misses
"""

from __future__ import annotations

import logging
import warnings

import click

import docsearch
from docsearch.evaluate import answers, load_questions, normalise_tokens


@click.command()
@click.argument("questions", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--index", "folder", default="indexes/default", show_default=True, type=click.Path(exists=True))
@click.option("--misses", is_flag=True, help="List the questions whose answer holds no gold snippet.")
def main(questions: tuple[str, ...], folder: str, misses: bool) -> None:
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    with docsearch.open_index(folder) as index:
        for path in questions:
            asked = found = 0
            for question in load_questions(path):
                gold = [normalise_tokens(g["snippet"]) for g in question["gold"]]
                shown = index.ask(question["question"]).sentences
                asked += 1
                if any(answers(normalise_tokens(s.text), g) for s in shown for g in gold):
                    found += 1
                elif misses:
                    click.echo(f"  {question['id']} {question['question']!r}: {[s.text[:80] for s in shown]}")
            click.echo(f"{path}: {found}/{asked} answers hold a gold snippet ({found / max(asked, 1):.2f})")


if __name__ == "__main__":
    main()
