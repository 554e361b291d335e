"""Agenda front pages, two-column council tax leaflet (docx), planning
decision notice (HTML) and members' questions (plain text)."""
import os
import textwrap

from docx.enum.section import WD_SECTION
from docx.shared import Cm, Pt

from common import OUT, COUNCIL, Paper, set_columns


def cabinet_agenda(pages):
    """pages: dict item -> (first, last) page numbers in the pack."""
    p = Paper("Cabinet \u2013 5 February 2025", "Agenda", COUNCIL)
    p.title("WEXCOMBE DISTRICT COUNCIL", size=13, space_after=0)
    p.para("Council Offices, Abbey Walk, Wexcombe WX4 1DL", size=10,
           space_after=12)
    p.para("To: All Members of the Cabinet", space_after=2)
    p.para("Cllr Helen Ashdown (Leader), Cllr Peter Lacey (Deputy Leader), "
           "Cllr Simon Bellamy, Cllr Rajesh Mistry, Cllr Joanne Okonjo and "
           "Cllr Colin Trevethan", size=11)
    p.para("Dear Councillor,")
    p.para("You are summoned to attend a meeting of the CABINET to be held in the "
           "Council Chamber, Council Offices, Abbey Walk, Wexcombe on "
           "Wednesday 5 February 2025 at 5.30pm, when the business set out "
           "below will be transacted.")
    p.para("Yours sincerely,", space_after=2)
    p.para("Marcus Tilley", space_after=0)
    p.para("Chief Executive", space_after=0)
    p.para("Date of publication: 28 January 2025", size=10, space_after=14)
    p.title("AGENDA", size=13, align="center", space_after=8)

    def item(n, title, text, key=None):
        rng = ""
        if key:
            a, b = pages[key]
            rng = f"  (Pages {a} \u2013 {b})"
        p.np(f"{n}.", f"**{title}**{rng}", indent_cm=1.0)
        if text:
            p.para(text, indent_cm=1.0, size=11)

    item(1, "Apologies for absence", "To receive apologies for absence.")
    item(2, "Declarations of interest", "To receive any declarations of "
         "disclosable pecuniary or other registrable interests.")
    item(3, "Minutes", "To approve as a correct record the minutes of the "
         "meeting held on 8 January 2025.", "minutes")
    item(4, "Public participation", "To receive questions from members of the "
         "public, of which notice has been given in accordance with the "
         "Council's Procedure Rules. Questions must be received by 12 noon on "
         "Friday 31 January 2025.")
    item(5, "Matters referred from Overview and Scrutiny", "The Overview and "
         "Scrutiny Committee on 21 January 2025 referred the recommendations "
         "of its Car Parking Task and Finish Group to Cabinet. These are "
         "considered with item 7.")
    item(6, "Housing Allocations Policy Review 2025", "Report of the Head of "
         "Housing. Key decision KD 2024/31.", "housing")
    item(7, "Fees and Charges 2025/26", "Report of the Director of Resources. "
         "Key decision KD 2024/35.", "fees")
    item(8, "Exclusion of the press and public", "To consider passing a "
         "resolution under section 100A(4) of the Local Government Act 1972 to "
         "exclude the press and public for the following item, which involves "
         "the likely disclosure of exempt information as defined in paragraph "
         "3 of Part 1 of Schedule 12A (financial or business affairs).")
    item(9, "Acquisition of land at Coldharbour Lane, Hatherwick",
         "Exempt report of the Director of Resources. Not for publication.")
    p.para("")
    p.para("Filming and recording: this meeting may be filmed or recorded by "
           "members of the public. Anyone wishing to do so should tell the "
           "Democratic Services Officer before the meeting starts.", size=10)
    p.para("Enquiries: Ellen Morcombe, Democratic Services Officer, 01632 960 "
           "204, democratic.services@wexcombe.gov.uk", size=10)
    return p.save("_agenda_cabinet_2025-02-05")


