"""Agenda packs: each paragraph knows the agenda item whose paper it lies in, and citations say so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

import docsearch
from docsearch.cli import main
from docsearch.extract import read_document
from docsearch.extract.parts import _readable
from docsearch.models import Part

AGENDA = [
    "AGENDA",
    "1. APOLOGIES FOR ABSENCE",
    "2 COMMUNITY HOSPITAL BEDS REVIEW (Pages 1 - 2)",
    "Members are asked to note the review of community hospital beds.",
    "3. REVENUE BUDGET 2017/18",
    "Appendix B",
    "(Pages 3 - 4)",
]
BEDS = ["Community Hospital Beds Review", "Report of the Director of Health",
        "1. Lutterworth community hospital has ten rehabilitation beds that will move to Market Harborough.",
        "2. The review found that the ward could not be staffed safely at night."]
BEDS_MORE = ["Staffing", "3. Agency nurses covered a third of the night shifts in the last year."]
BUDGET = ["Appendix B", "Revenue Budget 2017/18", "1. The council tax increase of four per cent is proposed.",
          "2. Reserves will be used to balance the budget in the final year."]
BUDGET_MORE = ["4. The capital programme is unchanged from the one approved in February."]


def write_pack(path: Path, pages: list[list[str]], numbers: list[str | None]) -> Path:
    """A PDF with one page per list of lines (first line bold and large) and a printed footer number."""
    doc = pymupdf.open()
    for lines, number in zip(pages, numbers):
        page = doc.new_page(width=595, height=842)
        y = 80
        for i, line in enumerate(lines):
            heading = i == 0 or line in ("Staffing", "Appendix B") or line.startswith(("2 COMM", "3. REV", "1. APO"))
            page.insert_text((72, y), line, fontsize=14 if heading else 11, fontname="hebo" if heading else "helv")
            y += 28
        if number:
            page.insert_text((280, 810), f"Page {number}", fontsize=9, fontname="helv")
    doc.save(path)
    return path


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "agenda-pack.pdf", [AGENDA, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE],
                      [None, "1", "2", "3", "4"])


def parts_by_text(path: Path) -> dict[str, str | None]:
    return {p.text: p.part for p in read_document(path).paragraphs}


def test_each_paper_of_a_pack_carries_its_agenda_item(pack: Path) -> None:
    parts = parts_by_text(pack)
    assert parts["Members are asked to note the review of community hospital beds."] is None  # the agenda itself
    assert parts[BEDS[2][3:]] == parts[BEDS_MORE[1][3:]] == "Item 2: Community Hospital Beds Review"
    assert parts[BUDGET[2][3:]] == parts[BUDGET_MORE[0][3:]] == "Item 3: Revenue Budget 2017/18"


def test_headings_do_not_carry_over_into_the_next_paper(pack: Path) -> None:
    paragraphs = {p.text: p for p in read_document(pack).paragraphs}
    assert "Staffing" in paragraphs[BEDS_MORE[1][3:]].heading_path
    assert "Staffing" not in paragraphs[BUDGET[2][3:]].heading_path


def test_an_agenda_whose_pages_are_not_the_packs_names_no_paper(tmp_path: Path) -> None:
    # Pages 1 and 3 hold other papers than the agenda lists and no page shows "Appendix B": no page
    # agrees with the agenda, so nothing is attributed to an item rather than something wrongly.
    performance = ["Quarterly Performance Report", "1. Waiting times improved in the second quarter."]
    housing = ["Housing Allocations Policy", "1. The policy gives priority to households in severe need."]
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, performance, BEDS_MORE, housing, BUDGET_MORE], [None, "1", "2", "3", "4"])
    assert set(parts_by_text(path).values()) == {None}


def test_an_appendix_label_opens_its_paper_wherever_the_pages_say(tmp_path: Path) -> None:
    # Printed numbers shifted by one: the ranges no longer fit, but "Appendix B" still opens the budget.
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE], [None, "2", "3", "4", "5"])
    parts = parts_by_text(path)
    assert parts[BEDS[2][3:]] is None
    assert parts[BUDGET[2][3:]] == "Item 3: Revenue Budget 2017/18"


def test_a_reports_own_appendix_label_is_not_the_agendas(tmp_path: Path) -> None:
    # The beds report's own "Appendix B" (a staffing table) opens a page before the budget does.
    own = ["Appendix B", "Night Shift Staffing", "1. Agency nurses covered a third of the night shifts."]
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, BEDS, own, BUDGET, BUDGET_MORE], [None, "2", "3", "4", "5"])
    parts = parts_by_text(path)
    assert parts[own[2][3:]] is None
    assert parts[BUDGET[2][3:]] == "Item 3: Revenue Budget 2017/18"


def test_a_citation_names_the_item_and_an_older_index_still_opens(pack: Path, tmp_path: Path) -> None:
    index, _ = docsearch.build_index([pack], tmp_path / "index")
    hit = index.search("council tax increase", k=1)[0]
    assert hit.citation.part == "Item 3: Revenue Budget 2017/18"
    assert str(hit.citation).endswith(" · Item 3: Revenue Budget 2017/18 · para 1 · p. 3 (PDF p. 4)")
    assert index.parts() == {hit.citation.doc_id: [Part(2, 3, "Item 2: Community Hospital Beds Review"),
                                                   Part(4, 5, "Item 3: Revenue Budget 2017/18")]}
    index.close()
    listed = CliRunner().invoke(main, ["docs", "--index", str(tmp_path / "index")])
    assert listed.exit_code == 0 and "Item 2: Community Hospital Beds Review  (PDF pp. 2-3)" in listed.output
    # An index written before items were read has no such column: it opens, and its hits name no item.
    with sqlite3.connect(tmp_path / "index" / "docsearch.sqlite") as conn:
        conn.execute("ALTER TABLE paragraphs DROP COLUMN part")
    old = docsearch.open_index(tmp_path / "index")
    assert old.search("council tax increase", k=1)[0].citation.part is None and old.parts() == {}
    old.close()


@pytest.mark.parametrize(("title", "readable"), [
    ("CQC INSPECTION OF LEICESTERSHIRE PARTNERSHIP TRUST", "CQC Inspection of Leicestershire Partnership Trust"),
    ("CHAIR'S UPDATE ON ACTIONS", "Chair's Update on Actions"),
    ("Sustainability and Transformation Plan", "Sustainability and Transformation Plan"),
])
def test_an_all_capitals_agenda_title_reads_in_title_case(title: str, readable: str) -> None:
    assert _readable(title) == readable
