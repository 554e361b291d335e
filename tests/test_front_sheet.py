"""A report's front sheet: the meeting's date and name, and its box of labels beside values."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from docsearch.extract import read_document
from docsearch.extract.catalog import agenda_body, labelled_body, meeting_date, meeting_stamp, minutes_body, title_body
from docsearch.models import TABLE_ROW

LEFT, SPLIT, RIGHT = 72.0, 240.0, 523.0
FRONT = [("Meeting", "Cabinet"), ("Date of meeting", "Wednesday, 11 December 2024"),
         ("Report title", "Future of Millbridge Leisure Centre"), ("Report of", "Rachel Moody, Head of Leisure")]
BODY = ["1.1 This report asks Cabinet to decide whether the centre should close on 31 March 2025.",
        "1.2 Swimming lessons move to Harbourne Pools from 1 April 2025."]

MORE = ["2.1 The centre needs repairs costing £4.8m.", "2.2 Usage has fallen by a third since 2019.",
        "3.1 Consultation ran for eight weeks.", "3.2 Most respondents opposed closure."]


def ruled_table(page: pymupdf.Page, rows: list[tuple[str, str]], top: float, bold: tuple[bool, bool]) -> float:
    """Draw a two-column ruled table; `bold` says which column is set in bold. Returns its bottom."""
    height = 20.0
    for index, cells in enumerate(rows):
        for x, text, heavy in zip((LEFT, SPLIT), cells, bold):
            page.insert_text((x + 3, top + index * height + 14), text, fontsize=9, fontname="hebo" if heavy else "helv")
    for index in range(len(rows) + 1):
        page.draw_line((LEFT, top + index * height), (RIGHT, top + index * height), width=0.5)
    for x in (LEFT, SPLIT, RIGHT):
        page.draw_line((x, top), (x, top + len(rows) * height), width=0.5)
    return top + len(rows) * height


def write_report(path: Path, *, front: list[tuple[str, str]] | None = FRONT, footer: str | None = None,
                 lines: list[str] = BODY, pages: int = 1) -> Path:
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        page = doc.new_page(width=595, height=842)
        y = 90.0
        if number == 1:
            page.insert_text((LEFT, y), "Harbourne Council", fontsize=18, fontname="hebo")
            y += 20
            if front:
                y = ruled_table(page, front, y, (True, False)) + 20
        for line in lines if number == 1 else MORE[number - 2 :: 2]:
            page.insert_text((LEFT, y), line, fontsize=10, fontname="helv")
            y += 16
        if footer:
            page.insert_text((LEFT, 815), f"Page {number} of {pages}", fontsize=8, fontname="helv")
            page.insert_text((200, 815), footer, fontsize=8, fontname="helv")
    doc.save(path)
    return path


def test_a_front_sheet_gives_the_meeting_date_and_body_and_keeps_its_first_row(tmp_path: Path) -> None:
    result = read_document(write_report(tmp_path / "report.pdf"))
    # The first date in the text is a proposal's (31 March 2025); the box says when Cabinet meets.
    assert (result.document.date, result.document.body) == ("2024-12-11", "Cabinet")
    rows = [p for p in result.paragraphs if p.kind == TABLE_ROW]
    assert [p.cells for p in rows] == FRONT  # "Meeting | Cabinet" is a row, not the box's column headers
    assert all(p.table_headers == () for p in rows)


def test_a_table_with_a_bold_header_row_keeps_its_headers(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    ruled_table(page, [("Type of placement", "2025/26 weekly rate")], 100, (True, True))
    ruled_table(page, [("Residential care", "£812.00"), ("Nursing care", "£905.00")], 120, (False, False))
    doc.save(tmp_path / "fees.pdf")
    rows = [p for p in read_document(tmp_path / "fees.pdf").paragraphs if p.kind == TABLE_ROW]
    assert [p.cells for p in rows] == [("Residential care", "£812.00"), ("Nursing care", "£905.00")]
    assert all(p.table_headers == ("Type of placement", "2025/26 weekly rate") for p in rows)


def test_a_running_footer_naming_the_meeting_gives_its_date_and_body(tmp_path: Path) -> None:
    path = write_report(tmp_path / "footer.pdf", front=None, footer="Cabinet - 15 January 2025", pages=3)
    document = read_document(path).document
    assert (document.date, document.body) == ("2025-01-15", "Cabinet")


def test_a_footer_repeating_a_reports_title_and_dates_names_no_meeting(tmp_path: Path) -> None:
    # An inspection report's footer: its title and the inspection's dates (one real report's
    # footer gives the wrong year), so the date on the first page is kept.
    footer = "Inspection of Westminster children's services 11 to 15 November 2025"
    path = write_report(tmp_path / "inspection.pdf", front=None, footer=footer, pages=3,
                        lines=["Inspection dates: 11 to 15 November 2024", "Lead inspector: A. Inspector"])
    document = read_document(path).document
    assert (document.date, document.body) == ("2024-11-15", None)


@pytest.mark.parametrize(("text", "running", "expected"), [
    ("Questions by noon on Friday, 10 January 2025\nDate | Wednesday, 15 January 2025", (), "2025-01-15"),
    ("Meeting date: 04/01/2017 Published 20 December 2016", (), "2017-01-04"),
    ("To approve the minutes of the meeting held on 11 December 2024", ("Cabinet – 15 January 2025",), "2025-01-15"),
    ("Published: Tuesday, 7 January 2025\nDate of meeting: Wednesday, 15 January 2025", (), "2025-01-15"),
    # a date labelled inside a line is not the meeting's, nor a footer naming no meeting
    ("Cabinet 15 January 2025\nImplementation date: 1 April 2026", (), "2025-01-15"),
    ("Cabinet 15 January 2025", ("Printed on 20 March 2025",), "2025-01-15"),
    ("Date of publication 7 January 2025", (), "2025-01-07"),  # no meeting date: the first date
    ("Inspection dates: 11 to 15 November 2024", ("Inspection of Westminster 11 to 15 November 2025",), "2024-11-15"),
    ("No date here", ("Cabinet",), None),
    # a decision notice: the date it was issued, not the application's
    ("Application received | Tue 06 Aug 2024\nDecision issued date | Wed 12 Mar 2025", (), "2025-03-12"),
])
def test_meeting_date(text: str, running: tuple[str, ...], expected: str | None) -> None:
    assert meeting_date(text, running) == expected


def test_labelled_body_and_meeting_stamp() -> None:
    assert labelled_body([("Harbourne Council", ""), ("Report to: Health Scrutiny Committee", "")]) == "Health Scrutiny Committee"
    assert labelled_body([("Committee", "Planning Committee"), ("Meeting", "Cabinet")]) == "Planning Committee"
    assert labelled_body([("Meeting", "15 January 2025")]) is None  # a date is not a body
    assert labelled_body([("Report to: Cabinet on Wednesday, 15 January 2025", "")]) == "Cabinet"
    assert minutes_body([("Minutes of a meeting of the Health and Wellbeing Scrutiny", ""),
                         ("Commission held on 4 January 2017", "")]) == "Health and Wellbeing Scrutiny Commission"
    assert labelled_body([("Report title", "Capital Programme")]) is None
    assert minutes_body([("CABINET", ""), ("MINUTES of a meeting of the Cabinet held in the Council Chamber", "")]) == "Cabinet"
    assert minutes_body([("Minutes of the Meeting of the Health Scrutiny Commission held on 4 January", "")]) \
        == "Health Scrutiny Commission"
    # a report noting another meeting's minutes does not take that meeting's name
    assert minutes_body([("Cabinet is asked to note the minutes of the meeting of the Board held on 4 May", "")]) is None
    assert meeting_stamp("Printed on 20 March 2025") is None and meeting_stamp("OFFICIAL 3 March 2025") is None
    assert meeting_stamp("Cabinet - 15 January 2025") == "Cabinet"
    assert meeting_stamp("Harbourne Council") is None


def test_minutes_published_as_a_web_page_name_their_meeting(tmp_path: Path) -> None:
    page = tmp_path / "minutes.html"
    page.write_text("<html><body><h1>Minutes</h1><p>Minutes of a meeting of the Planning Committee held on "
                    "Tuesday, 4 February 2025 at 7.00 pm.</p><h2>12. Land at Mill Lane</h2>"
                    "<p>The committee refused application 24/0113.</p></body></html>", encoding="utf-8")
    result = read_document(page)
    assert (result.document.body, result.document.date) == ("Planning Committee", "2025-02-04")
    # a numbered heading is the minute its paragraphs are cited by, on a web page as in a PDF
    assert [(p.label, p.text) for p in result.paragraphs[-2:]] == [
        ("minute 12", "Land at Mill Lane"), ("minute 12", "The committee refused application 24/0113.")]


def test_a_table_with_a_blank_corner_keeps_its_header_row(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    ruled_table(page, [("", "Number of councillors"), ("Millbridge North", "3"), ("Ashcombe Rural", "2")], 100, (True, False))
    doc.save(tmp_path / "wards.pdf")
    rows = [p for p in read_document(tmp_path / "wards.pdf").paragraphs if p.kind == TABLE_ROW]
    assert [p.cells for p in rows] == [("Millbridge North", "3"), ("Ashcombe Rural", "2")]
    assert all(p.table_headers == ("", "Number of councillors") for p in rows)


def test_a_box_of_labels_atop_a_page_does_not_carry_on_the_table_before_it(tmp_path: Path) -> None:
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    first.insert_text((LEFT, 90), "Ward councillors", fontsize=11, fontname="helv")
    ruled_table(first, [("Ward", "Councillor")], 700, (True, True))
    ruled_table(first, [("Millbridge North", "Cllr M. Ellison"), ("Ashcombe Rural", "Cllr K. Doyle")], 720, (False, False))
    second = doc.new_page(width=595, height=842)
    ruled_table(second, [("Contact officer", "Lucy Farrant"), ("Telephone", "01632 960 418")], 72, (True, False))
    doc.save(tmp_path / "contacts.pdf")
    rows = {p.cells: p for p in read_document(tmp_path / "contacts.pdf").paragraphs if p.kind == TABLE_ROW}
    assert rows[("Millbridge North", "Cllr M. Ellison")].table_headers == ("Ward", "Councillor")
    assert rows[("Contact officer", "Lucy Farrant")].table_headers == ()


def test_a_footer_naming_the_meeting_beside_its_page_number_gives_its_date_and_body(tmp_path: Path) -> None:
    doc = pymupdf.open(write_report(tmp_path / "plain.pdf", front=None, pages=3))
    for number, page in enumerate(doc, start=1):
        page.insert_text((LEFT, 815), f"Cabinet - 15 January 2025 - Page {number}", fontsize=8, fontname="helv")
    doc.save(tmp_path / "footed.pdf")
    result = read_document(tmp_path / "footed.pdf")
    assert (result.document.date, result.document.body) == ("2025-01-15", "Cabinet")
    assert [p.printed_page for p in result.paragraphs[:1]] == ["1"]


def test_minutes_titled_only_by_their_body_name_it_and_are_cited_by_minute(tmp_path: Path) -> None:
    """"CABINET" in large type over "MINUTES of the meeting held on ...": the body is the Cabinet,
    and the paper is minutes (its title does not say so), so its paragraphs are cited by minute."""
    pdf = tmp_path / "printed-minutes.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    lines = [("CABINET", 16, "hebo"), ("MINUTES of the meeting held on Wednesday, 11 December 2024 at 6.00 pm", 11, "helv"),
             ("PRESENT: Councillor A. Patel (Chair), Councillors B. Cole and D. Evans", 10, "helv"),
             ("45. FUTURE OF MILLBRIDGE LEISURE CENTRE", 11, "hebo"),
             ("The Cabinet considered a report on the future of the centre.", 10, "helv"),
             ("46. WASTE COLLECTION CHANGES", 11, "hebo"), ("The Cabinet considered the waste report.", 10, "helv")]
    y = 72
    for text, size, font in lines:
        page.insert_text((72, y), text, fontsize=size, fontname=font)
        y += size + 12
    doc.save(pdf)
    result = read_document(pdf)
    assert (result.document.title, result.document.body, result.document.date) == ("CABINET", "Cabinet", "2024-12-11")
    considered = next(p for p in result.paragraphs if p.text.startswith("The Cabinet considered a report"))
    assert considered.label == "minute 45"
    assert minutes_body([("HEALTH AND WELLBEING BOARD", ""), ("Minutes of the meeting held at County Hall", "")]) \
        == "Health and Wellbeing Board"


def test_an_agenda_confirming_the_last_minutes_is_not_minutes() -> None:
    from docsearch.extract.structure import Block, to_paragraphs

    blocks = [Block("AGENDA"), Block("To confirm the minutes of the meeting held on 11 December 2024."),
              Block("FUTURE OF MILLBRIDGE LEISURE CENTRE", kind="heading", label="5", heading_level=1),
              Block("To consider the report of the Director.")]
    assert [p.label for p in to_paragraphs("d", blocks, title="Cabinet agenda")] == [None, None, "5", None]
    opened = [Block("Minutes of a meeting of the Cabinet held on 11 December 2024.")] + blocks[2:]
    assert [p.label for p in to_paragraphs("d", opened, title="Cabinet")] == [None, "minute 5", "minute 5"]


@pytest.mark.parametrize("heading", ["45. FUTURE OF MILLBRIDGE LEISURE CENTRE", "CAB 45/24 FUTURE OF MILLBRIDGE LEISURE CENTRE"])
def test_a_heading_in_the_titles_type_is_not_part_of_the_title(tmp_path: Path, heading: str) -> None:
    pdf = tmp_path / "minutes.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Minutes of a meeting of the Cabinet held on Wednesday, 11 December 2024", fontsize=11)
    page.insert_text((72, 100), heading, fontsize=11, fontname="hebo")
    page.insert_text((72, 120), "The Cabinet considered a report on the future of the centre.", fontsize=10)
    doc.save(pdf)
    assert read_document(pdf).document.title == "Minutes of a meeting of the Cabinet held on Wednesday, 11 December 2024"


def test_an_agenda_names_its_meeting() -> None:
    assert agenda_body([("Harbourne Council", ""), ("Cabinet", ""), ("Agenda", ""), ("Date", "15 January 2025")]) == "Cabinet"
    assert agenda_body([("PLANNING COMMITTEE AGENDA", "")]) == "Planning Committee"
    assert agenda_body([("Agenda", ""), ("1. Apologies", "")]) is None  # nothing names the meeting
    assert agenda_body([("To confirm the minutes of the last meeting", ""), ("Cabinet report", "")]) is None
    # only a body's name above or below "Agenda": not a contact line, the council, or a heading
    assert agenda_body([("Enquiries to Democratic Services", ""), ("AGENDA", "")]) is None
    assert agenda_body([("Harbourne District Council", ""), ("Agenda", ""), ("Cabinet", "")]) == "Cabinet"
    assert agenda_body([("Supplementary Agenda", ""), ("Planning Committee", "")]) == "Planning Committee"
    assert agenda_body([("Public Document Pack", ""), ("Agenda", ""), ("Licensing Committee", "")]) == "Licensing Committee"
    assert agenda_body([("Notice of meeting and agenda", "")]) is None


def test_a_title_naming_its_meeting_before_the_date_gives_the_body() -> None:
    assert title_body("Council 20 February 2025 - Public Questions") == "Council"
    assert title_body("Planning Committee, Tuesday 4 February 2025") == "Planning Committee"
    assert title_body("Report of 4 May 2024") is None  # no meeting's word
    assert title_body("Inspection of Salford children's services 8 January 2024") is None
    assert title_body("Budget 2025/26") is None  # no date
    assert title_body("Printed on 20 March 2025") is None
    assert title_body("Council Tax Support Scheme from 1 April 2025") is None  # a subject, not a meeting
    assert title_body("Cabinet Member Decisions taken on 3 March 2025") is None
    assert title_body("Report to Cabinet 5 February 2025") == "Cabinet"
    questions = Path(__file__).parent / "data" / "council" / "hc_council_2025-02-20_public_questions.pdf"
    assert read_document(questions).document.body == "Council"  # no front sheet names it; its title does


def _page_of_lines(pdf: Path, lines: list[tuple[float, float, str, float, str]]) -> None:
    """A one-page PDF: (x, y, text, size, font) for each line."""
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, text, size, font in lines:
        page.insert_text((x, y), text, fontsize=size, fontname=font)
    doc.save(pdf)


def test_labels_beside_values_without_rules_are_rows_and_name_the_paper(tmp_path: Path) -> None:
    """A Word table without borders: each label stays with its value (a value may wrap), instead of
    each value running into the next row's label ("24/01187/FUL Site address:")."""
    pdf = tmp_path / "planning.pdf"
    rows = [("Application number:", "24/01187/FUL"), ("Site address:", "Pellford Mill, Mill Lane, Pellford"),
            ("Proposal:", "Conversion of the listed mill building to 24 apartments,"), ("", "with car parking and landscaping"),
            ("Applicant:", "Tenterfield Homes Ltd"), ("Title of report:", "Pellford Mill planning application")]
    lines = [(72, 60, "Report ref: PL/25/004", 8, "helv"), (72, 90, "PLANNING COMMITTEE", 14, "hebo"),
             (72, 110, "29 January 2025", 12, "helv")]
    y = 140
    for label, value in rows:
        if label:
            lines.append((72, y, label, 10.5, "helv"))
        lines.append((200, y, value, 10.5, "helv"))
        y += 15
    lines.append((72, y + 20, "1.1 Pellford Mill stands on the west bank of the river at the edge of the town.", 12, "helv"))
    _page_of_lines(pdf, lines)
    result = read_document(pdf)
    cells = [p.cells for p in result.paragraphs if p.kind == TABLE_ROW]
    assert cells[:3] == [("Application number:", "24/01187/FUL"), ("Site address:", "Pellford Mill, Mill Lane, Pellford"),
                         ("Proposal:", "Conversion of the listed mill building to 24 apartments, with car parking and landscaping")]
    assert ("Applicant:", "Tenterfield Homes Ltd") in cells
    assert result.document.title == "Pellford Mill planning application"  # its "Title of report" row
    assert result.document.body == "Planning Committee"  # its opening line, not the header's reference


