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
    "# AGENDA",
    "# 1. APOLOGIES FOR ABSENCE",
    "# 2 COMMUNITY HOSPITAL BEDS REVIEW (Pages 1 - 2)",
    "Members are asked to note the review of community hospital beds.",
    "# 3. REVENUE BUDGET 2017/18",
    "# Appendix B",
    "(Pages 3 - 4)",
]
BEDS = ["# Community Hospital Beds Review", "Report of the Director of Health",
        "1. Lutterworth community hospital has ten rehabilitation beds that will move to Market Harborough.",
        "2. The review found that the ward could not be staffed safely at night."]
BEDS_MORE = ["# Staffing", "3. Agency nurses covered a third of the night shifts in the last year."]
BUDGET = ["# Appendix B", "# Revenue Budget 2017/18", "1. The council tax increase of four per cent is proposed.",
          "2. Reserves will be used to balance the budget in the final year."]
BUDGET_MORE = ["4. The capital programme is unchanged from the one approved in February."]


def write_pack(path: Path, pages: list[list[str]], numbers: list[str | None]) -> Path:
    """A PDF with one page per list of lines ("# " marks a heading, set large and bold) and a footer number."""
    doc = pymupdf.open()
    for lines, number in zip(pages, numbers):
        page = doc.new_page(width=595, height=842)
        y = 80
        for line in lines:
            heading = line.startswith("# ")
            page.insert_text((72, y), line.removeprefix("# "), fontsize=14 if heading else 11,
                             fontname="hebo" if heading else "helv")
            y += 28
        if number:
            page.insert_text((280, 810), f"Page {number}", fontsize=9, fontname="helv")
    doc.save(path)
    return path


def body(line: str) -> str:
    """A numbered paragraph's text as read: its label apart."""
    return line.split(" ", 1)[1]


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "agenda-pack.pdf", [AGENDA, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE],
                      [None, "1", "2", "3", "4"])


def parts_by_text(path: Path) -> dict[str, str | None]:
    return {p.text: p.part for p in read_document(path).paragraphs}


def test_each_paper_of_a_pack_carries_its_agenda_item(pack: Path) -> None:
    parts = parts_by_text(pack)
    assert parts["Members are asked to note the review of community hospital beds."] is None  # the agenda itself
    assert parts[body(BEDS[2])] == parts[body(BEDS_MORE[1])] == "Item 2: Community Hospital Beds Review"
    assert parts[body(BUDGET[2])] == parts[body(BUDGET_MORE[0])] == "Item 3: Revenue Budget 2017/18"


def test_headings_do_not_carry_over_into_the_next_paper(tmp_path: Path) -> None:
    # The budget paper opens without a heading of its own: the beds paper's must not stand over it.
    budget = [line.removeprefix("# ") for line in BUDGET]
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, BEDS, BEDS_MORE, budget, BUDGET_MORE], [None, "1", "2", "3", "4"])
    paragraphs = {p.text: p for p in read_document(path).paragraphs}
    assert paragraphs[body(BEDS_MORE[1])].heading_path == ("Staffing",)
    assert paragraphs[body(BUDGET[2])].part == "Item 3: Revenue Budget 2017/18"
    assert paragraphs[body(BUDGET[2])].heading_path == ()


def test_an_agenda_whose_pages_are_not_the_packs_names_no_paper(tmp_path: Path) -> None:
    # Pages 1 and 3 hold other papers than the agenda lists and no page shows "Appendix B": no page
    # agrees with the agenda, so nothing is attributed to an item rather than something wrongly.
    performance = ["Quarterly Performance Report", "1. Waiting times improved in the second quarter."]
    housing = ["Housing Allocations Policy", "1. The policy gives priority to households in severe need."]
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, performance, BEDS_MORE, housing, BUDGET_MORE],
                      [None, "1", "2", "3", "4"])
    assert set(parts_by_text(path).values()) == {None}


def test_an_appendix_label_opens_its_paper_wherever_the_pages_say(tmp_path: Path) -> None:
    # Printed numbers shifted by one: the ranges no longer fit, but "Appendix B" still opens the budget.
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE], [None, "2", "3", "4", "5"])
    parts = parts_by_text(path)
    assert parts[body(BEDS[2])] is None
    assert parts[body(BUDGET[2])] == "Item 3: Revenue Budget 2017/18"


