"""Minutes of Cabinet (12 Feb, 12 Mar 2025) and Council (26 Feb 2025), and the Council questions paper."""
from common import *
import budget as B

MIN_H = ParagraphStyle("min_h", parent=H1, leftIndent=14 * mm, spaceBefore=10)
MIN_P = ParagraphStyle("min_p", parent=BODY, leftIndent=14 * mm)
MIN_S = ParagraphStyle("min_s", parent=BODY, leftIndent=24 * mm, bulletIndent=14 * mm, spaceAfter=4)
CENTRE_T = ParagraphStyle("centre_t", parent=TITLE, alignment=TA_CENTER, textColor=colors.black,
                          fontSize=14, leading=18, spaceAfter=4)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER)


def minute(num, title):
    return Paragraph(title.upper(), MIN_H, bulletText=f"{num}.")


def mp(text):
    return Paragraph(text, MIN_P)


def resolved(items, lead="RESOLVED:"):
    out = [Paragraph(f"<b>{lead}</b>", MIN_P)]
    if isinstance(items, str):
        out.append(Paragraph(items, MIN_P))
        return out
    for i, t in enumerate(items, 1):
        out.append(Paragraph(t, MIN_S, bulletText=f"({i})"))
    return out


def head(body, date, time, place="Council Chamber, Civic Centre, Kelsborough"):
    return [P(COUNCIL.upper(), CENTRE_T), P(body.upper(), CENTRE_T),
            P(f"MINUTES of the meeting held on {date} at {time} in the {place}", CENTRE), Spacer(1, 3 * mm)]


CAB_ATT = ("<b>Present:</b> Councillor H Ashdown (Leader of the Council, in the Chair); Councillors "
           "T Beddoes, J Fenwick-Hart, P Lakhani, O Marsh, R Mistry (Deputy Leader) and S Quaintance.")

# ==================================================================== Cabinet 12 February 2025
CAB_FEB_FILE = "kbc_cabinet_2025-02-12_minutes.pdf"


