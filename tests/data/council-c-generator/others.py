"""Agenda front pages, the scanned parish council letter, and the HTML decision page."""
import io
import random
from common import *
from minutes import CENTRE_T, CENTRE
import cabinet_reports as CR

# ==================================================================== agenda front pages
AG_ITEM = ParagraphStyle("ag_item", parent=BODY, alignment=TA_LEFT, spaceAfter=2, fontName=BOLD,
                         leftIndent=12 * mm, bulletIndent=0, bulletFontName=BOLD, bulletFontSize=12)
AG_DESC = ParagraphStyle("ag_desc", parent=BODY, alignment=TA_LEFT, leftIndent=12 * mm, spaceAfter=8)


def agenda_front(ranges):
    """ranges: {item_no: (first_page, last_page)} within the pack."""
    s = [P(COUNCIL, ParagraphStyle("lh", parent=TITLE, fontSize=18, leading=22)),
         P(ADDRESS, BODY_L), Spacer(1, 6 * mm)]
    contact = Table([[P(a, FS_B), P(b, FS)] for a, b in [
        ("Contact", "Rebecca Tully, Democratic Services Officer"),
        ("Direct line", "01632 960 214"),
        ("Email", "democratic.services@kelsborough.gov.uk"),
        ("Date", "4 March 2025")]], colWidths=[32 * mm, 100 * mm], hAlign="LEFT")
    contact.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    s.append(contact)
    s.append(Spacer(1, 6 * mm))
    s.append(P("To: Members of the Cabinet", BODY_L))
    s.append(P("Councillors H Ashdown (Leader of the Council, Chair), R Mistry (Deputy Leader), T Beddoes, "
               "J Fenwick-Hart, P Lakhani, O Marsh and S Quaintance", BODY_L))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Dear Councillor,", BODY_L))
    s.append(P("You are summoned to attend a meeting of the <b>CABINET</b> to be held in the Council Chamber, "
               "Civic Centre, Castle Street, Kelsborough on <b>Wednesday, 12 March 2025 at 6.00 pm</b>, for the "
               "purpose of transacting the business set out in the agenda below."))
    s.append(P("Members of the public are welcome to attend. The meeting will be broadcast live on the "
               "Council's YouTube channel. Anyone wishing to ask a public question must give notice to "
               "Democratic Services by 12 noon on Friday 7 March 2025."))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Yours sincerely,", BODY_L))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Andrew Thornbury</b><br/>Chief Executive", BODY_L))
    s.append(PageBreak())
    s.append(P("AGENDA", CENTRE_T))
    s.append(P("Part I: items to be considered in public", HPLAIN))

    def item(no, title, desc=None):
        pages = f" (Pages {ranges[no][0]} - {ranges[no][1]})" if no in ranges else ""
        out = [Paragraph(f"{title}{pages}", AG_ITEM, bulletText=f"{no}.")]
        if desc:
            out.append(Paragraph(desc, AG_DESC))
        else:
            out.append(Spacer(1, 3 * mm))
        return out

    s += item(1, "Apologies for absence")
    s += item(2, "Declarations of interest", "Members are reminded to declare any disclosable pecuniary "
              "interests, other registrable interests and non-registrable interests in items on the agenda.")
    s += item(3, "Minutes", "To approve as a correct record the minutes of the meeting held on 12 February 2025.")
    s += item(4, "Public questions", "To receive questions from members of the public under Procedure Rule 10.")
    descs = {
        5: "Report of the Head of Leisure and Culture. Key decision FP/2025/011.",
        6: "Report of the Head of Housing. Key decision FP/2025/009.",
        7: "Report of the Head of Regeneration. Key decision FP/2025/007. Appendix 2 to this report is exempt "
           "(see item 10).",
        8: "Report of the Head of Environmental Services. Key decision FP/2025/010. The recommendations of the "
           "Overview and Scrutiny Committee of 25 February 2025 on this report will be reported at the "
           "meeting.",
    }
    for no, fname, _fn, title in CR.REPORTS:
        s += item(no, title, descs[no])
    s += item(9, "Exclusion of the press and public", "To consider passing the following resolution: That under "
              "section 100A(4) of the Local Government Act 1972 the press and public be excluded from the "
              "meeting for the following item on the grounds that it involves the likely disclosure of exempt "
              "information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.")
    s.append(P("Part II: items to be considered in private", HPLAIN))
    s += item(10, "Bridge Street acquisitions: exempt appendix", "Appendix 2 to item 7. Not for publication by "
              "virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information "
              "relating to the financial or business affairs of any particular person).")
    s.append(Spacer(1, 4 * mm))
    s.append(P("Call-in: decisions on key decisions will be published on 14 March 2025 and may be called in by "
               "five non-executive members by 5.00 pm on 21 March 2025.", SMALL))
    return s


