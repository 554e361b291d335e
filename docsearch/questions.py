"""Questions and replies in question-and-answer papers: public questions to council, written
answers, minutes of questions put to a Cabinet Member. The reader reads a reply with its question;
search ranks the reply to a question above it."""

from __future__ import annotations

import re

_QUESTION = re.compile(r"^\s*(?:(?:supplementary\s+)?q(?:uestion)?\s*\d*\s*[:.)–-]|question\s+\d+\b)", re.IGNORECASE)
# minutes reporting a question: "Councillor Qureshi asked what the Council's housing land supply was."
_ASKED = re.compile(r"^\s*(?:[\w’'.,-]+\s+){1,6}?asked\s+(?:whether|what|why|when|how|who|which|if)\b", re.IGNORECASE)
_ANSWER = re.compile(
    r"^\s*(?:a(?:nswer)?\s*\d*\s*[:)–-]|answer\b|response\b|reply\b|in (?:response|reply)\b)"
    r"|^\s*(?:[\w’'.,-]+\s+){1,8}?(?:replied|responded|answered)\b",  # minutes: "The Leader replied that ..."
    re.IGNORECASE,
)
QUESTION_CONTEXT_WORDS = 60


def asks(text: str) -> bool:
    """True for a question in a Q&A paper: "Q3: ...", "Question 2 ...", "Supplementary question: ...",
    a paragraph ending in "?", or one reporting a question ("Councillor Shah asked whether ...")."""
    return asks_directly(text) or bool(_ASKED.match(text))


def asks_directly(text: str) -> bool:
    """True for a question put in its own words or labelled as one, not reported."""
    return bool(_QUESTION.match(text)) or text.rstrip().endswith("?")


def answers_question(text: str) -> bool:
    """True for the reply after a question: "A: ...", "Answer: ...", "Response ...", "The Leader replied ..."."""
    return bool(_ANSWER.match(text))


def marks_reply(text: str) -> bool:
    """True for a bare label set before a reply: "Response:", "Answer", "Reply:"."""
    return len(text.split()) <= 2 and answers_question(text)


def question_context(question: str) -> str:
    """The question an answer replies to, as the answer's context (at most QUESTION_CONTEXT_WORDS words)."""
    return " ".join(question.split()[:QUESTION_CONTEXT_WORDS])