def test_two_columns_of_prose_are_not_labels_beside_values(tmp_path: Path) -> None:
    pdf = tmp_path / "leaflet.pdf"
    left = ["Wexcombe District Council collects Council Tax", "for all the organisations that provide local",
            "services in the district, and passes most on."]
    right = ["Your band depends on what your home would", "have sold for in 1991. Bands are set by the",
             "Valuation Office Agency, not the Council."]
    _page_of_lines(pdf, [(50, 100 + 14 * i, text, 10, "helv") for i, text in enumerate(left)]
                   + [(310, 100 + 14 * i, text, 10, "helv") for i, text in enumerate(right)])
    assert not [p for p in read_document(pdf).paragraphs if p.kind == TABLE_ROW]
    # narrow columns: each line as short as a label, but prose runs on in lower case
    narrow = tmp_path / "narrow.pdf"
    left = ["The council has agreed a", "new plan to improve parking", "in the town centre and", "the plan will be reviewed"]
    right = ["Residents told us that the", "cost of parking was the", "biggest worry for them and", "that they wanted more spaces"]
    _page_of_lines(narrow, [(50, 100 + 13 * i, text, 10, "helv") for i, text in enumerate(left)]
                   + [(310, 100 + 13 * i, text, 10, "helv") for i, text in enumerate(right)])
    assert not [p for p in read_document(narrow).paragraphs if p.kind == TABLE_ROW]


