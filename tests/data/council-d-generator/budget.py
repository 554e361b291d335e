"""Budget 2025/26 report with a multi-page service budget table and council tax bands."""
from common import P, L, table, front
from reports import report_front

BAND_D_OLD = 192.69
BAND_D_NEW = 198.45
RATIOS = [("A", 6), ("B", 7), ("C", 8), ("D", 9), ("E", 11), ("F", 13), ("G", 15), ("H", 18)]
VALUES = {"A": "Up to £40,000", "B": "£40,001 to £52,000", "C": "£52,001 to £68,000", "D": "£68,001 to £88,000",
          "E": "£88,001 to £120,000", "F": "£120,001 to £160,000", "G": "£160,001 to £320,000", "H": "More than £320,000"}

# Appendix A: service budgets (group, service, 2024/25, 2025/26) in £000
SERVICES = [
    ("CORPORATE AND DEMOCRATIC", [
        ("Chief Executive's office", 412, 425), ("Democratic services and committee support", 538, 551),
        ("Members' allowances and expenses", 486, 502), ("Elections and electoral registration", 318, 344),
        ("Communications and consultation", 296, 301), ("Corporate policy and performance", 244, 248),
        ("Internal audit (shared service)", 171, 176), ("Legal services", 602, 631),
    ]),
    ("RESOURCES", [
        ("Finance and accountancy", 884, 912), ("Revenues: council tax and business rates collection", 1104, 1127),
        ("Housing benefit administration", 642, 618), ("Customer services and contact centre", 758, 771),
        ("ICT and digital services", 1386, 1462), ("Human resources and payroll", 468, 483),
        ("Procurement", 132, 136), ("Insurance", 305, 338),
        ("District Offices, Mill Lane: running costs", 512, 489), ("Corporate property and estates", 277, 264),
    ]),
    ("ENVIRONMENT AND WASTE", [
        ("Household waste collection", 3210, 3342), ("Recycling collection and processing", 1652, 1705),
        ("Food waste collection (from October 2025)", 0, 320), ("Garden waste service (net of charges)", 250, 100),
        ("Street cleansing", 1184, 1219), ("Fly-tipping enforcement", 146, 158),
        ("Public conveniences", 198, 142), ("Parks and open spaces", 1046, 1071),
        ("Cemeteries and closed churchyards", 124, 131), ("Grounds maintenance", 688, 702),
        ("Environmental health: food safety", 402, 414), ("Environmental health: pollution control", 318, 326),
        ("Pest control", 64, 61), ("Dog warden service", 58, 60),
    ]),
    ("HOUSING", [
        ("Homelessness prevention and advice", 712, 796), ("Temporary accommodation (net)", 620, 1210),
        ("Housing register and allocations", 236, 241), ("Private sector housing and licensing", 318, 329),
        ("Disabled facilities grants administration", 142, 147), ("Empty homes work", 48, 52),
        ("Gypsy and Traveller site, Marsh Lane", 38, 41),
    ]),
    ("PLACE AND PLANNING", [
        ("Development management (net of fees)", 684, 598), ("Planning policy and local plan", 512, 604),
        ("Building control (net of fees)", 96, 88), ("Conservation and heritage", 118, 121),
        ("Economic development and town centres", 402, 384), ("Coldharbour market (net)", -46, -52),
        ("Car parks (net of income)", -1188, -1246), ("Tourism and visitor information", 142, 118),
    ]),
    ("LEISURE AND COMMUNITIES", [
        ("Leisure centres: management fee", 1280, 1310), ("Brindle Heath Leisure Centre: utilities support", 310, 260),
        ("Sports development", 114, 116), ("Arts and Ashmere Corn Exchange", 236, 228),
        ("Community grants", 320, 300), ("Community safety and CCTV", 284, 292),
        ("Voluntary sector support (Ashmere CVS)", 96, 96),
    ]),
]


def fmt(n):
    return f"({abs(n):,})" if n < 0 else f"{n:,}"


def appendix_a():
    rows, grp, tot = [], [], []
    g_old = g_new = 0
    for gname, items in SERVICES:
        grp.append(len(rows))
        rows.append([gname, "", "", ""])
        s_old = sum(i[1] for i in items)
        s_new = sum(i[2] for i in items)
        for name, o, n in items:
            rows.append([name, fmt(o), fmt(n), fmt(n - o)])
        tot.append(len(rows))
        rows.append([f"Total {gname.lower()}", fmt(s_old), fmt(s_new), fmt(s_new - s_old)])
        g_old += s_old
        g_new += s_new
    tot.append(len(rows))
    rows.append(["NET COST OF SERVICES", fmt(g_old), fmt(g_new), fmt(g_new - g_old)])
    return table(["Service", "2024/25 budget £000", "2025/26 budget £000", "Change £000"], rows, cls="grid",
                 num_cols=(1, 2, 3), tot_rows=tot, grp_rows=grp, widths=["55%", "15%", "15%", "15%"]), g_old, g_new


