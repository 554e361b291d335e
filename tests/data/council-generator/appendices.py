from common import *


def budget_fees():
    rows = [
        ["Garden waste subscription (per bin, per year)", "£48.00", "£55.00", "14.6%"],
        ["Bulky waste collection (up to 3 items)", "£32.00", "£35.00", "9.4%"],
        ["Bulky waste collection (each additional item)", "£9.50", "£10.50", "10.5%"],
        ["Replacement wheeled bin (180 litre)", "£38.00", "£40.00", "5.3%"],
        ["Commercial waste 1,100 litre bin (per lift)", "£21.40", "£22.60", "5.6%"],
        ["Household Waste Recycling Centre - plasterboard (per bag)", "£5.00", "£6.00", "20.0%"],
        ["Car parking - Harbourne town centre (per hour)", "£1.60", "£1.80", "12.5%"],
        ["Car parking - Harbourne all day", "£7.50", "£8.20", "9.3%"],
        ["Car parking - Millbridge and Kingsholt (per hour)", "£1.00", "£1.20", "20.0%"],
        ["Residents' parking permit (first vehicle)", "£55.00", "£60.00", "9.1%"],
        ["Season ticket - Quayside multi-storey (annual)", "£720.00", "£780.00", "8.3%"],
        ["Pre-application planning advice - householder", "£95.00", "£110.00", "15.8%"],
        ["Pre-application planning advice - 10 to 49 homes", "£2,400.00", "£2,750.00", "14.6%"],
        ["Pre-application planning advice - 50 homes or more", "£4,800.00", "£5,500.00", "14.6%"],
        ["Street naming and numbering (per plot)", "£65.00", "£70.00", "7.7%"],
        ["Land charges - official search (LLC1 and CON29)", "£148.00", "£155.00", "4.7%"],
        ["Pavement licence (new application)", "£350.00", "£350.00", "0.0%"],
        ["Street trading consent (annual)", "£1,150.00", "£1,210.00", "5.2%"],
        ["Taxi and private hire driver licence (3 years)", "£265.00", "£280.00", "5.7%"],
        ["Premises licence - annual fee (Band B)", "£180.00", "£180.00", "0.0%"],
        ["Pest control - rats and mice (residential)", "£85.00", "£90.00", "5.9%"],
        ["Pest control - wasps' nest", "£70.00", "£75.00", "7.1%"],
        ["Register office - marriage at approved venue (Saturday)", "£595.00", "£625.00", "5.0%"],
        ["Burial - adult grave, exclusive right (resident)", "£1,280.00", "£1,345.00", "5.1%"],
        ["Cremation - adult (Harbourne Crematorium)", "£1,045.00", "£1,095.00", "4.8%"],
        ["Library - adult DVD loan (per week)", "£2.00", "£2.00", "0.0%"],
        ["Harbourne Museum - adult admission", "Free", "£4.00", "New charge"],
        ["Harbourne Leisure Card - adult (annual)", "£15.00", "£16.00", "6.7%"],
        ["Adult social care - home care (per hour, full cost)", "£26.40", "£28.20", "6.8%"],
        ["Adult social care - day opportunities (per day, full cost)", "£68.00", "£72.50", "6.6%"],
        ["Adult social care - deferred payment set-up fee", "£450.00", "£450.00", "0.0%"],
        ["Community alarm - monitoring (per week)", "£4.60", "£4.90", "6.5%"],
        ["Room hire - Civic Centre Committee Room (per hour)", "£38.00", "£40.00", "5.3%"],
        ["Highways - skip licence (up to 28 days)", "£62.00", "£68.00", "9.7%"],
        ["Highways - scaffolding licence (up to 28 days)", "£120.00", "£130.00", "8.3%"],
        ["Highways - temporary traffic regulation order", "£1,650.00", "£1,800.00", "9.1%"],
    ]
    return ('<div class="pb"><h2>Appendix 2: Schedule of Fees and Charges 2025/26 (selected)</h2>'
            '<p>The following schedule lists the main discretionary fees and charges proposed for 2025/26. Charges are shown inclusive of VAT where VAT applies. Statutory fees set by Government are not included. Charges take effect from 1 April 2025 unless stated otherwise.</p>'
            + table(["Service and charge", "2024/25 charge", "2025/26 charge", "Change"], rows, widths=["55%", "15%", "15%", "15%"],
                    caption="Table A2.1: Fees and charges") +
            '<p>The increase in on-street and off-street parking charges is expected to generate additional income of £420,000 a year (savings proposal HTE02). The new Harbourne Museum admission charge will not apply to children under 16, Harbourne Leisure Card holders or residents on the first Sunday of each month.</p></div>')


