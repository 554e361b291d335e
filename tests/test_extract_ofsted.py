"""Real Word-exported Ofsted reports: running footers gone, numbered paragraphs kept, pages cited."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from docsearch.extract import read_document
from docsearch.models import HEADING, TABLE_ROW, ReadResult

OFSTED = Path(__file__).resolve().parent / "data" / "ofsted"
REPORTS = sorted(path.name for path in OFSTED.glob("*.pdf"))


@cache
def read(name: str) -> ReadResult:
    return read_document(OFSTED / name)


def footer_lines(name: str) -> tuple[str, str]:
    """The two running footer lines every page after the first carries."""
    council = name.split("_")[0].replace("-", " ").title()
    return f"Inspection of {council}", "local authority children’s services"


@pytest.mark.parametrize("name", REPORTS)
def test_numbered_paragraphs_come_out_in_order_without_gaps(name: str) -> None:
    labels = [int(p.label) for p in read(name).paragraphs if p.label and p.label.isdigit()]
    assert len(labels) > 40
    assert labels == list(range(1, len(labels) + 1))


@pytest.mark.parametrize("name", REPORTS)
def test_running_footer_and_page_numbers_never_appear_in_paragraph_text(name: str) -> None:
    result = read(name)
    body = [p for p in result.paragraphs if p.page > 1]
    council_line, _ = footer_lines(name)
    assert not [p.text for p in body if council_line.lower() in p.text.lower()]
    assert not [p.text for p in body if re.fullmatch(r"\d{1,3}", p.text.strip())]
    assert not [p.text for p in body if re.search(r"\b\d{1,2} to \d{1,2} \w+ 20\d\d$", p.text)]


@pytest.mark.parametrize("name", REPORTS)
def test_printed_page_numbers_are_the_footer_numbers(name: str) -> None:
    result = read(name)
    later = [p for p in result.paragraphs if p.page > 1 and p.kind != TABLE_ROW]
    assert later
    assert all(p.printed_page == str(p.page) for p in later)


@pytest.mark.parametrize("name", REPORTS)
def test_judgement_table_rows_carry_their_headers(name: str) -> None:
    rows = [p for p in read(name).paragraphs if p.kind == TABLE_ROW]
    overall = [p for p in rows if p.cells and p.cells[0] == "Overall effectiveness"]
    assert len(overall) == 1
    assert overall[0].table_headers == ("Judgement", "Grade")
    assert overall[0].cells[1] in {"Outstanding", "Good", "Requires improvement to be good", "Inadequate"}


def test_section_headings_make_the_heading_path_and_the_title() -> None:
    result = read("bromley_12-january-2024.pdf")
    assert result.document.title == "Inspection of Bromley local authority children’s services"
    by_label = {p.label: p for p in result.paragraphs if p.label}
    assert by_label["1"].heading_path == ("The experiences and progress of children who need help and protection: outstanding",)
    assert by_label["59"].heading_path[-1].startswith("The impact of leaders on social work practice")
    headings = [p.text for p in result.paragraphs if p.kind == HEADING]
    assert "What needs to improve?" in headings


def test_paragraphs_running_over_a_page_break_are_whole() -> None:
    result = read("bromley_12-january-2024.pdf")
    by_label = {p.label: p for p in result.paragraphs if p.label}
    six = by_label["6"]
    assert six.pages == (2, 3)
    assert six.printed_pages == ("2", "3")
    assert "Children phone, text and email their social workers." in six.text


def test_a_footnote_mark_does_not_stick_to_the_heading() -> None:
    headings = [p.text for p in read("bury_29-july-2025.pdf").paragraphs if p.kind == HEADING]
    assert "What needs to improve?" in headings


def test_highlighted_text_is_not_mistaken_for_a_table() -> None:
    rows = [p for p in read("oxfordshire_09-april-2024.pdf").paragraphs if p.kind == TABLE_ROW]
    assert {p.page for p in rows} == {1}


@pytest.mark.parametrize("name", REPORTS)
def test_a_title_in_large_type_wrapped_over_two_lines_is_one_heading(name: str) -> None:
    # The 26pt title "Inspection of West Berkshire local / authority children's services" wraps
    # well short of the margin: the next word would not have fitted, so it is one heading.
    council = name.split("_")[0].replace("-", " ").title()
    headings = [p for p in read(name).paragraphs if p.kind == HEADING]
    assert headings[0].text == f"Inspection of {council} local authority children’s services"
    fragments = {"authority children’s services", "children’s services", "local authority children’s services"}
    assert not [h.text for h in headings if h.text in fragments]
    # Judgement headings that wrap ("...: requires / improvement to be good") are whole too.
    assert not [h.text for h in headings if h.text in {"improvement to be good", "to be good"}]
