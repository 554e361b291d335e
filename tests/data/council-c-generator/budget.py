"""Cabinet 12 February 2025: Budget 2025/26 and Medium Term Financial Strategy.

All figures are computed here from the service lines so that every table adds up;
the minutes import the headline figures from this module.
"""
from common import *

HEADER = "Kelsborough Borough Council | Cabinet | 12 February 2025"
FILE = "kbc_cabinet_2025-02-12_budget_mtfs_2025-26.pdf"

# (service, 2024/25 original, growth, saving) in £000; pay and prices added at 3% of positives
SERVICES = [
    ("Chief Executive and Corporate", [
        ("Chief Executive's Office", 412, 0, 0),
        ("Corporate Management", 1086, 0, -150),
        ("Democratic Representation and Management", 893, 0, 0),
        ("Elections and Electoral Registration", 378, 0, 0),
        ("Communications and Engagement", 294, 0, 0),
        ("Legal Services", 612, 0, 0),
        ("Human Resources and Payroll", 538, 0, 0),
    ]),
    ("Finance and Resources", [
        ("Finance and Procurement", 1214, 0, -210),
        ("Revenues and Benefits Administration", 1362, 0, 0),
        ("Housing Benefit Payments (net of subsidy)", 186, 0, 0),
        ("ICT and Digital", 1748, 142, 0),
        ("Customer Services", 824, 0, -185),
        ("Internal Audit and Risk", 241, 0, 0),
        ("Corporate Property and Facilities", 1102, 0, 0),
        ("Investment Property Income", -1946, 0, -145),
        ("Insurance", 372, 0, 0),
    ]),
    ("Housing and Communities", [
        ("Housing Options and Homelessness", 1184, 0, 0),
        ("Temporary Accommodation", 1420, 1850, 0),
        ("Wharf House Hostel, Saltby", 142, 0, 0),
        ("Private Sector Housing", 318, 0, 0),
        ("Disabled Facilities Grants Administration", 96, 0, 0),
        ("Community Safety and CCTV", 274, 0, 0),
        ("Community Grants", 336, 0, 0),
    ]),
    ("Environment and Neighbourhoods", [
        ("Waste Collection", 3412, 310, 0),
        ("Recycling Income", -612, 0, 0),
        ("Garden Waste Service", -284, 0, -160),
        ("Street Cleansing", 1588, 0, 0),
        ("Parks and Open Spaces", 1236, 0, 0),
        ("Cemeteries and Crematorium", -684, 0, 0),
        ("Environmental Health", 742, 0, 0),
        ("Licensing", -38, 0, 0),
        ("Car Parking", -1874, 0, -240),
        ("Public Conveniences", 168, 0, 0),
        ("Fleet Management", 412, 0, 0),
    ]),
    ("Place and Growth", [
        ("Development Management", 684, 120, 0),
        ("Planning Policy", 452, 0, 0),
        ("Building Control", 96, 0, 0),
        ("Economic Development", 318, 0, 0),
        ("Town Centre Management", 226, 0, 0),
        ("Regeneration Team", 388, 0, 0),
        ("Markets", -124, 0, 0),
    ]),
    ("Leisure and Culture", [
        ("Leisure Contract Management Fee", 1092, 0, -120),
        ("Castle Meadows Leisure Centre (client costs)", 364, 95, 0),
        ("Kelsborough Museum and Heritage", 296, 0, 0),
        ("Arts and Events", 214, 0, 0),
        ("Sports Development", 162, 0, 0),
    ]),
    ("Corporate Items", [
        ("Employer National Insurance Changes", 0, 486, 0),
        ("Minimum Revenue Provision", 1268, 0, 0),
        ("Interest Payable", 352, 0, 0),
        ("Interest Receivable", -1180, 0, 0),
    ]),
]


def pay_prices(base, name):
    if base <= 0 or name.startswith(("Minimum", "Interest", "Housing Benefit", "Employer")):
        return 0
    return round(base * 0.03)


