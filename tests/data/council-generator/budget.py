from common import *
from reports1 import report_header
import appendices as ap

SERVICES = [
    ("Adults and Health", 96420, 104870),
    ("Children's Services", 58310, 63950),
    ("Highways, Transport and Environment", 31240, 32180),
    ("Waste and Street Scene", 19870, 20460),
    ("Leisure, Culture and Communities", 6930, 6480),
    ("Housing and Homelessness", 7450, 8920),
    ("Planning and Regeneration", 4120, 4310),
    ("Resources (Finance, HR, ICT, Legal)", 21640, 22050),
    ("Capital financing and corporate items", 14380, 15900),
]
S_OLD = sum(r[1] for r in SERVICES)
S_NEW = sum(r[2] for r in SERVICES)

TAXBASE = 78420.60
BAND_D_OLD = 1842.57
BAND_D_NEW = round(BAND_D_OLD * 1.0499, 2)  # 1934.51
CT_INCOME = round(TAXBASE * BAND_D_NEW / 1000)  # £000

FUNDING = [
    ("Council tax", CT_INCOME),
    ("Retained business rates", 62400),
    ("Revenue Support Grant", 8950),
    ("Social Care Grant", 31870),
    ("Collection fund surplus", 1180),
    ("Use of General Reserves", 2500),
]
_other = S_NEW - sum(v for _, v in FUNDING)
FUNDING.insert(5, ("Other un-ringfenced grants", _other))

SAVINGS = [
    ("ASC01", "Adults and Health", "Expansion of reablement to reduce long-term home care", 1150, 600),
    ("ASC02", "Adults and Health", "Review of high-cost learning disability placements", 820, 400),
    ("ASC03", "Adults and Health", "Increase in extra care housing to reduce residential admissions", 450, 550),
    ("ASC04", "Adults and Health", "Digital assistive technology service", 300, 250),
    ("ASC05", "Adults and Health", "Charging policy: annual uprating of non-residential charges", 280, 0),
    ("CS01", "Children's Services", "Reduction in agency social workers", 350, 300),
    ("CS02", "Children's Services", "Expansion of in-house fostering to reduce independent placements", 900, 700),
    ("CS03", "Children's Services", "Home to school transport: independent travel training", 400, 250),
    ("CS04", "Children's Services", "Restructure of early help locality teams", 210, 0),
    ("HTE01", "Highways, Transport and Environment", "LED street lighting part-night dimming", 260, 0),
    ("HTE02", "Highways, Transport and Environment", "Increase in on-street parking charges", 420, 0),
    ("HTE03", "Highways, Transport and Environment", "Reduction in grass cutting on rural verges", 95, 0),
    ("HTE04", "Highways, Transport and Environment", "Review of subsidised bus routes", 310, 150),
    ("WSS01", "Waste and Street Scene", "Garden waste charge increase from £48 to £55", 289, 0),
    ("WSS02", "Waste and Street Scene", "Three-weekly residual waste collection", 0, 1150),
    ("WSS03", "Waste and Street Scene", "Household Waste Recycling Centre opening hours", 180, 0),
    ("WSS04", "Waste and Street Scene", "Commercial waste price review", 120, 60),
    ("LCC01", "Leisure, Culture and Communities", "Closure of Millbridge Leisure Centre", 385, 0),
    ("LCC02", "Leisure, Culture and Communities", "Library opening hours review and volunteer-supported libraries", 240, 120),
    ("LCC03", "Leisure, Culture and Communities", "Reduction in community grants", 150, 0),
    ("LCC04", "Leisure, Culture and Communities", "Harbourne Museum admission charge", 45, 15),
    ("HOU01", "Housing and Homelessness", "Leasing scheme to reduce bed and breakfast use", 380, 420),
    ("HOU02", "Housing and Homelessness", "Review of housing-related support contracts", 160, 0),
    ("PR01", "Planning and Regeneration", "Increase in planning pre-application charges", 85, 0),
    ("PR02", "Planning and Regeneration", "Building control fee review", 60, 0),
    ("RES01", "Resources", "Civic Centre: release of two floors for letting", 210, 180),
    ("RES02", "Resources", "Reduction in management posts across the Council", 640, 0),
    ("RES03", "Resources", "Digital customer services and closure of two contact points", 310, 90),
    ("RES04", "Resources", "Procurement and contract savings", 500, 300),
    ("RES05", "Resources", "Insurance re-tender", 120, 0),
    ("RES06", "Resources", "Vacancy management factor", 400, 0),
    ("CORP01", "Corporate", "Treasury management: increased investment income", 350, -150),
    ("CORP02", "Corporate", "Review of earmarked reserves and provisions", 0, 0),
]
SAV1 = sum(r[3] for r in SAVINGS)
SAV2 = sum(r[4] for r in SAVINGS)

