"""HTML, plain text and Markdown into paragraphs: headings, lists, tables, labels, metadata."""

from __future__ import annotations

import json
from pathlib import Path

from docsearch.extract import format_paragraph, read_document
from docsearch.models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW

PAGE = """<!DOCTYPE html>
<html><head><title>Beds review | Leicester City Council</title>
<meta name="DC.date" content="2016-11-09"><script>var x = "never text";</script></head>
<body>
<header><a href="/">Leicester City Council</a></header>
<nav><ul><li>Home</li><li>Meetings</li></ul></nav>
<div class="cookie-banner">We use cookies.</div>
<main>
<h1>Beds review</h1>
<h2>Community hospitals</h2>
<p>16. The Commission asked about <strong>Lutterworth</strong> beds.</p>
<p>Members noted the following:</p>
<ul><li>the ward will close;</li><li>services move to Market Harborough.</li></ul>
<table><caption>Current provision</caption>
<thead><tr><th>Place</th><th>Beds</th></tr></thead>
<tbody><tr><td>Lutterworth</td><td>Rehab/Sub-Acute (10 beds)</td></tr>
<tr><td>Melton</td><td>Rehab/Sub-Acute (17 beds)</td></tr></tbody></table>
<h3>Next steps</h3>
<p>A consultation follows &amp; reports in 2017.</p>
</main>
<footer>© Leicester City Council</footer>
</body></html>
"""


def test_an_html_page_gives_headings_paragraphs_list_items_and_table_rows(tmp_path: Path) -> None:
    page = tmp_path / "beds.html"
    page.write_text(PAGE, encoding="utf-8")
    result = read_document(page)
    assert result.document.title == "Beds review"
    assert result.document.date == "2016-11-09"
    assert result.document.media_type == "text/html"
    found = [(p.kind, p.label, p.text) for p in result.paragraphs]
    assert found == [
        (HEADING, None, "Beds review"),
        (HEADING, None, "Community hospitals"),
        (PARAGRAPH, "16", "The Commission asked about Lutterworth beds."),
        (PARAGRAPH, None, "Members noted the following:"),
        (LIST_ITEM, None, "the ward will close;"),
        (LIST_ITEM, None, "services move to Market Harborough."),
        (TABLE_ROW, None, "Lutterworth | Rehab/Sub-Acute (10 beds)"),
        (TABLE_ROW, None, "Melton | Rehab/Sub-Acute (17 beds)"),
        (HEADING, None, "Next steps"),
        (PARAGRAPH, None, "A consultation follows & reports in 2017."),
    ]
    by_text = {p.text: p for p in result.paragraphs}
    assert by_text["the ward will close;"].context == "Members noted the following:"
    row = by_text["Lutterworth | Rehab/Sub-Acute (10 beds)"]
    assert row.table_headers == ("Place", "Beds")
    assert row.cells == ("Lutterworth", "Rehab/Sub-Acute (10 beds)")
    assert row.context == "Current provision"
    assert by_text["A consultation follows & reports in 2017."].heading_path == ("Community hospitals", "Next steps")
    assert all(p.pages == (1,) and p.printed_pages == (None,) for p in result.paragraphs)


def test_markdown_headings_labels_lists_and_pipe_tables(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "# STP briefing\n\n"
        "Published 27 September 2018.\n\n"
        "## Beds\n\n"
        "1. The plan closes the ward at\n"
        "Lutterworth and moves beds.\n\n"
        "The changes are:\n\n"
        "- fewer sites;\n"
        "- more care at home.\n\n"
        "| Site | Beds |\n|---|---|\n| Lutterworth | 10 |\n",
        encoding="utf-8",
    )
    result = read_document(note)
    assert result.document.media_type == "text/markdown"
    assert result.document.title == "STP briefing"
    assert result.document.date == "2018-09-27"
    found = [(p.kind, p.label, p.text) for p in result.paragraphs]
    assert found == [
        (HEADING, None, "STP briefing"),
        (PARAGRAPH, None, "Published 27 September 2018."),
        (HEADING, None, "Beds"),
        (PARAGRAPH, "1", "The plan closes the ward at Lutterworth and moves beds."),
        (PARAGRAPH, None, "The changes are:"),
        (LIST_ITEM, None, "fewer sites;"),
        (LIST_ITEM, None, "more care at home."),
        (TABLE_ROW, None, "Lutterworth | 10"),
    ]
    assert result.paragraphs[5].context == "The changes are:"
    assert result.paragraphs[7].table_headers == ("Site", "Beds")
    assert result.paragraphs[3].heading_path == ("Beds",)


def test_plain_text_splits_at_blank_lines_and_mends_hyphenated_breaks(tmp_path: Path) -> None:
    text = tmp_path / "minutes.txt"
    text.write_text("Minutes of the meeting\n\n(a) The Commission noted the transfor-\nmation plan.\n\n(b) Members asked questions.\n", encoding="utf-8")
    result = read_document(text)
    assert [(p.kind, p.label, p.text) for p in result.paragraphs] == [
        (HEADING, None, "Minutes of the meeting"),
        (LIST_ITEM, "(a)", "The Commission noted the transformation plan."),
        (LIST_ITEM, "(b)", "Members asked questions."),
    ]


def test_the_catalogue_beside_a_file_supplies_its_metadata_and_is_never_read_as_a_document(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text("Some words about beds.\n", encoding="utf-8")
    catalogue = {"report.txt": {"title": "Beds report", "body": "Cabinet", "date": "2018-04-10", "kind": "report"}}
    (tmp_path / "catalog.json").write_text(json.dumps(catalogue), encoding="utf-8")
    document = read_document(tmp_path / "report.txt").document
    assert (document.title, document.body, document.date, document.kind) == ("Beds report", "Cabinet", "2018-04-10", "report")


def test_format_paragraph_names_page_printed_page_and_label(tmp_path: Path) -> None:
    page = tmp_path / "beds.html"
    page.write_text(PAGE, encoding="utf-8")
    result = read_document(page)
    sixteen = next(p for p in result.paragraphs if p.label == "16")
    assert format_paragraph(result.document, sixteen) == "[p. 1 · para 16] The Commission asked about Lutterworth beds."
    row = next(p for p in result.paragraphs if p.kind == TABLE_ROW)
    assert format_paragraph(result.document, row) == "[p. 1 · table_row] Place: Lutterworth; Beds: Rehab/Sub-Acute (10 beds)"


def test_a_table_caption_set_as_a_heading_heads_only_its_table(tmp_path: Path) -> None:
    page = tmp_path / "consultation.html"
    page.write_text("""<html><body><h1>Consultation summary</h1><h2>Responses</h2>
<h3>Table 2: Level of agreement with each option</h3>
<p>Percentages are of those who answered.</p>
<table><tr><th>Option</th><th>Agree</th></tr><tr><td>Option A</td><td>12%</td></tr></table>
<p>Respondents who opposed closure said the bus fare to Harbourne is unaffordable.</p>
<h3>Figure 1: Where respondents live</h3>
<p>Most respondents live in Millbridge.</p></body></html>""", encoding="utf-8")
    found = {p.text: p for p in read_document(page).paragraphs}
    row = found["Option A | 12%"]  # a note between the caption and its table does not end the caption
    assert row.heading_path[-1] == row.context == "Table 2: Level of agreement with each option"
    assert found["Respondents who opposed closure said the bus fare to Harbourne is unaffordable."].heading_path[-1] == "Responses"
    assert found["Most respondents live in Millbridge."].heading_path[-1] == "Responses"
