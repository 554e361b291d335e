from common import *
import appendices as ap

HEADER = '<div class="logo">Harbourne Council</div><div class="sub">Civic Centre, Quayside Road, Harbourne HB1 2QA</div><br>'


def report_header(kind="Report to Cabinet"):
    return HEADER + '<div style="font-weight:bold;font-size:13pt;margin-bottom:6pt">%s</div>' % E(kind)


# ---------------------------------------------------------------- Leisure
def leisure():
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 11 December 2024"),
        ("Report title", "Future of Millbridge Leisure Centre"),
        ("Report of", "Rachel Moody, Head of Leisure and Culture"),
        ("Cabinet Member", "Councillor T. Brierley, Cabinet Member for Leisure, Culture and Communities"),
        ("Wards affected", "Millbridge North; Millbridge South; Ashcombe Rural"),
        ("Key decision", "Yes - Forward Plan reference FP/2024/037"),
        ("Exempt information", "None. Appendix C (commercial terms) is not for publication."),
    ])
    s = [
        ("Purpose of the Report", [
            "This report sets out the outcome of the public consultation on the future of Millbridge Leisure Centre, Station Road, Millbridge, and asks Cabinet to decide whether the centre should close to the public on 31 March 2025.",
            "The report also describes the measures proposed to protect swimming provision for residents of Millbridge and the surrounding villages, including school swimming, if the centre closes.",
        ]),
        ("Recommendations", [
            "That Cabinet:",
            ("sub", [
                "approves the closure of Millbridge Leisure Centre to the public with effect from 31 March 2025;",
                "approves the transfer of the swimming lesson programme, club bookings and school swimming from Millbridge Leisure Centre to Harbourne Pools and Fitness and Ashcombe Sports Centre from 1 April 2025;",
                "approves a one-off Community Sport Transition Fund of £250,000, to be funded from the Leisure Reserve, to meet transport and programme costs during 2025/26 and 2026/27;",
                "agrees that Millbridge Town Council be given until 30 September 2025 to submit a business case for a community asset transfer of the building, and that the building be mothballed and not demolished before that date;",
                "delegates authority to the Executive Director of Place, in consultation with the Cabinet Member for Leisure, Culture and Communities, to agree the final terms of any variation to the leisure operating contract with Harbourne Leisure Trust (HLT).",
            ]),
        ]),
        ("Reasons for the Recommendations", [
            "Millbridge Leisure Centre was opened in 1976 and is at the end of its economic life. A condition survey carried out by Faulkner Lane Surveyors in May 2024 identified a backlog maintenance requirement of £4.8m over the next ten years, including replacement of the pool hall roof, the pool filtration plant and the main electrical distribution board.",
            "The centre requires an annual operating subsidy of £385,000 (2023/24), which is the highest subsidy per visit of any of the Council's four leisure sites. Usage has fallen from 168,000 visits in 2018/19 to 142,000 visits in 2023/24.",
            "The Council is required to set a balanced budget and the Medium Term Financial Strategy (MTFS) assumes a saving of £385,000 a year from 2025/26 arising from the closure. Retaining the centre would require the saving to be found from other services.",
        ]),
        ("Background", [
            "The Council owns four public leisure facilities: Harbourne Pools and Fitness, Ashcombe Sports Centre, Kingsholt Leisure Centre and Millbridge Leisure Centre. All four are operated on the Council's behalf by Harbourne Leisure Trust (HLT) under a fifteen-year operating contract which began on 1 April 2017.",
            "Millbridge Leisure Centre has a 25-metre, four-lane pool, a learner pool, a four-court sports hall, a 30-station gym and two multi-purpose studios. It is 4.2 miles from Harbourne Pools and Fitness and 6.8 miles from Ashcombe Sports Centre.",
            "In March 2024 the pool hall was closed for eleven days after a section of suspended ceiling fell into the learner pool during the night. Nobody was hurt, but the incident led to the full condition survey referred to in paragraph 3.1.",
            "On 18 July 2024 Cabinet agreed to consult on four options for the future of the centre. The options were:",
            ("sub", [
                "Option A: retain the centre and carry out the full backlog maintenance programme at a cost of £4.8m;",
                "Option B: close the centre and transfer activities to other Council leisure sites (recommended);",
                "Option C: close the centre as a Council facility and offer the building to a community organisation through a community asset transfer;",
                "Option D: demolish the centre and build a new dry-side facility (sports hall and gym, without a pool) at an estimated cost of £9.6m.",
            ]),
        ]),
        ("Consultation", [
            "Public consultation ran from 9 September to 20 October 2024. A total of 2,314 responses were received, including 1,692 online questionnaires, 486 paper questionnaires and 136 emails and letters. A petition of 3,107 signatures titled 'Save Millbridge Pool' was presented to Council on 24 October 2024.",
            "Overall, 71% of respondents disagreed or strongly disagreed with the proposal to close the centre, and 18% agreed or strongly agreed. Support for Option C, a community asset transfer, was 46%. The full consultation summary report is attached as Appendix A.",
            "The most frequently raised concerns were the loss of swimming lessons for young children, travel time and cost for older people who do not drive, and the effect on the Millbridge Otters Swimming Club, which has 210 members.",
            "Officers met Millbridge Town Council on 5 November 2024. The Town Council has expressed interest in taking on the building but has asked for time to prepare a business case and to seek funding from Sport England and the National Lottery Community Fund.",
        ]),
        ("Mitigation of the Impact of Closure", [
            "HLT has confirmed that Harbourne Pools and Fitness has capacity to absorb the Millbridge swimming lesson programme, which currently provides 1,140 lesson places a week, by extending its programme into Saturday afternoons and weekday early evenings.",
            "School swimming for the 14 primary schools that currently use Millbridge Leisure Centre will transfer to Harbourne Pools and Fitness. The Council will meet the additional coach costs for 2025/26 and 2026/27 from the Community Sport Transition Fund, estimated at £68,000 a year.",
            "A concessionary travel scheme will be offered for Millbridge residents aged over 65 and for holders of a Harbourne Leisure Card, providing a free return journey on the Route 22 bus to Harbourne on production of a leisure booking.",
            "Millbridge Otters Swimming Club has been offered equivalent pool time at Ashcombe Sports Centre on Tuesday and Thursday evenings.",
        ]),
        ("Financial Implications", [
            "Closure of the centre is expected to deliver a net revenue saving of £385,000 a year from 2025/26. This saving is included in the draft revenue budget for 2025/26 reported elsewhere on this agenda.",
            "The one-off Community Sport Transition Fund of £250,000 will be met from the Leisure Reserve, which had a balance of £1.12m at 31 March 2024.",
            "Mothballing the building until 30 September 2025 is estimated to cost £42,000 for security, insurance and utilities, which will be met from within the Leisure budget.",
            "Avoiding the £4.8m backlog maintenance programme removes the need for prudential borrowing which would otherwise cost approximately £390,000 a year in interest and minimum revenue provision.",
        ]),
        ("Legal Implications", [
            "The Council has a general power of competence under section 1 of the Localism Act 2011 but no statutory duty to provide leisure facilities. In reaching its decision Cabinet must take account of the consultation responses and the Equality Impact Assessment.",
            "The closure of one site will require a variation to the operating contract with HLT. Legal Services have advised that the contract permits the Council to withdraw a facility on six months' notice, subject to the payment of reasonable costs.",
            "Any community asset transfer would be at less than best consideration and would require consideration under the General Disposal Consent (England) 2003.",
        ]),
        ("Equality Implications", [
            "An Equality Impact Assessment (EqIA) is attached as Appendix B. It identifies a potential adverse impact on older people, disabled people and families with young children, who are less likely to have access to a car.",
            "The EqIA concludes that the concessionary travel scheme, the transfer of the lesson programme and the funding of school swimming transport mitigate the impact to a significant extent, but that some residual impact will remain for residents of the rural villages north of Millbridge.",
        ]),
        ("Staffing Implications", [
            "HLT employs 23 staff (14.6 full-time equivalent) at Millbridge Leisure Centre. HLT has confirmed that it expects to redeploy most staff to other sites and that any redundancy costs will be met under the terms of the operating contract.",
        ]),
        ("Background Papers", [
            "Cabinet report, 18 July 2024: Leisure Estate Review - Millbridge Leisure Centre Options.",
            "Faulkner Lane Surveyors, Millbridge Leisure Centre Condition Survey, May 2024.",
            "Appendix A: Millbridge Leisure Centre Consultation Summary Report, November 2024.",
        ]),
    ]
    body = report_header() + fb + "<h1>Future of Millbridge Leisure Centre</h1>" + numbered(s) + contact_block(
        "Rachel Moody", "Head of Leisure and Culture", "01632 960 233", "rachel.moody@harbourne.gov.uk") + ap.leisure_eqia()
    return body