def make_agenda(path, ranges):
    return build(path, agenda_front(ranges), "Kelsborough Borough Council | Cabinet | 12 March 2025",
                 footer_fmt="", first_header=False, title="Cabinet agenda 12 March 2025")


# ==================================================================== scanned letter
LETTER_FILE = "kbc_planning_2025-03-19_25-00412-out_appendix_saltby_parish_letter.pdf"

LETTER_LINES = [
    ("C", "SALTBY PARISH COUNCIL", "bold", 44),
    ("C", "The Parish Room, Chapel Lane, Saltby KB9 4QS", "reg", 30),
    ("C", "Clerk: Mrs J Trelawney   Telephone: 01632 960 873", "reg", 30),
    ("rule",),
    ("L", "", "reg", 30),
    ("L", "Mr D Whitcombe", "reg", 33),
    ("L", "Senior Planning Officer", "reg", 33),
    ("L", "Kelsborough Borough Council", "reg", 33),
    ("L", "Civic Centre, Castle Street", "reg", 33),
    ("L", "Kelsborough KB1 2AA", "reg", 33),
    ("R", "14 February 2025", "reg", 33),
    ("L", "", "reg", 20),
    ("L", "Dear Mr Whitcombe,", "reg", 33),
    ("L", "", "reg", 14),
    ("L", "Application 25/00412/OUT: Land east of Mill Road, Saltby", "bold", 33),
    ("L", "", "reg", 14),
]
LETTER_PARAS = [
    "At its meeting on 10 February 2025 the Parish Council considered the above application for up to "
    "165 dwellings and resolved unanimously to object to it. Our reasons are as follows.",
    "1. Flooding. Mill Road floods at the ford by Saltby Brook every winter and was closed to traffic on "
    "four occasions in 2024. Gardens in Chapel Close flooded in November 2024. Covering this field with "
    "houses and roads will make matters worse for the people downstream.",
    "2. School and surgery. Saltby Primary School has no spare places and parents already drive their "
    "children to Northwold. The surgery cannot offer appointments within two weeks. Money alone will not "
    "provide teachers or doctors.",
    "3. Traffic. The junction of Mill Road with the A1087 Coast Road has poor visibility to the east, and "
    "in the summer months traffic queues back past the church. There is no footway on Mill Road north of "
    "Chapel Close, and children walk to the school bus along the verge.",
    "4. Countryside. The site is outside the village envelope and was refused permission in 2022. "
    "Nothing has changed except the Government's housing figures. An increase of 15 per cent in the size of "
    "the village in one development is not sustainable.",
    "If the Borough Council is minded to approve the application, the Parish Council asks that a zebra "
    "crossing be provided on Mill Road near Chapel Close, and that a contribution of £25,000 be secured "
    "towards the extension of Saltby Village Hall.",
    "The Parish Council asks that this letter is reported in full to the Planning Committee.",
]
LETTER_END = [("L", "Yours sincerely,", "reg", 33), ("SIG", "J. Trelawney"),
              ("L", "Mrs J Trelawney", "reg", 33), ("L", "Clerk to Saltby Parish Council", "reg", 33)]


def letter_text():
    """The plain text that the scanned image shows (used by verify.py instead of PDF text)."""
    parts = [l[1] for l in LETTER_LINES if l[0] != "rule" and l[1]]
    parts += LETTER_PARAS
    parts += ["Yours sincerely,", "Mrs J Trelawney", "Clerk to Saltby Parish Council"]
    return "\n".join(parts)


