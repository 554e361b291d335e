"""Build the Ashmere District Council corpus (tests/data/council-d/).

Usage: python3 build.py [OUTDIR]
Writes HTML and prints each paper to PDF with headless Chromium.
"""
import os
import sys

from common import COUNCIL, css, page, print_pdf
import reports
import budget
import others
import others2

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "council-d")


def build(name, title, body, header_left, header_right="", extra=""):
    html_text = page(title, body, css(header_left, header_right, extra=extra))
    out = os.path.join(OUT, name)
    print_pdf(html_text, out)
    print("wrote", name)


def agenda_pack():
    extra = """
@page item6 { @top-right { content: "Agenda Item 6"; font: bold 11pt Arial, sans-serif; color: #000; } }
@page item7 { @top-right { content: "Agenda Item 7"; font: bold 11pt Arial, sans-serif; color: #000; } }
.item6 { page: item6; }
.item7 { page: item7; }
"""
    body = others.agenda_front()
    body += '<div class="item6">' + reports.leisure_body() + "</div>"
    body += '<div class="item7">' + reports.waste_body() + "</div>"
    build("adc_cabinet_2025-02-05_agenda_pack.pdf", "Cabinet agenda pack, 5 February 2025", body,
          f"{COUNCIL}: Cabinet, 5 February 2025", "", extra)


def main():
    os.makedirs(OUT, exist_ok=True)
    hl = f"{COUNCIL}: Cabinet, 5 February 2025"
    build("adc_cabinet_2025-02-05_leisure_centre_report.pdf", "Brindle Heath Leisure Centre: replacement facility",
          reports.leisure_body(), hl, "CAB/25/011")
    build("adc_cabinet_2025-02-05_waste_collection_report.pdf", "Waste and recycling collection changes 2025",
          reports.waste_body(), hl, "CAB/25/012")
    build("adc_cabinet_2025-02-05_temporary_accommodation_report.pdf",
          "Homelessness and temporary accommodation: acquisition programme", reports.housing_body(), hl, "CAB/25/013")
    build("adc_cabinet_2025-02-05_budget_2025-26.pdf", "Budget 2025/26, council tax and medium term financial strategy",
          budget.budget_body(), hl, "CAB/25/014")
    agenda_pack()
    build("adc_cabinet_2025-02-05_minutes.pdf", "Cabinet minutes, 5 February 2025", others.cabinet_minutes(),
          hl, "Minutes")
    build("adc_council_2025-02-26_questions.pdf", "Council questions and replies, 26 February 2025",
          others2.questions_paper(), f"{COUNCIL}: Council, 26 February 2025", "Questions and replies")
    build("adc_council_2025-02-26_minutes.pdf", "Council minutes, 26 February 2025", others.council_minutes(),
          f"{COUNCIL}: Council, 26 February 2025", "Minutes")
    build("adc_food_waste_faq_2025-02.pdf", "Food waste collections and bin changes: your questions answered",
          others2.faq_page(), f"{COUNCIL}: ashmere.gov.uk/binchanges", "Consultation summary")
    build("adc_planning_2025-01-22_committee_report.pdf", "Planning Committee, 22 January 2025",
          others2.planning_report(), f"{COUNCIL}: Planning Committee, 22 January 2025", "Development Manager's report")


if __name__ == "__main__":
    main()
