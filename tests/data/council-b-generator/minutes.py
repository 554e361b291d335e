"""Minutes: Cabinet (CAB.nn/24 numbering) and Planning Committee
(nn/24 numbering, decisions recorded as 'RESOLVED:')."""
from docx.shared import Pt
from common import Paper, COUNCIL


def mhead(p, num, title):
    """Minute heading on one line: 'CAB.49/24<TAB>DRAFT BUDGET ...'."""
    q = p.heading(num, title.upper(), size=12)
    q.paragraph_format.left_indent = p.doc.sections[0].left_margin * 0 + \
        q.paragraph_format.left_indent
    return q


def minute_heading(p, num, title):
    from docx.shared import Cm
    para = p.doc.add_paragraph()
    pf = para.paragraph_format
    pf.left_indent = Cm(2.5)
    pf.first_line_indent = Cm(-2.5)
    pf.tab_stops.add_tab_stop(Cm(2.5))
    pf.space_before = Pt(10)
    pf.keep_with_next = True
    r = para.add_run(f"{num}\t{title.upper()}")
    r.bold = True
    return para


def body(p, text):
    from docx.shared import Cm
    return p.para(text, indent_cm=2.5)


def resolved(p, intro, items):
    from docx.shared import Cm
    q = p.para("**RESOLVED** " + intro, indent_cm=2.5, keep_next=True)
    for lab, txt in items:
        p.item(lab, txt, indent_cm=2.5, hang_cm=1.0)


