"""Cabinet 12 March 2025: four reports, each published alone and inside the agenda pack."""
from common import *

HEADER = "Kelsborough Borough Council | Cabinet | 12 March 2025"


def opening(title, fs_rows):
    return [P("Report to Cabinet", SUBTITLE), P(title, TITLE), front_sheet(fs_rows), Spacer(1, 5 * mm)]


# =====================================================================  leisure
LEISURE_FILE = "kbc_cabinet_2025-03-12_leisure_centre_replacement.pdf"


def leisure():
    s = opening("Castle Meadows Leisure Centre: Replacement Business Case", [
        ("Date of meeting", "12 March 2025"),
        ("Report of", "Head of Leisure and Culture"),
        ("Cabinet Member", "Councillor Julia Fenwick-Hart, Cabinet Member for Leisure, Culture and Wellbeing"),
        ("Wards affected", "Castle; Riverside; and all wards as users of the borough's main pool"),
        ("Key decision", "Yes (Forward Plan reference FP/2025/011)"),
        ("Report author", "Fiona Straker, Head of Leisure and Culture<br/>"
                          "fiona.straker@kelsborough.gov.uk, 01632 960 472"),
        ("Appendices", "Appendix 1: Option appraisal summary; Appendix 2: Indicative site plan "
                       "(published separately); Appendix 3: Equality impact assessment"),
    ])
    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "To set out the full business case for replacing Castle Meadows Leisure Centre, "
               "Kelsborough, with a new leisure centre on the council-owned Riverside Park site, and to "
               "seek approval to the capital budget and to the next stage of procurement."))
    s.append(H("2.", "Recommendations"))
    s.append(P("That Cabinet:"))
    s.append(sub("(a)", "approves Option 3, a new leisure centre at Riverside Park, Kelsborough, as the "
                 "preferred option for replacing Castle Meadows Leisure Centre;"))
    s.append(sub("(b)", "approves a capital budget of £24.6 million for the scheme, funded as set out in "
                 "Table 3, and recommends to Council the prudential borrowing of £17.35 million;"))
    s.append(sub("(c)", "authorises the Head of Leisure and Culture, in consultation with the Cabinet "
                 "Member, to appoint a contractor through the Haldenshire Construction Framework under a "
                 "two-stage design and build contract; and"))
    s.append(sub("(d)", "agrees that Castle Meadows Leisure Centre remains open until the new centre opens, "
                 "and that the site is then declared surplus and marketed for housing."))

    s.append(H("3.", "Background"))
    s.append(N("3.1", "Castle Meadows Leisure Centre opened in 1976 and is the borough's only public pool "
               "with a 25 metre main tank. It is operated for the Council by Active Kelsborough Trust "
               "under a management contract that runs to March 2031. In 2023/24 the centre received "
               "412,300 visits, more than the Council's other three sites together."))
    s.append(N("3.2", "A condition survey by Halden Building Consultancy in June 2024 found that the "
               "pool tank is losing about 9,000 litres of water a week, that the air handling plant is "
               "beyond its design life, and that the roof over the sports hall contains reinforced "
               "autoclaved aerated concrete (RAAC) planks. The sports hall has been closed since "
               "September 2024 while temporary props are in place."))
    s.append(N("3.3", "The survey estimated that £9.8 million would have to be spent over the next ten "
               "years simply to keep the building open, with no improvement to the facilities. The "
               "centre uses about 2.1 GWh of gas a year and is the Council's largest single source of "
               "carbon emissions, at around 38% of the corporate total."))
    s.append(P("Table 1: Visits to council leisure sites, 2023/24", CAPTION))
    s.append(fig_table([["Site", "Visits 2023/24", "Change on 2022/23", "Cost per visit"]], [
        ["Castle Meadows Leisure Centre, Kelsborough", "412,300", "-4.2%", "£1.12"],
        ["Northwold Pool", "143,800", "+2.6%", "£1.87"],
        ["Amberley Cross Sports Hall", "96,450", "+5.1%", "£0.94"],
        ["Saltby Community Gym", "38,200", "+11.8%", "£0.61"],
        ["Total", "690,750", "-0.9%", "£1.24"],
    ], [72 * mm, 30 * mm, 32 * mm, 28 * mm], bold_rows=[4]))

    s.append(H("4.", "Options considered"))
    s.append(N("4.1", "Four options were appraised against cost, carbon, the quality of the facilities and "
               "the risk of a period without a pool. The options were:"))
    s += bullets([
        "Option 1: do minimum, keeping the existing centre open with essential repairs only;",
        "Option 2: a major refurbishment and extension of the existing building;",
        "Option 3: a new centre at Riverside Park, about 400 metres from the existing site; and",
        "Option 4: close Castle Meadows and invest in Northwold Pool instead.",
    ])
    s.append(P("Table 2: Option appraisal summary", CAPTION))
    s.append(fig_table([["Option", "Capital cost", "Years of life", "Closure period", "Weighted score"]], [
        ["1. Do minimum", "£9.8m", "10", "Repeated short closures", "41"],
        ["2. Refurbish and extend", "£15.2m", "20", "18 months", "58"],
        ["3. New build at Riverside Park", "£24.6m", "50", "None", "82"],
        ["4. Close and invest at Northwold", "£6.4m", "25", "Permanent", "29"],
    ], [58 * mm, 24 * mm, 24 * mm, 36 * mm, 24 * mm], num_cols={1, 2, 4}))
    s.append(Spacer(1, 2 * mm))
    s.append(N("4.2", "Option 3 scores highest. It avoids any period without a pool, because the existing "
               "centre stays open while the new one is built, and it reduces the running cost of the "
               "service. Option 2 would close the only main pool in the borough for about 18 months, "
               "and the swimming clubs and schools told us this would be very damaging."))

    s.append(H("5.", "The proposed centre"))
    s.append(N("5.1", "The new centre would have an eight-lane 25 metre pool with spectator seating for "
               "150, a learner pool with a moveable floor, a 120-station gym, two studios, a four-court "
               "sports hall, a café and a community room. It would be built to Passivhaus principles "
               "and heated by air source heat pumps, with solar panels on the roof."))
    s.append(N("5.2", "Visits are forecast to rise to 520,000 a year by the third year of operation. Active "
               "Kelsborough Trust has indicated that the management fee could fall by £310,000 a year "
               "once the centre is open, because of lower energy and repair costs and higher income "
               "from the gym and swimming lessons."))
    s.append(N("5.3", "The outline programme is: planning application in July 2025; start on site in "
               "January 2026; and opening in spring 2027. Castle Meadows would then close and the site "
               "of about 1.3 hectares would be marketed for around 60 homes."))

    s.append(H("6.", "Financial implications"))
    s.append(N("6.1", "The estimated capital cost is £24.6 million, including a contingency of 10% and an "
               "allowance for inflation to the mid-point of construction. Table 3 shows the proposed "
               "funding."))
    s.append(P("Table 3: Funding of the capital budget", CAPTION))
    s.append(fig_table([["Source", "£000"]], [
        ["Prudential borrowing", "17,350"],
        ["Capital receipt from the Castle Meadows site", "3,400"],
        ["Sport England Strategic Facilities Fund (bid submitted)", "1,750"],
        ["Swimming Pool Support Fund (awarded)", "1,250"],
        ["Section 106 contributions held for sports facilities", "850"],
        ["Total", "24,600"],
    ], [110 * mm, 30 * mm], bold_rows=[5]))
    s.append(Spacer(1, 2 * mm))
    s.append(N("6.2", "The borrowing costs about £1.06 million a year over 40 years. The net revenue cost "
               "after the saving on the management fee and the avoided repair budget is £296,000 a "
               "year, which is already included in the Medium Term Financial Strategy approved by "
               "Council on 26 February 2025."))
    s.append(N("6.3", "If the Sport England bid is not successful the gap of £1.75 million would be met "
               "by further borrowing, adding about £107,000 a year to revenue costs."))

    s.append(H("7.", "Consultation"))
    s.append(N("7.1", "A public consultation ran from 4 November to 15 December 2024 and received 2,318 "
               "responses. Of these, 81% supported a new centre and 64% preferred the Riverside Park "
               "site. The main concerns were car parking, the loss of green space at Riverside Park and "
               "the need for a bus link from Amberley Cross."))
    s.append(N("7.2", "In response, the design keeps the riverside walk and the children's play area, and "
               "provides 180 parking spaces, 24 of them with electric vehicle chargers. The Council "
               "will ask Haldenshire County Council to divert the 14 bus route to stop at the centre."))

    s.append(H("8.", "Risks"))
    s.append(N("8.1", "The main risks are construction cost inflation, the failure of the existing plant "
               "before the new centre opens, and the Sport England bid. The contingency and a "
               "two-stage contract reduce the cost risk. The failure of the existing building is "
               "recorded as risk SR05 on the strategic risk register."))
    s.append(H("9.", "Legal, equalities and climate implications"))
    s.append(N("9.1", "The Council has the power to provide leisure facilities under section 19 of the "
               "Local Government (Miscellaneous Provisions) Act 1976. The procurement will comply with "
               "the Procurement Act 2023, which came into force on 24 February 2025."))
    s.append(N("9.2", "The equality impact assessment at Appendix 3 finds a positive impact for disabled "
               "people, as the new centre will include a Changing Places toilet and pool pods, and for "
               "older people through dedicated sessions. The new centre is expected to cut carbon "
               "emissions from the leisure estate by about 70%."))
    return s


