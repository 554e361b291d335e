"""End to end on the default corpus: the Cabinet report's 53 paragraphs, the agenda pack's tables."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pymupdf
import pytest

from docsearch.extract import iter_document_files, read_document
from docsearch.models import HEADING, LIST_ITEM, TABLE_ROW, ReadResult

CABINET = "2018-04-10_leicestershire-cabinet_nhs-stp-report.pdf"
AGENDA = "2017-01-04_leicester-city-health-scrutiny_agenda-pack.pdf"
HWB = "2018-09-27_leicestershire-hwb_better-care-together-update.pdf"
BAND = 50.0  # the generator draws its running header and footer inside 50pt of the page edge


@cache
def read(path: Path) -> ReadResult:
    return read_document(path)


def margin_texts(path: Path) -> set[str]:
    """Every header and footer line the PDF draws (from the raw page, not from the reader)."""
    texts: set[str] = set()
    with pymupdf.open(path) as doc:
        for page in doc:
            for x0, y0, x1, y1, text, *_ in page.get_text("blocks"):
                if y1 <= BAND or y0 >= page.rect.height - BAND:
                    texts.update(line.strip() for line in text.splitlines() if line.strip())
    return texts


def test_the_corpus_folder_yields_five_documents_and_no_catalogue(corpus_dir: Path) -> None:
    names = [path.name for path in iter_document_files([corpus_dir])]
    assert len(names) == 5
    assert "catalog.json" not in names
    assert names == sorted(names)


def test_catalogue_metadata_is_used_for_every_document(corpus_dir: Path) -> None:
    document = read(corpus_dir / CABINET).document
    assert document.title == "NHS Sustainability and Transformation Plan/Partnership"
    assert document.body == "Leicestershire County Council Cabinet"
    assert document.date == "2018-04-10"
    assert document.kind == "report"
    assert document.page_count == len(pymupdf.open(corpus_dir / CABINET))
    assert len(document.doc_id) == 16


def test_all_53_numbered_paragraphs_of_the_cabinet_report_come_out_in_order(corpus_dir: Path) -> None:
    result = read(corpus_dir / CABINET)
    numbered = [p for p in result.paragraphs if p.label and p.label.isdigit()]
    assert [p.label for p in numbered] == [str(n) for n in range(1, 54)]
    pages = [p.page for p in numbered]
    assert pages == sorted(pages)
    assert pages[0] == 1 and pages[-1] <= result.document.page_count
    assert numbered[15].text.startswith("An initial draft ST Plan for LLR was published in November 2016")


@pytest.mark.parametrize("name", [CABINET, AGENDA, HWB])
def test_no_header_or_footer_text_inside_any_paragraph(corpus_dir: Path, name: str) -> None:
    result = read(corpus_dir / name)
    margins = {text for text in margin_texts(corpus_dir / name) if not text.isdigit() and len(text) > 5}
    assert margins, "the generator should draw running headers"
    for paragraph in result.paragraphs:
        if paragraph.kind != TABLE_ROW:
            assert not re.fullmatch(r"(?:Page )?\d{1,3}", paragraph.text.strip()), paragraph
        for text in margins:
            assert text not in paragraph.text, (text, paragraph.text[:80])


def test_cabinet_header_is_not_in_the_text_but_is_the_body_when_no_catalogue(corpus_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / CABINET
    copy.write_bytes((corpus_dir / CABINET).read_bytes())
    result = read_document(copy)
    assert not any("Cabinet – 10 April 2018" in p.text for p in result.paragraphs)
    assert result.document.title == "NHS Sustainability and Transformation Plan/Partnership"  # PDF metadata
    assert result.document.body == "Cabinet"
    assert result.document.date == "2018-04-10"


def test_recommendation_2e_runs_over_the_page_break_as_one_list_item(corpus_dir: Path) -> None:
    paragraphs = read(corpus_dir / CABINET).paragraphs
    two = next(i for i, p in enumerate(paragraphs) if p.label == "2")
    e = next(p for p in paragraphs[two:] if p.label == "2(e)")  # item (e) of paragraph 2
    assert e.kind == LIST_ITEM
    assert e.pages == (1, 2)
    assert e.printed_pages == ("1", "2")
    assert e.context == "It is recommended that:"
    assert e.text.startswith("The local NHS be advised that it remains the County Council’s strong view")
    assert e.text.endswith("be undertaken to provide:")


def test_paragraphs_split_by_page_breaks_are_whole(corpus_dir: Path) -> None:
    numbered = {p.label: p for p in read(corpus_dir / CABINET).paragraphs if p.label and p.label.isdigit()}
    spanning = [label for label, p in numbered.items() if len(p.pages) == 2]
    assert len(spanning) >= 3
    for label in spanning:
        paragraph = numbered[label]
        assert paragraph.pages[1] == paragraph.pages[0] + 1
        assert "  " not in paragraph.text


def test_headings_give_the_heading_path(corpus_dir: Path) -> None:
    numbered = {p.label: p for p in read(corpus_dir / CABINET).paragraphs if p.label and p.label.isdigit()}
    assert numbered["1"].heading_path[-2:] == ("PART A", "Purpose of the Report")
    assert numbered["23"].heading_path[-2:] == ("PART B", "Current Position")


def test_community_hospital_beds_table_is_one_row_per_site_with_headers(corpus_dir: Path) -> None:
    rows = [p for p in read(corpus_dir / AGENDA).paragraphs if p.kind == TABLE_ROW]
    current = [p for p in rows if p.table_headers == ("Place", "Current LPT Inpatient Provision")]
    sites = [p.cells[0] for p in current]
    assert sites == ["Coalville", "Loughborough", "Hinckley", "Leicester City", "Melton", "Oakham", "Market Harborough", "Lutterworth", "Totals"]
    lutterworth = current[-2]
    assert lutterworth.cells == ("Lutterworth", "Rehab/Sub-Acute (10 beds)")
    assert lutterworth.text == "Lutterworth | Rehab/Sub-Acute (10 beds)"
    proposed = [p for p in rows if p.table_headers == ("Place", "Proposed Inpatient Provision") and p.cells[0] == "Lutterworth"]
    assert [p.cells for p in proposed] == [("Lutterworth", "No Beds")]


def test_agenda_pack_printed_pages_follow_the_footer_not_the_pdf(corpus_dir: Path) -> None:
    paragraphs = read(corpus_dir / AGENDA).paragraphs
    assert paragraphs[0].printed_page is None  # the cover prints no number
    lutterworth = next(p for p in paragraphs if p.kind == TABLE_ROW and p.cells[:1] == ("Lutterworth",))
    assert lutterworth.printed_page is not None
    assert int(lutterworth.printed_page) < lutterworth.page
    numbered = [p for p in paragraphs if p.printed_page]
    offsets = {p.page - int(p.printed_page) for p in numbered}
    assert len(offsets) == 1  # one consistent offset from the first appendix page on


def test_html_pages_read_as_one_page_with_headings_and_lists(corpus_dir: Path) -> None:
    result = read(corpus_dir / "2016-09_lga_stp-bulletin.html")
    assert result.document.media_type == "text/html"
    assert result.document.title == "Sustainability and Transformation Plan (STP) bulletin"
    assert all(p.pages == (1,) and p.printed_pages == (None,) for p in result.paragraphs)
    headings = [p.text for p in result.paragraphs if p.kind == HEADING]
    assert "Key messages and themes" in headings
    items = [p for p in result.paragraphs if p.kind == LIST_ITEM and p.text.startswith("Innovation around capital investment")]
    assert items and items[0].context.startswith("There was agreement")
    assert not any(p.text.startswith("Home") for p in result.paragraphs)  # the <nav> is chrome


def test_health_and_wellbeing_board_update_has_its_27_numbered_paragraphs(corpus_dir: Path) -> None:
    numbered = [p.label for p in read(corpus_dir / HWB).paragraphs if p.label and p.label.isdigit()]
    assert numbered == [str(n) for n in range(1, 28)]  # paragraph 22 starts in lower case


def test_html_ordered_lists_keep_the_letters_they_show(corpus_dir: Path) -> None:
    items = [p for p in read(corpus_dir / "2016-11_leicester-city-health-scrutiny_stp-minutes.html").paragraphs if p.kind == LIST_ITEM]
    assert [p.label for p in items[:2]] == ["(a)", "(b)"]
    assert items[0].context == "In addition to the contents of the update which had been circulated with the agenda it was also noted that:-"
