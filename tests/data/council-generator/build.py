import os, subprocess, shutil, re
import pymupdf
from common import *
import reports1 as r1, reports2 as r2, budget as bd, others as ot

ROOT = "/tmp/council"
HTML, PDF, CORPUS = ROOT + "/html", ROOT + "/pdf", ROOT + "/corpus"
for d in (HTML, PDF, CORPUS):
    os.makedirs(d, exist_ok=True)

SERIF = "'Liberation Serif', 'Times New Roman', serif"
PN = '"Page " counter(page)'
PNM = '"Page " counter(page) " of " counter(pages)'

# name -> (title, body, css kwargs)
DOCS = {
    "hc_cabinet_2024-12-11_millbridge_leisure_centre": ("Future of Millbridge Leisure Centre", r1.leisure(),
        dict(footer_left="Cabinet - 11 December 2024", footer_right=PNM)),
    "hc_cabinet_2024-12-11_care_home_fees": ("Care Home Fee Rates 2025/26", r1.care_fees(), dict()),
    "hc_cabinet_2024-12-11_app_a_leisure_consultation_summary": ("Millbridge Leisure Centre Consultation Summary", ot.consultation(),
        dict(footer_left="Appendix A - Millbridge Leisure Centre Consultation Summary", footer_right=PN)),
    "hc_cabinet_2024-12-11_minutes": ("Cabinet minutes 11 December 2024", ot.minutes_dec(),
        dict(font=SERIF, size="12.5pt", footer_center=PN)),
    "hc_cabinet_2025-01-15_capital_programme": ("Capital Programme 2025/26 to 2028/29", r1.capital(),
        dict(footer_left="Cabinet - 15 January 2025", footer_center='counter(page)')),
    "hc_cabinet_2025-01-15_waste_collection_changes": ("Waste and Recycling Collection Service Changes", r1.waste(),
        dict(footer_left="Cabinet - 15 January 2025", footer_center='counter(page)')),
    "hc_cabinet_2025-01-15_minutes": ("Cabinet minutes 15 January 2025", ot.minutes_jan(),
        dict(font=SERIF, size="12.5pt", footer_center=PN)),
    "hc_health_scrutiny_2025-01-28_kingsholt_hospital": ("Kingsholt Community Hospital", r2.hospital(),
        dict(footer_center=PN)),
    "hc_cyp_scrutiny_2025-02-04_ofsted_ilacs": ("Ofsted ILACS Findings and Improvement Plan", r2.ofsted(),
        dict(footer_center=PN)),
    "hc_council_2025-02-20_revenue_budget": ("Revenue Budget 2025/26 and Council Tax", bd.budget(),
        dict(footer_left="Council - 20 February 2025 - Revenue Budget 2025/26", footer_right=PN)),
    "hc_council_2025-02-20_public_questions": ("Council 20 February 2025 - Public Questions", ot.public_questions(),
        dict(font=SERIF, size="12.5pt")),
    "hc_cabinet_2025-03-12_town_centre_regeneration": ("Harbourne Town Centre Regeneration Fund", r2.regen(), dict()),
    "hc_cabinet_2025-03-12_local_plan_housing": ("Harbourne Local Plan Housing Requirement", r2.local_plan(),
        dict(footer_center=PNM)),
    "hc_forward_plan_2024-12-13": ("Forward Plan of Key Decisions", r2.forward_plan(), dict(size="10.5pt")),
}


def render(name):
    src = "%s/%s.html" % (HTML, name)
    out = "%s/%s.pdf" % (PDF, name)
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, "file://" + src], check=True, capture_output=True)
    return out


def write(name, title, body, **kw):
    with open("%s/%s.html" % (HTML, name), "w") as f:
        f.write(page(title, body, css(**kw)))


for name, (title, body, kw) in DOCS.items():
    write(name, title, body, **kw)
    render(name)

# ---------------------------------------------------------------- agenda pack
PACK = "hc_cabinet_2025-01-15_agenda_pack"
items = [
    (1, "Apologies for Absence", "To receive any apologies for absence.", None),
    (2, "Declarations of Interest", "To receive any declarations of interest from Members in respect of items on this agenda.", None),
    (3, "Minutes of the Previous Meeting", "To approve as a correct record the minutes of the meeting held on 11 December 2024.", ot.minutes_dec()),
    (4, "Public Questions and Petitions", "To receive any questions or petitions from members of the public in accordance with the Council's Constitution.", None),
    (5, "Capital Programme 2025/26 to 2028/29", "Report of the Director of Finance and Section 151 Officer.", r1.capital()),
    (6, "Waste and Recycling Collection Service Changes", "Report of the Head of Waste and Street Scene.", r1.waste()),
    (7, "Revenue Budget 2025/26 and Medium Term Financial Strategy", "Report of the Director of Finance and Section 151 Officer. (Report to follow.)", None),
    (8, "Forward Plan", "To note the Forward Plan of Key Decisions for January to April 2025.", r2.forward_plan()),
    (9, "Exclusion of the Press and Public", "To consider passing the following resolution: that under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.", None),
    (10, "Acquisition of Land at Quayside Road, Harbourne", "Report of the Executive Director of Place. (Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.)", None),
]
parts = []
for n, t, d, body in items:
    if body is None:
        continue
    cls = ' class="pb"' if parts else ""
    parts.append('<div%s><div style="text-align:right;font-weight:bold;font-size:13pt">Agenda Item %d</div>%s</div>' % (cls, n, body))