# =====================================================================  temporary accommodation
TA_FILE = "kbc_cabinet_2025-03-12_temporary_accommodation.pdf"


def temporary_accommodation():
    s = opening("Temporary Accommodation: Demand, Costs and Acquisition Programme", [
        ("Date of meeting", "12 March 2025"),
        ("Report of", "Head of Housing"),
        ("Cabinet Member", "Councillor Tom Beddoes, Cabinet Member for Housing"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes (Forward Plan reference FP/2025/009)"),
        ("Report author", "Marcus Adeyemi, Head of Housing<br/>"
                          "marcus.adeyemi@kelsborough.gov.uk, 01632 960 536"),
        ("Appendices", "Appendix 1: Temporary Accommodation Placement Policy (revised)"),
    ])
    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "To update Cabinet on the growth in the number of homeless households in temporary "
               "accommodation and its cost, and to seek approval to a programme of property acquisitions "
               "and a lease that will reduce the Council's reliance on bed and breakfast."))
    s.append(H("2.", "Recommendations"))
    s.append(P("That Cabinet:"))
    s.append(sub("(a)", "notes that 287 households were in temporary accommodation on 31 January 2025 and "
                 "the forecast overspend of £1.37 million in 2024/25;"))
    s.append(sub("(b)", "approves an acquisition programme of up to 30 homes for use as temporary "
                 "accommodation, with a capital budget of £7.2 million;"))
    s.append(sub("(c)", "approves a ten-year lease of Elmfield House, Northwold, providing 24 self-contained "
                 "units, and delegates the final terms to the Head of Housing; and"))
    s.append(sub("(d)", "adopts the revised Temporary Accommodation Placement Policy at Appendix 1."))

    s.append(H("3.", "Background"))
    s.append(N("3.1", "The Council has a duty under Part 7 of the Housing Act 1996 to secure accommodation "
               "for homeless households who are eligible, in priority need and unintentionally homeless. "
               "Where a settled home is not available at once, the Council must provide interim or "
               "temporary accommodation, and it must not place families with children in bed and "
               "breakfast for more than six weeks.", hyph=True))
    s.append(N("3.2", "Demand has risen sharply. The number of households in temporary accommodation has "
               "doubled from 142 in March 2023 to 287 at the end of January 2025. The main causes are "
               "the ending of private tenancies, with landlords selling or raising rents beyond Local "
               "Housing Allowance rates, and the very low number of social lets, which fell to 318 "
               "in 2023/24."))
    s.append(P("Table 1: Households in temporary accommodation by type, 31 January 2025", CAPTION))
    s.append(fig_table([["Type of accommodation", "Households", "of which families", "Average cost per night",
                         "Net cost to Council per night"]], [
        ["Bed and breakfast (nightly paid, shared facilities)", "64", "19", "£68", "£41"],
        ["Nightly-paid self-contained flats", "98", "61", "£82", "£37"],
        ["Wharf House Hostel, Saltby", "38", "0", "£29", "£6"],
        ["Private sector leased homes", "87", "72", "£31", "£4"],
        ["Total", "287", "152", "", ""],
    ], [64 * mm, 22 * mm, 22 * mm, 28 * mm, 30 * mm], bold_rows=[4]))
    s.append(Spacer(1, 2 * mm))
    s.append(N("3.3", "The net cost is the gross cost less the housing benefit the Council can claim. Because "
               "subsidy for temporary accommodation is capped at 90% of the January 2011 Local Housing "
               "Allowance rate, the Council meets most of the cost of nightly-paid placements itself. "
               "On 31 January 2025, 19 families with children had been in bed and breakfast for "
               "longer than six weeks."))
    s.append(N("3.4", "Many placements are outside the borough. Of the 162 nightly-paid placements, 57 are "
               "in neighbouring districts, mainly in hotels in Hollinsford, which means long journeys "
               "to school and work for the families concerned."))

    s.append(H("4.", "Financial position"))
    s.append(N("4.1", "The temporary accommodation budget for 2024/25 is £1.42 million. Spending is forecast "
               "at £2.79 million, an overspend of £1.37 million. The 2025/26 budget approved by Council "
               "on 26 February 2025 adds growth of £1.85 million, but this assumes that the number of "
               "nightly-paid placements falls from the middle of 2025/26."))
    s.append(N("4.2", "Without action, officers forecast 340 households in temporary accommodation by March "
               "2026 and a cost of £3.6 million, £1.8 million more than the budget. The measures in this "
               "report are intended to bring the number in bed and breakfast below 20 by March 2026."))

    s.append(H("5.", "Proposals"))
    s.append(N("5.1", "<b>Acquisition programme.</b> The Council would buy up to 30 homes on the open market, "
               "mainly two- and three-bedroom houses and flats in Kelsborough and Northwold. At an "
               "average price of £215,000 plus costs and repairs, the total is £7.2 million. The homes "
               "would be let as temporary accommodation at Local Housing Allowance rates."))
    s.append(N("5.2", "The programme would be funded by a Local Authority Housing Fund grant of £2.16 "
               "million (30% of the cost), right to buy receipts of £0.9 million and prudential borrowing "
               "of £4.14 million. Each home is expected to save about £11,400 a year compared with "
               "nightly-paid accommodation, a total of £342,000 a year once all 30 are in use."))
    s.append(N("5.3", "<b>Elmfield House, Northwold.</b> Elmfield House is a former care home on Station Road, "
               "Northwold, which the owner, Harcourt Living Ltd, has converted into 24 self-contained "
               "studio and one-bedroom flats. The proposed lease is for ten years at £262,000 a year, "
               "with on-site support provided by Haldenshire Housing Support. It would take single "
               "people and couples now in bed and breakfast and is expected to open in June 2025."))
    s.append(N("5.4", "<b>Placement policy.</b> The revised policy at Appendix 1 sets out how the Council "
               "decides where to place a household. The main changes are:"))
    s += bullets([
        "families with children of school age will be placed within the borough wherever possible, and "
        "placements more than 20 miles away will need the approval of a housing manager;",
        "households will be offered help with travel costs to school for the first eight weeks of an "
        "out-of-area placement;",
        "a household that refuses a suitable offer of private rented accommodation may have the main "
        "housing duty ended, after a review of suitability; and",
        "every placement will be reviewed at four weeks and then every eight weeks.",
    ])

    s.append(H("6.", "Options considered"))
    s.append(N("6.1", "Cabinet could rely on nightly-paid accommodation alone. This is rejected because of its "
               "cost and its effect on families. Building new homes for temporary accommodation was "
               "also considered, but would take at least three years to deliver. Working with Kelsborough "
               "Homes, the main housing association, on a leasing scheme will continue alongside the "
               "proposals in this report."))
    s.append(H("7.", "Risks"))
    s.append(N("7.1", "Demand could continue to rise faster than supply, and house prices or repair costs "
               "could be higher than assumed. Homelessness demand is risk SR03 on the strategic risk "
               "register, scored 20 (the highest score on the register). A quarterly report on "
               "temporary accommodation will be made to the Overview and Scrutiny Committee."))
    s.append(H("8.", "Legal, equalities and climate implications"))
    s.append(N("8.1", "The Council may acquire land and buildings under section 120 of the Local Government "
               "Act 1972 and section 17 of the Housing Act 1985. The equality impact assessment shows "
               "that women, children and people from Black and minority ethnic groups are over-"
               "represented among households in temporary accommodation, and that the proposals will "
               "have a positive impact on them."))
    s.append(N("8.2", "Homes bought under the programme will be brought up to an Energy Performance "
               "Certificate rating of C where this is practical, within a repair allowance of £12,000 a "
               "home."))
    return s


