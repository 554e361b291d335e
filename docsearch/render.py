"""Human output for the CLI: citations first, matching words marked."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from .models import Answer, Citation, Document, Hit, Paragraph, Part, format_date
from .search import query_terms


def bracket(citation: Citation) -> str:
    return f"[{citation}]"


def mark(text: str, terms: Sequence[str]) -> str:
    """Bold the words that start like a query term (on a terminal; plain text otherwise)."""
    stems = {t[:5] for t in terms if len(t) > 2}
    if not stems:
        return text

    def repl(match: re.Match[str]) -> str:
        word = match.group(0)
        return click.style(word, bold=True, fg="yellow") if word.lower()[:5] in stems else word

    return re.sub(r"[^\W_]+", repl, text)


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent=indent, subsequent_indent=indent)


def print_hits(hits: Sequence[Hit], query: str) -> None:
    if not hits:
        click.echo("No passages found.")
        return
    terms = query_terms(query)
    several = len({h.citation.index_name for h in hits} | {c.index_name for h in hits for c in h.also_in}) > 1

    def cite(citation: Citation) -> str:
        return f"{citation.index_name}: {bracket(citation)}" if several else bracket(citation)

    for rank, hit in enumerate(hits, start=1):
        click.echo(click.style(f"{rank}. {cite(hit.citation)}", fg="cyan"))
        for other in hit.also_in:
            click.echo(click.style(f"   also in {cite(other)}", fg="cyan"))
        click.echo(mark(_wrap(hit.reading), terms))
        click.echo()


def print_answer(answer: Answer) -> None:
    if not answer.found:
        click.echo(answer.message)
        return
    for sentence in answer.sentences:
        click.echo(f"{' '.join(sentence.text.split())} " + click.style(bracket(sentence.citation), fg="cyan"))
    click.echo()
    click.echo(click.style("Cited passages", bold=True))
    print_hits(answer.hits, answer.question)


def paragraph_line(document: Document, paragraph: Paragraph) -> str:
    citation = Citation(doc_id=document.doc_id, title=document.title, path=document.path, body=document.body,
                        date=document.date, page=paragraph.page, printed_page=paragraph.printed_page,
                        label=paragraph.label, part=paragraph.part)
    return bracket(citation)


def print_paragraphs(document: Document, paragraphs: Sequence[Paragraph]) -> None:
    click.echo(click.style(f"# {document.title} ({document.path})", bold=True))
    for paragraph in paragraphs:
        kind = "" if paragraph.kind == "paragraph" else f" ({paragraph.kind})"
        click.echo(click.style(paragraph_line(document, paragraph) + kind, fg="cyan"))
        click.echo(_wrap(paragraph.text))


def print_paragraph_context(document: Document, paragraphs: Sequence[Paragraph], target: int | None) -> None:
    for paragraph in paragraphs:
        line = paragraph_line(document, paragraph)
        style = {"bold": True} if paragraph.ordinal == target else {"dim": True}
        click.echo(click.style(line, fg="cyan"))
        click.echo(click.style(_wrap(paragraph.text), **style))
        click.echo()


def print_documents(documents: Sequence[Document], failures: dict[str, str],
                    parts: Mapping[str, Sequence[Part]] | None = None) -> None:
    for d in documents:
        date = format_date(d.date) or "undated"
        click.echo(f"{d.doc_id[:10]}  {date:<12} {d.kind or '':<12} {d.title}  ({d.body or 'body unknown'})")
        for part in (parts or {}).get(d.doc_id, ()):
            click.echo(f"{'':38}{part.title}  (PDF pp. {part.first_page}-{part.last_page})")
    for path, reason in sorted(failures.items()):
        click.echo(click.style(f"failed      {path}: {_own_reason(path, reason)}", fg="red"))


def _own_reason(path: str, reason: str) -> str:
    """A failure's reason without the file name the reader put before it (the line names the path)."""
    for prefix in (f"{path}: ", f"{Path(path).name}: "):
        if reason.startswith(prefix):
            return reason[len(prefix):]
    return reason


def print_report(report, err: bool = False) -> None:
    counts = report.counts()
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()), err=err)
    for path, reason in sorted(report.failed.items()):
        click.echo(click.style(f"failed: {path}: {_own_reason(path, reason)}", fg="red"), err=True)
    for path, warnings in sorted(report.warnings.items()):
        for warning in warnings:
            click.echo(f"warning: {path}: {warning}", err=True)
    for notice in report.notices:
        click.echo(f"note: {notice}", err=True)