def budget_mtfs():
    from budget import S_OLD, S_NEW, SAV1, SAV2
    infl = [9410, 7850, 7400, 7250]
    press = [21950, 12900, 11700, 11100]
    sav = [SAV1, SAV2, 4760, 4120]
    gap = [0, 11200, 9600, 8900]
    bf = [S_OLD]; other = []; net = []; fund = []
    for y in range(4):
        if y == 0:
            o = S_NEW - (bf[0] + infl[0] + press[0] - sav[0])
        else:
            o = [-1860, -990, -1350][y - 1]
        n = bf[y] + infl[y] + press[y] - sav[y] + o
        other.append(o); net.append(n); fund.append(n - gap[y])
        bf.append(n)
    f = lambda xs: [fmt000(x) for x in xs]
    rows = [["Net budget requirement brought forward"] + f(bf[:4]),
            ["Pay and prices inflation"] + f(infl),
            ["Demand and service pressures"] + f(press),
            ["Savings (Table 4 and Harbourne 2028)"] + f([-x for x in sav]),
            ["Other changes"] + f(other),
            ["Net budget requirement"] + f(net),
            ["Forecast funding"] + f(fund),
            ["Budget gap"] + f(gap)]
    return ('<div class="pb"><h2>Appendix 1: Medium Term Financial Strategy Summary</h2>'
            '<p>The table below summarises the Medium Term Financial Strategy forecast for 2025/26 to 2028/29. Figures are in £000. Negative figures are shown in brackets. The forecast assumes council tax increases of 4.99% a year, pay awards of 3% in 2025/26 and 2.5% a year thereafter, and no change to the business rates retention system before 2026/27.</p>'
            + table(["£000", "2025/26", "2026/27", "2027/28", "2028/29"], rows, total_rows=(-1,),
                    caption="Table A1.1: MTFS forecast") +
            '<p>The cumulative budget gap over the three years from 2026/27 is £29.7m. Every 1% change in council tax is worth approximately £1.5m a year, and every 1% change in the pay award is worth approximately £1.3m a year.</p></div>')


def capital_strategy():
    s = [
        ("Capital Strategy 2025/26: Summary", [
            "The Capital Strategy sets out the long-term context in which capital expenditure and investment decisions are made, and gives due consideration to both risk and reward and the effect on the achievement of the Council's priorities.",
            "The Council will only borrow to fund capital expenditure that is affordable, prudent and sustainable. It will not borrow to invest primarily for financial return, in line with the Prudential Code and the lending terms of the Public Works Loan Board (PWLB).",
            "Capital schemes are approved in two stages. Schemes enter the programme as 'provisional' when a strategic outline case has been approved, and move to 'approved' when a full business case, including a whole-life cost assessment and carbon impact assessment, has been agreed.",
            "The Capital Programme Board, chaired by the Executive Director of Place, meets monthly to monitor delivery, review risks and recommend changes to the programme. Any scheme forecast to overspend by more than 10% or £250,000, whichever is lower, must be reported to Cabinet.",
            "Capital receipts from the sale of surplus assets are not ring-fenced to individual schemes except where Cabinet has agreed otherwise, as in the case of the receipt of £2.6m from the Gasworks Lane depot site, which will be used to fund the Kingsholt Depot.",
        ]),
        ("Minimum Revenue Provision (MRP) Policy Statement 2025/26", [
            "The Council is required to set aside an amount each year from revenue to repay debt, known as the Minimum Revenue Provision (MRP). For borrowing incurred before 1 April 2008, MRP will be charged at 2% a year on a straight-line basis.",
            "For borrowing incurred since 1 April 2008, MRP will be charged on an annuity basis over the estimated useful life of the asset, using an interest rate of 4.5%. The useful life of new buildings, including the Kingsholt Depot, is assumed to be 40 years, and of vehicles 7 years.",
            "No MRP will be charged on capital loans to third parties where the loan is expected to be repaid in full, or on expenditure on land until the asset is brought into use.",
        ]),
    ]
    return '<div class="pb"><h2>Appendices 1 and 2</h2>' + numbered(s) + '</div>'