# ---------------------------------------------------------------- Care home fees
def care_fees():
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 11 December 2024"),
        ("Report title", "Adult Social Care - Care Home Fee Rates 2025/26"),
        ("Report of", "Martin Feeney, Executive Director of Adults and Health"),
        ("Cabinet Member", "Councillor D. Lindqvist, Cabinet Member for Adult Social Care and Health"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes - Forward Plan reference FP/2024/041"),
    ])
    fees = table(
        ["Type of placement", "2024/25 weekly rate", "2025/26 weekly rate", "Increase"],
        [
            ["Residential care (standard)", "£812.00", "£868.50", "6.96%"],
            ["Residential care (enhanced dementia)", "£868.00", "£928.75", "7.00%"],
            ["Nursing care (excluding FNC)", "£905.00", "£967.00", "6.85%"],
            ["Nursing care (enhanced dementia, excluding FNC)", "£958.00", "£1,024.00", "6.89%"],
            ["Short-stay respite (residential)", "£845.00", "£903.50", "6.92%"],
        ], caption="Table 1: Proposed standard weekly fee rates for older people's care homes")
    s = [
        ("Purpose of the Report", [
            "This report asks Cabinet to approve the standard weekly fee rates that the Council will pay to independent sector care homes for older people from 7 April 2025.",
        ]),
        ("Recommendations", [
            "That Cabinet:",
            ("sub", [
                "approves the standard weekly fee rates for 2025/26 set out in Table 1, which represent an average increase of 6.9%;",
                "notes that the full-year cost of the proposed increase is £4.73m, against provision of £4.10m in the draft budget, and approves the use of £630,000 of the Social Care Grant to meet the difference;",
                "delegates to the Executive Director of Adults and Health the authority to agree individual rates above the standard rates where a person's assessed needs cannot be met at the standard rate.",
            ]),
        ]),
        ("Background", [
            "The Council currently funds approximately 1,240 older people in care homes across 58 homes in the Harbourne area, of which 34 are residential homes and 24 are nursing homes. A further 310 people are placed in homes outside the Council's area.",
            "Under the Care Act 2014 the Council has a duty to promote the efficient and effective operation of the market for adult care and support, and to have regard to the actual cost of care when setting fee rates.",
            "The Council last carried out a full Fair Cost of Care exercise in 2022. That exercise found a median cost of £792 per week for standard residential care. Fee rates have since been uplifted annually by reference to changes in wages and prices.",
            "Care homes have told the Council that the main pressures for 2025/26 are:",
            ("sub", [
                "the increase in the National Living Wage from £11.44 to £12.21 an hour from 1 April 2025, an increase of 6.7%;",
                "the increase in employer National Insurance contributions from 13.8% to 15%, and the reduction in the secondary threshold to £5,000 a year, announced in the Autumn Budget 2024;",
                "continuing increases in insurance, food and utility costs; and",
                "difficulty recruiting registered nurses, leading to the use of agency staff at high cost.",
            ]),
        ]),
        ("Proposed Fee Rates", [
            "Officers have modelled the effect of these pressures on a typical 40-bed residential home. Staff costs account for about 64% of the cost of care, and the rise in the National Living Wage and employer National Insurance together add about 8.1% to staff costs.",
            "The proposed rates are set out in Table 1. Rates for nursing care exclude the NHS Funded Nursing Care (FNC) contribution, which is set nationally and is paid directly by the Integrated Care Board (ICB).",
            ("html", fees),
            "The Council will also increase the rates paid for people with learning disabilities and for mental health placements by 6.5%, subject to individual review, and will pay the increase from 7 April 2025, the first Monday of the new financial year's payment cycle.",
        ]),
        ("Consultation with Providers", [
            "The Council consulted providers on its proposals between 4 November and 25 November 2024. The Harbourne Association of Care Providers (HACP), which represents 41 of the 58 homes, responded on behalf of its members, and 9 homes responded individually.",
            "HACP argued that the increase should be at least 9% to reflect the full cost of employer National Insurance changes and the need to pay nurses above the market rate. Officers have considered this carefully but do not consider that the evidence supports an increase of that size across all homes.",
            "Officers will meet HACP quarterly during 2025/26 to monitor the sustainability of the market, including vacancy levels, home closures and the use of agency staff.",
        ]),
        ("Market Sustainability and Risks", [
            "Two care homes in the Harbourne area closed during 2024: Elmhurst House in Kingsholt (28 beds) and The Laurels in Saltney Cross (19 beds). In both cases residents were moved safely to other homes.",
            "The Care Quality Commission (CQC) rates 79% of homes in the area as Good or Outstanding, compared with a national figure of 76%.",
            "If fee rates are set too low there is a risk that providers will decline to accept Council-funded residents, that the Council will have to pay higher individual rates, or that further homes will close. If they are set too high the Council will not be able to meet the cost within its budget.",
        ]),
        ("Financial Implications", [
            "The full-year cost of the proposed increases across all older people's care home placements is £4.73m. The draft budget for 2025/26 includes provision of £4.10m for inflation on care home fees.",
            "The difference of £630,000 will be met from the increase in the Social Care Grant announced in the provisional Local Government Finance Settlement on 18 December 2024, should the Settlement confirm the Council's expected allocation. If it does not, the cost will be met from the Adult Social Care Risk Reserve.",
        ]),
        ("Legal Implications", [
            "Section 5 of the Care Act 2014 requires the Council to promote a diverse and high-quality market of care providers. The Statutory Guidance requires local authorities not to undercut fees in a way that threatens the sustainability of the market.",
            "The Council is required to consult providers on changes to fee rates and to take their responses into account. Providers have been consulted as described in section 5.",
        ]),
        ("Equality Implications", [
            "The people affected by this decision are mostly older people, many of whom are disabled. Setting sustainable fee rates supports the continuity of their care. No adverse equality impact has been identified.",
        ]),
        ("Background Papers", [
            "Harbourne Council Fair Cost of Care Report and Market Sustainability Plan, March 2023.",
            "HACP consultation response, 25 November 2024.",
        ]),
    ]
    body = report_header() + fb + "<h1>Adult Social Care - Care Home Fee Rates 2025/26</h1>" + numbered(s) + contact_block(
        "Joanne Whitlock", "Head of Commissioning (Adults)", "01632 960 541", "joanne.whitlock@harbourne.gov.uk")
    return body