def cabinet_feb():
    s = head("Cabinet", "Wednesday 12 February 2025", "6.00 pm")
    s.append(P(CAB_ATT))
    s.append(P("<b>Also present:</b> Councillor G Halloran (Leader of the Opposition) and Councillor B Coyle "
               "(Chair of the Overview and Scrutiny Committee)."))
    s.append(P("<b>Officers:</b> Andrew Thornbury (Chief Executive), Claire Hemmings (Director of Finance and "
               "Resources), Neil Castellan (Head of Legal and Democratic Services and Monitoring Officer) and "
               "Rebecca Tully (Democratic Services Officer)."))
    s.append(minute(58, "Apologies for absence"))
    s.append(mp("There were no apologies for absence."))
    s.append(minute(59, "Declarations of interest"))
    s.append(mp("Councillor Lakhani declared an other registrable interest in Minute 62, as a member of the "
                "board of Active Kelsborough Trust, in relation to the proposed reduction in the leisure "
                "contract management fee. She took no part in the discussion or vote on that element of "
                "the budget."))
    s.append(minute(60, "Minutes"))
    s += resolved("That the minutes of the meeting held on 15 January 2025 be approved as a correct record and "
                  "signed by the Chair.")
    s.append(minute(61, "Public questions"))
    s.append(mp("Mr Colin Ashby, of Kelsborough, asked why the Council proposed to introduce Sunday parking "
                "charges when the town centre was already struggling. Councillor Mistry replied that Sunday "
                "charges were usual in neighbouring towns, that the first hour would remain free in the "
                "Castle Street and Wellgate car parks, and that the income would help protect services such "
                "as street cleansing in the town centre."))
    s.append(minute(62, "Budget 2025/26 and Medium Term Financial Strategy 2025/26 to 2028/29"))
    s.append(mp("Councillor Mistry introduced the report of the Director of Finance and Resources. He said that "
                "the settlement had been disappointing for district councils, that the cost of temporary "
                f"accommodation was the largest single pressure, and that the budget was balanced only with a "
                f"contribution of £{B.RESERVES_USE}k from reserves. The gap of £{B.MTFS_GAP['2028/29'] / 1000:.2f}m "
                "by 2028/29 would need difficult decisions."))
    s.append(mp("Councillor Coyle reported the comments of the Overview and Scrutiny Committee of 28 January "
                "2025. The Committee had supported the budget but had asked Cabinet to look again at the "
                "garden waste charge and at the closure of the public toilets at Saltby seafront in winter. "
                "Councillor Quaintance said that the garden waste charge would be decided in March alongside "
                "the food waste proposals."))
    s.append(mp("Councillor Halloran said that his group would bring forward an alternative proposal to Council "
                "on the public toilets, and asked about the risk of a further overspend on temporary "
                "accommodation. The Director of Finance and Resources said that the growth of £1.85m was "
                "based on the position in December and that the acquisition programme would report to Cabinet "
                "in March."))
    s += resolved([
        f"That Council be RECOMMENDED to approve a net revenue budget for 2025/26 of £{B.NET_2526 * 1000:,}.",
        f"That Council be RECOMMENDED to set a Band D council tax for the Borough Council of £{B.BAND_D:.2f} "
        "for 2025/26, an increase of 2.99%.",
        f"That Council be RECOMMENDED to approve the capital programme 2025/26 to 2028/29 of "
        f"£{B.CAP_TOTAL * 1000:,}.",
        "That the minimum General Fund balance of £2.5 million and the Section 151 Officer's statement on "
        "robustness and reserves be noted and commended to Council.",
    ], lead="RESOLVED:")
    s.append(mp("<i>Reason for decision:</i> to enable Council to set a balanced budget and the council tax "
                "for 2025/26 by the statutory deadline."))
    s.append(minute(63, "Treasury Management Strategy 2025/26"))
    s.append(mp("Councillor Mistry introduced the strategy, which set an authorised limit for external debt of "
                "£78 million and an operational boundary of £70 million for 2025/26, reflecting the borrowing "
                "for the leisure centre and regeneration schemes. Investments would continue to prioritise "
                "security and liquidity over yield."))
    s += resolved("That Council be RECOMMENDED to approve the Treasury Management Strategy, the Minimum Revenue "
                  "Provision Policy and the prudential indicators for 2025/26.")
    s.append(minute(64, "Council Tax Reduction Scheme 2025/26"))
    s.append(mp("Cabinet considered the annual review of the local Council Tax Reduction Scheme. No changes were "
                "proposed for 2025/26, so that working-age households would continue to receive up to 85% "
                "support. The scheme cost £8.1 million across all preceptors, of which the Borough Council's "
                "share was about 11%."))
    s += resolved("That Council be RECOMMENDED to retain the current Council Tax Reduction Scheme without change "
                  "for 2025/26.")
    s.append(minute(65, "Fees and charges 2025/26"))
    s.append(mp("Cabinet considered the proposed fees and charges for 2025/26, which would rise by 3% in general. "
                "Car parking charges would be reviewed as set out in the budget report, with Sunday charges "
                "from 1 April 2025. The garden waste charge was excluded and would be considered with the waste "
                "collection report in March."))
    s += resolved([
        "That the fees and charges for 2025/26 be approved, to take effect from 1 April 2025.",
        "That Sunday parking charges be introduced in Kelsborough town centre car parks from 1 April 2025, "
        "with the first hour free in the Castle Street and Wellgate car parks.",
    ])
    s.append(minute(66, "Urgent business"))
    s.append(mp("There was no urgent business."))
    s.append(Spacer(1, 6 * mm))
    s.append(P("The meeting ended at 7.42 pm.", BODY_L))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Chair ....................................................", BODY_L))
    return s


# ==================================================================== Council 26 February 2025
COUNCIL_MIN_FILE = "kbc_council_2025-02-26_minutes.pdf"

ADMIN = ["Ambrose", "Ashdown", "Barraclough", "Beddoes", "Chaudhry", "Dawlish", "Fenwick-Hart", "Gallagher",
         "Greaves", "Hendry", "Jessop", "Kaur", "Lakhani", "Lumb", "Marsh", "Mistry", "Nolan", "Pennock",
         "Quaintance", "Sedgwick", "Thackeray", "Wainwright"]
OPP = ["Bishop", "Coyle", "Ellery", "Fairweather", "Halloran", "Oduya", "Ormerod", "Rahman", "Redfern",
       "Stallworthy", "Trueman", "Underwood", "Varley", "Whitlock", "Yeadon"]