# =====================================================================  regeneration
REGEN_FILE = "kbc_cabinet_2025-03-12_town_centre_regeneration.pdf"


def regeneration():
    s = opening("Kelsborough Town Centre Regeneration Programme: Progress and Capital Programme", [
        ("Date of meeting", "12 March 2025"),
        ("Report of", "Head of Regeneration"),
        ("Cabinet Member", "Councillor Helen Ashdown, Leader of the Council and Cabinet Member for Strategy "
                           "and Regeneration"),
        ("Wards affected", "Castle; Market; Station"),
        ("Key decision", "Yes (Forward Plan reference FP/2025/007)"),
        ("Report author", "Gareth Lowther, Head of Regeneration<br/>"
                          "gareth.lowther@kelsborough.gov.uk, 01632 960 604"),
        ("Appendices", "Appendix 1: Programme plan; Appendix 2: Bridge Street site plan (exempt, "
                       "paragraph 3 of Schedule 12A)"),
    ])
    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "To report progress on the Kelsborough Town Centre Regeneration Programme, to approve "
               "the revised capital programme for the three projects, and to agree the next steps for the "
               "former Hallworth's department store on Bridge Street."))
    s.append(H("2.", "Recommendations"))
    s.append(P("That Cabinet:"))
    s.append(sub("(a)", "approves the revised regeneration capital programme of £31.45 million shown in "
                 "Table 2;"))
    s.append(sub("(b)", "approves the demolition of the former Hallworth's store, 14-22 Bridge Street, and "
                 "the procurement of a development partner for a mixed-use scheme of about 46 homes, "
                 "a library and ground floor commercial space;"))
    s.append(sub("(c)", "authorises the Head of Regeneration to acquire 3, 5 and 7 Bridge Street by "
                 "agreement, and notes that a report on the use of compulsory purchase powers will be "
                 "brought if agreement cannot be reached by September 2025; and"))
    s.append(sub("(d)", "delegates to the Director of Finance and Resources, in consultation with the Leader, "
                 "the acceptance of the Haldenshire Growth Fund grant agreement."))

    s.append(H("3.", "Background"))
    s.append(N("3.1", "The Kelsborough Town Centre Masterplan was adopted in October 2023. It identifies three "
               "priority projects: the renewal of Market Square, the redevelopment of the Bridge Street "
               "block including the former Hallworth's store, and better access between the railway "
               "station and the town centre through the Station Quarter.", hyph=True))
    s.append(N("3.2", "In July 2024 the Council was awarded £18.2 million from the Haldenshire Growth Fund, "
               "administered by the Haldenshire Combined Authority, towards the programme. The grant must "
               "be spent by March 2028. Vacancy in the town centre has risen to 17.4% of ground floor "
               "units, against a national average of about 14%."))
    s.append(N("3.3", "Hallworth's closed in January 2023 after 112 years of trading and the Council bought "
               "the freehold in March 2024 for £2.35 million. The building has been empty since and "
               "costs about £86,000 a year to secure and insure."))

    s.append(H("4.", "Progress"))
    s.append(N("4.1", "<b>Market Square.</b> Detailed design is complete and the contract was awarded in "
               "January 2025 to Torrance Civil Engineering Ltd. Work starts on 7 April 2025 and will be "
               "done in four phases so that the Thursday and Saturday markets can continue. The scheme "
               "replaces the 1980s paving, removes through traffic from Sheep Street, and adds trees, "
               "seating and a water feature."))
    s.append(N("4.2", "<b>Bridge Street.</b> A structural survey found that the Hallworth's building cannot "
               "be economically converted. The 1908 facade on Bridge Street is not listed but lies in the "
               "Kelsborough Conservation Area; the proposed scheme would keep and restore it. A "
               "development partner would build about 46 homes, of which at least 30% would be "
               "affordable, together with a new library and community hub to replace the current "
               "library in Wellgate, and shops at ground floor."))
    s.append(N("4.3", "<b>Station Quarter.</b> Work with Network Rail and the train operator on a new "
               "pedestrian route from the station forecourt to Market Street is at feasibility stage. "
               "A planning application is expected in early 2026."))
    s.append(P("Table 1: Programme milestones", CAPTION))
    s.append(fig_table([["Project", "Milestone", "Target date", "Status"]], [
        ["Market Square", "Start on site", "7 April 2025", "On track"],
        ["Market Square", "Completion of all phases", "March 2026", "On track"],
        ["Bridge Street", "Demolition of rear buildings complete", "December 2025", "Amber: asbestos survey"],
        ["Bridge Street", "Development partner appointed", "January 2026", "On track"],
        ["Bridge Street", "Library and hub open", "Autumn 2027", "Amber: depends on acquisitions"],
        ["Station Quarter", "Planning application submitted", "February 2026", "Amber: Network Rail consents"],
    ], [34 * mm, 62 * mm, 30 * mm, 40 * mm], num_cols=set()))

    s.append(H("5.", "Revised capital programme"))
    s.append(N("5.1", "The programme has been re-costed following the tender for Market Square and the "
               "Bridge Street surveys. The total has risen from £27.9 million, as reported in July 2024, "
               "to £31.45 million. The main reasons for the increase are:"))
    s += bullets([
        "the Market Square tender came in £0.62 million above the estimate, mainly because of "
        "drainage works found during surveys;",
        "asbestos removal and the retention of the Bridge Street facade add £1.94 million; and",
        "the cost of acquiring 3, 5 and 7 Bridge Street is now estimated at £0.99 million more than "
        "allowed.",
    ])
    s.append(P("Table 2: Regeneration capital programme (£000)", CAPTION))
    prog = [("Market Square public realm", 420, 3100, 3280, 0),
            ("Bridge Street acquisitions and demolition", 650, 4450, 0, 0),
            ("Bridge Street library and hub (Council share)", 0, 1750, 8700, 2150),
            ("Station Quarter access", 0, 600, 1850, 2100),
            ("Programme management and fees", 310, 820, 760, 510)]
    rows = []
    for name, *v in prog:
        rows.append([name] + [money(x) for x in v] + [money(sum(v))])
    tot = [sum(p[i] for p in prog) for i in range(1, 5)]
    prog_total = sum(tot)
    rows.append(["Total programme"] + [money(x) for x in tot] + [money(prog_total)])
    assert prog_total == 31450, prog_total
    s.append(fig_table([["Project", "2024/25", "2025/26", "2026/27", "2027/28", "Total"]], rows,
                       [66 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 22 * mm], bold_rows=[len(rows) - 1]))
    s.append(Spacer(1, 2 * mm))
    s.append(N("5.2", "The programme is funded by the Haldenshire Growth Fund (£18.2 million), the "
               "Regeneration Reserve (£1.86 million), a contribution from Haldenshire County Council for "
               "the library (£2.5 million), and prudential borrowing of £8.89 million, which will be "
               "repaid in part from the sale of the homes at Bridge Street."))
    s.append(N("5.3", "The increase of £3.55 million on the July 2024 estimate is met from borrowing. The "
               "Growth Fund grant cannot be increased, and the Combined Authority has confirmed that "
               "the grant can be moved between the three projects."))

    s.append(H("6.", "Engagement"))
    s.append(N("6.1", "Traders were consulted on the Market Square phasing in November and December 2024. "
               "The Kelsborough Business Improvement District supports the scheme but has asked for "
               "free parking on Saturdays in December 2025 while the works are in progress. This will "
               "be considered as part of the review of car parking charges."))
    s.append(H("7.", "Risks"))
    s.append(N("7.1", "Cost inflation and the deadline for spending the Growth Fund are the main risks "
               "(strategic risk SR09). If the Bridge Street acquisitions are delayed beyond September "
               "2025, compulsory purchase may be needed, which could add up to 18 months to the "
               "programme. A programme board chaired by the Chief Executive meets monthly."))
    s.append(H("8.", "Legal, equalities and climate implications"))
    s.append(N("8.1", "The Council has powers to acquire land for planning purposes under section 227 of the "
               "Town and Country Planning Act 1990. Appendix 2 is exempt because it contains information "
               "about the financial affairs of the owners of 3, 5 and 7 Bridge Street."))
    s.append(N("8.2", "The new library will be fully accessible, unlike the present building in Wellgate, "
               "which has no lift to the first floor. The Bridge Street homes will be built to the "
               "Future Homes Standard."))
    return s