# ---------------------------------------------------------------- Capital programme
CAP_ROWS = [
    ("Kingsholt Depot (replacement for Gasworks Lane depot)", [8900, 4700, 600, 0]),
    ("Fleet Replacement Programme", [3450, 2150, 1900, 1900]),
    ("Food Waste Collection - caddies and containers", [1860, 0, 0, 0]),
    ("Highways Structural Maintenance", [5400, 5400, 5400, 5400]),
    ("Bridges and Structures", [1150, 900, 850, 800]),
    ("Harbourne Town Centre Regeneration Fund", [2750, 5100, 3900, 750]),
    ("Disabled Facilities Grants", [2800, 2800, 2800, 2800]),
    ("Affordable Housing Delivery Programme", [3500, 5000, 5000, 4500]),
    ("Ashcombe Primary School Expansion", [4200, 2600, 0, 0]),
    ("Schools Condition Programme", [2100, 2000, 2000, 2000]),
    ("SEND Specialist Places - Saltney Cross", [3900, 1700, 0, 0]),
    ("Harbourne Pools and Fitness - pool plant replacement", [1900, 0, 0, 0]),
    ("Saltney Cross Flood Alleviation Scheme", [950, 2600, 750, 0]),
    ("ICT and Digital Infrastructure", [1100, 800, 700, 600]),
    ("Corporate Property Maintenance", [1500, 1400, 1400, 1400]),
    ("Decarbonisation of Council Buildings", [1250, 1350, 900, 0]),
]
CAP_TOT = [sum(r[1][i] for r in CAP_ROWS) for i in range(4)]
CAP_GRAND = sum(CAP_TOT)
CAP_FUND = [
    ("Prudential borrowing", None),
    ("Government grants", [14900, 12400, 11600, 10900]),
    ("Capital receipts", [2600, 3100, 2400, 1800]),
    ("Section 106 and Community Infrastructure Levy", [3200, 3600, 2100, 1400]),
    ("Revenue contributions and reserves", [1350, 900, 600, 500]),
]
_b = [CAP_TOT[i] - sum(f[1][i] for f in CAP_FUND[1:]) for i in range(4)]
CAP_FUND[0] = ("Prudential borrowing", _b)