IND = ["Iqbal", "Zubair"]
INITIALS = {"Ambrose": "K", "Ashdown": "H", "Barraclough": "S", "Beddoes": "T", "Chaudhry": "N",
            "Dawlish": "R", "Fenwick-Hart": "J", "Gallagher": "D", "Greaves": "P", "Hendry": "L",
            "Jessop": "A", "Kaur": "M", "Lakhani": "P", "Lumb": "C", "Marsh": "O", "Mistry": "R",
            "Nolan": "E", "Pennock": "F", "Quaintance": "S", "Sedgwick": "T", "Thackeray": "V",
            "Wainwright": "A", "Bishop": "M", "Coyle": "B", "Ellery": "J", "Fairweather": "P",
            "Halloran": "G", "Oduya": "C", "Ormerod": "W", "Rahman": "Y", "Redfern": "H",
            "Stallworthy": "I", "Trueman": "B", "Underwood": "G", "Varley": "D", "Whitlock": "J",
            "Yeadon": "K", "Iqbal": "S", "Zubair": "F"}
ABSENT = ["Dawlish", "Redfern"]


def _names(lst):
    return [f"{INITIALS[n]} {n}" for n in lst]


def vote_table(for_, against, abstain):
    cols = [_names(for_), _names(against), _names(abstain)]
    n = max(len(c) for c in cols)
    rows = []
    for i in range(n):
        rows.append([c[i] if i < len(c) else "" for c in cols])
    rows.append([f"Total: {len(for_)}", f"Total: {len(against)}", f"Total: {len(abstain)}"])
    return fig_table([["For", "Against", "Abstain"]], rows, [52 * mm, 52 * mm, 52 * mm],
                     num_cols=set(), first_col_style=CELL, bold_rows=[n])