def test_a_body_is_a_meeting_named_in_the_opening_lines_not_a_reference_or_the_council() -> None:
    from docsearch.extract.catalog import labelled_title, names_body, opening_body

    assert opening_body([("Wexcombe District Council", ""), ("Cabinet – 5 February 2025", "")]) == "Cabinet"
    assert opening_body([("WEXCOMBE DISTRICT COUNCIL", ""), ("OVERVIEW AND SCRUTINY COMMITTEE", "")]) \
        == "Overview and Scrutiny Committee"
    assert opening_body([("Appendix A to the report to Cabinet, 11 December 2024", "")]) == "Cabinet"
    assert opening_body([("Harbourne Council", ""), ("Forward Plan of Key Decisions", "")]) is None
    assert opening_body([("MEETING OF THE COUNCIL - WEDNESDAY 26 FEBRUARY 2025", "")]) == "Council"
    assert opening_body([("Committee details - Cabinet", "")]) == "Cabinet"
    assert not names_body("Report ref: CAB/") and not names_body("Council Tax") and names_body("Full Council")
    assert names_body("Overview and Scrutiny") and names_body("Cabinet Meeting")
    assert opening_body([("Report of the Chief Executive", "")]) is None
    assert opening_body([("Terms of Reference of the Audit Committee", ""), ("Chair of the Committee", "")]) is None
    assert labelled_title([("Date of meeting", "21 January 2025"), ("Title of report", "Car Parking Review")]) \
        == "Car Parking Review"
    assert labelled_title([("Report title: Fees and Charges 2025/26", "")]) == "Fees and Charges 2025/26"