# =====================================================================  waste
WASTE_FILE = "kbc_cabinet_2025-03-12_waste_collection_changes.pdf"
GARDEN_CHARGE_REPORT = "£52"


def waste():
    s = opening("Waste Collection Changes: Weekly Food Waste and Garden Waste Charges", [
        ("Date of meeting", "12 March 2025"),
        ("Report of", "Head of Environmental Services"),
        ("Cabinet Member", "Councillor Sarah Quaintance, Cabinet Member for Environment"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes (Forward Plan reference FP/2025/010)"),
        ("Report author", "Jonathan Pryce, Head of Environmental Services<br/>"
                          "jonathan.pryce@kelsborough.gov.uk, 01632 960 745"),
        ("Appendices", "Appendix 1: Collection calendar changes; Appendix 2: Equality impact assessment"),
    ])
    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "To agree the introduction of a weekly food waste collection for all households, "
               "changes to collection rounds, and the charge for the garden waste service for 2025/26."))
    s.append(H("2.", "Recommendations"))
    s.append(P("That Cabinet:"))
    s.append(sub("(a)", "approves the introduction of a weekly separate food waste collection for all "
                 "households from 6 October 2025;"))
    s.append(sub("(b)", "approves the purchase of 11 food waste collection vehicles and kitchen and kerbside "
                 "caddies at a capital cost of £1.94 million;"))
    s.append(sub("(c)", f"sets the garden waste subscription charge for 2025/26 at {GARDEN_CHARGE_REPORT} per "
                 "bin, with a charge of £39 for households receiving Council Tax Reduction; and"))
    s.append(sub("(d)", "approves the re-routing of residual and recycling collections, with new collection "
                 "days for about 40% of households from 6 October 2025."))

    s.append(H("3.", "Background"))
    s.append(N("3.1", "The Environment Act 2021 and the Government's Simpler Recycling reforms require "
               "English councils to collect food waste separately from households at least weekly by 31 "
               "March 2026. The Council does not collect food waste at present, and food makes up about "
               "31% by weight of the average Kelsborough residual bin.", hyph=True))
    s.append(N("3.2", "The current service is a fortnightly 240 litre residual bin, a fortnightly 240 litre "
               "mixed recycling bin collected on the alternate week, and an optional fortnightly garden "
               "waste bin for which residents pay an annual subscription. The recycling rate in 2023/24 "
               "was 38.6%, below the Haldenshire average of 44.1%."))
    s.append(P("Table 1: Household waste and recycling, 2021/22 to 2023/24", CAPTION))
    s.append(fig_table([["Measure", "2021/22", "2022/23", "2023/24"]], [
        ["Residual waste per household (kg)", "512", "497", "488"],
        ["Dry recycling collected (tonnes)", "11,240", "10,980", "10,870"],
        ["Garden waste collected (tonnes)", "7,610", "6,940", "7,120"],
        ["Garden waste subscriptions", "17,850", "18,320", "18,905"],
        ["Recycling rate", "39.4%", "38.9%", "38.6%"],
        ["Missed collections per 100,000", "61", "74", "58"],
    ], [80 * mm, 26 * mm, 26 * mm, 26 * mm]))

    s.append(H("4.", "Weekly food waste collection"))
    s.append(N("4.1", "Every household will receive a 5 litre kitchen caddy, a 23 litre kerbside caddy and a "
               "first roll of compostable liners. Flats with communal bins will receive 140 litre shared "
               "food bins. Collections will be made weekly by dedicated vehicles, on the same day as the "
               "household's other collections."))
    s.append(N("4.2", "The food waste will be taken to the anaerobic digestion plant at Greyfriars Farm, "
               "Amberley Cross, under a seven-year contract. The gate fee is £28 a tonne, compared with "
               "£112 a tonne for residual waste sent to the energy from waste plant, once landfill tax "
               "avoided is included."))
    s.append(N("4.3", "We expect to collect about 5,800 tonnes of food waste a year, raising the recycling rate "
               "to about 46%. The capital cost of £1.94 million is met by the Government's new burdens "
               "capital grant of £1.62 million and borrowing of £0.32 million. The annual running cost of "
               "£780,000 is partly met by new burdens revenue funding of £510,000."))

    s.append(H("5.", "Round re-organisation"))
    s.append(N("5.1", "The introduction of food waste is an opportunity to rebalance the collection rounds, "
               "which have not been reviewed since 2016 and do not reflect the 3,900 homes built since. "
               "Route optimisation software shows that the same service can be delivered with one fewer "
               "residual round, saving about £145,000 a year."))
    s.append(N("5.2", "About 40% of households will have a new collection day. Every household will be "
               "written to at least six weeks before the change, and the new calendar will be available "
               "through the Council's website and the Kelsborough Bins app. Collections for the week of "
               "the change will be made on both the old and new day where needed."))

    s.append(H("6.", "Garden waste charge"))
    s.append(N("6.1", "The garden waste charge was £44 per bin in 2024/25. The 2025/26 budget includes a "
               "saving of £160,000 from a review of the charge. The service costs about £1.02 million a "
               "year to run, and at £44 the charge does not recover the full cost."))
    s.append(N("6.2", f"A charge of {GARDEN_CHARGE_REPORT} would recover the full cost and is in line with "
               "neighbouring councils (Northwold and Wyvern District Council charges £50 and Hollinsford "
               "£57). A reduced charge of £39 is proposed for households receiving Council Tax Reduction. "
               "Officers estimate that about 4% of subscribers would leave the service, leaving about "
               "18,150 subscriptions."))
    s.append(P("Table 2: Garden waste charge options for 2025/26", CAPTION))
    s.append(fig_table([["Charge per bin", "Estimated subscriptions", "Income £000", "Extra income on 2024/25 £000"]], [
        ["£44 (no change)", "18,905", "832", "-"],
        ["£48", "18,530", "889", "57"],
        ["£50", "18,340", "917", "85"],
        ["£52 (recommended)", "18,150", "944", "112"],
        ["£55", "17,770", "977", "145"],
    ], [40 * mm, 38 * mm, 30 * mm, 46 * mm], bold_rows=[3]))
    s.append(Spacer(1, 2 * mm))
    s.append(N("6.3", "The extra income of £112,000 at the recommended charge, together with the round "
               "savings in section 5, meets the £160,000 saving in the budget. Subscriptions for 2025/26 "
               "open on 1 April 2025 and the first collection is on 5 May 2025."))

    s.append(H("7.", "Consultation"))
    s.append(N("7.1", "The Overview and Scrutiny Committee considered these proposals on 25 February 2025. "
               "It supported the food waste service but asked Cabinet to consider a lower increase in the "
               "garden waste charge, given the rise in other household costs. A survey of 1,140 residents "
               "found that 72% would use a food waste collection."))
    s.append(H("8.", "Risks"))
    s.append(N("8.1", "The main risks are the delivery of vehicles (lead times are currently about 30 weeks), "
               "the recruitment of 14 additional drivers and loaders, and contamination of the food waste. "
               "Vehicles were ordered in January 2025 under delegated powers to meet the October date. "
               "The risk is SR04 on the strategic risk register."))
    s.append(H("9.", "Legal, equalities and climate implications"))
    s.append(N("9.1", "The Council is a waste collection authority under the Environmental Protection Act "
               "1990. It may charge for the collection of garden waste under the Controlled Waste "
               "(England and Wales) Regulations 2012. Assisted collections will continue for residents "
               "who cannot move their bins and caddies. Diverting food waste from the energy from waste "
               "plant will save about 1,100 tonnes of carbon dioxide equivalent a year."))
    return s