def council_minutes():
    s = head("Council", "Wednesday 26 February 2025", "7.00 pm")
    present = [n for n in sorted(ADMIN + OPP + IND) if n not in ABSENT and n != "Greaves"]
    s.append(P("<b>Present:</b> The Mayor (Councillor P Greaves) in the Chair; Councillors "
               + ", ".join(f"{INITIALS[n]} {n}" for n in present[:-1]) + f" and {INITIALS[present[-1]]} "
               f"{present[-1]}."))
    s.append(minute(41, "Apologies for absence"))
    s.append(mp("Apologies for absence were received from Councillors R Dawlish and H Redfern."))
    s.append(minute(42, "Declarations of interest"))
    s.append(mp("Councillors Halloran and Ormerod declared other registrable interests in Minutes 46 and 48 as "
                "members of Haldenshire County Council, which sets its own precept. They remained in the meeting "
                "and voted."))
    s.append(mp("Councillor Lakhani declared an other registrable interest in Minute 46 as a member of the board "
                "of Active Kelsborough Trust. The Monitoring Officer advised that, as the budget was a single "
                "decision, she could take part in the debate and vote."))
    s.append(mp("No member declared that section 106 of the Local Government Finance Act 1992 (arrears of "
                "council tax) applied to them."))
    s.append(minute(43, "Minutes"))
    s += resolved("That the minutes of the meeting of the Council held on 11 December 2024 be approved as a "
                  "correct record and signed by the Mayor.")
    s.append(minute(44, "Mayor's announcements"))
    s.append(mp("The Mayor thanked everyone who had supported her charity quiz at Amberley Cross Community Hub, "
                "which had raised £2,430 for the Saltby Inshore Rescue Boat. She reminded members of the "
                "Holocaust Memorial Day event held at the Corn Exchange on 27 January."))
    s.append(minute(45, "Questions from members of the public"))
    s.append(mp("Four questions had been received from members of the public under Council Procedure Rule 10. "
                "The questions, the responses and the supplementary questions are set out in the questions "
                "paper published with these minutes. Mrs A Patel asked a supplementary question about help for "
                "pensioners with the garden waste charge."))
    s.append(minute(46, "Budget 2025/26 and Medium Term Financial Strategy"))
    s.append(mp("Council considered the recommendations of Cabinet of 12 February 2025 (Minute 62). Councillor "
                "Mistry moved the recommendations and Councillor Ashdown seconded them."))
    s.append(mp("<b>Amendment.</b> Councillor Halloran moved, and Councillor Coyle seconded, an amendment: that "
                "£150,000 be transferred from the Regeneration Reserve to keep the public toilets at Saltby "
                "seafront and Amberley Cross bus station open all year in 2025/26. Councillor Halloran said the "
                "closures would harm visitors, older people and those with medical conditions. Councillor "
                "Mistry said that the Regeneration Reserve was committed to the town centre programme and "
                "that the amendment would leave the reserve unable to meet the Bridge Street costs."))
    s.append(mp("In accordance with the Local Authorities (Standing Orders) (England) (Amendment) Regulations "
                "2014, a recorded vote was taken on the amendment:"))
    am_for = [n for n in OPP if n not in ABSENT] + ["Iqbal"]
    am_against = [n for n in ADMIN if n not in ABSENT]
    s.append(KeepTogether([P("Recorded vote on the amendment", CAPTION),
                           vote_table(am_for, am_against, ["Zubair"])]))
    s.append(Spacer(1, 2 * mm))
    s.append(mp(f"The amendment was LOST ({len(am_for)} for, {len(am_against)} against, 1 abstention)."))
    s.append(mp("Debate on the substantive motion followed. Councillor Stallworthy asked that the Fit for the "
                "Future programme be reported to the Overview and Scrutiny Committee before Cabinet; Councillor "
                "Mistry agreed. A recorded vote was then taken on the substantive motion:"))
    sub_for = [n for n in ADMIN if n not in ABSENT]
    sub_against = [n for n in OPP if n not in ABSENT]
    s.append(KeepTogether([P("Recorded vote on the substantive motion", CAPTION),
                           vote_table(sub_for, sub_against, IND)]))
    s.append(Spacer(1, 2 * mm))
    s.append(mp(f"The motion was CARRIED ({len(sub_for)} for, {len(sub_against)} against, "
                f"{len(IND)} abstentions)."))
    s += resolved([
        f"That a net revenue budget for 2025/26 of £{B.NET_2526 * 1000:,} be approved.",
        f"That the capital programme for 2025/26 to 2028/29 of £{B.CAP_TOTAL * 1000:,} be approved, including "
        "prudential borrowing as set out in the report.",
        "That the Medium Term Financial Strategy 2025/26 to 2028/29 be approved.",
        "That a minimum General Fund balance of £2.5 million be approved and the Section 151 Officer's "
        "statement on the robustness of the estimates and the adequacy of reserves be noted.",
    ])
    s.append(minute(47, "Treasury Management Strategy 2025/26"))
    s += resolved("That the Treasury Management Strategy, the Minimum Revenue Provision Policy and the prudential "
                  "indicators for 2025/26 be approved, including an authorised limit for external debt of £78 "
                  "million.")
    s.append(minute(48, "Council tax resolution 2025/26"))
    s.append(mp("The Director of Finance and Resources presented the formal council tax resolution, which brought "
                "together the Borough Council's charge and the precepts of the other authorities. The charge for "
                "a Band D property before town and parish precepts is set out below."))
    precepts = [("Haldenshire County Council", 1598.40, 1538.46),
                ("Haldenshire Police and Crime Commissioner", 268.50, 254.50),
                ("Haldenshire Fire and Rescue Authority", 86.29, 81.29),
                ("Kelsborough Borough Council", B.BAND_D, B.BAND_D_OLD)]
    rows = [[n, f"£{a:,.2f}", f"£{b:,.2f}", f"{100 * (a - b) / b:.2f}%"] for n, a, b in precepts]
    ta, tb = sum(p[1] for p in precepts), sum(p[2] for p in precepts)
    rows.append(["Total Band D (excluding parish precepts)", f"£{ta:,.2f}", f"£{tb:,.2f}",
                 f"{100 * (ta - tb) / tb:.2f}%"])
    s.append(fig_table([["Authority", "Band D 2025/26", "Band D 2024/25", "Increase"]], rows,
                       [78 * mm, 28 * mm, 28 * mm, 22 * mm], bold_rows=[len(rows) - 1]))
    s.append(Spacer(1, 2 * mm))
    s.append(mp("A recorded vote was taken: 21 for, 14 against and 2 abstentions, in the same way as on Minute 46."))
    s += resolved([
        f"That the council tax base for 2025/26 of {B.TAX_BASE:,.1f} Band D equivalents be noted.",
        f"That the Borough Council's council tax requirement for 2025/26 be £{round(B.TAX_BASE * B.BAND_D):,}, "
        f"giving a Band D council tax of £{B.BAND_D:.2f} before parish precepts.",
        "That the total parish precepts of £1,798,410 be noted, giving an average Band D parish charge of "
        "£42.17.",
        "That the Council's relevant basic amount of council tax for 2025/26 is not excessive under the "
        "principles determined under section 52ZB of the Local Government Finance Act 1992.",
        "That the Director of Finance and Resources be authorised to issue the council tax bills for 2025/26.",
    ])
    s.append(minute(49, "Questions from members"))
    s.append(mp("Four questions had been received from members under Council Procedure Rule 11. The written "
                "answers were circulated in the questions paper. Supplementary questions were asked by "
                "Councillors Stallworthy and Varley."))
    s.append(minute(50, "Motion on notice: bus services in Northwold"))
    s.append(mp("Councillor Stallworthy moved, and Councillor Underwood seconded, a motion calling on Haldenshire "
                "County Council to restore the evening bus service between Northwold and Kelsborough, which had "
                "been withdrawn in January 2025. Councillor Marsh proposed, and the mover accepted, an addition "
                "asking the Leader to write to the operator, Coastline Buses."))
    s += resolved("That the Council calls on Haldenshire County Council and Coastline Buses to restore the "
                  "evening service 31 between Northwold and Kelsborough, and asks the Leader to write to both "
                  "on the Council's behalf.")
    s.append(mp("The motion was carried unanimously."))
    s.append(Spacer(1, 6 * mm))
    s.append(P("The meeting ended at 9.18 pm.", BODY_L))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Mayor ....................................................", BODY_L))
    return s