def _font(kind, size):
    from PIL import ImageFont
    path = {"reg": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
            "bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
            "sig": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"}[kind]
    return ImageFont.truetype(path, size)


def render_letter_png(dpi=200):
    from PIL import Image, ImageDraw, ImageFilter
    scale = dpi / 200.0
    W, Hh = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, Hh), 250)
    d = ImageDraw.Draw(img)
    left, right = int(230 * scale), W - int(230 * scale)
    y = int(200 * scale)

    def line(align, text, kind, size):
        nonlocal y
        f = _font(kind, int(size * scale))
        w = d.textlength(text, font=f)
        x = {"L": left, "C": (W - w) / 2, "R": right - w}[align]
        d.text((x, y), text, font=f, fill=25)
        y += int(size * 1.45 * scale)

    for l in LETTER_LINES:
        if l[0] == "rule":
            y += int(6 * scale)
            d.line((left, y, right, y), fill=60, width=max(1, int(3 * scale)))
            y += int(20 * scale)
        else:
            line(*l)
    f = _font("reg", int(33 * scale))
    for para in LETTER_PARAS:
        words, cur = para.split(), ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if d.textlength(t, font=f) > right - left:
                d.text((left, y), cur, font=f, fill=25)
                y += int(33 * 1.45 * scale)
                cur = w_
            else:
                cur = t
        d.text((left, y), cur, font=f, fill=25)
        y += int(33 * 1.45 * scale) + int(18 * scale)
    for l in LETTER_END:
        if l[0] == "SIG":
            fs = _font("sig", int(48 * scale))
            d.text((left + int(20 * scale), y), l[1], font=fs, fill=40)
            y += int(75 * scale)
        else:
            line(*l)
    # scanner artefacts: slight rotation, speckle, soft blur, grey page edge
    rnd = random.Random(41)
    px = img.load()
    for _ in range(int(W * Hh / 900)):
        x_, y_ = rnd.randrange(W), rnd.randrange(Hh)
        px[x_, y_] = rnd.randrange(120, 200)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(-0.7, resample=Image.BICUBIC, expand=False, fillcolor=235)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=55, optimize=True)
    return buf.getvalue()


def make_letter(path):
    import pymupdf
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    page.insert_image(page.rect, stream=render_letter_png(dpi=200))
    doc.set_metadata({"title": "Appendix B - Saltby Parish Council letter 14 February 2025",
                      "producer": "Kelsborough MFD scan-to-PDF", "creator": "Scan"})
    doc.save(path, garbage=4, deflate=True)
    return path