def test_minutes_numbered_in_a_column_of_their_own_are_cited_by_minute(tmp_path: Path) -> None:
    """Word-made minutes: "64/24" in a narrow column beside the minute's heading, and "CAB.45/24";
    the title stops before "Present: ...", in the same type."""
    pdf = tmp_path / "minutes.pdf"
    _page_of_lines(pdf, [
        (72, 70, "Minutes of the meeting of the PLANNING COMMITTEE held on 29 January 2025", 12, "helv"),
        (72, 86, "Present: Cllr Margaret Fenwick (Chair) and Cllr David Oyelaran", 12, "helv"),
        (72, 125, "64/24", 12, "helv"), (140, 125, "APOLOGIES", 12, "hebo"),
        (140, 147, "There were no apologies.", 12, "helv"),
        (72, 185, "65/24", 12, "helv"), (140, 185, "24/01187/FUL - PELLFORD MILL", 12, "hebo"),
        (140, 207, "RESOLVED: That planning permission be granted.", 12, "helv")])
    result = read_document(pdf)
    assert result.document.title == "Minutes of the meeting of the PLANNING COMMITTEE held on 29 January 2025"
    labels = {p.text: p.label for p in result.paragraphs}
    assert labels["There were no apologies."] == "minute 64/24"
    assert labels["RESOLVED: That planning permission be granted."] == "minute 65/24"
    from docsearch.extract.structure import minute_reference

    assert minute_reference("CAB.45/24 APOLOGIES FOR ABSENCE") == "CAB.45/24"