# ==================================================================== questions paper
QUESTIONS_FILE = "kbc_council_2025-02-26_questions.pdf"
QP = ParagraphStyle("qp", parent=BODY, leftIndent=0)
QH = ParagraphStyle("qh", parent=H2, spaceBefore=12, fontSize=12, leading=16)


def q_block(title, question, response, supp=None, supp_resp=None):
    out = [Paragraph(title, QH), Paragraph(question, QP),
           Paragraph("<b>Response:</b>", QP), Paragraph(response, QP)]
    if supp:
        out += [Paragraph("<b>Supplementary question:</b>", QP), Paragraph(supp, QP),
                Paragraph("<b>Response:</b>", QP), Paragraph(supp_resp, QP)]
    return out


def questions():
    s = [P(COUNCIL.upper(), CENTRE_T), P("COUNCIL: 26 FEBRUARY 2025", CENTRE_T),
         P("Item 5: Questions from members of the public and Item 9: Questions from members, "
           "with responses (including supplementary questions, added after the meeting)", CENTRE),
         Spacer(1, 4 * mm)]
    s.append(P("PART A: QUESTIONS FROM MEMBERS OF THE PUBLIC", HPLAIN))
    s += q_block(
        "Question 1 from Mr D Whitlow to the Leader of the Council",
        "The former Hallworth's store on Bridge Street has now been empty for more than two years and is "
        "becoming an eyesore. When will residents see work start, and will the old shopfront be saved?",
        "Councillor Ashdown replied: The Council bought the building in March 2024 so that it could control "
        "its future. Surveys have shown that the main building cannot be converted, but we intend to keep and "
        "restore the 1908 frontage. A report to Cabinet on 12 March will seek approval for demolition of the "
        "rear buildings, which we expect to be complete by the end of 2025, and for the appointment of a "
        "development partner to build homes and a new library on the site.")
    s += q_block(
        "Question 2 from Ms K Osei to the Cabinet Member for Housing",
        "How many families with children are living in bed and breakfast, and how many of them have been "
        "placed outside the borough, away from their children's schools?",
        "Councillor Beddoes replied: On 31 January 2025 there were 19 families with children in bed and "
        "breakfast, and all of them had been there for more than six weeks. Of all households in nightly-paid "
        "accommodation, 57 were placed outside the borough, mostly in Hollinsford. This is not acceptable "
        "and we are bringing proposals to Cabinet in March to buy up to 30 homes and to lease a new block in "
        "Northwold, so that families can stay close to schools and support.")
    s += q_block(
        "Question 3 from Mrs A Patel to the Cabinet Member for Environment",
        "Residents in Amberley Cross already pay for the brown bin service and have been told that the charge "
        "will go up again. At the same time, fly-tipping at the recycling bank in the Station Road car park "
        "is getting worse and is left for days. What is the Council going to do about both?",
        "Councillor Quaintance replied: The garden waste charge has not yet been set for 2025/26. It will be "
        "decided by Cabinet on 12 March, with the changes needed for the new weekly food waste collection, "
        "and the Overview and Scrutiny Committee has asked us to keep any increase as low as possible. On "
        "fly-tipping, the Station Road site is now checked every weekday, and we have installed a camera "
        "there. In 2024 the Council issued 146 fixed penalty notices for fly-tipping across the borough and "
        "took 9 prosecutions, two of them for offences at Station Road.",
        supp="Will there be any help with the garden waste charge for pensioners who live on their own and "
        "have large gardens?",
        supp_resp="Councillor Quaintance replied: We are proposing a reduced charge for any household that "
        "receives Council Tax Reduction, which includes many pensioners on low incomes. Residents who cannot "
        "move their bin can ask for an assisted collection, and that will continue free of charge.")
    s += q_block(
        "Question 4 from Mr R Kowalczyk to the Cabinet Member for Leisure, Culture and Wellbeing",
        "My children swim with Kelsborough Otters. If the Council builds a new pool, will Castle Meadows have "
        "to close while it is built, and where would the club train?",
        "Councillor Fenwick-Hart replied: No. The preferred option, which Cabinet will consider on 12 March, "
        "is to build the new centre on Riverside Park next to the existing one, so that Castle Meadows can "
        "stay open until the new pool is ready in 2027. The club has been involved in the design and we will "
        "keep it informed.")
    s.append(P("PART B: QUESTIONS FROM MEMBERS", HPLAIN))
    s += q_block(
        "Question 5 from Councillor I Stallworthy to the Cabinet Member for Planning and Economic Development",
        "Since the Government changed the housing figures in December, the Council no longer has a five-year "
        "supply of land for housing. How many speculative applications have been received as a result, and "
        "what is being done to protect villages such as Saltby?",
        "Councillor Marsh replied: The latest position statement shows a supply of 4.3 years. Since December "
        "we have received seven applications for major housing schemes on sites not allocated in the Local "
        "Plan, including the application for up to 165 homes at Mill Road, Saltby. Each application must be "
        "judged on its merits. The best protection is an up-to-date Local Plan, and the review of the plan "
        "will be published for consultation in September 2025.",
        supp="Will the Mill Road application be decided by the Planning Committee rather than by officers?",
        supp_resp="Councillor Marsh replied: Yes. It has been called in by the ward member and will be "
        "reported to the Planning Committee on 19 March.")
    s += q_block(
        "Question 6 from Councillor C Oduya to the Cabinet Member for Finance and Resources",
        "How much has the Council spent on external consultants for the town centre regeneration programme "
        "since the masterplan was adopted?",
        "Councillor Mistry replied: Between October 2023 and January 2025 the Council spent £1,284,600 on "
        "external advice for the programme, of which £912,000 was met from the Haldenshire Growth Fund. The "
        "largest items were design and engineering for Market Square (£486,300), structural and asbestos "
        "surveys at Bridge Street (£211,750) and legal advice on acquisitions (£97,400).")
    s += q_block(
        "Question 7 from Councillor D Varley to the Cabinet Member for Environment",
        "Why is the Council closing the public toilets on Saltby seafront in the winter, when the seafront "
        "is used all year round by walkers and anglers?",
        "Councillor Quaintance replied: The toilets on The Promenade, Saltby, will close from November to "
        "February, saving £38,000 a year. The toilets at Saltby Harbour car park will remain open all year. "
        "We are also inviting local businesses to join a community toilet scheme, which pays a small fee to "
        "cafés and pubs that let the public use their toilets.",
        supp="Will the Cabinet Member meet the Saltby Anglers Association to discuss the closure?",
        supp_resp="Councillor Quaintance replied: Yes, I would be happy to do so.")
    s += q_block(
        "Question 8 from Councillor P Fairweather to the Leader of the Council",
        "What is the Leader's response to the Government's invitation to councils in Haldenshire to propose "
        "a single-tier structure of local government?",
        "Councillor Ashdown replied: The Council will work with the other Haldenshire councils on an interim "
        "proposal by 21 March 2025. Our priority is that any new council keeps services close to residents in "
        "Kelsborough, Amberley Cross, Northwold and Saltby. All members will be briefed before the proposal "
        "is submitted.")
    return s