# ==================================================================== HTML decision page
HTML_FILE = "kbc_decision_2025-03-12_waste_collection_changes.html"

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Decision - Waste Collection Changes: Weekly Food Waste and Garden Waste Charges | Kelsborough Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1a1a1a; }
header { background: #1f3864; color: #fff; padding: 12px 24px; }
header a { color: #fff; }
nav.breadcrumb { padding: 8px 24px; font-size: 0.9em; background: #eef1f6; }
main { padding: 16px 24px; max-width: 60em; }
.mgSectionTitle { font-weight: bold; margin-top: 1.2em; }
table.mgKeyValue th { text-align: left; padding-right: 1em; vertical-align: top; }
footer { border-top: 1px solid #ccc; padding: 12px 24px; font-size: 0.85em; }
</style>
</head>
<body>
<header>
  <a href="https://democracy.kelsborough.example/">Kelsborough Borough Council</a>
  <span> | Councillors, committees and decisions</span>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="mgListCommittees.aspx">Committees</a> &gt;
  <a href="mgCommitteeDetails.aspx?ID=132">Cabinet</a> &gt;
  <a href="ieDecisionHome.aspx">Decisions</a> &gt; Decision details
</nav>
<main>
<h1>Decision details</h1>
<h2>Waste Collection Changes: Weekly Food Waste and Garden Waste Charges</h2>

<table class="mgKeyValue">
<tr><th>Decision Maker:</th><td><a href="mgCommitteeDetails.aspx?ID=132">Cabinet</a></td></tr>
<tr><th>Decision status:</th><td>Recommendations Approved (subject to call-in)</td></tr>
<tr><th>Is Key decision?:</th><td>Yes</td></tr>
<tr><th>Is subject to call in?:</th><td>Yes</td></tr>
</table>

<p class="mgSectionTitle">Purpose:</p>
<p>To agree the introduction of a weekly food waste collection for all households, changes to collection
rounds, and the charge for the garden waste service for 2025/26.</p>

<p class="mgSectionTitle">Decision:</p>
<p>Cabinet RESOLVED:</p>
<ol>
<li>That a weekly separate food waste collection for all households be introduced from 6 October 2025.</li>
<li>That the purchase of 11 food waste collection vehicles and caddies at a capital cost of &pound;1.94 million be approved.</li>
<li>That the garden waste subscription charge for 2025/26 be set at &pound;48 per bin, with a charge of &pound;36
for households receiving Council Tax Reduction, and that the shortfall of about &pound;55,000 be met from the
Budget Equalisation Reserve.</li>
<li>That the re-routing of residual and recycling collections, with new collection days from 6 October 2025, be approved.</li>
</ol>

<p class="mgSectionTitle">Reasons for the decision:</p>
<p>To meet the statutory requirement for weekly food waste collection by 31 March 2026 and to set the garden
waste charge before subscriptions open on 1 April 2025. Cabinet reduced the proposed garden waste charge from
&pound;52 to &pound;48 after considering the recommendation of the Overview and Scrutiny Committee of
25 February 2025 that the increase be limited to no more than &pound;4.</p>

<p class="mgSectionTitle">Alternative options considered:</p>
<p>Garden waste charges of &pound;44 (no change), &pound;50, &pound;52 and &pound;55 per bin were considered. A
fortnightly food waste collection was rejected because it would not meet the statutory requirement. Collecting
food waste mixed with garden waste was rejected because the Greyfriars Farm anaerobic digestion plant cannot
accept garden waste.</p>

<p class="mgSectionTitle">Interests and Nature of Interests Declared:</p>
<p>Councillor Quaintance declared a non-registrable interest as her son is employed by the Council as a refuse
loader. Having taken advice from the Monitoring Officer, she remained and took part.</p>

<p class="mgSectionTitle">Reason Key:</p>
<p>Expenditure of more than &pound;500,000 and significant effect on communities in two or more wards.</p>

<table class="mgKeyValue">
<tr><th>Wards affected:</th><td>All wards</td></tr>
<tr><th>Contact:</th><td>Jonathan Pryce, Head of Environmental Services. Email:
<a href="mailto:jonathan.pryce@kelsborough.gov.uk">jonathan.pryce@kelsborough.gov.uk</a>, Tel: 01632 960 745.</td></tr>
<tr><th>Report author:</th><td>Jonathan Pryce</td></tr>
<tr><th>Publication date:</th><td>14/03/2025</td></tr>
<tr><th>Date of decision:</th><td>12/03/2025</td></tr>
<tr><th>Decided at meeting:</th><td><a href="ieListDocuments.aspx?CId=132&amp;MId=2871">12/03/2025 - Cabinet</a></td></tr>
<tr><th>Call-in deadline:</th><td>21/03/2025 at 5.00 pm</td></tr>
<tr><th>Effective from:</th><td>22/03/2025</td></tr>
</table>

<p class="mgSectionTitle">Accompanying Documents:</p>
<ul>
<li><a href="kbc_cabinet_2025-03-12_waste_collection_changes.pdf">Waste Collection Changes report</a> (PDF)</li>
<li><a href="kbc_cabinet_2025-03-12_minutes.pdf">Cabinet minutes, 12 March 2025</a> (PDF)</li>
</ul>
</main>
<footer>
<p>Kelsborough Borough Council, Civic Centre, Castle Street, Kelsborough KB1 2AA. Telephone 01632 960 000.</p>
<p><a href="accessibility.aspx">Accessibility</a> | <a href="privacy.aspx">Privacy</a> | <a href="cookies.aspx">Cookies</a></p>
</footer>
</body>
</html>
"""


def make_html(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML)
    return path