def cabinet_jan():
    p = Paper("Cabinet \u2013 8 January 2025", "Minutes", COUNCIL)
    p.title("WEXCOMBE DISTRICT COUNCIL", size=13, space_after=2)
    p.title("Minutes of the meeting of the CABINET held at the Council Offices, "
            "Abbey Walk, Wexcombe on Wednesday 8 January 2025 at 5.30pm",
            size=12, bold=False, space_after=8)
    p.para("**Present:** Cllr Helen Ashdown (Leader of the Council, in the Chair); "
           "Cllrs Peter Lacey (Deputy Leader), Simon Bellamy, Rajesh Mistry, "
           "Joanne Okonjo and Colin Trevethan.")
    p.para("**Also present:** Cllr Bernard Whitlow (Chair of Overview and "
           "Scrutiny) and Cllr Angharad Pugh.")
    p.para("**Officers:** Marcus Tilley (Chief Executive), Fiona Greatorex "
           "(Director of Resources and Section 151 Officer), Yusuf Adeyemi "
           "(Head of Legal and Democratic Services and Monitoring Officer), "
           "Deborah Kinsella (Head of Housing), Lewis Carbery (Head of Leisure "
           "and Culture) and Ellen Morcombe (Democratic Services Officer).")
    minute_heading(p, "CAB.45/24", "Apologies for absence")
    body(p, "There were no apologies for absence.")
    minute_heading(p, "CAB.46/24", "Declarations of interest")
    body(p, "Cllr Joanne Okonjo declared a non-pecuniary interest in minute "
         "CAB.50/24 as a trustee of the Wexcombe Swimming Club, which hires pool "
         "time at Abbey Leisure Centre. She took part in the discussion and vote.")
    minute_heading(p, "CAB.47/24", "Minutes")
    body(p, "The minutes of the meeting held on 4 December 2024 were approved as "
         "a correct record and signed by the Leader.")
    minute_heading(p, "CAB.48/24", "Public participation")
    body(p, "Mrs Sandra Pyke of Sallowbridge asked when the public toilets at The "
         "Quay, Sallowbridge, which had been closed since August 2024, would "
         "reopen. The Portfolio Holder for Environment, Cllr Simon Bellamy, "
         "replied that the toilets had been closed after repeated vandalism to "
         "the plumbing. A contract for their refurbishment had been let to Hayes "
         "& Lund Building Services for £27,800 and they were expected to reopen "
         "before Easter 2025, with new vandal-resistant fittings.")
    minute_heading(p, "CAB.49/24", "Draft Budget 2025/26 and Medium Term "
                   "Financial Strategy")
    body(p, "The Portfolio Holder for Finance and Resources, Cllr Colin "
         "Trevethan, introduced the report, which set out the draft revenue "
         "budget for 2025/26 for consultation. The provisional Local Government "
         "Finance Settlement, published on 18 December 2024, had given the "
         "Council a core spending power increase of 3.2%, below the national "
         "average. After allowing for pay and price inflation and the increase "
         "in employer National Insurance contributions, there remained a "
         "budget gap of £1.38m in 2025/26, rising to £3.9m by 2027/28.")
    body(p, "The Director of Resources explained that the draft budget proposed "
         "to close the 2025/26 gap through savings of £640,000, additional "
         "income from fees and charges of £318,000, and the use of £422,000 "
         "from the Budget Equalisation Reserve. The draft budget assumed a "
         "council tax increase of 2.99%, the maximum allowed without a "
         "referendum, which would take the Band D charge for the District "
         "Council from £192.69 to £198.45.")
    body(p, "Members discussed the use of reserves and the risk that the "
         "Government's planned reforms to business rates and the funding "
         "formula in 2026/27 could reduce the Council's income further. The "
         "Leader said that the Council would need to agree a programme of "
         "transformation savings during 2025 rather than rely on reserves.")
    resolved(p, "that:", [
        ("(1)", "the draft revenue budget for 2025/26 be approved for "
         "consultation with residents, businesses and the Overview and "
         "Scrutiny Committee;"),
        ("(2)", "a council tax increase of 2.99% for 2025/26 be assumed for "
         "planning purposes, giving a Band D charge of £198.45;"),
        ("(3)", "the Director of Resources be asked to prepare a transformation "
         "programme to deliver savings of at least £2m by 2027/28, for "
         "consideration by Cabinet in July 2025."),
    ])
    minute_heading(p, "CAB.50/24", "Leisure Management Contract Extension")
    body(p, "The Portfolio Holder for Leisure and Wellbeing, Cllr Joanne Okonjo, "
         "introduced the report. The contract with Everactive Leisure Trust to "
         "run Abbey Leisure Centre, Pellford Sports Hall and Wexcombe Lido "
         "would expire on 31 March 2025. The contract allowed for an extension "
         "of up to two years. Everactive had proposed a revised management fee "
         "of £412,000 a year, an increase of £57,000, reflecting higher energy "
         "and staffing costs. A full procurement exercise was not recommended "
         "at present because the Council was reviewing the future of the Lido "
         "and the condition of the Abbey Leisure Centre pool hall roof.")
    body(p, "In response to a question from Cllr Whitlow, the Head of Leisure and "
         "Culture confirmed that the extension would include new performance "
         "measures on participation by people on low incomes, and that "
         "usage at the three sites had reached 611,000 visits in 2023/24, "
         "the highest since 2019.")
    resolved(p, "that:", [
        ("(1)", "the leisure management contract with Everactive Leisure Trust "
         "be extended for two years to 31 March 2027, at a management fee of "
         "£412,000 a year;"),
        ("(2)", "the Head of Leisure and Culture be asked to begin preparations "
         "for a new leisure management contract to start on 1 April 2027."),
    ])
    minute_heading(p, "CAB.51/24", "Sallowbridge Quay Regeneration")
    body(p, "The Deputy Leader, Cllr Peter Lacey, introduced the report on the "
         "regeneration of the former boatyard and warehouses at Sallowbridge "
         "Quay, which the Council had bought in 2022. A design team led by "
         "Hallam Rourke Architects had prepared a masterplan for 64 homes, "
         "workshops for small businesses, a public square and a new harbour "
         "wall. The estimated cost of the flood defence and harbour wall works "
         "was £4.7m, of which £3.1m would be met by a grant from the Coastal "
         "Towns Fund.")
    resolved(p, "that:", [
        ("(1)", "the Sallowbridge Quay masterplan be approved as the basis for "
         "public consultation from February to April 2025;"),
        ("(2)", "the Council submit a planning application for the harbour wall "
         "and flood defence works, and accept the Coastal Towns Fund grant of "
         "£3.1m subject to the grant conditions being agreed by the Director "
         "of Resources."),
    ])
    minute_heading(p, "CAB.52/24", "Homelessness and Rough Sleeping Strategy "
                   "Update")
    body(p, "The Portfolio Holder for Housing and Communities, Cllr Rajesh "
         "Mistry, introduced the annual update. The number of households in "
         "temporary accommodation had risen from 41 in March 2023 to 67 in "
         "November 2024, including 29 families with children. Eleven households "
         "were in bed and breakfast accommodation, two of them for longer than "
         "the six-week legal limit. The street count in November 2024 had found "
         "5 people sleeping rough.")
    body(p, "The Head of Housing reported that the Council had agreed to buy 12 "
         "homes for use as temporary accommodation through the Local Authority "
         "Housing Fund, reducing reliance on bed and breakfast.")
    resolved(p, "that the progress made in delivering the Homelessness and "
             "Rough Sleeping Strategy 2023\u20132028 be noted.", [])
    p.para("")
    p.para("The meeting ended at 7.12pm.", indent_cm=2.5)
    p.para("Chair ..............................................", indent_cm=2.5)
    return p.save("wdc_cabinet_2025-01-08_minutes")