# ==================================================================== Cabinet 12 March 2025
CAB_MAR_FILE = "kbc_cabinet_2025-03-12_minutes.pdf"
GARDEN_CHARGE_AGREED = "£48"


def cabinet_mar():
    s = head("Cabinet", "Wednesday 12 March 2025", "6.00 pm")
    s.append(P("<b>Present:</b> Councillor H Ashdown (Leader of the Council, in the Chair); Councillors "
               "T Beddoes, J Fenwick-Hart, P Lakhani, R Mistry (Deputy Leader) and S Quaintance."))
    s.append(P("<b>Also present:</b> Councillors G Halloran, B Coyle and D Varley."))
    s.append(P("<b>Officers:</b> Andrew Thornbury (Chief Executive), Claire Hemmings (Director of Finance and "
               "Resources), Neil Castellan (Head of Legal and Democratic Services), Fiona Straker, Marcus "
               "Adeyemi, Gareth Lowther, Jonathan Pryce and Rebecca Tully (Democratic Services Officer)."))
    s.append(minute(67, "Apologies for absence"))
    s.append(mp("An apology for absence was received from Councillor O Marsh."))
    s.append(minute(68, "Declarations of interest"))
    s.append(mp("Councillor Lakhani declared an other registrable interest in Minute 72 (Castle Meadows Leisure "
                "Centre) as a member of the board of Active Kelsborough Trust. She left the room for that item "
                "and took no part in the discussion or vote."))
    s.append(mp("Councillor Quaintance declared a non-registrable interest in Minute 75 as her son is employed "
                "by the Council as a refuse loader. Having taken advice from the Monitoring Officer, she "
                "remained and took part, as the decision did not directly affect his employment."))
    s.append(minute(69, "Minutes"))
    s += resolved("That the minutes of the meeting held on 12 February 2025 be approved as a correct record and "
                  "signed by the Chair.")
    s.append(minute(70, "Public questions"))
    s.append(mp("Mr Harold Finch, Chair of Kelsborough Otters Swimming Club, asked whether the new pool would have "
                "enough spectator seating for county galas. Councillor Fenwick-Hart replied that the design "
                "included 150 seats and that the club would be consulted on the detailed layout."))
    s.append(mp("Ms Gemma Royle, of Amberley Cross, asked whether food waste caddies would be provided for "
                "flats above shops. Councillor Quaintance replied that communal bins or caddies would be "
                "offered to every property, including flats above shops."))
    s.append(minute(71, "Recommendations of the Overview and Scrutiny Committee"))
    s.append(mp("Councillor Coyle presented the recommendations of the Overview and Scrutiny Committee of 25 "
                "February 2025 on the waste collection proposals. The Committee supported the weekly food "
                "waste collection but recommended that the increase in the garden waste charge be limited "
                "to no more than £4, in view of pressures on household budgets."))
    s += resolved("That the recommendations of the Overview and Scrutiny Committee be considered with Minute 75.")

    s.append(minute(72, "Castle Meadows Leisure Centre: replacement business case"))
    s.append(mp("Councillor Fenwick-Hart introduced the report. She said that the existing centre was failing, "
                "that the sports hall had been closed since September 2024 because of RAAC, and that a new "
                "centre at Riverside Park was the only option that kept a pool open throughout. Fiona Straker, "
                "Head of Leisure and Culture, confirmed that the Sport England bid would be decided in June "
                "2025."))
    s.append(mp("Councillor Halloran welcomed the scheme but asked that the loss of green space at Riverside "
                "Park be kept to a minimum. Councillor Mistry said that the borrowing costs were already in the "
                "Medium Term Financial Strategy."))
    s += resolved([
        "That Option 3, a new leisure centre at Riverside Park, Kelsborough, be approved as the preferred "
        "option for replacing Castle Meadows Leisure Centre.",
        "That a capital budget of £24.6 million be approved, and that Council be RECOMMENDED to approve "
        "prudential borrowing of £17.35 million.",
        "That the Head of Leisure and Culture, in consultation with the Cabinet Member, be authorised to "
        "appoint a contractor through the Haldenshire Construction Framework.",
        "That Castle Meadows Leisure Centre remain open until the new centre opens, and that the site then be "
        "declared surplus and marketed for housing.",
    ])
    s.append(mp("<i>Reason for decision:</i> the existing centre is at the end of its life and a new centre offers "
                "the best value over its lifetime. <i>Alternatives considered:</i> Options 1, 2 and 4 in the "
                "report."))

    s.append(minute(73, "Temporary accommodation: demand, costs and acquisition programme"))
    s.append(mp("Councillor Beddoes introduced the report, noting that 287 households had been in temporary "
                "accommodation at the end of January. Marcus Adeyemi, Head of Housing, said that the first "
                "eight purchases were already under offer. Members asked that the Overview and Scrutiny "
                "Committee receive regular updates."))
    s += resolved([
        "That the number of households in temporary accommodation and the forecast overspend of £1.37 million "
        "in 2024/25 be noted.",
        "That an acquisition programme of up to 30 homes for use as temporary accommodation, with a capital "
        "budget of £7.2 million, be approved.",
        "That a ten-year lease of Elmfield House, Northwold, be approved and the final terms be delegated to "
        "the Head of Housing.",
        "That the revised Temporary Accommodation Placement Policy be adopted.",
        "That progress on the acquisition programme be reported to the Overview and Scrutiny Committee every "
        "quarter.",
    ])

    s.append(minute(74, "Kelsborough Town Centre Regeneration Programme"))
    s.append(mp("The Leader introduced the report. Gareth Lowther, Head of Regeneration, explained the increase "
                "in the programme cost from £27.9 million to £31.45 million. Councillor Halloran asked how much "
                "of the increase would fall on council tax payers; the Director of Finance and Resources said "
                "that the additional borrowing would be repaid in part from the sale of homes at Bridge Street."))
    s += resolved([
        "That the revised regeneration capital programme of £31.45 million be approved.",
        "That the demolition of the former Hallworth's store, 14-22 Bridge Street, and the procurement of a "
        "development partner be approved.",
        "That the Head of Regeneration be authorised to acquire 3, 5 and 7 Bridge Street by agreement.",
        "That acceptance of the Haldenshire Growth Fund grant agreement be delegated to the Director of Finance "
        "and Resources, in consultation with the Leader.",
    ])

    s.append(minute(75, "Waste collection changes: weekly food waste and garden waste charges"))
    s.append(mp("Councillor Quaintance introduced the report. Jonathan Pryce, Head of Environmental Services, "
                "said that the vehicles were on order and due in August 2025, and that recruitment of crews "
                "would begin in May."))
    s.append(mp("Having considered the recommendation of the Overview and Scrutiny Committee (Minute 71), "
                "Councillor Quaintance proposed that recommendation (c) be amended so that the garden waste "
                "charge for 2025/26 be £48 per bin rather than £52, with a reduced charge of £36 rather than "
                "£39 for households receiving Council Tax Reduction. The Director of Finance and Resources "
                "advised that the lower charge would leave a shortfall of about £55,000 against the budgeted "
                "saving in 2025/26, which could be met from the Budget Equalisation Reserve. Cabinet agreed "
                "the amendment."))
    s += resolved([
        "That a weekly separate food waste collection for all households be introduced from 6 October 2025.",
        "That the purchase of 11 food waste collection vehicles and caddies at a capital cost of £1.94 million "
        "be approved.",
        f"That the garden waste subscription charge for 2025/26 be set at {GARDEN_CHARGE_AGREED} per bin, with a "
        "charge of £36 for households receiving Council Tax Reduction, and that the shortfall of about £55,000 "
        "be met from the Budget Equalisation Reserve.",
        "That the re-routing of residual and recycling collections, with new collection days from 6 October "
        "2025, be approved.",
    ])
    s.append(mp("<i>Reason for decision:</i> to meet the statutory requirement for weekly food waste collection "
                "by 31 March 2026 and to set the garden waste charge before subscriptions open on 1 April 2025."))

    s.append(minute(76, "Exclusion of the press and public"))
    s += resolved("That under section 100A(4) of the Local Government Act 1972 the press and public be excluded "
                  "from the meeting for the following item, on the grounds that it involves the likely "
                  "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to "
                  "the Act.")
    s.append(minute(77, "Bridge Street acquisitions: exempt appendix"))
    s.append(mp("Cabinet noted the exempt appendix to the report at Minute 74, which set out the valuations of 3, "
                "5 and 7 Bridge Street and the negotiating position with the owners."))
    s.append(Spacer(1, 6 * mm))
    s.append(P("The meeting ended at 8.05 pm.", BODY_L))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Chair ....................................................", BODY_L))
    return s


def make_all(out_dir):
    kw = dict(footer_left="Chair's initials ..........")
    return [
        build(f"{out_dir}/{CAB_FEB_FILE}", cabinet_feb(),
              "Kelsborough Borough Council | Cabinet | 12 February 2025", title="Cabinet minutes 12 February 2025", **kw),
        build(f"{out_dir}/{COUNCIL_MIN_FILE}", council_minutes(),
              "Kelsborough Borough Council | Council | 26 February 2025", title="Council minutes 26 February 2025", **kw),
        build(f"{out_dir}/{QUESTIONS_FILE}", questions(),
              "Kelsborough Borough Council | Council | 26 February 2025",
              title="Council 26 February 2025: questions and responses"),
        build(f"{out_dir}/{CAB_MAR_FILE}", cabinet_mar(),
              "Kelsborough Borough Council | Cabinet | 12 March 2025", title="Cabinet minutes 12 March 2025", **kw),
    ]