def waste_rounds():
    rows = [
        ["Residual (black bin)", "24 rounds, fortnightly", "19 rounds, three-weekly", "(5)"],
        ["Dry mixed recycling", "24 rounds, fortnightly", "24 rounds, fortnightly", "0"],
        ["Glass", "4 rounds, four-weekly", "4 rounds, four-weekly", "0"],
        ["Garden waste", "11 rounds, fortnightly", "11 rounds, fortnightly", "0"],
        ["Food waste", "None", "18 rounds, weekly", "18"],
        ["Absorbent hygiene products", "None", "2 rounds, fortnightly", "2"],
    ]
    ward = [
        ["Harbourne Central", "312", "81%", "29%"],
        ["Harbourne Quayside", "288", "77%", "33%"],
        ["Harbourne North", "401", "72%", "35%"],
        ["Kingsholt East", "356", "70%", "41%"],
        ["Kingsholt West", "329", "73%", "40%"],
        ["Millbridge North", "384", "69%", "36%"],
        ["Millbridge South", "297", "71%", "38%"],
        ["Ashcombe Town", "462", "76%", "42%"],
        ["Ashcombe Rural", "318", "74%", "45%"],
        ["Wyke St Mary", "402", "79%", "47%"],
        ["Saltney Cross", "363", "75%", "39%"],
        ["Total", "3,912", "74%", "38%"],
    ]
    return ('<div class="pb"><h2>Appendix 1: Collection Rounds and Consultation Responses by Ward</h2>'
            + table(["Collection", "Current", "From June 2026", "Change in rounds"], rows,
                    caption="Table A1: Collection rounds before and after the changes") +
            table(["Ward", "Responses", "Support weekly food waste", "Support three-weekly residual"], ward,
                  total_rows=(-1,), caption="Table A2: Consultation responses by ward") +
            '<p>Support for three-weekly residual collections was lowest in the town-centre wards of Harbourne Central and Harbourne Quayside, where a high proportion of households live in flats or terraced houses with limited space for bins.</p></div>')


def local_plan_sites():
    rows = [
        ["HLP1", "North Harbourne Garden Village", "Harbourne North", "186.0", "3,600", "3,200", "Two primary schools, secondary school, health hub, country park"],
        ["HLP2", "Land west of Kingsholt", "Kingsholt West", "71.5", "1,450", "1,450", "Kingsholt Western Relief Road; primary school"],
        ["HLP3", "Ashcombe Gateway", "Ashcombe Town", "44.2", "900", "900", "Green Belt release (part); A392 junction improvements"],
        ["HLP4", "Millbridge Riverside", "Millbridge South", "19.8", "640", "640", "Flood risk sequential test; riverside walk"],
        ["HLP5", "Wyke St Mary East", "Wyke St Mary", "18.6", "420", "420", "Green Belt release; primary school expansion"],
        ["HLP6", "Gasworks Lane, Harbourne", "Harbourne Central", "2.9", "220", "220", "Depot relocation; remediation"],
        ["HLP7", "Land at Station Road, Saltney Cross", "Saltney Cross", "6.1", "180", "180", "Flood alleviation scheme completion"],
        ["HLP8", "Former Millbridge Leisure Centre", "Millbridge North", "1.4", "45", "45", "Subject to outcome of community asset transfer"],
    ]
    return ('<div class="pb"><h2>Appendix 2: Proposed Strategic and Larger Site Allocations</h2>'
            '<p>The table lists the strategic allocations and the larger non-strategic allocations proposed for the Regulation 19 Publication Local Plan. Site areas are gross. "Homes in plan period" are the homes expected to be completed by 31 March 2041.</p>'
            + table(["Policy", "Site", "Ward", "Area (ha)", "Total homes", "Homes in plan period", "Key requirements"], rows,
                    numeric_from=3, widths=["8%", "21%", "14%", "9%", "9%", "11%", "28%"],
                    caption="Table A2.1: Site allocations") + '</div>')


def ofsted_plan_detail():
    rows = [
        ["1.1", "MASH screening decisions within 24 hours", "86%", "95%", "Monthly performance report"],
        ["1.2", "Re-referrals within 12 months", "24%", "20%", "Monthly performance report"],
        ["2.1", "Assessments completed within 45 working days", "79%", "90%", "Monthly performance report"],
        ["2.2", "Audited cases rated good or better", "48%", "70%", "Quarterly audit programme"],
        ["3.1", "Children in pre-proceedings for more than 16 weeks", "19", "0", "Weekly legal gateway tracker"],
        ["4.1", "Average caseload (children per social worker)", "21", "18", "Monthly workforce report"],
        ["4.2", "Agency social workers as % of workforce", "31%", "15%", "Monthly workforce report"],
        ["4.3", "Social worker turnover (annual)", "22%", "14%", "Quarterly HR report"],
        ["5.1", "Care leavers with an up-to-date pathway plan", "71%", "95%", "Monthly performance report"],
        ["5.2", "Care leavers aged 19-21 in suitable accommodation", "84%", "95%", "Quarterly care leavers report"],
        ["5.3", "Care leavers aged 19-21 in education, employment or training", "49%", "60%", "Quarterly care leavers report"],
        ["6.1", "Children's cases with supervision in the last 4 weeks", "68%", "90%", "Monthly performance report"],
    ]
    return ('<div class="pb"><h2>Appendix 1: Improvement Plan - Measures of Success</h2>'
            '<p>The Improvement Board will monitor progress against the following measures. Baselines are taken from September 2024, the month before the inspection. Targets are to be achieved by March 2026 unless stated otherwise in Table 2.</p>'
            + table(["Ref", "Measure", "Baseline (Sept 2024)", "Target (March 2026)", "Source"], rows,
                    numeric_from=2, widths=["7%", "43%", "15%", "15%", "20%"], caption="Table A1: Measures of success") +
            '<p>Each action in the Improvement Plan has a named lead officer and is rated red, amber or green each month. Any action rated red for two consecutive months will be escalated to the Improvement Board, and the Committee will be informed in the next progress report.</p>'
            '<p>The voice of children and young people will be built into the plan through the Children in Care Council, "Harbourne Voices", which will review the care leavers offer in summer 2025, and through a survey of children who have recently had a child protection plan.</p></div>')


