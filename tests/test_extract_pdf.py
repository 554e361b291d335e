"""PDF layout rules on small PDFs written in the test: joins, margins, labels, page breaks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf
import pytest

from docsearch.extract import read_document
from docsearch.models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW

LEFT, INDENT, LEADING = 72.0, 108.0, 14.0
Piece = tuple[float, str] | tuple[float, str, str]  # x, text[, "bold" or "big"]
Line = Piece | list[Piece]  # several pieces share a baseline: a label and its words


def pieces(line: Line) -> list[Piece]:
    return line if isinstance(line, list) else [line]


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[Line | None]],
    *,
    header: str | None = "Cabinet – 10 April 2018",
    footer: str | None = "{page}",
    top: float = 90.0,
) -> Path:
    """A4 pages of 11pt lines (None leaves a blank line), with a running header and footer."""
    doc = pymupdf.open()
    for number, lines in enumerate(pages, start=1):
        page = doc.new_page(width=595, height=842)
        if header:
            page.insert_text((LEFT, 36), header, fontsize=9, fontname="helv")
        if footer:
            page.insert_text((290, 812), footer.format(page=number), fontsize=9, fontname="helv")
        y = top
        for line in lines:
            for x, text, *font in pieces(line) if line is not None else []:
                size = {"title": 18, "big": 14}.get(font[0], 11) if font else 11
                fontname = "hebo" if font else "helv"
                page.insert_text((x, y), text, fontsize=size, fontname=fontname)
            y += LEADING
    doc.save(path)
    doc.close()
    return path


def paragraphs(path: Path) -> list:
    return list(read_document(path).paragraphs)


def test_a_word_hyphenated_across_a_line_break_is_joined(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "hyphen.pdf", [[
        (LEFT, "The plan describes the transfor-"),
        (LEFT, "mation of community services and a multi-agency"),
        (LEFT, "team working with multi-"),
        (LEFT, "agency partners across the county."),
    ]])
    (only,) = paragraphs(pdf)
    assert "transformation of community services" in only.text
    assert "multi-agency partners" in only.text  # the document writes "multi-agency" elsewhere


def test_a_figure_hyphenated_across_a_line_break_keeps_its_hyphen(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "beds.pdf", [[
        (LEFT, "Beech Ward is an 18-"),
        (LEFT, "bed rehabilitation ward, funded for 2017-"),
        (LEFT, "18 only."),
    ]])
    (only,) = paragraphs(pdf)
    assert only.text == "Beech Ward is an 18-bed rehabilitation ward, funded for 2017-18 only."


def test_running_header_and_page_numbers_are_removed_and_printed_pages_kept(tmp_path: Path) -> None:
    texts = ["Beds at Lutterworth will close.", "Melton keeps its ward.", "Oakham gains a clinic.", "Hinckley is rebuilt."]
    pdf = write_pdf(tmp_path / "margins.pdf", [[(LEFT, text)] for text in texts], footer="Page {page} of 4")
    found = paragraphs(pdf)
    assert [p.text for p in found] == texts
    assert [p.printed_pages for p in found] == [("1",), ("2",), ("3",), ("4",)]
    assert all("Cabinet" not in p.text and "Page" not in p.text for p in found)


def test_printed_page_numbers_differ_from_pdf_pages_when_the_footer_says_so(tmp_path: Path) -> None:
    body = [[(LEFT, text)] for text in ("Appendix text one.", "More appendix text.", "The last page.")]
    doc_path = write_pdf(tmp_path / "offset.pdf", body, footer=None)
    doc = pymupdf.open(doc_path)
    for index, page in enumerate(doc):
        page.insert_text((280, 812), f"Page {index + 57}", fontsize=9, fontname="helv")
    doc.save(tmp_path / "offset2.pdf")
    found = paragraphs(tmp_path / "offset2.pdf")
    assert [(p.page, p.printed_page) for p in found] == [(1, "57"), (2, "58"), (3, "59")]


def test_a_packs_running_page_number_wins_over_its_reports_own(tmp_path: Path) -> None:
    # Two reports bundled in a pack: each keeps its own footer number (1, 2, then 1, 2) just above
    # the pack's "Page 57" ... "Page 60", which officers cite.
    body = [[(LEFT, text)] for text in ("Report one opens.", "Report one ends.", "Report two opens.", "Report two ends.")]
    doc = pymupdf.open(write_pdf(tmp_path / "reports.pdf", body, footer=None))
    for index, page in enumerate(doc):
        page.insert_text((290, 790), str(index % 2 + 1), fontsize=9, fontname="helv")
        page.insert_text((280, 815), f"Page {index + 57}", fontsize=9, fontname="helv")
    doc.save(tmp_path / "pack.pdf")
    assert [p.printed_page for p in paragraphs(tmp_path / "pack.pdf")] == ["57", "58", "59", "60"]


def test_pdf_page_labels_win_over_footer_numbers(tmp_path: Path) -> None:
    body = [[(LEFT, text)] for text in ("Foreword.", "Contents.", "Summary.")]
    doc = pymupdf.open(write_pdf(tmp_path / "labels.pdf", body))
    doc.set_page_labels([{"startpage": 0, "prefix": "", "style": "r", "firstpagenum": 1}])
    doc.save(tmp_path / "labelled.pdf")
    assert [p.printed_page for p in paragraphs(tmp_path / "labelled.pdf")] == ["i", "ii", "iii"]


def test_numbered_paragraph_labels_are_kept_without_the_dot_and_removed_from_text(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "labels.pdf", [[
        [(LEFT, "16."), (INDENT, "The Council agreed the plan in full.")],
        None,
        [(LEFT, "2.3"), (INDENT, "Members asked about the beds at Lutterworth.")],
        None,
        (LEFT, "17. A label written inline with its words also counts."),
    ]])
    found = paragraphs(pdf)
    assert [(p.label, p.text) for p in found] == [
        ("16", "The Council agreed the plan in full."),
        ("2.3", "Members asked about the beds at Lutterworth."),
        ("17", "A label written inline with its words also counts."),
    ]


def test_list_items_carry_their_lead_in_sentence(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "list.pdf", [[
        [(LEFT, "2."), (INDENT, "It is recommended that:")],
        [(INDENT, "(a)"), (144, "the plan be noted;")],
        [(INDENT, "(b)"), (144, "the Cabinet be consulted; and")],
        [(INDENT, "•"), (126, "a bullet point about capital schemes.")],
    ]])
    found = paragraphs(pdf)
    assert [(p.kind, p.label, p.text) for p in found] == [
        (PARAGRAPH, "2", "It is recommended that:"),
        (LIST_ITEM, "2(a)", "the plan be noted;"),  # cited as officers do: paragraph 2(a)
        (LIST_ITEM, "2(b)", "the Cabinet be consulted; and"),
        (LIST_ITEM, None, "a bullet point about capital schemes."),
    ]
    assert all(p.context == "It is recommended that:" for p in found[1:])


def test_a_paragraph_continued_over_a_page_break_is_one_paragraph_on_two_pages(tmp_path: Path) -> None:
    first_page: list[Line | None] = [[(LEFT, "32."), (INDENT, "A short paragraph that ends here.")]]
    first_page += [None] * 44
    first_page += [[(LEFT, "33."), (INDENT, "There is also a need to gain more information about the")], (INDENT, "proposals concerning accountable care systems within")]
    second_page: list[Line | None] = [(INDENT, "LLR, as the national policy is expected to develop."), None, [(LEFT, "34."), (INDENT, "Next paragraph.")]]
    found = paragraphs(write_pdf(tmp_path / "break.pdf", [first_page, second_page]))
    by_label = {p.label: p for p in found}
    assert set(by_label) == {"32", "33", "34"}
    assert by_label["33"].pages == (1, 2)
    assert by_label["33"].printed_pages == ("1", "2")
    assert by_label["33"].text.endswith("accountable care systems within LLR, as the national policy is expected to develop.")
    assert by_label["34"].pages == (2,)


def test_a_finished_paragraph_does_not_swallow_the_next_page(tmp_path: Path) -> None:
    first_page: list[Line | None] = [(LEFT, "The first page ends with a whole sentence.")]
    second_page: list[Line | None] = [(LEFT, "The second page starts a new paragraph.")]
    found = paragraphs(write_pdf(tmp_path / "nobreak.pdf", [first_page, second_page]))
    assert [p.pages for p in found] == [(1,), (2,)]


def test_headings_are_found_by_weight_and_size_and_make_the_heading_path(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "headings.pdf", [[
        (LEFT, "NHS Sustainability and Transformation Plan", "title"),
        None,
        (LEFT, "PART B", "big"),
        None,
        (LEFT, "Background", "bold"),
        [(LEFT, "11."), (INDENT, "NHS England produced its Five Year Forward View in 2014.")],
        None,
        (LEFT, "Current Position", "bold"),
        [(LEFT, "23."), (INDENT, "The development of each plan has proved complex.")],
    ]])
    found = paragraphs(pdf)
    assert [p.text for p in found if p.kind == HEADING] == ["NHS Sustainability and Transformation Plan", "PART B", "Background", "Current Position"]
    by_label = {p.label: p for p in found if p.label}
    assert by_label["11"].heading_path == ("PART B", "Background")
    assert by_label["23"].heading_path == ("PART B", "Current Position")


@pytest.mark.parametrize(("metadata_title", "expected"), [
    # a template's placeholders: not on the page, so the page's own title is used
    ("LA NAME - standard-short inspection report - INSPECTION DATE", "Inspection of Dorset children's services"),
    # a metadata title the first page bears out is kept, even worded a little differently
    ("Dorset children's services inspection", "Dorset children's services inspection"),
])
def test_a_metadata_title_is_used_only_when_the_first_pages_bear_it_out(tmp_path: Path, metadata_title, expected):
    path = write_pdf(tmp_path / "report.pdf", [[
        (LEFT, "Inspection of Dorset children's services", "title"),
        None,
        (LEFT, "Children in care are well supported by their social workers."),
    ]])
    doc = pymupdf.open(path)
    doc.set_metadata({"title": metadata_title})
    doc.save(tmp_path / "titled.pdf")
    assert read_document(tmp_path / "titled.pdf").document.title == expected


def test_a_ruled_table_becomes_one_row_per_paragraph_with_headers(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((LEFT, 90), "Current provision", fontsize=11, fontname="hebo")
    rows = [("Place", "Current LPT Inpatient Provision"), ("Lutterworth", "Rehab/Sub-Acute (10 beds)"), ("Melton", "Rehab/Sub-Acute (17 beds)")]
    top, height, split, right = 100.0, 20.0, 250.0, 523.0
    for index, (place, provision) in enumerate(rows):
        y = top + index * height
        page.insert_text((LEFT + 3, y + 14), place, fontsize=9, fontname="hebo" if index == 0 else "helv")
        page.insert_text((split + 3, y + 14), provision, fontsize=9, fontname="hebo" if index == 0 else "helv")
    for index in range(len(rows) + 1):
        page.draw_line((LEFT, top + index * height), (right, top + index * height), width=0.5)
    for x in (LEFT, split, right):
        page.draw_line((x, top), (x, top + len(rows) * height), width=0.5)
    page.insert_text((LEFT, 200), "Text after the table is an ordinary paragraph.", fontsize=11, fontname="helv")
    doc.save(tmp_path / "table.pdf")
    found = paragraphs(tmp_path / "table.pdf")
    table_rows = [p for p in found if p.kind == TABLE_ROW]
    assert [p.cells for p in table_rows] == [("Lutterworth", "Rehab/Sub-Acute (10 beds)"), ("Melton", "Rehab/Sub-Acute (17 beds)")]
    assert all(p.table_headers == ("Place", "Current LPT Inpatient Provision") for p in table_rows)
    assert table_rows[0].text == "Lutterworth | Rehab/Sub-Acute (10 beds)"
    assert table_rows[0].context == "Current provision"
    others = [p.text for p in found if p.kind != TABLE_ROW]
    assert others == ["Current provision", "Text after the table is an ordinary paragraph."]


def test_paragraph_bbox_is_on_the_first_page_in_points(tmp_path: Path) -> None:
    (only,) = paragraphs(write_pdf(tmp_path / "bbox.pdf", [[(LEFT, "A single line of text.")]]))
    assert only.bbox is not None
    x0, y0, x1, y1 = only.bbox
    assert x0 == pytest.approx(LEFT, abs=1)
    assert 150 < x1 < 300
    assert 75 < y0 < 90 < y1 < 95


def test_a_table_whose_header_row_is_years_keeps_the_years_as_column_headers(tmp_path):
    import pymupdf

    from docsearch.extract import read_document

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = [("", "2015", "2016"), ("Pre-Inspection Request 1", "11", "14"), ("Inspection Enquiries", "85", "278")]
    xs, top, height = (72, 300, 420, 523), 100, 20
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            page.insert_text((xs[j] + 3, top + i * height + 14), cell, fontsize=9)
    for i in range(len(rows) + 1):
        page.draw_line((xs[0], top + i * height), (xs[-1], top + i * height))
    for x in xs:
        page.draw_line((x, top), (x, top + len(rows) * height))
    doc.save(tmp_path / "years.pdf")
    table_rows = [p for p in read_document(tmp_path / "years.pdf").paragraphs if p.kind == "table_row"]
    enquiries = next(p for p in table_rows if p.cells and p.cells[0] == "Inspection Enquiries")
    assert enquiries.table_headers == ("", "2015", "2016")
    assert not any(p.cells == ("", "2015", "2016") for p in table_rows)


def test_a_bracket_closed_on_the_next_line_keeps_the_line_with_it(tmp_path: Path) -> None:
    TITLE_WIDTH = pymupdf.get_text_length("WASTE AND RECYCLING COLLECTION CHANGES ", fontname="hebo", fontsize=11)
    # An agenda item in bold whose page range, in plain type, wraps: "(Pages 10 -" / "14)".
    pdf = write_pdf(tmp_path / "agenda.pdf", [[
        [(LEFT, "6.", "bold"), (INDENT, "WASTE AND RECYCLING COLLECTION CHANGES", "bold"), (INDENT + TITLE_WIDTH, "(Pages 10 -")],
        (INDENT, "14)"),
        (INDENT, "Report of the Head of Waste and Street Scene."),
    ]], top=300)
    texts = [p.text for p in paragraphs(pdf)]
    assert texts[0] == "WASTE AND RECYCLING COLLECTION CHANGES (Pages 10 - 14)"
    assert "Report of the Head of Waste and Street Scene." in texts


def test_a_page_turned_to_landscape_is_read_as_shown(tmp_path: Path) -> None:
    # A pack's landscape appendix is often a portrait page with /Rotate 90 and its text drawn turned,
    # so that it reads across the page as shown; that text runs down the unturned page.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.set_rotation(90)
    lines = ["Savings proposals for 2025/26 are listed below.", "Closing the leisure centre saves £385,000 a year."]
    for number, text in enumerate(lines):
        page.insert_text(pymupdf.Point(72, 300 + 16 * number) * page.derotation_matrix, text, fontsize=11, rotate=90)
    doc.save(tmp_path / "landscape.pdf")
    assert [p.text for p in paragraphs(tmp_path / "landscape.pdf")] == [" ".join(lines)]


def test_a_row_split_over_a_page_break_is_read_with_the_row_it_carries_on(tmp_path: Path) -> None:
    # A questions paper: the first answer runs onto page 2, where the table goes on without its
    # header row; the piece on page 2 has no question beside it.
    answer_end = "The Town Council has until 30 September to submit a costed business case for the pool."
    pages = [[("Question", "Response"), ("1. Question from Mrs Cole about swimming lessons", "Lessons move to Harbourne Pools.")],
             [("", answer_end), ("2. Question from Mr Gill about parking", "Charges stay the same.")]]
    doc = pymupdf.open()
    for rows in pages:
        page = doc.new_page(width=595, height=842)
        xs, top, height = (72, 250, 523), 100, 40
        for i, row in enumerate(rows):
            for x, right, cell in zip(xs, xs[1:], row):
                page.insert_textbox(pymupdf.Rect(x + 3, top + i * height + 3, right - 3, top + (i + 1) * height), cell,
                                    fontsize=9, fontname="hebo" if row == ("Question", "Response") else "helv")
        for i in range(len(rows) + 1):
            page.draw_line((xs[0], top + i * height), (xs[-1], top + i * height))
        for x in xs:
            page.draw_line((x, top), (x, top + len(rows) * height))
    doc.save(tmp_path / "questions.pdf")
    rows = {p.cells: p for p in paragraphs(tmp_path / "questions.pdf") if p.kind == TABLE_ROW}
    carried = rows[("", answer_end)]
    assert carried.table_headers == ("Question", "Response")
    assert "1. Question from Mrs Cole about swimming lessons" in carried.context
    assert "Question from" not in rows[("2. Question from Mr Gill about parking", "Charges stay the same.")].context


def test_a_turned_page_whose_text_is_drawn_level_is_read_as_drawn(tmp_path: Path) -> None:
    doc = pymupdf.open(write_pdf(tmp_path / "upright.pdf", [[(LEFT, "Upright text on a page turned later.")]]))
    doc[0].set_rotation(90)
    doc.save(tmp_path / "turned.pdf")
    assert [p.text for p in paragraphs(tmp_path / "turned.pdf")] == ["Upright text on a page turned later."]


def test_a_row_of_totals_with_an_empty_first_cell_carries_no_row_above(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    rows = [("Service", "2025/26 £m"), ("Children", "18.3"), ("Adults", "41.0"), ("", "59.3")]
    xs, top, height = (72, 300, 523), 100, 20
    for i, row in enumerate(rows):
        for x, cell in zip(xs, row):
            page.insert_text((x + 3, top + i * height + 14), cell, fontsize=9, fontname="hebo" if i == 0 else "helv")
    for i in range(len(rows) + 1):
        page.draw_line((xs[0], top + i * height), (xs[-1], top + i * height))
    for x in xs:
        page.draw_line((x, top), (x, top + len(rows) * height))
    doc.save(tmp_path / "totals.pdf")
    total = next(p for p in paragraphs(tmp_path / "totals.pdf") if p.cells == ("", "59.3"))
    assert "Adults" not in total.context