PRESSURES = [
    ("Pay award 2025/26 (assumed 3%) and employer National Insurance increase", 7450),
    ("Adult social care demand and National Living Wage (care providers)", 9840),
    ("Children's social care placements and Improvement Plan investment", 5640),
    ("Home to school transport (SEND)", 2310),
    ("Temporary accommodation and homelessness", 1820),
    ("Contract inflation (waste disposal, highways, ICT)", 1960),
    ("Capital financing costs", 1520),
    ("Loss of income and other pressures", 820),
]
PRESS = sum(v for _, v in PRESSURES)


def budget():
    fb = front_box([
        ("Meeting", "Council"),
        ("Date of meeting", "Thursday, 20 February 2025"),
        ("Report title", "Revenue Budget 2025/26, Council Tax and Medium Term Financial Strategy 2025/26 to 2028/29"),
        ("Report of", "Claire Dunmore, Director of Finance and Section 151 Officer"),
        ("Cabinet Member", "Councillor R. Okafor, Deputy Leader and Cabinet Member for Finance and Resources"),
        ("Wards affected", "All wards"),
        ("Key decision", "Budget and policy framework - decision of full Council"),
    ])
    t_serv = table(["Service", "2024/25 Budget £000", "2025/26 Budget £000", "Change £000"],
                   [[n, fmt000(a), fmt000(b), fmt000(b - a)] for n, a, b in SERVICES] +
                   [["Net budget requirement", fmt000(S_OLD), fmt000(S_NEW), fmt000(S_NEW - S_OLD)]],
                   total_rows=(-1,), caption="Table 1: Net revenue budget by service", widths=["46%", "18%", "18%", "18%"])
    t_fund = table(["Funding source", "2025/26 £000"],
                   [[n, fmt000(v)] for n, v in FUNDING] + [["Total funding", fmt000(S_NEW)]],
                   total_rows=(-1,), caption="Table 2: Funding the 2025/26 budget", widths=["70%", "30%"])
    t_press = table(["Pressure", "2025/26 £000"],
                    [[n, fmt000(v)] for n, v in PRESSURES] + [["Total pressures", fmt000(PRESS)]],
                    total_rows=(-1,), caption="Table 3: Budget pressures 2025/26", widths=["70%", "30%"])
    t_sav = table(["Ref", "Service", "Savings proposal", "2025/26 £000", "2026/27 £000"],
                  [[a, b, c, fmt000(d), fmt000(e)] for a, b, c, d, e in SAVINGS] +
                  [["", "", "Total savings", fmt000(SAV1), fmt000(SAV2)]],
                  numeric_from=3, total_rows=(-1,), caption="Table 4: Savings proposals 2025/26 and 2026/27 (incremental)",
                  widths=["9%", "24%", "43%", "12%", "12%"])
    ratios = [("A", 6), ("B", 7), ("C", 8), ("D", 9), ("E", 11), ("F", 13), ("G", 15), ("H", 18)]
    t_band = table(["Band", "Ratio to Band D", "2024/25 £", "2025/26 £", "Increase £"],
                   [[b, "%d/9" % r, "%.2f" % round(BAND_D_OLD * r / 9, 2), "%.2f" % round(BAND_D_NEW * r / 9, 2),
                     "%.2f" % (round(BAND_D_NEW * r / 9, 2) - round(BAND_D_OLD * r / 9, 2))] for b, r in ratios],
                   caption="Table 5: Harbourne Council element of council tax by band (excluding parish, police and fire precepts)")
    t_res = table(["Reserve", "Balance 31 March 2024 £000", "Forecast 31 March 2025 £000", "Forecast 31 March 2026 £000"], [
        ["General Fund Balance", "18,600", "17,900", "15,400"],
        ["Adult Social Care Risk Reserve", "4,200", "3,800", "3,800"],
        ["Children's Services Placements Reserve", "2,900", "900", "0"],
        ["Leisure Reserve", "1,120", "1,120", "870"],
        ["Local Plan Reserve", "1,650", "1,200", "600"],
        ["Transformation Reserve", "5,300", "4,100", "2,600"],
        ["Other earmarked reserves", "21,470", "19,800", "18,350"],
        ["Total usable revenue reserves", "55,240", "48,820", "41,620"],
    ], total_rows=(-1,), caption="Table 6: Forecast usable revenue reserves")
    gap = PRESS - 0  # gross pressures
    s = [
        ("Purpose of the Report", [
            "This report sets out the proposed revenue budget for 2025/26 and the level of council tax, and updates the Medium Term Financial Strategy (MTFS) for 2025/26 to 2028/29. Council is required to set a balanced budget and the council tax before 11 March 2025.",
        ]),
        ("Recommendations", [
            "That Council:",
            ("sub", [
                "approves a net revenue budget for 2025/26 of £%s;" % format(S_NEW * 1000, ","),
                "approves an increase of 4.99% in the Harbourne Council element of council tax, comprising 2.99% general increase and 2% adult social care precept, giving a Band D council tax of £" + format(BAND_D_NEW, ",.2f") + ";",
                "approves the savings proposals set out in Table 4, totalling £%s in 2025/26;" % format(SAV1 * 1000, ","),
                "approves the use of £2.5m of the General Fund Balance to support the 2025/26 budget;",
                "notes the Section 151 Officer's statement on the robustness of the estimates and the adequacy of reserves in section 9.",
            ]),
        ]),
        ("Background", [
            "Cabinet considered the draft budget on 11 December 2024, when it reported a budget gap of £14.8m for 2025/26 before council tax increases, and agreed to consult on the savings proposals. Cabinet considered the final proposals on 15 January 2025 and recommended them to Council.",
            "The provisional Local Government Finance Settlement was announced on 18 December 2024 and the final Settlement on 3 February 2025. The Settlement increased the Council's core spending power by 6.4%, slightly below the national average of 6.8%, mainly because of the way the new Recovery Grant was distributed.",
            "The Council's financial position remains challenging. Demand for adult and children's social care, home to school transport and temporary accommodation continues to grow faster than funding, and the increase in employer National Insurance contributions adds £2.1m to the Council's own pay bill, of which only £1.4m is met by specific Government funding.",
        ]),
        ("Net Revenue Budget 2025/26", [
            "The proposed net budget requirement for 2025/26 is %s, an increase of %s (%.1f%%) on 2024/25. Table 1 shows the budget for each service." % (
                "£%.1fm" % (S_NEW / 1000), "£%.1fm" % ((S_NEW - S_OLD) / 1000), (S_NEW - S_OLD) / S_OLD * 100),
            ("html", t_serv),
            "The Leisure, Culture and Communities budget falls by £450,000, mainly as a result of the closure of Millbridge Leisure Centre and the reduction in community grants. The budget for Adults and Health rises by £8.45m, mainly because of the care home fee increases approved by Cabinet on 11 December 2024 and the increasing number of people receiving home care.",
            "Table 2 shows how the budget will be funded.",
            ("html", t_fund),
        ]),
        ("Budget Pressures", [
            "Budget pressures for 2025/26 total £%.1fm and are set out in Table 3. The largest single pressure is in adult social care, where the increase in the National Living Wage to £12.21 an hour and rising demand add £9.84m." % (PRESS / 1000,),
            ("html", t_press),
        ]),
        ("Savings Proposals", [
            "Savings proposals totalling £%s in 2025/26 and a further £%s in 2026/27 are set out in Table 4. The savings have been subject to public consultation, and Equality Impact Assessments have been completed for each proposal that affects services to the public." % (
                "%.2fm" % (SAV1 / 1000), "%.2fm" % (SAV2 / 1000)),
            ("html", t_sav),
            "Savings proposal CORP01 reverses in 2026/27, shown as (150), because interest rates are forecast to fall.",
            "Savings WSS02 (three-weekly residual waste collection) takes effect from 2026/27 and is therefore shown in that year only.",
        ]),
        ("Council Tax", [
            "The Government's referendum principles allow the Council to increase council tax by up to 2.99% without a referendum, plus up to 2% for the adult social care precept. It is proposed to increase council tax by the maximum 4.99%.",
            "The council tax base for 2025/26 was approved by the Director of Finance under delegated powers on 14 January 2025 as %s Band D equivalent properties, after allowing for the Council Tax Reduction Scheme and a collection rate of 98.6%%." % format(TAXBASE, ",.2f"),
            "The Band D council tax for the Harbourne Council element will rise from £%s to £%s, an increase of £%s a year or £%s a week. Table 5 shows the council tax for each band. Parish and town council precepts, and the precepts of the Westmere Police and Crime Commissioner and the Westmere Fire and Rescue Authority, are added to these amounts." % (
                format(BAND_D_OLD, ",.2f"), format(BAND_D_NEW, ",.2f"), "%.2f" % (BAND_D_NEW - BAND_D_OLD), "%.2f" % ((BAND_D_NEW - BAND_D_OLD) / 52)),
            ("html", t_band),
            "Council tax will raise £%s in 2025/26." % ("%.1fm" % (CT_INCOME / 1000)),
        ]),
        ("Reserves", [
            "The forecast level of usable revenue reserves is shown in Table 6. Reserves are forecast to fall from £55.2m at 31 March 2024 to £41.6m at 31 March 2026, mainly because of the use of reserves to meet overspending on children's placements in 2024/25 and the planned use of £2.5m in 2025/26.",
            ("html", t_res),
            "The General Fund Balance is forecast to be £15.4m at 31 March 2026, equivalent to 5.5% of the net budget. The Director of Finance considers that the minimum prudent level is £12.0m.",
        ]),
        ("Robustness of the Estimates and Adequacy of Reserves", [
            "Section 25 of the Local Government Act 2003 requires the Chief Finance Officer to report on the robustness of the estimates and the adequacy of reserves. The Director of Finance considers that the estimates are robust and that reserves are adequate for 2025/26, provided that the savings in Table 4 are delivered in full and that the spending controls introduced in September 2024 remain in place.",
            "The Director of Finance draws Council's attention to the following risks:",
            ("sub", [
                "children's social care placements, where a single residential placement can cost more than £500,000 a year;",
                "the deficit on the Dedicated Schools Grant (DSG) High Needs Block, forecast to reach £38.7m by 31 March 2026, which is currently held off the Council's balance sheet under a statutory override due to end in March 2028;",
                "delivery of the savings in Table 4, of which £2.9m are rated amber or red;",
                "the outcome of the Government's Fair Funding Review, which will take effect from 2026/27.",
            ]),
        ]),
        ("Medium Term Financial Strategy", [
            "After the proposed budget for 2025/26, the MTFS forecasts further budget gaps of £11.2m in 2026/27, £9.6m in 2027/28 and £8.9m in 2028/29, a cumulative gap of £29.7m. The Council's Transformation Programme, 'Harbourne 2028', is expected to deliver £18.0m of this, and further proposals will be brought forward during 2025.",
        ]),
        ("Legal Implications", [
            "The Council must set a balanced budget under section 31A of the Local Government Finance Act 1992. Members who are two months or more in arrears with their own council tax must declare this and may not vote on the budget, under section 106 of that Act.",
        ]),
        ("Equality Implications", [
            "A cumulative Equality Impact Assessment of the budget proposals is attached as Appendix 3. The proposals with the greatest potential impact are the closure of Millbridge Leisure Centre, the review of subsidised bus routes and the library opening hours review.",
        ]),
        ("Background Papers", [
            "Cabinet reports of 11 December 2024 and 15 January 2025.",
            "Final Local Government Finance Settlement 2025/26, Ministry of Housing, Communities and Local Government.",
        ]),
    ]
    return report_header("Report to Council") + fb + \
        "<h1>Revenue Budget 2025/26 and Council Tax</h1>" + numbered(s) + contact_block(
        "Claire Dunmore", "Director of Finance and Section 151 Officer", "01632 960 301", "claire.dunmore@harbourne.gov.uk") + ap.budget_mtfs() + ap.budget_fees()