def leisure_eqia():
    rows = [
        ["Age (older people)", "Negative", "28% of respondents were 65 or over; least likely to travel (29%). Over-60s aquafit sessions lost.", "Free Route 22 travel; aquafit transferred to Harbourne Pools and Fitness at same price."],
        ["Age (children)", "Negative", "1,140 lesson places a week; 14 primary schools use the pool.", "All lessons and school swimming transferred; coach costs funded."],
        ["Disability", "Negative", "Warm learner pool used by Harbourne Arthritis Support Group; 79% of disabled respondents disagreed.", "Warm-water sessions at Ashcombe Sports Centre learner pool; accessible transport via Dial-a-Ride."],
        ["Sex", "Neutral", "No differential impact identified.", "None required."],
        ["Race", "Neutral", "No differential impact identified.", "None required."],
        ["Religion or belief", "Negative (minor)", "Women-only swimming session on Sunday evenings used by Muslim women.", "Women-only session re-provided at Harbourne Pools and Fitness with female lifeguards."],
        ["Pregnancy and maternity", "Negative (minor)", "Antenatal aquanatal classes.", "Classes transferred to Harbourne Pools and Fitness."],
        ["Socio-economic (rural isolation)", "Negative", "Villages north of Millbridge have limited bus services.", "Residual impact remains; to be monitored."],
    ]
    return ('<div class="pb"><h2>Appendix B: Equality Impact Assessment - Summary</h2>'
            + table(["Protected characteristic", "Impact", "Evidence", "Mitigation"], rows, numeric_from=9,
                    widths=["20%", "13%", "35%", "32%"], caption="Table B1: Summary of impacts and mitigation") +
            '<p>The assessment will be reviewed in March 2026, twelve months after closure, using attendance data from Harbourne Leisure Trust and feedback from the Millbridge community.</p></div>')


def hospital_data():
    rows = [
        ["Admissions (Beech and Willow Wards)", "462", "471", "483"],
        ["Average length of stay - Beech Ward (days)", "21", "20", "19"],
        ["Average length of stay - Willow Ward (days)", "26", "25", "24"],
        ["Bed occupancy - Beech Ward", "91%", "89%", "92%"],
        ["Bed occupancy - Willow Ward", "84%", "81%", "78%"],
        ["Patients medically fit but awaiting discharge (daily average)", "8.1", "9.4", "10.2"],
        ["Deaths on Willow Ward (end of life care)", "61", "58", "64"],
        ["Minor injuries unit attendances", "11,820", "12,460", "13,105"],
        ["Hospital at Home - patients treated", "-", "310", "640"],
    ]
    return ('<div class="pb"><h2>Appendix: Kingsholt Community Hospital Activity Data</h2>'
            + table(["Measure", "2021/22", "2022/23", "2023/24"], rows, caption="Table A1: Activity at Kingsholt Community Hospital") +
            '<p>Source: Harbourne Community Health NHS Trust. The Hospital at Home service for the Kingsholt area began in June 2022. Around 45% of patients who died on Willow Ward in 2023/24 had expressed a wish to die at home.</p>'
            '<h3>Questions from the Committee to the ICB (submitted in advance)</h3>'
            '<p>1. How many community nurses and home care workers will be needed to support 40 virtual ward places, and have they been recruited?</p>'
            '<p>2. Where will patients who need end of life care, but cannot be cared for at home, go if Willow Ward closes?</p>'
            '<p>3. What will happen to the money saved if the Hospital at Home service does not need all of the £1.9m?</p>'
            '<p>4. How will people without internet access take part in the consultation?</p></div>')