REPORTS = [  # (agenda item no., file, story function, short title for the agenda)
    (5, LEISURE_FILE, leisure, "Castle Meadows Leisure Centre: Replacement Business Case"),
    (6, TA_FILE, temporary_accommodation, "Temporary Accommodation: Demand, Costs and Acquisition Programme"),
    (7, REGEN_FILE, regeneration, "Kelsborough Town Centre Regeneration Programme: Progress and Capital Programme"),
    (8, WASTE_FILE, waste, "Waste Collection Changes: Weekly Food Waste and Garden Waste Charges"),
]


def make_all(out_dir):
    out = []
    for item, fname, fn, title in REPORTS:
        out.append(build(f"{out_dir}/{fname}", fn(), HEADER, title=title))
    return out


# =====================================================================  closing sections and appendices

def closing(background):
    s = [H("", "Background papers")]
    s += bullets(background)
    s.append(P("Statutory officer clearance", CAPTION))
    s.append(fig_table([["Officer", "Name", "Cleared"]], [
        ["Section 151 Officer", "Claire Hemmings", "26 February 2025"],
        ["Monitoring Officer", "Neil Castellan", "27 February 2025"],
        ["Chief Executive", "Andrew Thornbury", "28 February 2025"],
    ], [60 * mm, 60 * mm, 40 * mm], num_cols=set()))
    return s


