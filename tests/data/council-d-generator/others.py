"""Agenda pack, minutes, questions paper, FAQ page and planning committee report."""
from common import P, L, table, front, esc

CABINET = [
    ("Councillor Helen Marsh-Okafor", "Leader of the Council (Chair)"),
    ("Councillor David Pryor", "Deputy Leader and Cabinet Member for Finance"),
    ("Councillor Sunita Rahman", "Cabinet Member for Environment and Waste"),
    ("Councillor Gareth Lowe", "Cabinet Member for Housing"),
    ("Councillor Fiona Beckett", "Cabinet Member for Leisure and Communities"),
    ("Councillor Tom Adeyemi", "Cabinet Member for Planning and Economy"),
]


def agenda_front():
    b = '<div style="text-align:center; margin-top:20mm"><div style="font-size:20pt; font-weight:bold; color:#1d3f6e">Ashmere District Council</div>'
    b += '<div style="font-size:16pt; margin-top:8mm">Cabinet</div>'
    b += '<div style="font-size:12pt; margin-top:4mm">Wednesday, 5 February 2025 at 6.30 pm</div>'
    b += '<div style="font-size:12pt">Council Chamber, District Offices, Mill Lane, Ashmere AS1 4DQ</div></div>'
    b += '<p style="margin-top:12mm">To: the members of the Cabinet</p>'
    b += table(["Member", "Portfolio"], [[a, c] for a, c in CABINET], cls="plain")
    b += ("<p>You are summoned to attend a meeting of the Cabinet to transact the business set out in the agenda below. "
          "The meeting is open to the public and will be broadcast live on the Council's YouTube channel. Members of the public who "
          "wish to ask a question at the meeting must give notice to Democratic Services by 12 noon on Friday 31 January 2025.</p>")
    b += "<p>Margaret Quayle<br>Chief Executive<br>Published: Tuesday 28 January 2025</p>"
    b += '<p class="small">Enquiries: Democratic Services, 01632 960 118, democratic.services@ashmere.gov.uk</p>'
    b += '<h2 class="pb">Agenda</h2>'
    items = [
        ("1", "Apologies for absence", "", ""),
        ("2", "Declarations of interest", "Members are reminded to declare any disclosable pecuniary interests or other registrable interests in items on this agenda.", ""),
        ("3", "Minutes", "To approve the minutes of the meeting held on 8 January 2025.", "To follow"),
        ("4", "Public questions", "To receive any questions from members of the public of which notice has been given.", ""),
        ("5", "Forward plan", "To note the forward plan of key decisions for February to May 2025.", ""),
        ("6", "Brindle Heath Leisure Centre: replacement facility", "Report of the Head of Leisure and Culture (CAB/25/011). Key decision.", "3 - 7"),
        ("7", "Waste and recycling collection changes 2025", "Report of the Head of Waste and Street Scene (CAB/25/012). Key decision.", "8 - 10"),
        ("8", "Homelessness and temporary accommodation: acquisition programme", "Report of the Head of Housing Services (CAB/25/013). Circulated separately.", ""),
        ("9", "Budget 2025/26, council tax and medium term financial strategy", "Report of the Chief Finance Officer (CAB/25/014). Circulated separately.", ""),
        ("10", "Exclusion of the press and public", "To consider whether to exclude the press and public for the following item under paragraph 3 of Schedule 12A to the Local Government Act 1972.", ""),
        ("11", "Orchard Way depot: disposal (exempt)", "Report of the Director of Place.", ""),
    ]
    b += table(["Item", "Business", "Pages"], [[n, f"<b>{t}</b><br>{d}" if d else f"<b>{t}</b>", p] for n, t, d, p in items],
               cls="plain", widths=["10%", "75%", "15%"])
    return b