def test_bold_labels_beside_plain_values_without_rules_are_rows(tmp_path: Path) -> None:
    """Bold type sits a hair higher than plain on the same baseline: the label still comes first."""
    pdf = tmp_path / "front.pdf"
    rows = [("Application number:", "24/01187/FUL"), ("Site address:", "Pellford Mill, Mill Lane"),
            ("Applicant:", "Tenterfield Homes Ltd"), ("Ward:", "Pellford South")]
    _page_of_lines(pdf, [(72, 120 + 15 * i, label, 10.5, "hebo") for i, (label, _) in enumerate(rows)]
                   + [(200, 120 + 15 * i, value, 10.5, "helv") for i, (_, value) in enumerate(rows)])
    assert [p.cells for p in read_document(pdf).paragraphs if p.kind == TABLE_ROW] == rows


def test_a_title_set_in_two_weights_keeps_both_lines(tmp_path: Path) -> None:
    pdf = tmp_path / "mtfs.pdf"
    _page_of_lines(pdf, [(72, 80, "Medium Term Financial Strategy", 20, "hebo"),
                         (72, 106, "2025/26 to 2028/29 and Capital Strategy", 20, "helv"),
                         (72, 140, "This report sets out the strategy for the next four years.", 11, "helv")])
    assert read_document(pdf).document.title == "Medium Term Financial Strategy 2025/26 to 2028/29 and Capital Strategy"