def appendix_title(t):
    return [PageBreak(), P(t, SUBTITLE)]


def leisure_appx():
    s = appendix_title("Appendix 1: Option appraisal summary")
    s.append(P("Each option was scored from 0 to 10 against six criteria by an officer panel, with "
               "advice from Halden Building Consultancy. The weighted score is out of 100."))
    crit = [("Capital cost and affordability", 25, [9, 6, 3, 10]),
            ("Whole-life running cost", 20, [2, 5, 9, 6]),
            ("Quality and range of facilities", 20, [1, 6, 10, 3]),
            ("Carbon reduction", 15, [1, 5, 9, 3]),
            ("Continuity of swimming provision", 10, [5, 2, 10, 0]),
            ("Deliverability and risk", 10, [6, 5, 7, 4])]
    rows = []
    for name, w, sc in crit:
        rows.append([name, f"{w}%"] + [str(x) for x in sc])
    tot = [round(sum(w * sc[i] for _n, w, sc in crit) / 10) for i in range(4)]
    rows.append(["Weighted score (out of 100)", "100%"] + [str(t) for t in tot])
    s.append(fig_table([["Criterion", "Weight", "Option 1", "Option 2", "Option 3", "Option 4"]], rows,
                       [62 * mm, 18 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm], bold_rows=[len(rows) - 1]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Sites considered for Option 3", H2))
    s.append(P("Three sites were examined for a new building: Riverside Park (council-owned, 2.4 hectares, "
               "next to the existing centre), the former Northwold Road depot (council-owned, but outside "
               "the town centre and poorly served by buses) and land at Kelsborough Business Park (privately "
               "owned, with an asking price of about £2.8 million). Riverside Park was preferred because it "
               "is within walking distance of the town centre and the bus station and is already in the "
               "Council's ownership. About 0.6 hectares of the park would be lost to the building and "
               "car park; the rest of the park would be improved as part of the scheme."))
    s.append(P("Programme users consulted", H2))
    s += bullets(["Kelsborough Otters Swimming Club (412 members);",
                  "Northwold and District Amateur Swimming Club;",
                  "eleven primary schools that use Castle Meadows for curriculum swimming;",
                  "Haldenshire Disability Sport Forum; and",
                  "Active Kelsborough Trust staff and customer panel."])
    s += appendix_title("Appendix 3: Equality impact assessment (summary)")
    s.append(fig_table([["Group", "Likely impact", "Action"]], [
        ["Disabled people", "Positive: step-free access throughout, pool pods, Changing Places toilet and a "
                            "sensory room", "Design review by Haldenshire Disability Sport Forum at RIBA stage 3"],
        ["Older people", "Positive: warmer learner pool and more accessible changing", "Retain the Silver "
                         "Swim sessions and the 60+ concession price"],
        ["Women and girls", "Positive: mixed and single-sex changing options", "Offer women-only swim "
                            "sessions at least twice a week"],
        ["People on low incomes", "Risk: prices may rise at the new centre", "Keep the Kelsborough Leisure "
                                  "Card discount of 50% for people on means-tested benefits"],
        ["Residents of Amberley Cross and Saltby", "Risk: longer journey to Riverside Park than to the town "
                                                   "centre for some", "Seek diversion of the 14 bus route; "
                                                   "cycle parking for 60 bicycles"],
    ], [42 * mm, 62 * mm, 62 * mm], num_cols=set()))
    return s


def ta_appx():
    s = appendix_title("Appendix 1: Temporary Accommodation Placement Policy (revised March 2025)")
    pol = [
        ("1", "Purpose", "This policy explains how Kelsborough Borough Council decides where to place "
         "homeless households in interim and temporary accommodation, and how it takes account of their "
         "needs when doing so. It applies to placements made under sections 188, 190, 193 and 200 of the "
         "Housing Act 1996."),
        ("2", "Supply of accommodation", "The Council uses its own hostel at Wharf House, Saltby, leased "
         "homes, homes owned by the Council under its acquisition programme, and, where nothing else is "
         "available, nightly-paid accommodation including bed and breakfast. The Council aims to keep "
         "the use of bed and breakfast to a minimum and to end its use for families."),
        ("3", "Suitability", "Every placement must be suitable for the household. The Council will "
         "consider the size and condition of the accommodation, its affordability, any medical needs or "
         "disabilities, and the need to be near schools, work, carers and support services. The "
         "Council will record its assessment on the household's case file."),
        ("4", "Location", "Placements will be made within the borough wherever reasonably practicable. "
         "Priority for placements within the borough will be given to households with children at "
         "school in the borough, households with a member in employment in the borough, and households "
         "receiving medical treatment or care in the borough."),
        ("5", "Out-of-area placements", "Where a placement outside the borough cannot be avoided, the "
         "Council will try to place the household as close as possible to Kelsborough and will notify "
         "the receiving council within two working days. A placement more than 20 miles from "
         "Kelsborough Civic Centre needs the approval of a Housing Options Manager."),
        ("6", "Travel support", "Households placed out of area will be offered help with travel costs to "
         "school for the first eight weeks of the placement, or until a school place nearer the "
         "accommodation is found, whichever is sooner."),
        ("7", "Reviews", "Each placement will be reviewed four weeks after it starts and then every "
         "eight weeks. A household may ask for a review of the suitability of the accommodation under "
         "section 202 of the Act within 21 days of being notified of the offer."),
        ("8", "Moving on", "The Council will help households to move on to settled accommodation as "
         "quickly as possible, through the housing register and offers of private rented homes. A "
         "household that refuses a suitable offer of a private rented tenancy of at least 12 months "
         "may have the main housing duty ended after a review of suitability."),
        ("9", "Charges", "Households in temporary accommodation are charged a weekly rent and, where "
         "provided, a service charge. The Council will help households to claim housing benefit or the "
         "housing element of Universal Credit and will agree affordable repayment plans for arrears."),
        ("10", "Monitoring", "The Head of Housing will report the number and type of placements to the "
         "Overview and Scrutiny Committee every quarter, including the number of families in bed and "
         "breakfast for more than six weeks and the number of out-of-area placements."),
    ]
    for num, head, text in pol:
        s.append(Paragraph(f"<b>{head}</b>", H1, bulletText=f"{num}."))
        s.append(N(f"{num}.1", text))
    return s


def regen_appx():
    s = appendix_title("Appendix 1: Programme plan 2025 to 2028")
    s.append(P("The plan below is the baseline agreed by the Regeneration Programme Board on 20 February "
               "2025. Dates are the end of the quarter in which each stage is due to finish."))
    s.append(fig_table([["Workstream", "Stage", "Due", "Lead"]], [
        ["Market Square", "Phase 1: Sheep Street and north side", "June 2025", "Torrance Civil Engineering"],
        ["Market Square", "Phase 2: central square and water feature", "September 2025", "Torrance Civil Engineering"],
        ["Market Square", "Phase 3: Corn Exchange frontage", "December 2025", "Torrance Civil Engineering"],
        ["Market Square", "Phase 4: south side and tree planting", "March 2026", "Torrance Civil Engineering"],
        ["Bridge Street", "Acquisition of 3, 5 and 7 Bridge Street", "September 2025", "Head of Regeneration"],
        ["Bridge Street", "Asbestos removal and soft strip", "September 2025", "Corporate Property"],
        ["Bridge Street", "Demolition of rear buildings, facade retained", "December 2025", "Corporate Property"],
        ["Bridge Street", "Development partner procurement", "January 2026", "Procurement team"],
        ["Bridge Street", "Planning permission for mixed-use scheme", "September 2026", "Development partner"],
        ["Bridge Street", "Library and hub open", "December 2027", "Development partner"],
        ["Station Quarter", "Feasibility and Network Rail consents", "December 2025", "Head of Regeneration"],
        ["Station Quarter", "Planning application", "March 2026", "Head of Regeneration"],
        ["Station Quarter", "Works complete", "March 2028", "To be procured"],
    ], [34 * mm, 70 * mm, 28 * mm, 36 * mm], num_cols=set(), zebra=True))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Programme governance", H2))
    s.append(P("The Regeneration Programme Board is chaired by the Chief Executive, Andrew Thornbury, and "
               "includes the Director of Finance and Resources, the Head of Regeneration, a representative "
               "of the Haldenshire Combined Authority and the chair of the Kelsborough Business Improvement "
               "District. The Board reports to Cabinet every six months, and to the Combined Authority "
               "every quarter as a condition of the Growth Fund grant. Changes of more than 10% to the cost "
               "of any project, or of more than three months to a milestone, must be reported to Cabinet."))
    return s


def waste_appx():
    s = appendix_title("Appendix 1: Collection day changes from 6 October 2025")
    s.append(P("The table shows, for each ward, the number of households whose collection day will "
               "change. Households will be written to at least six weeks before the change."))
    wards = [("Amberley Cross East", 2410, 1380), ("Amberley Cross West", 2285, 610),
             ("Castle", 2960, 1170), ("Market", 1840, 240), ("Northwold Central", 2670, 1590),
             ("Northwold Rural", 1930, 1210), ("Riverside", 2515, 880), ("Saltby Harbour", 2105, 1045),
             ("Saltby Coastal", 1760, 990), ("Station", 2230, 415), ("Wellgate", 2390, 620)]
    rows = [[w, f"{h:,}", f"{c:,}", f"{100 * c / h:.0f}%"] for w, h, c in wards]
    th = sum(w[1] for w in wards)
    tc = sum(w[2] for w in wards)
    rows.append(["Total", f"{th:,}", f"{tc:,}", f"{100 * tc / th:.0f}%"])
    s.append(fig_table([["Ward", "Households", "Households with a new day", "Share changing"]], rows,
                       [58 * mm, 30 * mm, 46 * mm, 30 * mm], bold_rows=[len(rows) - 1]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Communal properties (blocks of flats) will keep their existing collection day where the "
               "managing agent asks for this. Bank holiday collections will follow the usual pattern of "
               "one day later for the rest of the week."))
    s += appendix_title("Appendix 2: Equality impact assessment (summary)")
    s.append(fig_table([["Group", "Likely impact", "Action"]], [
        ["Older and disabled residents", "Risk: an extra container to move to the kerb each week",
         "Assisted collections extended to food caddies on request; 2,140 households already registered"],
        ["People on low incomes", "Risk: higher garden waste charge", "Reduced charge for households "
                                  "receiving Council Tax Reduction"],
        ["Residents of flats", "Risk: lack of space for caddies", "Communal 140 litre food bins; "
                               "managing agents contacted before launch"],
        ["People whose first language is not English", "Risk: confusion about new collection days",
         "Leaflets in Polish, Romanian, Urdu and Portuguese; pictorial caddy stickers"],
    ], [42 * mm, 62 * mm, 62 * mm], num_cols=set()))
    return s


_BASE = {"leisure": leisure, "ta": temporary_accommodation, "regen": regeneration, "waste": waste}


def _full(key):
    bg = {
        "leisure": ["Castle Meadows Leisure Centre condition survey, Halden Building Consultancy, June 2024",
                    "Kelsborough Playing Pitch and Built Facilities Strategy 2022"],
        "ta": ["Homelessness and Rough Sleeping Strategy 2023-2028",
               "Temporary accommodation quarterly monitoring reports to Overview and Scrutiny Committee"],
        "regen": ["Kelsborough Town Centre Masterplan, adopted October 2023",
                  "Cabinet report, Town Centre Regeneration Programme, 10 July 2024"],
        "waste": ["Overview and Scrutiny Committee minutes, 25 February 2025",
                  "Haldenshire Joint Municipal Waste Strategy 2021"],
    }[key]
    appx = {"leisure": leisure_appx, "ta": ta_appx, "regen": regen_appx, "waste": waste_appx}[key]
    return _BASE[key]() + closing(bg) + appx()


REPORTS = [
    (5, LEISURE_FILE, lambda: _full("leisure"), "Castle Meadows Leisure Centre: Replacement Business Case"),
    (6, TA_FILE, lambda: _full("ta"), "Temporary Accommodation: Demand, Costs and Acquisition Programme"),
    (7, REGEN_FILE, lambda: _full("regen"), "Kelsborough Town Centre Regeneration Programme: Progress and Capital Programme"),
    (8, WASTE_FILE, lambda: _full("waste"), "Waste Collection Changes: Weekly Food Waste and Garden Waste Charges"),
]