def cabinet_minutes():
    b = "<h1>Cabinet</h1>"
    b += "<p><b>Minutes of the meeting held on Wednesday, 5 February 2025 at 6.30 pm in the Council Chamber, District Offices, Ashmere</b></p>"
    b += ("<p><b>Present:</b> Councillors Helen Marsh-Okafor (Chair), David Pryor, Sunita Rahman, Gareth Lowe, Fiona Beckett and Tom Adeyemi.</p>"
          "<p><b>Also present:</b> Councillors Neil Chadwick (Leader of the Opposition) and Rosemary Tindall.</p>"
          "<p><b>Officers:</b> Margaret Quayle (Chief Executive), Richard Onslow (Chief Finance Officer), Priya Dhillon (Monitoring Officer), "
          "Simon Treadwell (Head of Leisure and Culture), Karen Holloway (Head of Waste and Street Scene), Joanne Fairweather (Head of Housing "
          "Services) and Owen Fairclough (Democratic Services Officer).</p>")
    m = []
    m.append(("71", "APOLOGIES FOR ABSENCE", ["There were no apologies for absence."]))
    m.append(("72", "DECLARATIONS OF INTEREST", [
        "Councillor Fiona Beckett declared an other registrable interest in minute 76 as a trustee of Brindle Heath Amateur Swimming Club, "
        "which hires pool time at the leisure centre. She remained in the meeting and took part in the item, having been advised by the "
        "Monitoring Officer that the interest did not prevent her doing so."]))
    m.append(("73", "MINUTES", ["<b>RESOLVED:</b> That the minutes of the meeting held on 8 January 2025 be approved as a correct record and signed by the Chair."]))
    m.append(("74", "PUBLIC QUESTIONS", [
        "Mrs Lorna Baxter of Station Road, Brindle Heath asked where people using the shops on Station Road would park while the new "
        "leisure centre was being built, given that the car park would close.",
        "Councillor Beckett replied that the Station Road car park would stay open until building work started in October 2025. During "
        "construction, a temporary car park of 90 spaces would be provided on the former bowling green next to the existing centre, and "
        "short-stay parking bays on Station Road itself would be kept. She would ask officers to write to traders on Station Road before "
        "the works started."]))
    m.append(("75", "FORWARD PLAN", ["The forward plan of key decisions for February to May 2025 was noted."]))
    m.append(("76", "BRINDLE HEATH LEISURE CENTRE: REPLACEMENT FACILITY", [
        "Councillor Beckett introduced the report. She said the existing building had served the town for almost 50 years but could no "
        "longer be kept going at a reasonable cost. Building the new centre on the Station Road car park meant there would be no gap in "
        "swimming provision for the 1,150 children in the swim school.",
        "Councillor Chadwick, speaking at the invitation of the Chair, supported a new centre but asked for assurance on the cost of "
        "borrowing. The Chief Finance Officer said that interest rates had been assumed at 4.9% and that a one percentage point rise "
        "would add about £100,000 a year to the cost.",
        "Councillor Pryor proposed, and Councillor Beckett accepted, an addition to the recommendations asking for a progress report to "
        "Cabinet every six months.",
        "<b>RESOLVED:</b> That",
        L(["the replacement of Brindle Heath Leisure Centre with a new leisure centre on the Station Road car park site be approved;",
           "Council be recommended to add the scheme, with a capital budget of £18.4 million, to the capital programme;",
           "authority be delegated to the Director of Place, in consultation with the Cabinet Member for Leisure and Communities and the Chief Finance Officer, to award a design and build contract through the UK Leisure Framework;",
           "the existing centre remain open until the new centre opens;",
           "a progress report on the project be brought to Cabinet every six months."]),
        "<b>Reasons for decision:</b> The existing centre is at the end of its life; Option 3 provides a modern, low carbon centre without "
        "closing the town's pool during construction."]))
    m.append(("77", "WASTE AND RECYCLING COLLECTION CHANGES 2025", [
        "Councillor Rahman introduced the report. She explained that weekly food waste collections were a legal requirement from 2026 and "
        "that starting in October 2025 would avoid the garden waste peak season.",
        "In response to a question from Councillor Tindall about residents in rural areas, the Head of Waste and Street Scene confirmed "
        "that every household in the district, including those on the narrow lanes around Upper Tolley, would receive the service, using "
        "smaller vehicles where necessary.",
        "Councillor Chadwick said that his group opposed the increase in the garden waste charge, which was the second increase in two years.",
        "<b>RESOLVED:</b> That",
        L(["a separate weekly food waste collection be introduced for all households from 6 October 2025;",
           "14 food waste collection vehicles be purchased at a cost of up to £1.58 million funded from new burdens capital grant;",
           "general rubbish collections remain fortnightly;",
           "the garden waste subscription charge be increased to £55 per bin per year from 1 April 2025, with a concessionary charge of £40 for households receiving Council Tax Support;",
           "a charge of £25 be introduced for replacement wheeled bins."])]))
    m.append(("78", "HOMELESSNESS AND TEMPORARY ACCOMMODATION: ACQUISITION PROGRAMME", [
        "Councillor Lowe introduced the report, saying that no family should be living in a hotel room for months at a time. The Head of "
        "Housing Services reported that since the report was written the number of families with children in bed and breakfast for more than six "
        "weeks had fallen from 9 to 6.",
        "<b>RESOLVED:</b> That",
        L(["the purchase of up to 20 homes for use as temporary accommodation, at a total cost of up to £5.6 million, be approved;",
           "the Local Authority Housing Fund grant of £2.1 million be accepted;",
           "the purchase of individual properties be delegated to the Head of Housing Services in consultation with the Cabinet Member for Housing."])]))
    m.append(("79", "BUDGET 2025/26, COUNCIL TAX AND MEDIUM TERM FINANCIAL STRATEGY", [
        "Councillor Pryor presented the budget. He said it protected front-line services and kept the council tax rise to 2.99%, which meant "
        "an increase of £5.76 a year for a Band D home.",
        "<b>RESOLVED TO RECOMMEND TO COUNCIL:</b> That",
        L(["a net revenue budget of £16.84 million for 2025/26 be approved;",
           "the Band D council tax for the District Council be set at £198.45 for 2025/26;",
           "the savings and income proposals of £1.12 million, the capital programme and the minimum general fund balance of £2.5 million be approved."])]))
    m.append(("80", "ORCHARD WAY DEPOT: DISPOSAL (EXEMPT)", [
        "The press and public were excluded for this item. <b>RESOLVED:</b> That the Orchard Way depot be sold to the preferred bidder on the terms "
        "set out in the exempt report, the receipt to be used towards the cost of the new leisure centre."]))
    for num, title, paras in m:
        b += f'<div class="np" style="margin-top:10pt"><span class="num"><b>{num}.</b></span><div class="txt"><p><b>{title}</b></p>'
        for p in paras:
            b += p if p.startswith("<div") else f"<p>{p}</p>"
        b += "</div></div>"
    b += "<p>The meeting ended at 8.42 pm.</p><p>Chair: ........................................</p>"
    return b