def compute():
    groups = []
    for gname, lines in SERVICES:
        rows = []
        for name, base, growth, saving in lines:
            pp = pay_prices(base, name)
            rows.append((name, base, pp, growth, saving, base + pp + growth + saving))
        tot = tuple(sum(r[i] for r in rows) for i in range(1, 6))
        groups.append((gname, rows, tot))
    net = tuple(sum(g[2][i] for g in groups) for i in range(5))
    return groups, net


GROUPS, NET = compute()
NET_2425, NET_2526 = NET[0], NET[4]
GROWTH_TOTAL, SAVINGS_TOTAL, PP_TOTAL = NET[2], -NET[3], NET[1]

# Funding 2025/26 (£000)
TAX_BASE = 42646.3
BAND_D = 231.54
BAND_D_OLD = 224.82
CT_REQ = round(TAX_BASE * BAND_D / 1000)          # 9,874
RSG, NHB, GUARANTEE, CF_SURPLUS, RESERVES_USE = 412, 284, 640, 112, 380
EPR, NIC_GRANT = 1460, 310
NNDR = NET_2526 - (CT_REQ + RSG + NHB + GUARANTEE + CF_SURPLUS + RESERVES_USE + EPR + NIC_GRANT)

# 2024/25 forecast variances by group (£000)
VARIANCE = {"Chief Executive and Corporate": 20, "Finance and Resources": -260,
            "Housing and Communities": 1370, "Environment and Neighbourhoods": 210,
            "Place and Growth": -85, "Leisure and Culture": 140, "Corporate Items": -310}
OVERSPEND = sum(VARIANCE.values())

MTFS_GAP = {"2026/27": 1420, "2027/28": 2310, "2028/29": 2960}

# capital programme (scheme, directorate, 24/25 forecast, 25/26, 26/27, 27/28, 28/29, funding)
CAPITAL = [
    ("Castle Meadows replacement leisure centre", "Leisure and Culture", 310, 4850, 14200, 5240, 0,
     "Borrowing, grants, receipts"),
    ("Town centre regeneration: Market Square public realm", "Place and Growth", 420, 3100, 3280, 0, 0,
     "Haldenshire Growth Fund"),
    ("Town centre regeneration: Bridge Street redevelopment", "Place and Growth", 650, 5400, 7200, 2150, 0,
     "Growth Fund, borrowing"),
    ("Town centre regeneration: Station Quarter access", "Place and Growth", 0, 600, 1850, 1450, 0,
     "Growth Fund"),
    ("Temporary accommodation acquisitions (30 homes)", "Housing and Communities", 0, 4320, 2880, 0, 0,
     "Borrowing, LAHF grant, RTB receipts"),
    ("Disabled Facilities Grants", "Housing and Communities", 1180, 1240, 1240, 1240, 1240,
     "Better Care Fund"),
    ("Food waste vehicles and caddies", "Environment and Neighbourhoods", 0, 1940, 0, 0, 0,
     "New burdens grant, borrowing"),
    ("Refuse vehicle replacement programme", "Environment and Neighbourhoods", 860, 720, 980, 1120, 760,
     "Borrowing"),
    ("Parks and play area renewal", "Environment and Neighbourhoods", 185, 240, 220, 200, 200,
     "S106, capital receipts"),
    ("Saltby seafront shelters and railings", "Environment and Neighbourhoods", 95, 410, 0, 0, 0,
     "Capital receipts"),
    ("ICT infrastructure and cyber resilience", "Finance and Resources", 265, 380, 290, 310, 300,
     "Capital receipts"),
    ("Civic Centre decarbonisation (heat pumps)", "Finance and Resources", 40, 1150, 0, 0, 0,
     "PSDS grant, borrowing"),
    ("Amberley Cross Community Hub roof", "Finance and Resources", 0, 165, 0, 0, 0, "Capital receipts"),
]
CAP_2526 = sum(c[3] for c in CAPITAL)
CAP_TOTAL = sum(sum(c[3:7]) for c in CAPITAL)