def test_an_agenda_with_an_item_of_minutes_is_not_minutes() -> None:
    from docsearch.extract.structure import Block, to_paragraphs

    blocks = [Block("AGENDA", kind="heading", heading_level=1),
              Block("Minutes of the meeting held on 8 January 2025", label="3"),
              Block("HOUSING ALLOCATIONS POLICY", kind="heading", label="6", heading_level=2),
              Block("To consider the report of the Head of Housing.")]
    assert [p.label for p in to_paragraphs("d", blocks, title="Cabinet")] == [None, "3", "6", None]


def test_subheadings_under_numbered_minutes_are_not_minutes() -> None:
    from docsearch.extract.structure import Block, to_paragraphs

    blocks = [Block("CAPITAL PROGRAMME", kind="heading", label="45", heading_level=1),
              Block("PHASE 1 WORKS", kind="heading", heading_level=2), Block("The roof will be replaced."),
              Block("PHASE 2 WORKS", kind="heading", heading_level=2), Block("The pool plant will be replaced.")]
    labels = [p.label for p in to_paragraphs("d", blocks, title="Cabinet minutes")]
    assert labels == ["minute 45", None, "minute 45", None, "minute 45"]  # not "minute PHASE 1"


def test_a_packs_stamps_and_template_titles_do_not_title_it(tmp_path: Path) -> None:
    """modern.gov stamps "Public Document Pack" atop a pack, and its files often carry metadata
    titles such as "Agenda frontsheet" or "Printed minutes": the paper's own title is its name."""
    from docsearch.extract.catalog import meaningful_title

    for generic in ("Agenda frontsheet", "Public Document Pack", "Printed minutes", "Committee report template",
                    "Appendix A", "Agenda Item 5"):
        assert meaningful_title(generic) is None
    assert meaningful_title("Cabinet agenda pack 15 January 2025") == "Cabinet agenda pack 15 January 2025"
    pdf = tmp_path / "pack.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((380, 50), "Public Document Pack", fontsize=20, fontname="hebo")
    page.insert_text((72, 110), "Cabinet", fontsize=18, fontname="hebo")
    page.insert_text((72, 140), "Wednesday, 15 January 2025 at 6.00 pm", fontsize=11)
    doc.set_metadata({"title": "Agenda frontsheet"})
    doc.save(pdf)
    assert read_document(pdf).document.title == "Cabinet"