COUNCILLORS_FOR = ["Adeyemi", "Ahmed", "Barraclough", "Beckett", "Bradshaw", "Carver", "Dalton", "Ellison", "Etherington",
                   "Farrow", "Gill", "Hanley", "Ibbotson", "Jarvis", "Kaur", "Lowe", "Marsh-Okafor", "Nuttall", "Osei",
                   "Pryor", "Rahman", "Sandford", "Thorne", "Underwood", "Varley", "Whitlock"]
COUNCILLORS_AGAINST = ["Abbott", "Brennan", "Chadwick", "Dunmore", "Fenwick", "Grayson", "Holt", "Lockwood", "Radley",
                       "Pennington", "Quinlan", "Tindall", "Yates"]
COUNCILLORS_ABSTAIN = ["Qureshi", "Stroud"]


def vote_table(f, a, ab):
    n = max(len(f), len(a), len(ab))
    rows = []
    for i in range(n):
        rows.append([f"Councillor {f[i]}" if i < len(f) else "", f"Councillor {a[i]}" if i < len(a) else "",
                     f"Councillor {ab[i]}" if i < len(ab) else ""])
    rows.append([f"Total for: {len(f)}", f"Total against: {len(a)}", f"Total abstaining: {len(ab)}"])
    return table(["For", "Against", "Abstain"], rows, cls="grid", tot_rows=(n,), widths=["34%", "33%", "33%"])