BANDS = [("A", "6/9", 6), ("B", "7/9", 7), ("C", "8/9", 8), ("D", "9/9", 9), ("E", "11/9", 11),
         ("F", "13/9", 13), ("G", "15/9", 15), ("H", "18/9", 18)]
DWELLINGS = {"A": 14210, "B": 16927, "C": 11776, "D": 7784, "E": 4345, "F": 2045, "G": 1214, "H": 115}


def k(v):
    return money(v)


def m(v):
    """£000 as £m with two decimals, e.g. 18,642 -> £18.64m."""
    return f"£{v / 1000:.2f}m"


def story():
    s = []
    s.append(P("Report to Cabinet", SUBTITLE))
    s.append(P("Budget 2025/26 and Medium Term Financial Strategy 2025/26 to 2028/29", TITLE))
    s.append(front_sheet([
        ("Date of meeting", "12 February 2025"),
        ("Report of", "Director of Finance and Resources (Section 151 Officer)"),
        ("Cabinet Member", "Councillor Rajesh Mistry, Deputy Leader and Cabinet Member for Finance and Resources"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes (Forward Plan reference FP/2025/004). Recommendations to Council on 26 February 2025"),
        ("Report author", "Claire Hemmings, Director of Finance and Resources<br/>"
                          "claire.hemmings@kelsborough.gov.uk, 01632 960 318"),
        ("Exempt information", "None"),
    ]))
    s.append(Spacer(1, 5 * mm))

    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "This report sets out the proposed General Fund revenue budget for 2025/26, the "
               "level of council tax, the capital programme for 2025/26 to 2028/29 and the updated "
               "Medium Term Financial Strategy (MTFS). Cabinet is asked to recommend the budget to "
               "the meeting of Council on 26 February 2025, which must set the council tax before "
               "11 March 2025."))
    s.append(N("1.2", f"The proposed net revenue budget is £{NET_2526:,}k, an increase of "
               f"£{NET_2526 - NET_2425:,}k on 2024/25. The budget is balanced after a planned "
               f"contribution of £{RESERVES_USE}k from the Budget Equalisation Reserve and a savings "
               f"programme of £{SAVINGS_TOTAL:,}k."))

    s.append(H("2.", "Recommendations"))
    s.append(P("That Cabinet recommends to Council that it:"))
    s.append(sub("(a)", f"approves a net revenue budget for 2025/26 of £{NET_2526 * 1000:,}, as set out "
                 "in Appendix A;"))
    s.append(sub("(b)", f"sets the Borough Council's Band D council tax for 2025/26 at £{BAND_D:.2f}, an "
                 f"increase of £{BAND_D - BAND_D_OLD:.2f} (2.99%) on 2024/25;"))
    s.append(sub("(c)", f"approves the capital programme for 2025/26 to 2028/29 totalling "
                 f"£{CAP_TOTAL * 1000:,}, as set out in Appendix C;"))
    s.append(sub("(d)", "approves a minimum level of General Fund balance of £2.5 million and notes the "
                 "Section 151 Officer's statement on the robustness of the estimates and the "
                 "adequacy of reserves at section 10."))

    s.append(H("3.", "Background and the finance settlement"))
    s.append(N("3.1", "The provisional Local Government Finance Settlement was announced on 18 December "
               "2024 and confirmed in the final settlement on 3 February 2025. It is again a one-year "
               "settlement, which makes planning beyond 2025/26 uncertain. The Government has said "
               "that a multi-year settlement and a reset of business rates baselines will follow "
               "from 2026/27.", hyph=True))
    s.append(N("3.2", "The Council's core spending power rises by 3.4% in 2025/26, below the national "
               "average of 6.0%, because most of the new funding has been directed to social care "
               "authorities. The Services Grant has been removed and the Funding Guarantee of "
               f"£{GUARANTEE}k ensures that core spending power does not fall in cash terms."))
    s.append(N("3.3", "The referendum limit for shire district councils remains 2.99% or £5, whichever is "
               "higher. A 2.99% increase is the maximum the Council can set without a local "
               "referendum, and the MTFS assumes the same increase in each later year."))

    s.append(H("4.", "Forecast outturn 2024/25"))
    s.append(N("4.1", f"At the end of December 2024 the forecast for 2024/25 is an overspend of "
               f"£{OVERSPEND:,}k against the net budget of £{NET_2425:,}k. The largest variance is in "
               f"temporary accommodation (£{VARIANCE['Housing and Communities']:,}k), where the number "
               "of households placed in bed and breakfast has doubled since April 2024. Table 1 "
               "shows the forecast by directorate alongside the proposed 2025/26 budget."))
    s.append(P("Table 1: Revenue budget by directorate (£000)", CAPTION))
    hdr = [["Directorate", "2024/25", "", "", "2025/26", ""],
           ["", "Budget", "Forecast", "Variance", "Budget", "Change"]]
    rows = []
    for gname, _rows, tot in GROUPS:
        b, v = tot[0], VARIANCE[gname]
        rows.append([gname, k(b), k(b + v), k(v), k(tot[4]), k(tot[4] - b)])
    rows.append(["Net revenue budget", k(NET_2425), k(NET_2425 + OVERSPEND), k(OVERSPEND),
                 k(NET_2526), k(NET_2526 - NET_2425)])
    s.append(fig_table(hdr, rows, [58 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm],
                       bold_rows=[len(rows) - 1],
                       spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (5, 0))]))
    s.append(Spacer(1, 3 * mm))
    s.append(N("4.2", f"The overspend will be met from the General Fund balance at year end, which is "
               f"forecast to fall to £3.21m at 31 March 2025. The underspend in Finance and Resources "
               f"reflects higher interest receipts on cash balances held for the capital programme."))

    s.append(H("5.", "The 2025/26 revenue budget"))
    s.append(N("5.1", f"The budget has been built from the 2024/25 base, adding £{PP_TOTAL:,}k for pay "
               f"and prices (a 3% pay award and contract inflation), growth of £{GROWTH_TOTAL:,}k and "
               f"savings of £{SAVINGS_TOTAL:,}k. The main changes are:"))
    s += bullets([
        "temporary accommodation: growth of £1,850k to reflect the number of households in nightly-paid "
        "accommodation, partly offset from 2026/27 by the acquisition programme;",
        "employer National Insurance: £486k for the increase in the rate to 15% and the lower threshold "
        "from April 2025, which is not fully funded by the Government's compensation grant;",
        "waste collection: £310k to prepare for weekly food waste collections required by the Simpler "
        "Recycling reforms, including recruitment of crews ahead of the launch;",
        "ICT and Digital: £142k for cyber security monitoring and Microsoft licence increases;",
        "Development Management: £120k for agency planners and the cost of planning appeals; and",
        "Castle Meadows Leisure Centre: £95k for reactive repairs to the pool plant until a "
        "replacement centre opens.",
    ])
    s.append(N("5.2", "The savings proposals have been through the Overview and Scrutiny Committee on "
               "28 January 2025. The savings are:"))
    s += bullets([
        "car parking tariff review, including Sunday charging in Kelsborough town centre: £240k;",
        "procurement and contract savings across the Council: £210k;",
        "customer services channel shift to online forms and webchat: £185k;",
        "garden waste charge review: £160k;",
        "senior management restructure, deleting one Assistant Director post: £150k;",
        "investment property rent reviews at Castlegate Retail Park: £145k; and",
        "reduction in the leisure contract management fee paid to Active Kelsborough Trust: £120k.",
    ])
    s.append(N("5.3", "Appendix A sets out the budget for each service. Table 2 shows how the budget is "
               "funded."))
    s.append(P("Table 2: Funding the 2025/26 budget (£000)", CAPTION))
    frows = [["Retained business rates", k(NNDR)], ["Revenue Support Grant", k(RSG)],
             ["New Homes Bonus", k(NHB)], ["Funding Guarantee", k(GUARANTEE)],
             ["Extended Producer Responsibility (packaging) payments", k(EPR)],
             ["Employer National Insurance compensation grant", k(NIC_GRANT)],
             ["Council tax requirement", k(CT_REQ)], ["Collection Fund surplus (council tax)", k(CF_SURPLUS)],
             ["Contribution from Budget Equalisation Reserve", k(RESERVES_USE)],
             ["Total funding", k(NET_2526)]]
    ftot = len(frows) - 1
    s.append(fig_table([["Source of funding", "2025/26"]], frows, [100 * mm, 30 * mm], bold_rows=[ftot]))

    s.append(H("6.", "Council tax"))
    s.append(N("6.1", f"The council tax base for 2025/26 was approved under delegated powers on 15 January "
               f"2025 at {TAX_BASE:,.1f} Band D equivalent properties, an increase of 1.1% on 2024/25, "
               f"after allowing for the Council Tax Reduction Scheme and a collection rate of 98.6%."))
    s.append(N("6.2", f"A Band D council tax of £{BAND_D:.2f} gives a council tax requirement of "
               f"£{round(TAX_BASE * BAND_D):,}. The increase of £{BAND_D - BAND_D_OLD:.2f} a year is "
               f"equivalent to 13 pence a week for a Band D home. Table 3 shows the charge for each "
               f"band. Most homes in the borough are in Bands A to C."))
    s.append(P("Table 3: Borough Council element of council tax by band, 2025/26", CAPTION))
    brows = []
    for b, ratio, n in BANDS:
        brows.append([f"Band {b}", ratio, f"£{BAND_D * n / 9:.2f}", f"£{BAND_D_OLD * n / 9:.2f}",
                      f"{DWELLINGS[b]:,}"])
    s.append(fig_table([["Band", "Ratio to Band D", "2025/26", "2024/25", "Dwellings"]], brows,
                       [25 * mm, 32 * mm, 28 * mm, 28 * mm, 28 * mm], zebra=True))
    s.append(Spacer(1, 2 * mm))
    s.append(N("6.3", "The County Council, the Police and Crime Commissioner, the Fire Authority and the "
               "town and parish councils set their own precepts, which are added to the Borough "
               "Council's charge. Council will be asked to set the total council tax on 26 February 2025 "
               "once all precepts are confirmed."))

    s.append(H("7.", "Medium Term Financial Strategy"))
    s.append(N("7.1", "The MTFS has been rolled forward to 2028/29. It assumes council tax increases of "
               "2.99% a year, tax base growth of 1% a year, pay awards of 3% in 2025/26 and 2.5% "
               "thereafter, and no change in Government funding in cash terms after 2025/26. Table 4 "
               "summarises the position."))
    s.append(P("Table 4: Medium term budget gap (£000)", CAPTION))
    mrows = [
        ["Net budget requirement", k(NET_2526), k(NET_2526 + 1310), k(NET_2526 + 2460), k(NET_2526 + 3390)],
        ["Forecast funding", k(NET_2526), k(NET_2526 + 1310 - 1420), k(NET_2526 + 2460 - 2310),
         k(NET_2526 + 3390 - 2960)],
        ["Budget gap", "-", k(MTFS_GAP["2026/27"]), k(MTFS_GAP["2027/28"]), k(MTFS_GAP["2028/29"])],
    ]
    s.append(fig_table([["", "2025/26", "2026/27", "2027/28", "2028/29"]], mrows,
                       [62 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], bold_rows=[2]))
    s.append(Spacer(1, 2 * mm))
    s.append(N("7.2", f"The gap of £{MTFS_GAP['2028/29'] / 1000:.2f}m by 2028/29 will be addressed through the "
               "Kelsborough Fit for the Future programme, which will report to Cabinet in July 2025. "
               "Its main strands are a review of the Council's property estate, a shared service "
               "with Northwold for revenues and benefits, and income from the new leisure centre. "
               "The use of reserves to balance future budgets is not sustainable and is not "
               "assumed after 2025/26.", hyph=True))

    s.append(H("8.", "Reserves"))
    s.append(N("8.1", "Table 5 shows the forecast level of reserves. Earmarked reserves are held for "
               "known commitments and risks; the General Fund balance is held for unforeseen events."))
    s.append(P("Table 5: Forecast reserves (£000)", CAPTION))
    res = [("General Fund balance", 4295, -1085, 0), ("Budget Equalisation Reserve", 2140, 0, -380),
           ("Regeneration Reserve", 1860, -420, -600), ("Temporary Accommodation Reserve", 650, -650, 0),
           ("Insurance Reserve", 540, 0, 0), ("Vehicle and Plant Renewals Reserve", 912, -260, -300),
           ("Business Rates Volatility Reserve", 1275, 0, 0), ("Elections Reserve", 120, 40, 40)]
    rrows = []
    for name, a, b, c in res:
        rrows.append([name, k(a), k(b), k(a + b), k(c), k(a + b + c)])
    tot = [sum(r[i] for r in res) for i in (1, 2, 3)]
    rrows.append(["Total reserves", k(tot[0]), k(tot[1]), k(tot[0] + tot[1]), k(tot[2]),
                  k(tot[0] + tot[1] + tot[2])])
    s.append(fig_table([["Reserve", "1 April 2024", "Movement 2024/25", "31 March 2025",
                         "Movement 2025/26", "31 March 2026"]], rrows,
                       [50 * mm, 22 * mm, 23 * mm, 22 * mm, 23 * mm, 22 * mm], bold_rows=[len(rrows) - 1]))

    s.append(H("9.", "Capital programme"))
    s.append(N("9.1", f"The proposed capital programme for 2025/26 is £{CAP_2526:,}k, and "
               f"£{CAP_TOTAL:,}k over the four years to 2028/29 (Appendix C). The largest schemes are "
               "the replacement of Castle Meadows Leisure Centre, subject to Cabinet approving the "
               "business case in March 2025, and the town centre regeneration programme funded "
               "mainly by the Haldenshire Growth Fund."))
    s.append(N("9.2", "Prudential borrowing of £23.6m is assumed over the four years. The revenue cost of "
               "borrowing (interest and Minimum Revenue Provision) is included in the MTFS and rises "
               "to £1.41m a year by 2028/29."))

    s.append(H("10.", "Robustness of estimates and adequacy of reserves"))
    s.append(N("10.1", "Section 25 of the Local Government Act 2003 requires the Section 151 Officer to "
               "report on the robustness of the estimates and the adequacy of reserves.<super>1</super> "
               "In my view the estimates are robust and the reserves adequate for 2025/26, provided "
               "that the savings are delivered and the temporary accommodation pressure is contained "
               "within the growth provided."))
    s.append(FootnoteMark("1", "Local Government Act 2003, sections 25 to 27; see also CIPFA Bulletin 13, "
                          "Local Authority Reserves and Balances (2023)."))
    s.append(N("10.2", "A risk assessment of the General Fund balance supports a minimum level of "
               "£2.5m. The forecast balance of £3.21m at 31 March 2025 is above this level but leaves "
               "little room for a further year of overspending on the scale of 2024/25."))

    s.append(H("11.", "Risks"))
    s.append(N("11.1", "The main risks to the budget are continued growth in homelessness, pay awards "
               "above 3%, delay to the savings programme, and the outcome of the business rates "
               "reset from 2026/27. These risks are recorded on the strategic risk register reported "
               "to the Audit and Governance Committee."))

    s.append(H("12.", "Implications"))
    s.append(N("12.1", "<b>Legal:</b> The Council must set a balanced budget and council tax before 11 "
               "March each year (Local Government Finance Act 1992). Under the Budget and Policy "
               "Framework Procedure Rules the budget is a matter for Council on the recommendation "
               "of Cabinet."))
    s.append(N("12.2", "<b>Equalities:</b> Equality impact assessments have been completed for the car "
               "parking and garden waste proposals. The Council Tax Reduction Scheme is unchanged, so "
               "working-age households on the lowest incomes will continue to receive up to 85% "
               "support."))
    s.append(N("12.3", "<b>Climate:</b> The capital programme includes £1.15m for heat pumps at the Civic "
               "Centre, funded mainly by the Public Sector Decarbonisation Scheme."))

    s.append(H("13.", "Background papers and appendices"))
    s += bullets(["Appendix A: Detailed revenue budget by service 2025/26",
                  "Appendix B: Fees and charges summary (published separately)",
                  "Appendix C: Capital programme 2025/26 to 2028/29"])

    # Appendix A - long table split with repeatRows
    s.append(PageBreak())
    s.append(P("Appendix A: Detailed revenue budget by service 2025/26 (£000)", SUBTITLE))
    s.append(P("Figures in brackets are net income. Pay and prices include the assumed 3% pay award.", SMALL))
    hdr = [["Service", "2024/25 Original Budget", "Pay and Prices", "Growth", "Savings", "2025/26 Budget"]]
    rows, bold = [], []
    for gname, grows, tot in GROUPS:
        bold.append(len(rows))
        rows.append([gname.upper(), "", "", "", "", ""])
        for r in grows:
            rows.append([r[0]] + [k(v) for v in r[1:]])
        bold.append(len(rows))
        rows.append([f"Subtotal {gname}"] + [k(v) for v in tot])
    bold.append(len(rows))
    rows.append(["NET REVENUE BUDGET"] + [k(v) for v in NET])
    s.append(fig_table(hdr, rows, [66 * mm, 21 * mm, 19 * mm, 17 * mm, 17 * mm, 21 * mm], bold_rows=bold))

    # Appendix C - landscape
    s.append(NextPageTemplate("L"))
    s.append(PageBreak())
    s.append(P("Appendix C: Capital programme 2025/26 to 2028/29 (£000)", SUBTITLE))
    hdr = [["Scheme", "Directorate", "2024/25 Forecast", "2025/26", "2026/27", "2027/28", "2028/29",
            "Total 2025-29", "Main funding"]]
    crow = []
    for c in CAPITAL:
        crow.append([c[0], c[1]] + [k(v) for v in c[2:7]] + [k(sum(c[3:7])), c[7]])
    sums = [sum(c[i] for c in CAPITAL) for i in range(2, 7)]
    crow.append(["Total capital programme", ""] + [k(v) for v in sums] + [k(sum(sums[1:])), ""])
    s.append(fig_table(hdr, crow, [72 * mm, 40 * mm, 18 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm,
                                   20 * mm, 43 * mm], bold_rows=[len(crow) - 1], num_cols={2, 3, 4, 5, 6, 7}))
    s.append(Spacer(1, 3 * mm))
    s.append(P("The leisure centre scheme is included subject to approval of the full business case by "
               "Cabinet on 12 March 2025. LAHF: Local Authority Housing Fund. PSDS: Public Sector "
               "Decarbonisation Scheme. RTB: right to buy.", SMALL))
    return s


def make(out_dir):
    return build(f"{out_dir}/{FILE}", story(), HEADER,
                 title="Budget 2025/26 and Medium Term Financial Strategy")