def budget_body():
    appx, net_old, net_new = appendix_a()
    b = "<h1>Budget 2025/26, council tax and medium term financial strategy</h1>"
    b += report_front("Budget 2025/26, council tax and medium term financial strategy", "CAB/25/014",
                      "Councillor David Pryor, Deputy Leader and Cabinet Member for Finance",
                      "Richard Onslow, Chief Finance Officer (section 151 officer)",
                      "Yes (budget and policy framework)", "All wards")
    b += "<h2>1. Purpose of the report</h2>"
    b += P("1.1", "This report sets out the proposed revenue budget for 2025/26, the level of council tax, the capital programme and the "
           "medium term financial strategy to 2028/29, for recommendation to Council on 26 February 2025.")
    b += "<h2>2. Recommendations</h2>"
    b += "<p>That Cabinet recommends to Council:</p>"
    b += L([
        "a net revenue budget of £16.84 million for 2025/26;",
        f"an increase of 2.99% in the Council's Band D council tax, from £{BAND_D_OLD:.2f} to £{BAND_D_NEW:.2f} a year, an increase of £5.76 a year or about 11p a week;",
        "the savings and income proposals in Appendix B, totalling £1.12 million;",
        "the capital programme for 2025/26 to 2027/28 in Appendix C, including the Brindle Heath Leisure Centre replacement;",
        "that the minimum level of the general fund balance is kept at £2.5 million.",
    ])
    b += "<h2>3. The financial context</h2>"
    b += P("3.1", "The provisional local government finance settlement was published on 18 December 2024. It gives the Council a core spending "
           "power increase of 3.2%, below the rate at which the Council's costs are rising. The settlement is again for one year only, "
           "which makes planning beyond 2025/26 difficult.")
    b += P("3.2", "The main pressures on the budget are the rising cost of temporary accommodation for homeless households, the 2025 pay award, "
           "the increase in employers' national insurance contributions from April 2025, and the cost of the new food waste service.")
    b += P("3.3", "The increase in employers' national insurance contributions will cost the Council about £310,000 a year. The government has said "
           "it will provide some compensation, but the amount for district councils has not yet been confirmed.")
    b += "<h2>4. Revenue budget 2025/26</h2>"
    b += P("4.1", f"The net cost of services rises from £{net_old/1000:.2f} million in 2024/25 to £{net_new/1000:.2f} million in 2025/26. A full "
           "breakdown by service is given in Appendix A. Service budgets include depreciation and other capital charges, which are "
           "reversed out and replaced by the actual cost of capital financing. After these adjustments and interest on balances, "
           "the net budget requirement is £16.84 million.")
    b += table(["Funding", "2024/25 £000", "2025/26 £000"], [
        ["Council tax", "7,288", "7,625"],
        ["Retained business rates", "5,410", "5,602"],
        ["Revenue support grant", "412", "436"],
        ["New homes bonus", "688", "354"],
        ["Funding guarantee and other grants", "1,020", "1,465"],
        ["Collection fund surplus", "150", "210"],
        ["Use of reserves", "630", "1,150"],
        ["Total funding", "15,598", "16,842"],
    ], cls="grid", num_cols=(1, 2), tot_rows=(7,), caption="Table 1: How the budget is funded")
    b += P("4.2", "The council tax base for 2025/26 is 38,420.6 Band D equivalent properties, an increase of 1.1% on 2024/25, mainly because of "
           "new homes completed at Coldharbour Fields and Upper Tolley.")
    b += "<h2>5. Council tax</h2>"
    b += P("5.1", "District councils may increase their council tax by up to 2.99% or £5, whichever is higher, without holding a referendum. "
           f"The proposed increase of 2.99% takes the Band D charge to £{BAND_D_NEW:.2f}. The Council's share is about 9% of the total "
           "council tax bill; the rest goes to Wealdshire County Council, the Police and Crime Commissioner, the fire authority and the "
           "town and parish councils.")
    rows = []
    for band, r in RATIOS:
        old = round(BAND_D_OLD * r / 9, 2)
        new = round(BAND_D_NEW * r / 9, 2)
        rows.append([band, VALUES[band], f"{r}/9", f"£{old:,.2f}", f"£{new:,.2f}", f"£{new-old:,.2f}"])
    b += table(["Band", "Property value (1 April 1991)", "Ratio to Band D", "2024/25", "2025/26", "Increase a year"], rows,
               cls="grid", num_cols=(3, 4, 5), caption="Table 2: Ashmere District Council element of council tax by band")
    b += P("5.2", "Most households in the district are in Bands B and C. Households on low incomes can get help through the Council Tax Support "
           "scheme, which is unchanged for 2025/26 and gives working-age households a reduction of up to 80% of their bill.")
    b += "<h2>6. Savings and income proposals</h2>"
    b += P("6.1", "The budget includes £1.12 million of savings and additional income, listed in Appendix B. The main items are:")
    b += L([
        "the increase in the garden waste subscription charge from £48 to £55 (£150,000);",
        "closing the public toilets at Fennick Marsh seafront in the winter months and at Station Road, Brindle Heath (£56,000);",
        "a 10p an hour increase in car parking charges in Ashmere and Coldharbour town centres (£58,000);",
        "a review of the Council's office accommodation, letting the second floor of the District Offices to Wealdshire Integrated Care Board (£85,000);",
        "reducing the community grants budget by £20,000 and ending the printed residents' magazine (£38,000).",
    ])
    b += "<h2>7. Capital programme</h2>"
    b += P("7.1", "The proposed capital programme totals £31.7 million over three years. The largest schemes are the Brindle Heath Leisure Centre "
           "replacement (£18.4 million), the temporary accommodation acquisition programme (£5.6 million), food waste vehicles and containers "
           "(£2.2 million) and disabled facilities grants (£2.9 million over three years).")
    b += "<h2>8. Reserves</h2>"
    b += P("8.1", "The general fund balance is forecast to be £3.4 million at 31 March 2025. The budget uses £1.15 million of reserves in 2025/26, "
           "mainly from the budget equalisation reserve. The minimum prudent level of the general fund balance is assessed at £2.5 million.")
    b += "<h2>9. Medium term financial strategy</h2>"
    b += P("9.1", "Even after the savings in this budget, the Council faces a budget gap of £1.9 million in 2026/27, rising to £3.2 million by 2028/29. "
           "A programme of reviews, called Ashmere 2028, will be brought to Cabinet in the summer to close the gap.")
    b += table(["", "2025/26 £m", "2026/27 £m", "2027/28 £m", "2028/29 £m"], [
        ["Net budget requirement", "16.84", "17.62", "18.31", "18.96"],
        ["Forecast funding", "16.84", "15.72", "15.58", "15.76"],
        ["Budget gap", "0.00", "1.90", "2.73", "3.20"],
    ], cls="plain", num_cols=(1, 2, 3, 4), tot_rows=(2,), caption="Table 3: Medium term financial strategy")
    b += "<h2>10. Statement of the Chief Finance Officer</h2>"
    b += P("10.1", "Under section 25 of the Local Government Act 2003, the Chief Finance Officer must report on the robustness of the estimates and "
           "the adequacy of reserves. The Chief Finance Officer considers the estimates robust and the reserves adequate for 2025/26, but "
           "warns that the use of reserves to balance the budget cannot continue beyond 2026/27.")
    b += "<p><b>Contact officer:</b> Richard Onslow, Chief Finance Officer, 01632 960 204, richard.onslow@ashmere.gov.uk</p>"
    b += '<div class="pb"></div><h2>Appendix A: Revenue budget by service 2025/26</h2>'
    b += "<p>Figures in £000. Figures in brackets are net income.</p>"
    b += appx
    b += '<h2>Appendix B: Savings and income proposals 2025/26</h2>'
    b += table(["Ref", "Proposal", "Service", "£000"], [
        ["S01", "Garden waste charge increase from £48 to £55", "Waste", "150"],
        ["S02", "Replacement wheeled bin charge of £25", "Waste", "60"],
        ["S03", "Seasonal closure of Fennick Marsh seafront toilets; closure of Station Road toilets", "Environment", "56"],
        ["S04", "Car parking charges up 10p an hour", "Place", "58"],
        ["S05", "Let second floor of District Offices", "Resources", "85"],
        ["S06", "End printed residents' magazine", "Communications", "38"],
        ["S07", "Reduce community grants budget", "Communities", "20"],
        ["S08", "Digital council tax billing and e-forms", "Revenues", "74"],
        ["S09", "Vacancy management across all services", "All", "310"],
        ["S10", "Energy savings from LED street lighting in car parks", "Place", "42"],
        ["S11", "Leisure utilities support reduced", "Leisure", "50"],
        ["S12", "Planning pre-application advice charges increased", "Planning", "35"],
        ["S13", "Tourism: close visitor information centre at Coldharbour", "Place", "24"],
        ["S14", "Treasury management: higher interest on balances", "Resources", "118"],
        ["", "Total", "", "1,120"],
    ], cls="grid", num_cols=(3,), tot_rows=(14,), widths=["8%", "60%", "18%", "14%"])
    return b