def council_minutes():
    b = "<h1>Council</h1>"
    b += "<p><b>Minutes of the meeting of Ashmere District Council held on Wednesday, 26 February 2025 at 7.00 pm in the Council Chamber, District Offices, Ashmere</b></p>"
    b += ("<p><b>Present:</b> Councillor Brian Etherington (Chairman of the Council) and Councillors " +
          ", ".join(sorted(set(COUNCILLORS_FOR + COUNCILLORS_AGAINST + COUNCILLORS_ABSTAIN + ["Mercer"]) - {"Etherington"})) + ".</p>")
    b += "<p><b>Apologies:</b> Councillors Dawes and Kenyon.</p>"
    m = []
    m.append(("88", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillors Dawes and Kenyon."]))
    m.append(("89", "DECLARATIONS OF INTEREST", [
        "All councillors who are council tax payers in the district noted that, under the Local Government Finance Act 1992, they were "
        "able to speak and vote on the budget. Councillor Mercer declared that she was two months in arrears with her council tax and, "
        "under section 106 of that Act, would not vote on the budget or council tax items. She had since paid the arrears in full."]))
    m.append(("90", "MINUTES", ["<b>RESOLVED:</b> That the minutes of the meeting held on 11 December 2024 be approved as a correct record."]))
    m.append(("91", "CHAIRMAN'S ANNOUNCEMENTS", [
        "The Chairman congratulated Ashmere Town Football Club on reaching the final of the Wealdshire Senior Cup, and thanked the 140 volunteers "
        "who took part in the Great Ashmere Litter Pick in January, which collected 3.2 tonnes of litter."]))
    m.append(("92", "QUESTIONS FROM THE PUBLIC AND FROM MEMBERS", [
        "Five questions from members of the public and four questions from members had been received under the Council Procedure Rules. "
        "The questions and the replies given are set out in the separate questions paper published with these minutes."]))
    m.append(("93", "BUDGET 2025/26, COUNCIL TAX AND MEDIUM TERM FINANCIAL STRATEGY", [
        "The Council considered the recommendations of the Cabinet meeting held on 5 February 2025 (minute 79). Councillor Pryor moved the "
        "recommendations and Councillor Marsh-Okafor seconded them.",
        "Councillor Chadwick moved, and Councillor Tindall seconded, an amendment to keep the garden waste subscription charge at £48 for 2025/26, "
        "meeting the cost of £150,000 from the budget equalisation reserve. The Chief Finance Officer advised that the amendment was lawful but "
        "would reduce the reserve below the level recommended in his section 25 statement.",
        "In accordance with the regulations on recorded votes at budget meetings, a recorded vote was taken on the amendment. There voted for "
        "the amendment 15 councillors, against 24 and 2 abstained. The amendment was therefore lost.",
        "A recorded vote was then taken on the substantive motion, with the following result:",
        vote_table(COUNCILLORS_FOR, COUNCILLORS_AGAINST, COUNCILLORS_ABSTAIN),
        "The motion was carried by 26 votes to 13, with 2 abstentions. Councillor Mercer did not vote.",
        "<b>RESOLVED:</b> That",
        L(["a net revenue budget of £16.84 million for 2025/26 be approved;",
           "the Council's council tax for Band D be set at £198.45 for 2025/26, an increase of 2.99%;",
           "the savings and income proposals totalling £1.12 million be approved;",
           "the capital programme for 2025/26 to 2027/28, totalling £31.7 million and including the Brindle Heath Leisure Centre replacement, be approved;",
           "the minimum level of the general fund balance be set at £2.5 million."])]))
    m.append(("94", "COUNCIL TAX RESOLUTION 2025/26", [
        "The Council considered the formal council tax resolution, including the precepts of Wealdshire County Council, the Wealdshire Police and "
        "Crime Commissioner, Wealdshire Fire and Rescue Authority and the town and parish councils.",
        table(["Authority", "Band D 2025/26", "Increase"], [
            ["Wealdshire County Council", "£1,812.42", "4.99%"],
            ["Wealdshire Police and Crime Commissioner", "£289.61", "5.85%"],
            ["Wealdshire Fire and Rescue Authority", "£96.14", "5.80%"],
            ["Ashmere District Council", "£198.45", "2.99%"],
            ["Average town and parish council", "£112.37", "6.20%"],
            ["Average total Band D", "£2,508.99", "5.00%"],
        ], cls="grid", tot_rows=(5,), num_cols=(1, 2)),
        "<b>RESOLVED:</b> That the council tax resolution set out in the appendix to the agenda be approved, giving an average Band D council tax "
        "of £2,508.99 for 2025/26 including parish precepts."]))
    m.append(("95", "PAY POLICY STATEMENT 2025/26", [
        "<b>RESOLVED:</b> That the pay policy statement for 2025/26 be approved. The statement records that the ratio between the pay of the Chief "
        "Executive and the median pay of the Council's employees is 5.4 to 1."]))
    m.append(("96", "TREASURY MANAGEMENT STRATEGY 2025/26", [
        "Councillor Pryor moved the treasury management strategy, capital strategy and prudential indicators. He noted that the authorised limit for "
        "external debt would rise to £48 million to allow for the borrowing for the leisure centre and temporary accommodation schemes.",
        "<b>RESOLVED:</b> That the treasury management strategy, the capital strategy and the prudential indicators for 2025/26 be approved."]))
    m.append(("97", "MOTION: PUBLIC TOILETS", [
        "Councillor Qureshi moved, and Councillor Stroud seconded, a motion asking the Cabinet to reconsider the closure of the Station Road toilets in "
        "Brindle Heath until the new leisure centre, which will have public toilets, has opened. After debate the motion was put to the vote and was "
        "lost."]))
    m.append(("98", "APPOINTMENT OF INDEPENDENT PERSON", [
        "<b>RESOLVED:</b> That Mr Victor Hale be appointed as an independent person under the Localism Act 2011 for a term of four years."]))
    m.append(("99", "COMMON SEAL", ["<b>RESOLVED:</b> That the common seal of the Council be affixed to any documents needed to give effect to the decisions made at this meeting."]))
    for num, title, paras in m:
        b += f'<div class="np" style="margin-top:10pt"><span class="num"><b>{num}.</b></span><div class="txt"><p><b>{title}</b></p>'
        for p in paras:
            b += p if (p.startswith("<div") or p.startswith("<table")) else f"<p>{p}</p>"
        b += "</div></div>"
    b += "<p>The meeting ended at 9.55 pm.</p><p>Chairman: ........................................</p>"
    return b