def council_tax_leaflet():
    p = Paper("Council Tax 2025/26", "", "Wexcombe District Council \u2013 "
              "wexcombe.gov.uk/counciltax", size=10)
    p.title("Your Council Tax explained 2025/26", size=20, color="1F4E79",
            space_after=2)
    p.para("Information for residents of Wexcombe district, sent with your "
           "Council Tax bill", italic=True, space_after=4)
    sec = p.doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec, 2)

    def h(t):
        q = p.para(t, bold=True, size=12, keep_next=True, space_after=3)
        q.runs[0].font.color.rgb = None
        return q

    h("A message from the Leader")
    p.para("Like every council, Wexcombe has faced sharply rising costs this "
           "year, from fuel and energy to the wages of the people who collect "
           "your bins. We have protected weekly food waste collections, kept "
           "all our public toilets and kept free parking after 3pm in "
           "Pellford. To do this we have had to raise the District Council's "
           "share of your bill by 2.99%, which is less than 11p a week for a "
           "Band D home. \u2013 Cllr Helen Ashdown, Leader of the Council",
           italic=True)
    h("Who collects your Council Tax?")
    p.para("Wexcombe District Council collects Council Tax for all the "
           "organisations that provide local services in the district. Most of "
           "the money we collect is passed on to Ravensmoor County Council, the "
           "Police and Crime Commissioner for Ravensmoor, Ravensmoor Fire and "
           "Rescue Authority and your town or parish council. The District "
           "Council keeps only about 8p of every pound you pay.")
    h("What the District Council does")
    p.para("With its share of your Council Tax the District Council empties "
           "your bins and collects recycling from 52,600 homes every fortnight, "
           "cleans the streets, runs car parks, parks and the Wexcombe Lido, "
           "decides planning applications, helps people who are homeless or at "
           "risk of losing their home, and pays housing benefit and Council "
           "Tax Reduction.")
    h("The charge for an average Band D home")
    p.table([
        ["Authority", "2024/25", "2025/26", "Change"],
        ["Ravensmoor County Council", "£1,667.31", "£1,748.52", "4.87%"],
        ["Wexcombe District Council", "£192.69", "£198.45", "2.99%"],
        ["Police and Crime Commissioner", "£257.35", "£271.35", "5.44%"],
        ["Fire and Rescue Authority", "£91.12", "£96.12", "5.49%"],
        ["Average town or parish council", "£82.95", "£86.40", "4.16%"],
        ["Total", "£2,291.42", "£2,400.84", "4.78%"],
    ], widths_cm=[3.6, 1.8, 1.8, 1.3], font_size=8, bold_last_row=True,
        shade="DEEAF6")
    p.para("The County Council figure includes the Adult Social Care precept of "
           "£262.15, which is spent only on care for older and disabled "
           "people.", size=9)
    h("Which band is my home in?")
    p.para("Your band depends on what your home would have sold for on 1 April "
           "1991. Bands are set by the Valuation Office Agency, not the Council. "
           "Most homes in the district are in Bands B to D.")
    p.table([
        ["Band", "Value at 1 April 1991", "Total 2025/26"],
        ["A", "Up to £40,000", "£1,600.56"],
        ["B", "£40,001 to £52,000", "£1,867.32"],
        ["C", "£52,001 to £68,000", "£2,134.08"],
        ["D", "£68,001 to £88,000", "£2,400.84"],
        ["E", "£88,001 to £120,000", "£2,934.36"],
        ["F", "£120,001 to £160,000", "£3,467.88"],
        ["G", "£160,001 to £320,000", "£4,001.40"],
        ["H", "Over £320,000", "£4,801.68"],
    ], widths_cm=[1.2, 4.0, 2.6], font_size=8, shade="DEEAF6")
    p.para("Charges shown are for an average parish. The amount on your bill "
           "will differ slightly depending on your town or parish council.",
           size=9)
    h("How the District Council spends your money")
    p.para("The District Council's gross spending in 2025/26 will be £38.6m. "
           "Most of this is paid for by fees and charges, government grants and "
           "business rates. The table shows how each £198.45 of Band D Council "
           "Tax is spent.")
    p.table([
        ["Service", "Per Band D home"],
        ["Waste, recycling and street cleaning", "£71.44"],
        ["Housing and homelessness", "£29.77"],
        ["Planning and economic development", "£23.81"],
        ["Leisure, parks and culture", "£21.83"],
        ["Environmental health and licensing", "£13.89"],
        ["Council Tax collection and benefits", "£11.91"],
        ["Democracy and elections", "£9.92"],
        ["Corporate costs", "£15.88"],
        ["Total", "£198.45"],
    ], widths_cm=[5.6, 2.6], font_size=8, shade="DEEAF6", bold_last_row=True)
    h("Can I pay less?")
    p.para("If you are the only adult living in your home you can claim a "
           "single person discount of 25%. Some people, such as full-time "
           "students and people with a severe mental impairment, are not "
           "counted when we work out how many adults live in a home.")
    p.para("Council Tax Reduction is help for people on low incomes. In 2025/26 "
           "working-age households can receive up to 80% of their Council Tax "
           "bill, and pensioners can receive up to 100%. You can apply online "
           "at any time.")
    h("Empty homes and second homes")
    p.para("From 1 April 2025 a premium of 100% will be charged on homes that "
           "have been empty and unfurnished for one year or more, instead of "
           "two years as before. From the same date second homes that are "
           "furnished but no one's main residence will also pay a 100% "
           "premium, meaning double the normal charge.")
    h("Ways to pay")
    p.para("Direct Debit is the easiest way to pay, on the 1st, 8th, 15th or "
           "22nd of the month. You can choose to pay in 10 or 12 monthly "
           "instalments. You can also pay online, by phone on our automated "
           "line 01632 960 100, or at any Post Office or PayPoint using the "
           "barcode on your bill.")
    h("Struggling to pay?")
    p.para("Please contact us as soon as possible. We can often agree a "
           "payment plan, and our Money Advice team can check that you are "
           "receiving all the discounts and benefits you are entitled to. "
           "Email counciltax@wexcombe.gov.uk or call 01632 960 150, Monday to "
           "Friday 9am to 5pm.")
    return p.save("wdc_council_tax_explained_2025-26")