def cabinet_feb():
    p = Paper("Cabinet \u2013 5 February 2025", "Minutes", COUNCIL)
    p.title("WEXCOMBE DISTRICT COUNCIL", size=13, space_after=2)
    p.title("Minutes of the meeting of the CABINET held at the Council Offices, "
            "Abbey Walk, Wexcombe on Wednesday 5 February 2025 at 5.30pm",
            size=12, bold=False, space_after=8)
    p.para("**Present:** Cllr Helen Ashdown (Leader of the Council, in the Chair); "
           "Cllrs Peter Lacey (Deputy Leader), Rajesh Mistry, Joanne Okonjo and "
           "Colin Trevethan.")
    p.para("**Also present:** Cllr Bernard Whitlow (Chair of Overview and "
           "Scrutiny), Cllr Tamsin Greaves and Cllr Owen Pritchard.")
    p.para("**Officers:** Marcus Tilley (Chief Executive), Fiona Greatorex "
           "(Director of Resources and Section 151 Officer), Yusuf Adeyemi "
           "(Head of Legal and Democratic Services and Monitoring Officer), "
           "Deborah Kinsella (Head of Housing), Rachel Oduya (Finance Business "
           "Partner) and Ellen Morcombe (Democratic Services Officer).")
    minute_heading(p, "CAB.53/24", "Apologies for absence")
    body(p, "An apology for absence was received from Cllr Simon Bellamy "
         "(Portfolio Holder for Environment).")
    minute_heading(p, "CAB.54/24", "Declarations of interest")
    body(p, "Cllr Rajesh Mistry declared that his daughter was an applicant on "
         "the housing register. Having taken advice from the Monitoring Officer, "
         "he presented the report at minute CAB.56/24 but did not vote on it.")
    minute_heading(p, "CAB.55/24", "Minutes")
    body(p, "The minutes of the meeting held on 8 January 2025 were approved as "
         "a correct record and signed by the Leader.")
    minute_heading(p, "CAB.56/24", "Housing Allocations Policy Review 2025")
    body(p, "Cllr Rajesh Mistry introduced the report of the Head of Housing. "
         "The housing register had grown to 2,846 households while only around "
         "400 homes a year became available. The revised policy would focus "
         "those homes on people in the greatest need and with a lasting "
         "connection to the district.")
    body(p, "Cllr Whitlow, Chair of Overview and Scrutiny, thanked the Portfolio "
         "Holder for accepting the Committee's requests for a housing options "
         "offer and a twelve-month review. Cllr Pritchard, speaking as a ward "
         "member, was concerned that around 760 households would be removed "
         "from the register, and asked that each be offered an individual "
         "housing options appointment rather than a letter alone.")
    body(p, "The Head of Housing confirmed that every household removed from the "
         "register would be offered an appointment with a housing options "
         "officer, and that households could reapply at any time if their "
         "circumstances changed. The Leader proposed an additional "
         "recommendation to this effect, which was agreed.")
    resolved(p, "that:", [
        ("(1)", "the revised Housing Allocations Policy be adopted with effect "
         "from 1 April 2025;"),
        ("(2)", "the number of priority bands be reduced from five to four "
         "(Bands A to D);"),
        ("(3)", "the residence requirement for local connection be increased "
         "from two years to three years, subject to the exemptions set out in "
         "the report;"),
        ("(4)", "a one-off budget of £38,500 from the Homelessness Prevention "
         "Grant be approved to reconfigure the housing register software;"),
        ("(5)", "every household removed from the register be offered an "
         "individual housing options appointment;"),
        ("(6)", "the Head of Housing, in consultation with the Portfolio Holder "
         "for Housing and Communities, be authorised to make minor and "
         "technical amendments to the policy."),
    ])
    body(p, "Reason for decision: to ensure that the limited supply of social "
         "housing is allocated to those in greatest need with a connection to "
         "the district.")
    minute_heading(p, "CAB.57/24", "Fees and Charges 2025/26")
    body(p, "Cllr Colin Trevethan introduced the report, which also responded to "
         "the recommendations of the Car Parking Task and Finish Group. He "
         "thanked Cllr Tamsin Greaves and the members of the Group for a "
         "thorough piece of work, most of which had been accepted.")
    body(p, "Cllr Greaves welcomed the decision to keep free parking after 3pm in "
         "Pellford and the commitment to contactless payment, but regretted "
         "that the discount for health and care workers would be 25% rather "
         "than the 50% the Group had recommended. Cllr Trevethan said that the "
         "discount would be reviewed after a year in the light of take-up.")
    body(p, "In answer to a question about garden waste, the Director of "
         "Resources confirmed that even after the increase to £56 the charge "
         "would remain below the average for the Ravensmoor districts.")
    resolved(p, "that:", [
        ("(1)", "the fees and charges for 2025/26 set out in Appendix A to the "
         "report be approved, to take effect from 1 April 2025;"),
        ("(2)", "the garden waste subscription be increased from £52 to £56 per "
         "bin, with an early payment price of £53;"),
        ("(3)", "short-stay car park tariffs be increased by 10p per hour, and "
         "free parking after 3pm in Pellford be retained for 2025/26;"),
        ("(4)", "the responses to the Car Parking Task and Finish Group "
         "recommendations set out in Table 3 of the report be agreed, with the "
         "season ticket discount for health and care workers to be reviewed "
         "in 2026."),
    ])
    minute_heading(p, "CAB.58/24", "Exclusion of the press and public")
    resolved(p, "that under section 100A(4) of the Local Government Act 1972 "
             "the press and public be excluded from the meeting for the "
             "following item on the grounds that it involves the likely "
             "disclosure of exempt information as defined in paragraph 3 of "
             "Part 1 of Schedule 12A to the Act.", [])
    minute_heading(p, "CAB.59/24", "Acquisition of land at Coldharbour Lane, "
                   "Hatherwick")
    body(p, "Cabinet considered an exempt report on the proposed purchase of "
         "land for a new depot for the waste and street cleansing service.")
    resolved(p, "that the recommendations in the exempt report be approved.",
             [])
    p.para("")
    p.para("The meeting ended at 7.40pm.", indent_cm=2.5)
    p.para("Chair ..............................................", indent_cm=2.5)
    return p.save("wdc_cabinet_2025-02-05_minutes")