@pytest.mark.parametrize("heading", ["Night Shift Staffing", "Ward Budget"])
def test_a_reports_own_appendix_label_is_not_the_agendas(tmp_path: Path, heading: str) -> None:
    # The beds report's own "Appendix B" opens a page before the budget does, its heading sharing
    # no word with the agenda's "Revenue Budget", or one: the page showing more of the title wins.
    own = ["# Appendix B", f"# {heading}", "1. Agency nurses covered a third of the night shifts."]
    path = write_pack(tmp_path / "pack.pdf", [AGENDA, BEDS, own, BUDGET, BUDGET_MORE], [None, "2", "3", "4", "5"])
    parts = parts_by_text(path)
    assert parts[body(own[2])] is None
    assert parts[body(BUDGET[2])] == "Item 3: Revenue Budget 2017/18"


def test_a_labelled_paper_takes_as_many_pages_as_the_agenda_gives_it(tmp_path: Path) -> None:
    # Item 4's paper does not open with its title, so nothing places it; the budget's two pages
    # (3 - 4) must not run on over it.
    agenda = [*AGENDA, "# 4. HOUSING ALLOCATIONS POLICY (Pages 5 - 6)"]
    housing = ["# Lettings Scheme Review", "1. The policy gives priority to households in severe need."]
    path = write_pack(tmp_path / "pack.pdf", [agenda, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE, housing],
                      [None, "2", "3", "4", "5", "6"])
    parts = parts_by_text(path)
    assert parts[body(BUDGET_MORE[0])] == "Item 3: Revenue Budget 2017/18"
    assert parts[body(housing[1])] is None


def test_a_paper_is_named_when_the_next_one_does_not_open_with_its_title(tmp_path: Path) -> None:
    # Item 3's paper opens "Lettings ..." instead of its agenda title and has no label, so it is
    # not placed; the agenda still says item 2's two pages end where item 3's begin.
    agenda = [line for line in AGENDA if line != "# Appendix B"]
    lettings = ["# Lettings Scheme Review", "1. The policy gives priority to households in severe need."]
    path = write_pack(tmp_path / "pack.pdf", [agenda, BEDS, BEDS_MORE, lettings, BUDGET_MORE],
                      [None, "1", "2", "3", "4"])
    parts = parts_by_text(path)
    assert parts[body(BEDS_MORE[1])] == "Item 2: Community Hospital Beds Review"
    assert parts[body(lettings[1])] is None


def test_a_report_whose_contents_give_pages_is_not_a_pack(tmp_path: Path) -> None:
    contents = ["# Contents", "# 1. Introduction (Page 2)", "# 2. Community Hospital Beds (Pages 3 - 4)"]
    intro = ["# Introduction", "1. This report sets out the review."]
    beds = ["# Community Hospital Beds", "2. Ten beds will move."]
    path = write_pack(tmp_path / "report.pdf", [contents, intro, beds, BEDS_MORE], [None, "2", "3", "4"])
    assert set(parts_by_text(path).values()) == {None}


def test_an_agenda_title_wrapped_onto_a_line_starting_with_a_number_stays_one_item() -> None:
    from docsearch.extract.page import PageText, TextLine
    from docsearch.extract.parts import Item, agenda_items

    texts = ["AGENDA", "6. REVENUE BUDGET MONITORING REPORT – QUARTER", "3 PERFORMANCE (Pages 9 - 20)",
             "7 CAPITAL PROGRAMME (Pages 21 - 30)"]
    lines = tuple(TextLine(1, 72, 80 + 20 * i, 400, 92 + 20 * i, text, 11, False, 72) for i, text in enumerate(texts))
    assert agenda_items([PageText(1, 595, 842, lines)]) == [
        Item("6", "REVENUE BUDGET MONITORING REPORT – QUARTER 3 PERFORMANCE", None, 9, 20),
        Item("7", "CAPITAL PROGRAMME", None, 21, 30),
    ]


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
    # Brought up to date, it gains the column and a new pack's items.
    again = write_pack(tmp_path / "pack-2.pdf", [AGENDA, BEDS, BEDS_MORE, BUDGET, BUDGET_MORE],
                       [None, "2", "3", "4", "5"])
    index, report = docsearch.build_index([pack, again], tmp_path / "index")
    assert report.counts()["added"] == 1 and report.counts()["unchanged"] == 1
    assert [p.title for found in index.parts().values() for p in found] == ["Item 3: Revenue Budget 2017/18"]
    index.close()