# ------------------------------------------------------------------- HTML
DECISION_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Decision Notice 24/01187/FUL | Planning | Wexcombe District Council</title>
<style>
body {{ font-family: Arial, sans-serif; max-width: 60em; margin: 1em auto; color:#222 }}
.crumbs a {{ color:#1f4e79 }}
table.summary th {{ text-align:left; vertical-align:top; width:14em; padding:4px; background:#eef3f8 }}
table.summary td {{ padding:4px }}
.notice {{ border:1px solid #999; padding:1em 2em; margin-top:1em }}
ol.conditions li {{ margin-bottom:0.6em }}
</style>
</head>
<body>
<header>
<p class="crumbs"><a href="/">Home</a> &gt; <a href="/planning">Planning and building control</a> &gt; <a href="/planning/search">Search applications</a> &gt; 24/01187/FUL</p>
<p><strong>Wexcombe District Council</strong> | <a href="/accessibility">Accessibility</a> | <a href="/contact">Contact us</a></p>
</header>
<main>
<h1>Pellford Mill, Mill Lane, Pellford WX7 3HQ &ndash; 24/01187/FUL</h1>
<nav><ul><li><a href="#summary">Summary</a></li><li><a href="#notice">Decision notice</a></li><li><a href="/planning/24-01187-FUL/documents">Documents (112)</a></li><li><a href="/planning/24-01187-FUL/comments">Comments (55)</a></li></ul></nav>
<h2 id="summary">Application summary</h2>
<table class="summary">
<tr><th>Reference</th><td>24/01187/FUL</td></tr>
<tr><th>Application received</th><td>Tue 06 Aug 2024</td></tr>
<tr><th>Application validated</th><td>Wed 14 Aug 2024</td></tr>
<tr><th>Address</th><td>Pellford Mill, Mill Lane, Pellford WX7 3HQ</td></tr>
<tr><th>Proposal</th><td>Conversion of the Grade II listed mill building to 24 apartments, erection of 14 dwellings, new vehicular access from Mill Lane, car parking, landscaping and riverside footpath</td></tr>
<tr><th>Status</th><td>Decided</td></tr>
<tr><th>Decision</th><td>Grant Permission with Conditions</td></tr>
<tr><th>Decision issued date</th><td>Wed 12 Mar 2025</td></tr>
<tr><th>Committee date</th><td>Wed 29 Jan 2025</td></tr>
<tr><th>Appeal status</th><td>Unknown</td></tr>
</table>
<div class="notice" id="notice">
<h2>TOWN AND COUNTRY PLANNING ACT 1990<br>NOTICE OF DECISION &ndash; GRANT OF PLANNING PERMISSION</h2>
<p>Applicant: Tenterfield Homes Ltd, Unit 4 Brookside Business Park, Kingsmere KM2 8RT<br>
Agent: Harriet Loxley, Corbel Planning LLP, 17 Castle Street, Wexcombe WX4 2AB</p>
<p>Wexcombe District Council, as local planning authority, hereby <strong>GRANTS</strong> planning permission for the development described above, in accordance with the application and plans submitted, subject to the following conditions. A legal agreement under Section 106 of the Act was completed on 6 March 2025.</p>
<h3>Conditions</h3>
<ol class="conditions">
{conds}
</ol>
<h3>Informatives</h3>
<p>1. The applicant is reminded that listed building consent 24/01188/LBC must also be complied with.</p>
<p>2. The Section 106 agreement dated 6 March 2025 secures 11 affordable homes, an education contribution of &pound;186,400, a highways contribution of &pound;35,000 and &pound;48,000 towards play and open space at Quenn Meadows.</p>
<p>3. In dealing with this application the Council has worked with the applicant in a positive and proactive manner, as required by paragraph 39 of the National Planning Policy Framework.</p>
<p>Signed: <strong>Gavin Rudd</strong>, Head of Planning Services, on behalf of Wexcombe District Council<br>Date: 12 March 2025</p>
<h3>Your right of appeal</h3>
<p>If you are aggrieved by a condition imposed on this permission you may appeal to the Secretary of State within six months of the date of this notice. Appeals can be made online via the Planning Inspectorate.</p>
</div>
</main>
<footer><p>&copy; Wexcombe District Council, Council Offices, Abbey Walk, Wexcombe WX4 1DL. Telephone 01632 960 000.</p></footer>
</body>
</html>
"""

HTML_CONDS = [
    ("Time limit", "The development hereby permitted shall begin before the "
     "expiration of three years from the date of this permission.",
     "To comply with Section 91 of the Town and Country Planning Act 1990."),
    ("Approved plans", "The development shall be carried out in accordance "
     "with the approved plans listed in the schedule attached to this notice.",
     "For the avoidance of doubt."),
    ("Materials", "No development above slab level shall take place until "
     "samples of the brick, slate and window frames have been approved in "
     "writing by the Local Planning Authority.",
     "To preserve the character of the listed building and the Pellford "
     "Conservation Area."),
    ("Windows", "No works to the mill shall take place until 1:5 scale "
     "drawings of all new and replacement windows have been approved in "
     "writing.", "To preserve the special interest of the listed building."),
    ("Floor levels", "The finished floor levels of the new dwellings shall be "
     "set no lower than 24.60 metres above Ordnance Datum.",
     "To reduce the risk of flooding, in accordance with Policy EN9."),
    ("Ground floor uses", "No habitable rooms shall be provided at ground floor "
     "level within the part of the mill in Flood Zone 3.",
     "To reduce the risk of flooding."),
    ("Highway works", "No dwelling shall be occupied until the widening of "
     "Mill Lane and the footway to Tanners Row have been completed.",
     "In the interests of highway safety."),
    ("Construction management", "A Construction Environmental Management Plan "
     "shall be approved before any works begin.",
     "To protect the amenity of local residents."),
    ("Working hours", "Construction work shall take place only between 08:00 "
     "and 18:00 on Mondays to Fridays and 08:00 and 13:00 on Saturdays, and "
     "not at all on Sundays or bank holidays.",
     "To protect the amenity of local residents."),
    ("School times", "No construction vehicles shall use Mill Lane between "
     "08:15 and 09:00 or between 14:45 and 15:30 on school days.",
     "In the interests of the safety of children walking to Pellford Primary "
     "School."),
    ("Bats", "No works to the engine house shall take place until a Natural "
     "England bat mitigation licence has been obtained.",
     "To protect bats, which are a protected species."),
    ("Biodiversity", "The development shall deliver a biodiversity net gain of "
     "not less than 10%, in accordance with the approved Biodiversity Gain "
     "Plan.", "To comply with Schedule 7A of the Town and Country Planning "
     "Act 1990."),
    ("Obscure glazing", "The first floor rear windows of plots 1 to 4 shall be "
     "obscure glazed and fixed shut below 1.7 metres above floor level.",
     "To protect the privacy of occupiers of houses on Tanners Row."),
    ("EV charging", "Each dwelling shall be provided with an electric vehicle "
     "charging point before it is first occupied.",
     "To promote sustainable transport."),
    ("Recording", "A programme of archaeological and historic building "
     "recording shall be carried out before works to the mill begin.",
     "To record the historic fabric of the building."),
]


def decision_html():
    lis = []
    for t, c, r in HTML_CONDS:
        lis.append(f"<li><strong>{t}.</strong> {c}<br><em>Reason:</em> {r}</li>")
    html = DECISION_HTML.format(conds="\n".join(lis))
    path = os.path.join(OUT, "wdc_planning_decision_24-01187-ful.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return path


# ------------------------------------------------------------------- text
QUESTIONS = [
    ("Cllr Gillian Marsh-Terry", "Cllr Colin Trevethan, Portfolio Holder for "
     "Finance and Resources",
     "How many homes in the district have been empty for more than two years, "
     "and how much extra council tax will the change to the empty homes "
     "premium raise?",
     "At 1 February 2025 there were 214 homes that had been empty and "
     "unfurnished for more than two years, and a further 187 that had been "
     "empty for between one and two years. Charging the 100% premium after one "
     "year rather than two is expected to raise an extra £356,000 in council "
     "tax in 2025/26, of which the District Council's share is about £29,000. "
     "The main purpose of the premium is to encourage owners to bring homes "
     "back into use, and the Empty Homes Officer will contact every owner "
     "affected."),
    ("Cllr Nigel Catterall", "Cllr Simon Bellamy, Portfolio Holder for "
     "Environment",
     "What action has the Council taken against fly-tipping in the last year?",
     "In 2023/24 the Council dealt with 1,946 reported fly-tips, 8% fewer than "
     "the year before. Enforcement officers issued 143 fixed penalty notices, "
     "most of them for £400, and the Council brought 12 prosecutions, all of "
     "which were successful. Four covert cameras were installed at hotspots in "
     "Hatherwick and Quenby St Giles in the autumn, and one vehicle has been "
     "seized. Most fly-tipped waste is now cleared within two working days."),
    ("Cllr Ruth Ellingham", "Cllr Joanne Okonjo, Portfolio Holder for Leisure "
     "and Wellbeing",
     "Can the Portfolio Holder confirm that Wexcombe Lido will open this summer?",
     "Yes. The Lido will open on Saturday 24 May 2025 and close on Sunday 7 "
     "September 2025. A structural survey of the pool tank by Brennan Civil "
     "Engineering found that repairs costing around £260,000 will be needed "
     "within three years. A report on the long-term future of the Lido, "
     "including options for community management, will be presented to "
     "Cabinet in the autumn."),
    ("Cllr Philip Tarrant", "Cllr Peter Lacey, Deputy Leader and Portfolio "
     "Holder for Economic Development",
     "How much of the Coastal Towns Fund money for Sallowbridge Quay has been "
     "spent?",
     "Of the £3.1m grant, £412,000 has been spent so far, on site "
     "investigations, the design of the harbour wall and the demolition of the "
     "two unsafe warehouses. Grant conditions require the money to be spent by "
     "March 2027. Construction of the harbour wall is expected to start in "
     "early 2026, subject to planning permission and a marine licence from the "
     "Marine Management Organisation."),
    ("Cllr Sunita Kaur", "Cllr Rajesh Mistry, Portfolio Holder for Housing and "
     "Communities",
     "How many households are in bed and breakfast accommodation now?",
     "At 14 February 2025 there were 8 households in bed and breakfast, down "
     "from 11 in November 2024, and none had been there for longer than six "
     "weeks. The first 5 of the 12 homes being bought through the Local "
     "Authority Housing Fund have been completed, in Wexcombe and Pellford, "
     "and are now occupied by families who were previously in bed and "
     "breakfast."),
]


def members_questions_txt():
    lines = []
    w = 76
    lines += ["WEXCOMBE DISTRICT COUNCIL".center(w), "",
              "MEETING OF THE COUNCIL - WEDNESDAY 26 FEBRUARY 2025".center(w),
              "", "ITEM 9: QUESTIONS FROM MEMBERS (COUNCIL PROCEDURE RULE 12)"
              .center(w), "", "Written questions and answers".center(w), "",
              "=" * w, ""]
    lines += textwrap.wrap(
        "The following questions were submitted by members of the Council "
        "under Procedure Rule 12 by the deadline of 12 noon on Monday 17 "
        "February 2025. Written answers are set out below. Each member asking "
        "a question may ask one supplementary question at the meeting.", w)
    lines.append("")
    for i, (who, to, q, a) in enumerate(QUESTIONS, 1):
        lines.append("-" * w)
        lines.append(f"QUESTION {i}")
        lines.append(f"From: {who}")
        lines.append(f"To:   {to}")
        lines.append("")
        lines += textwrap.wrap(q, w, initial_indent="Q:   ",
                               subsequent_indent="     ")
        lines.append("")
        lines += textwrap.wrap(a, w, initial_indent="A:   ",
                               subsequent_indent="     ")
        lines.append("")
    lines += ["-" * w, "", "Democratic Services, Wexcombe District Council",
              "Published 24 February 2025", ""]
    path = os.path.join(OUT, "wdc_council_2025-02-26_members_questions.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return path