def m(v):  # £000 -> "£62.3m"
    return "£%.1fm" % (v / 1000)


def capital():
    rows = []
    for name, v in CAP_ROWS:
        rows.append([name] + [fmt000(x) for x in v] + [fmt000(sum(v))])
    rows.append(["Total capital programme"] + [fmt000(x) for x in CAP_TOT] + [fmt000(CAP_GRAND)])
    t1 = table(["Scheme", "2025/26 £000", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000"], rows,
               total_rows=(-1,), caption="Table 1: Proposed Capital Programme 2025/26 to 2028/29",
               widths=["40%", "12%", "12%", "12%", "12%", "12%"])
    frows = [[n] + [fmt000(x) for x in v] + [fmt000(sum(v))] for n, v in CAP_FUND]
    frows.append(["Total funding"] + [fmt000(x) for x in CAP_TOT] + [fmt000(CAP_GRAND)])
    t2 = table(["Funding source", "2025/26 £000", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000"], frows,
               total_rows=(-1,), caption="Table 2: Financing of the Capital Programme",
               widths=["40%", "12%", "12%", "12%", "12%", "12%"])
    borrow = sum(CAP_FUND[0][1])
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 15 January 2025"),
        ("Report title", "Capital Programme 2025/26 to 2028/29"),
        ("Report of", "Claire Dunmore, Director of Finance and Section 151 Officer"),
        ("Cabinet Member", "Councillor R. Okafor, Deputy Leader and Cabinet Member for Finance and Resources"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes - Forward Plan reference FP/2024/044"),
    ])
    s = [
        ("Purpose of the Report", [
            "This report presents the proposed Capital Programme for 2025/26 to 2028/29 and asks Cabinet to recommend it to Council for approval on 20 February 2025, together with the Capital Strategy and the Minimum Revenue Provision (MRP) Policy Statement.",
            "The report also seeks approval to proceed with the construction of a new operational depot at Kingsholt, which is the largest single new scheme in the programme.",
        ]),
        ("Recommendations", [
            "That Cabinet recommends to Council:",
            ("sub", [
                "approval of the Capital Programme 2025/26 to 2028/29 totalling %s, as set out in Table 1;" % m(CAP_GRAND),
                "approval of the financing of the programme as set out in Table 2, including prudential borrowing of %s over the four years;" % m(borrow),
                "approval of the Capital Strategy 2025/26 and the MRP Policy Statement (Appendices 1 and 2).",
            ]),
            "That Cabinet approves the Kingsholt Depot scheme at a total cost of £14.2m and delegates authority to the Executive Director of Place, in consultation with the Cabinet Member for Finance and Resources, to award the main construction contract following a competitive tender.",
        ]),
        ("Background", [
            "The Capital Programme sets out the Council's planned investment in buildings, infrastructure, vehicles and equipment. It is reviewed each year alongside the revenue budget because borrowing to fund capital schemes has an ongoing cost to the revenue budget.",
            "The current programme for 2024/25 is £54.8m, of which £49.2m is forecast to be spent by 31 March 2025. Slippage of £5.6m will be carried forward into 2025/26, mainly on the Saltney Cross Flood Alleviation Scheme and the Affordable Housing Delivery Programme.",
            "New schemes have been assessed against the Council's capital prioritisation criteria: statutory duty, health and safety, invest-to-save, and contribution to the Council Plan priorities.",
        ]),
        ("Proposed Capital Programme", [
            "The proposed programme totals %s over four years, of which %s is planned for 2025/26. The programme is summarised in Table 1." % (m(CAP_GRAND), m(CAP_TOT[0])),
            ("html", t1),
            "The main new schemes in the programme are:",
            ("sub", [
                "Kingsholt Depot: a new operational depot to replace the Gasworks Lane depot in Harbourne (£14.2m), described in section 5;",
                "Food Waste Collection: the purchase of kitchen caddies, kerbside containers and communal bins for the introduction of weekly food waste collections (£1.86m), funded by a capital grant from the Department for Environment, Food and Rural Affairs (Defra);",
                "SEND Specialist Places: a 60-place specialist unit at Saltney Cross for children with special educational needs and disabilities (£5.6m);",
                "Harbourne Town Centre Regeneration Fund: the capital element of the £12.5m fund reported to Cabinet in March 2025.",
            ]),
        ]),
        ("Kingsholt Depot", [
            "The Council's main operational depot at Gasworks Lane, Harbourne, was built in 1964. It is too small for the current refuse fleet, the workshop does not meet modern safety standards and the site has been identified for around 220 homes as part of the town centre regeneration proposals.",
            "The new depot will be built on the former brickworks site at Mill Lane Industrial Estate, Kingsholt, which the Council acquired in 2023. The 3.1 hectare site will provide parking and maintenance facilities for 96 vehicles, a vehicle workshop with four service bays, a salt barn for 4,000 tonnes of winter grit, a fuel station, electric vehicle charging for 30 vehicles and welfare facilities for 240 staff.",
            "The total cost of the scheme is £14.2m, comprising construction (£11.3m), fees and surveys (£1.4m), electric vehicle charging infrastructure (£0.6m) and contingency (£0.9m). It will be funded from prudential borrowing of £11.6m and a capital receipt of £2.6m from the disposal of the Gasworks Lane site.",
            "The annual cost of borrowing, including minimum revenue provision, is estimated at £905,000 from 2027/28. This will be partly offset by savings of £310,000 a year from reduced vehicle mileage, lower maintenance costs and the closure of two satellite yards at Ashcombe and Wyke St Mary.",
            "Planning permission for the depot was granted by the Planning Committee on 7 November 2024 (reference 24/01187/FUL), subject to conditions limiting heavy goods vehicle movements on Mill Lane between 7pm and 6am. Construction is expected to start in May 2025 and the depot is due to open in summer 2027.",
        ]),
        ("Financing the Programme", [
            "Table 2 shows how the programme will be financed. Government grants include the Department for Transport highways maintenance grant, the Disabled Facilities Grant from the Better Care Fund, the Basic Need and School Condition allocations, and the Defra food waste capital grant.",
            ("html", t2),
            "The revenue cost of new prudential borrowing is included in the Medium Term Financial Strategy. Borrowing will be taken from the Public Works Loan Board (PWLB) or other lenders at the time it is needed, and the Director of Finance will continue to use internal borrowing where cash balances allow.",
        ]),
        ("Financial Implications", [
            "The financial implications are set out in the body of the report. Capital financing costs in the revenue budget will rise from £14.4m in 2024/25 to £15.9m in 2025/26.",
            "The Council's prudential indicators show that the programme is affordable, prudent and sustainable. The Council's Capital Financing Requirement is expected to rise from £412m at 31 March 2025 to £452m at 31 March 2029.",
        ]),
        ("Legal Implications", [
            "The Local Government Act 2003 and the Prudential Code for Capital Finance in Local Authorities require the Council to determine and keep under review how much it can afford to borrow. Council must approve the Capital Strategy, the Treasury Management Strategy and the prudential indicators before the start of each financial year.",
        ]),
        ("Equality Implications", [
            "Individual schemes are subject to their own Equality Impact Assessments. The SEND Specialist Places scheme and the Disabled Facilities Grants will have a positive impact on disabled children and adults.",
        ]),
        ("Background Papers", [
            "Capital Strategy 2025/26 (Appendix 1) and MRP Policy Statement (Appendix 2).",
            "Planning Committee, 7 November 2024: application 24/01187/FUL, Kingsholt Depot.",
        ]),
    ]
    body = report_header() + fb + "<h1>Capital Programme 2025/26 to 2028/29</h1>" + numbered(s) + contact_block(
        "Ian Stott", "Strategic Finance Business Partner", "01632 960 377", "ian.stott@harbourne.gov.uk") + ap.capital_strategy()
    return body


# ---------------------------------------------------------------- Waste
def waste():
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 15 January 2025"),
        ("Report title", "Waste and Recycling Collection Service Changes"),
        ("Report of", "Paul Greaves, Head of Waste and Street Scene"),
        ("Cabinet Member", "Councillor H. Marsh, Cabinet Member for Environment and Waste"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes - Forward Plan reference FP/2024/046"),
    ])
    tl = table(["Change", "Start date", "Households affected"], [
        ["Garden waste subscription increases from £48 to £55 a year", "1 April 2025", "41,300 subscribers"],
        ["Weekly food waste collection introduced", "30 March 2026", "All 96,800 households"],
        ["Residual (black bin) collections move to every three weeks", "1 June 2026", "89,500 kerbside households"],
        ["Separate fortnightly collection of absorbent hygiene products (AHP) on request", "1 June 2026", "Est. 6,000 households"],
    ], numeric_from=9, caption="Table 1: Timetable for the service changes")
    s = [
        ("Purpose of the Report", [
            "This report seeks approval for changes to household waste and recycling collections, following public consultation, to meet the requirements of the Environment Act 2021 and the Government's Simpler Recycling reforms and to reduce the cost of waste disposal.",
        ]),
        ("Recommendations", [
            "That Cabinet:",
            ("sub", [
                "approves the introduction of a weekly separate food waste collection for all households from 30 March 2026;",
                "approves the change from fortnightly to three-weekly collection of residual (non-recyclable) waste from 1 June 2026;",
                "approves a free, fortnightly collection of absorbent hygiene products, such as nappies and continence products, for households that register for it;",
                "approves an increase in the annual garden waste subscription charge from £48 to £55 from 1 April 2025;",
                "notes the outcome of the consultation summarised in section 6.",
            ]),
        ]),
        ("Background", [
            "The Council collects waste from 96,800 households. Residual waste is collected fortnightly in 180-litre wheeled bins, dry mixed recycling is collected fortnightly in 240-litre bins, glass is collected every four weeks in a 55-litre box, and garden waste is collected fortnightly from households that pay an annual subscription.",
            "The Council's household recycling rate was 44.2% in 2023/24, below the England average of 45.4%. Each household produced an average of 512 kg of residual waste, of which compositional analysis shows that around 31% is food waste.",
            "The Environment Act 2021, as amended by the Simpler Recycling regulations, requires all English waste collection authorities to collect food waste separately and at least weekly from households by 31 March 2026.",
        ]),
        ("Proposed Changes", [
            "Each household will be given a 23-litre lockable kerbside caddy and a 5-litre kitchen caddy, with an initial supply of compostable liners. Flats and houses in multiple occupation will be provided with shared 140-litre food waste bins.",
            "Food waste will be collected on the same day as the current collection day by a separate fleet of 18 narrow-bodied food waste vehicles. The food waste will be taken to the anaerobic digestion plant at Cold Norton, operated by Westmere Renewables, under a contract let by the Council in 2024.",
            "Once food waste is collected separately, the amount of residual waste is expected to fall enough for residual collections to move to every three weeks without increasing the size of the bin. Larger 240-litre bins will be available on request for households of six or more people and for households with specific medical needs.",
            "The timetable for the changes is set out in Table 1.",
            ("html", tl),
        ]),
        ("Costs and Savings", [
            "Defra has awarded the Council a capital grant of £1.86m towards the cost of containers and a transitional revenue grant of £640,000. The 18 food waste vehicles will be purchased through the Fleet Replacement Programme at a cost of £2.1m.",
            "The ongoing cost of the weekly food waste service is estimated at £1.42m a year, which the Government has said will be met through new burdens funding and Extended Producer Responsibility (EPR) payments.",
            "Moving to three-weekly residual collections is expected to save £1.15m a year in collection costs from 2026/27, through a reduction of five refuse collection rounds, and around £0.9m a year in disposal costs as more waste is recycled.",
            "The garden waste charge increase will raise an additional £289,000 a year. The charge of £55 remains below the average of £62 charged by neighbouring councils.",
        ]),
        ("Consultation", [
            "Public consultation ran from 2 September to 13 October 2024 and received 3,912 responses. A summary is set out below; the full report is available on the Council's website.",
            "Support for weekly food waste collections was high, with 74% of respondents in favour. Views on three-weekly residual collections were divided: 38% supported the proposal, 52% opposed it and 10% expressed no view.",
            "Respondents who opposed three-weekly collections raised concerns about:",
            ("bullets", [
                "smells and flies, particularly in summer;",
                "households with babies in nappies or members who use continence products;",
                "larger families and shared houses running out of space in their bins; and",
                "an increase in fly-tipping.",
            ]),
            "In response, the proposals have been changed to add the free fortnightly collection of absorbent hygiene products and to offer larger bins to households of six or more people.",
        ]),
        ("Financial Implications", [
            "The financial implications are set out in section 5. The net saving of £1.15m a year from three-weekly residual collections is included in the Medium Term Financial Strategy from 2026/27, together with the estimated disposal saving.",
        ]),
        ("Legal Implications", [
            "The Council is a waste collection authority under the Environmental Protection Act 1990. Section 45A of that Act, inserted by the Environment Act 2021, requires the separate collection of food waste at least once a week.",
            "Section 46 of the 1990 Act allows the Council to specify the type and number of receptacles to be used by households.",
        ]),
        ("Equality Implications", [
            "An Equality Impact Assessment has been completed. The assisted collection service, under which crews collect bins from the property for residents who cannot move them, will continue and will extend to food waste caddies.",
        ]),
        ("Background Papers", [
            "Waste and Recycling Service Changes - Consultation Report, November 2024.",
            "Department for Environment, Food and Rural Affairs, Simpler Recycling in England: policy update, November 2024.",
        ]),
    ]
    body = report_header() + fb + "<h1>Waste and Recycling Collection Service Changes</h1>" + numbered(s) + contact_block(
        "Paul Greaves", "Head of Waste and Street Scene", "01632 960 302", "paul.greaves@harbourne.gov.uk") + ap.waste_rounds()
    return body