@pytest.mark.parametrize(("title", "readable"), [
    ("CQC INSPECTION OF LEICESTERSHIRE PARTNERSHIP TRUST", "CQC Inspection of Leicestershire Partnership Trust"),
    ("CHAIR'S UPDATE ON ACTIONS", "Chair's Update on Actions"),
    ("Sustainability and Transformation Plan", "Sustainability and Transformation Plan"),
])
def test_an_all_capitals_agenda_title_reads_in_title_case(title: str, readable: str) -> None:
    assert _readable(title) == readable


def stamp(path: Path, stamps: dict[int, str]) -> Path:
    """Stamp pages (0-based) at the top as modern.gov does: {1: "Agenda Item 2"}."""
    doc = pymupdf.open(path)
    for index, text in stamps.items():
        doc[index].insert_text((450, 40), text, fontsize=10, fontname="hebo")
    stamped = path.with_name("stamped-" + path.name)
    doc.save(stamped)
    return stamped


def test_a_pack_stamping_each_paper_with_its_item_names_items_the_agenda_gives_no_pages(tmp_path: Path) -> None:
    # Item 3's paper was "to follow" when the agenda was printed, so only its stamp places it; and
    # the stamp is a mark on the page, not a passage.
    agenda = ["# AGENDA", "# 2. COMMUNITY HOSPITAL BEDS REVIEW (Pages 1 - 2)", "# 3. BUDGET (Report to follow)"]
    budget = ["# Revenue Budget Proposals", "1. The council tax increase of four per cent is proposed."]
    path = write_pack(tmp_path / "pack.pdf", [agenda, BEDS, BEDS_MORE, budget, BUDGET_MORE], [None, "1", "2", "3", "4"])
    found = parts_by_text(stamp(path, {1: "Agenda Item 2", 3: "Agenda Item 3"}))
    assert found[body(budget[1])] == found[body(BUDGET_MORE[0])] == "Item 3: Budget"
    assert found[body(BEDS[2])] == "Item 2: Community Hospital Beds Review"
    assert not any("Agenda Item" in text for text in found)
    assert set(parts_by_text(path).values()) == {None}  # unstamped, nothing bears out where item 2 ends


def test_a_page_range_wrapped_onto_the_next_line_is_read_whole() -> None:
    from docsearch.extract.page import PageText, TextLine
    from docsearch.extract.parts import Item, agenda_items

    texts = ["AGENDA", "6. WASTE AND RECYCLING COLLECTION SERVICE CHANGES (Pages 10 -", "14)",
             "Report of the Head of Waste.", "8. FORWARD PLAN (Pages 15 - 16)"]
    lines = tuple(TextLine(1, 72, 80 + 20 * i, 400, 92 + 20 * i, text, 11, False, 72) for i, text in enumerate(texts))
    assert agenda_items([PageText(1, 595, 842, lines)]) == [
        Item("6", "WASTE AND RECYCLING COLLECTION SERVICE CHANGES", None, 10, 14),
        Item("8", "FORWARD PLAN", None, 15, 16),
    ]


def test_a_numbered_note_above_the_agenda_does_not_name_a_stamped_paper(tmp_path: Path) -> None:
    agenda = ["2. Questions must reach Democratic Services by noon.", "# AGENDA", "# 2. COMMUNITY HOSPITAL BEDS REVIEW",
              "Report of the Director of Health. (Pages 1 - 2)"]
    path = write_pack(tmp_path / "pack.pdf", [agenda, BEDS, BEDS_MORE], [None, "1", "2"])
    found = parts_by_text(stamp(path, {1: "Agenda Item 2"}))
    assert found[body(BEDS[2])] == "Item 2: Community Hospital Beds Review"