def planning_jan():
    p = Paper("Planning Committee \u2013 29 January 2025", "", COUNCIL)
    p.title("WEXCOMBE DISTRICT COUNCIL", size=13, align="center", space_after=2)
    p.title("PLANNING COMMITTEE", size=13, align="center", space_after=2)
    p.para("MINUTES of the meeting held in the Council Chamber, Council Offices, "
           "Abbey Walk, Wexcombe on Wednesday 29 January 2025 at 6.00pm",
           align="center", space_after=10)
    p.para("**PRESENT:** Cllr Margaret Fenwick (Chair), Cllr David Oyelaran "
           "(Vice-Chair), Cllrs Lorraine Beddow, Nigel Catterall, Farid "
           "Choudhury, Ruth Ellingham, Graham Foy, Sunita Kaur, Gillian "
           "Marsh-Terry, Owen Pritchard, Philip Tarrant and Janet Vokes.")
    p.para("**OFFICERS:** Gavin Rudd (Head of Planning Services), Priya "
           "Nandakumar (Principal Planning Officer), Claire Ostrowski (Planning "
           "Solicitor), Martin Heale (County Highways) and Ellen Morcombe "
           "(Democratic Services Officer).")
    minute_heading(p, "64/24", "Apologies")
    body(p, "There were no apologies.")
    minute_heading(p, "65/24", "Declarations of interest")
    body(p, "Cllr Owen Pritchard declared that, as ward member for Pellford South, "
         "he had attended a public meeting about the Pellford Mill application "
         "but had not expressed a view and came to the meeting with an open "
         "mind.")
    minute_heading(p, "66/24", "Minutes")
    body(p, "RESOLVED: That the minutes of the meeting held on 18 December 2024 "
         "be approved as a correct record.")
    minute_heading(p, "67/24", "24/01187/FUL and 24/01188/LBC \u2013 Pellford "
                   "Mill, Mill Lane, Pellford")
    body(p, "The Principal Planning Officer presented the report on the "
         "conversion of Pellford Mill to 24 apartments and the erection of 14 "
         "dwellings. She reported that two further letters of objection had been "
         "received since the report was published, raising no new issues, and "
         "that the applicant had agreed to increase the contribution to play and "
         "open space at Quenn Meadows from £42,750 to £48,000.")
    body(p, "The Committee heard from Cllr Anne Rowley on behalf of Pellford Town "
         "Council, and from Mr Keith Dalby, a resident of Tanners Row, who spoke "
         "against the application. Ms Harriet Loxley of Corbel Planning LLP spoke "
         "on behalf of the applicant.")
    body(p, "Members discussed highway safety on Mill Lane at length. The County "
         "Highways officer explained that the widening of the lane and the new "
         "footway to Tanners Row would make the route safer than it is at "
         "present. Several members welcomed the restoration of the mill, which "
         "had been at risk for many years. Cllr Ellingham proposed an additional "
         "condition preventing construction deliveries during school drop-off "
         "and pick-up times, which was accepted by the applicant.")
    body(p, "On being put to the vote, the officer recommendation was carried by "
         "9 votes to 3.")
    body(p, "RESOLVED: That planning permission for application 24/01187/FUL be "
         "GRANTED subject to the completion of a Section 106 agreement and the "
         "conditions in the report, with an additional condition that no "
         "construction vehicles shall use Mill Lane between 08:15 and 09:00 or "
         "between 14:45 and 15:30 on school days; and that listed building "
         "consent 24/01188/LBC be GRANTED subject to conditions.")
    minute_heading(p, "68/24", "24/01342/HOU \u2013 The Old Forge, Church "
                   "Street, Quenby St Giles")
    body(p, "The Committee considered an application for a two-storey side "
         "extension and a detached garage. The application had been referred to "
         "the Committee because the applicant was a member of staff. Officers "
         "recommended refusal because the extension would harm the setting of "
         "the Grade II* Church of St Giles and the character of the Quenby St "
         "Giles Conservation Area.")
    body(p, "RESOLVED: That planning permission be REFUSED for the reason set "
         "out in the report (12 votes for refusal).")
    minute_heading(p, "69/24", "Appeal decisions")
    body(p, "The Committee noted that, in the quarter to 31 December 2024, seven "
         "appeals had been decided, of which five were dismissed and two "
         "allowed, including the appeal at Field Farm, Hatherwick "
         "(23/00761/OUT), where costs of £18,600 had been awarded against the "
         "Council.")
    p.para("")
    p.para("The meeting ended at 8.25pm.", indent_cm=2.5)
    return p.save("wdc_planning_2025-01-29_minutes")


if __name__ == "__main__":
    from common import to_pdf
    to_pdf([cabinet_jan(), cabinet_feb(), planning_jan()])