write(PACK + "_body", "pack body", "\n".join(parts), footer_center=PN)
body_pdf = render(PACK + "_body")
bdoc = pymupdf.open(body_pdf)
starts = {}
for i, pg in enumerate(bdoc):
    mt = re.match(r"(?:Page \d+\s*)?Agenda Item (\d+)", pg.get_text().strip())
    mt = re.search(r"Agenda Item (\d+)", pg.get_text()[:200])
    if mt:
        starts[int(mt.group(1))] = i + 1
order = sorted(starts)
ranges = {}
for k, n in enumerate(order):
    end = (starts[order[k + 1]] - 1) if k + 1 < len(order) else len(bdoc)
    ranges[n] = (starts[n], end)
print("pack item pages", ranges)

ag = []
for n, t, d, body in items:
    pr = ""
    if n in ranges:
        a, b = ranges[n]
        pr = " (Pages %d - %d)" % (a, b) if b > a else " (Page %d)" % a
    ag.append('<div class="np" style="margin-top:8pt"><span class="num"><b>%d.</b></span><div class="txt"><b>%s</b>%s<br>%s</div></div>'
              % (n, E(t.upper()), E(pr), E(d)))
members = ("Councillor J. Patel (Chair), Councillor R. Okafor (Vice-Chair), Councillors T. Brierley, D. Lindqvist, "
           "H. Marsh, G. Pryce, A. Rahman and S. Whitcombe")
front = r1.HEADER + """
<div style="text-align:center;margin:30pt 0 20pt 0"><div style="font-size:26pt;font-weight:bold">Cabinet</div>
<div style="font-size:14pt;margin-top:8pt">Agenda</div></div>
""" + front_box([
    ("Date", "Wednesday, 15 January 2025"),
    ("Time", "6.00 pm"),
    ("Venue", "Council Chamber, Civic Centre, Quayside Road, Harbourne HB1 2QA"),
    ("Contact officer", "Lucy Farrant, Democratic Services Officer, 01632 960 418, democratic.services@harbourne.gov.uk"),
    ("Membership", members),
    ("Published", "Tuesday, 7 January 2025"),
]) + """
<p><b>Information for members of the public</b></p>
<p>This meeting will be webcast live on the Council's website and the recording will be available for six months. If you attend the meeting you may be filmed. Members of the public who wish to ask a question or speak on an item must notify Democratic Services by noon on Friday, 10 January 2025.</p>
<p>If the fire alarm sounds, please leave the building by the nearest exit and assemble in the Quayside Road car park. Do not use the lifts.</p>
<p>Andrew Holloway<br>Chief Executive</p>
<div class="pb"><h2 style="text-align:center">AGENDA</h2><p><b>PART I - ITEMS CONSIDERED IN PUBLIC</b></p>""" + "\n".join(ag[:8]) + \
    "<p><b>PART II - ITEMS CONSIDERED IN PRIVATE</b></p>" + "\n".join(ag[8:]) + "</div>"
write(PACK + "_front", "Cabinet agenda 15 January 2025", front)
front_pdf = render(PACK + "_front")
fdoc = pymupdf.open(front_pdf)
print("front pages", len(fdoc))
fdoc.insert_pdf(bdoc)
fdoc.set_metadata({"title": "Cabinet agenda pack 15 January 2025", "author": "Harbourne Council"})
fdoc.save("%s/%s.pdf" % (PDF, PACK))
fdoc.close(); bdoc.close()
os.remove(body_pdf); os.remove(front_pdf)

# ---------------------------------------------------------------- html-only and txt
with open(HTML + "/hc_news_2025-01-16_kingsholt_depot_food_waste.html", "w") as f:
    f.write(ot.news_html())
with open(HTML + "/hc_committee_details_cabinet.html", "w") as f:
    f.write(ot.committee_html())
with open(ROOT + "/hc_odr_2025-019_food_waste_caddies.txt", "w") as f:
    f.write(ot.officer_decision_txt())

# corpus folder: everything the search tool should index
for fn in os.listdir(CORPUS):
    os.remove(os.path.join(CORPUS, fn))
for fn in sorted(os.listdir(PDF)):
    shutil.copy(os.path.join(PDF, fn), CORPUS)
for fn in ("hc_news_2025-01-16_kingsholt_depot_food_waste.html", "hc_committee_details_cabinet.html"):
    shutil.copy(os.path.join(HTML, fn), CORPUS)
shutil.copy(ROOT + "/hc_odr_2025-019_food_waste_caddies.txt", CORPUS)
tot = 0
for fn in sorted(os.listdir(PDF)):
    d = pymupdf.open(os.path.join(PDF, fn))
    tot += len(d)
    print("%-60s %3d pages %6d chars" % (fn, len(d), sum(len(p.get_text()) for p in d)))
print("total pages", tot)
