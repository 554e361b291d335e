"""Write ../eval/council_b.jsonl (30 evaluation questions)."""
import json
import os

H = "wdc_cabinet_2025-02-05_housing_allocations_policy.pdf"
F = "wdc_cabinet_2025-02-05_fees_and_charges_2025-26.pdf"
S = "wdc_scrutiny_2025-01-21_car_parking_task_group.pdf"
P = "wdc_planning_2025-01-29_24-01187-ful_pellford_mill.pdf"
MJ = "wdc_cabinet_2025-01-08_minutes.pdf"
MF = "wdc_cabinet_2025-02-05_minutes.pdf"
PM = "wdc_planning_2025-01-29_minutes.pdf"
PK = "wdc_cabinet_2025-02-05_agenda_pack.pdf"
L = "wdc_council_tax_explained_2025-26.pdf"
D = "wdc_planning_decision_24-01187-ful.html"
Q = "wdc_council_2025-02-26_members_questions.txt"


def g(*pairs):
    return [{"doc": d, "snippet": s} for d, s in pairs]


def both(snippet, doc):
    """A paper and its copy in the agenda pack."""
    return [(doc, snippet), (PK, snippet)]


QS = [
    ("keyword", "housing allocations policy start date",
     both("adopts the revised Housing Allocations Policy at Appendix 1, to take "
          "effect from 1 April 2025", H)
     + [(MF, "the revised Housing Allocations Policy be adopted with effect "
         "from 1 April 2025")],
     "Recommendation (a) of the Cabinet report (also in the agenda pack) and "
     "resolution (1) of minute CAB.56/24."),
    ("paraphrase", "how long do you need to have lived here to go on the "
     "housing waiting list",
     both("applicants must have lived in the district continuously for three "
          "years, rather than the current two years", H)
     + both("applicants will need to have lived in the district for the last "
            "three years continuously", H)
     + [(MF, "the residence requirement for local connection be increased from "
         "two years to three years")],
     "'waiting list' vs 'register'/'local connection'; recommendation (c) and "
     "para 5.5 of the report (and pack copy), resolution (3) in the minutes."),
    ("numeric", "number of households on the housing register December 2024",
     both("2,846 households at 31 December 2024", H)
     + [(MF, "The housing register had grown to 2,846 households")],
     "Para 1.2 of the report (and pack copy) and the minutes of CAB.56/24. "
     "Table 1's total row (Total 2,846 100%) is too short to be a snippet."),
    ("paraphrase", "money for council tenants who downsize to a smaller home",
     both("will receive a payment of £750 for each bedroom released, up to a "
          "maximum of £2,000", H),
     "Para 5.4 'Under-occupation'; the question says downsize and money "
     "rather than under-occupation and payment."),
    ("table", "how many three bedroom homes were let each year",
     both("Three bedrooms 71 66 69", H),
     "Row of Table 2 (lettings by property size 2021/22 to 2023/24)."),
    ("paraphrase", "how many applicants will be taken off the waiting list "
     "under the new rules",
     both("Officers estimate that this will apply to around 760 households", H)
     + [(MF, "was concerned that around 760 households would be removed from "
         "the register")],
     "Para 5.3 of the report (and pack copy) and Cllr Pritchard's concern in "
     "minute CAB.56/24."),
    ("entity", "which cabinet member has a relative on the housing register",
     [(MF, "Cllr Rajesh Mistry declared that his daughter was an applicant on "
       "the housing register")],
     "Declaration of interest at minute CAB.54/24."),
    ("paraphrase", "did people who responded support the longer residence "
     "rule",
     both("71% of respondents agreed with the proposed three-year local "
          "connection requirement", H),
     "Para 6.2 consultation results; question avoids 'consultation', "
     "'local connection' and 'three-year'."),
    ("numeric", "garden waste bin charge 2025/26",
     both("approves an increase in the annual garden waste subscription from "
          "£52 to £56 per bin", F)
     + both("The subscription charge would rise from £52 to £56 per bin", F)
     + both("GW1 Garden waste Annual subscription per bin 52.00 56.00 4.00 "
            "7.7% O", F)
     + [(MF, "the garden waste subscription be increased from £52 to £56 per "
         "bin")],
     "Recommendation (b), para 4.1 and Appendix A row GW1 (landscape page) of "
     "the fees report and its pack copy; resolution (2) of CAB.57/24."),
    ("table", "building control income 2023/24 actual against budget",
     both("Building control 612 548 (64) 640 571 (69)", F),
     "Row of Table 1, whose header has year groups (2023/24, 2024/25) "
     "spanning Budget/Actual/Variance columns."),
    ("table", "price of a direct cremation",
     both("BS2 Bereavement Direct cremation (unattended) each n/a 495.00 new "
          "new E", F)
     + both("A direct (unattended) cremation option would be introduced at "
            "£495", F),
     "Appendix A landscape table row BS2 and para 4.3 of the fees report, "
     "both also in the agenda pack."),
    ("multi-doc", "did cabinet agree half price season tickets for NHS and "
     "care staff",
     [(S, "introduces a 50% discount on season tickets for NHS and social care "
       "staff working in the district")]
     + both("A 25% discount is proposed instead, which officers estimate would "
            "cost £11,000 a year", F)
     + both("R5 Discounted season tickets for health and care workers Partly "
            "accepted; 25% discount", F)
     + [(MF, "regretted that the discount for health and care workers would be "
         "25% rather than the 50%")],
     "Scrutiny recommendation R5 asked for 50%; the fees report (para 5.2 and "
     "Table 3, also in the pack) offered 25%; minutes record the debate."),
    ("paraphrase", "will motorists have to pay to park on Sundays",
     [(S, "Parking is free on Sundays in all Council car parks"),
      (S, "R4 does not introduce charging on Sundays")]
     + both("R4 Do not introduce Sunday charging Accepted", F),
     "Scrutiny findings para 5.4 and recommendation R4; Cabinet response row "
     "in Table 3 of the fees report (and pack copy)."),
    ("table", "how full is the Bridge Street car park",
     [(S, "Bridge Street, Wexcombe 96 91% 97%")],
     "Row of Table 1 in the scrutiny report: spaces, weekday and Saturday "
     "occupancy."),
    ("numeric", "car parking income 2023/24",
     [(S, "Gross income from car parking was £2.31m in 2023/24")]
     + both("Car parking 2,240 2,312 72 2,395 2,288 (107)", F),
     "Scrutiny para 4.1 (£2.31m) and Table 1 of the fees report (actual "
     "£2,312k, two-level header), also in the pack."),
    ("paraphrase", "can you pay by card at the car park machines",
     [(S, "Only 9 of the Council's 31 pay machines accept contactless card "
       "payment")],
     "Scrutiny finding para 5.2."),
    ("entity", "who chaired the car parking task and finish group",
     [(S, "Lead Member Cllr Tamsin Greaves, Chair of the Task and Finish "
       "Group"),
      (S, "The members of the Group were Cllr Tamsin Greaves (Chair)")],
     "Borderless front-sheet table (no bold labels) and para 1.3."),
    ("entity", "who is the developer behind the Pellford Mill scheme",
     [(P, "Applicant: Tenterfield Homes Ltd Agent: Corbel Planning LLP"),
      (D, "Applicant: Tenterfield Homes Ltd, Unit 4 Brookside Business Park, "
       "Kingsmere")],
     "Applicant in the committee report's details table and the HTML "
     "decision notice."),
    ("paraphrase", "are the new houses at the old mill in danger of flooding",
     [(P, "All of the new houses are in Flood Zone 1")],
     "Assessment para 7.4 (the only place this is stated; the floor-level "
     "requirement in para 4.3 and the conditions is related, not the answer)."),
    ("numeric", "how many affordable homes at Pellford Mill",
     [(P, "of which 11 (29%) would be affordable, comprising 7 for social rent "
       "and 4 for shared ownership"),
      (P, "11 affordable homes (7 social rent, 4 shared ownership)"),
      (D, "secures 11 affordable homes, an education contribution of "
       "£186,400")],
     "Proposal para 2.2 and Section 106 para 8.1 of the report; informative "
     "2 of the decision notice."),
    ("paraphrase", "protected wildlife living in the old engine house",
     [(P, "found a maternity roost of common pipistrelle bats in the engine "
       "house")],
     "Ecologist's response para 4.6; the question says wildlife, not bats."),
    ("multi-doc", "no lorries on Mill Lane at school drop off and pick up",
     [(PM, "no construction vehicles shall use Mill Lane between 08:15 and "
       "09:00 or between 14:45 and 15:30 on school days"),
      (D, "No construction vehicles shall use Mill Lane between 08:15 and "
       "09:00 or between 14:45 and 15:30 on school days")],
     "Extra condition added at committee (minute 67/24), condition 10 of the "
     "HTML decision notice; not in the officer report."),
    ("numeric", "planning committee vote on Pellford Mill",
     [(PM, "the officer recommendation was carried by 9 votes to 3")],
     "Minute 67/24."),
    ("multi-doc", "how much will the developer pay for play space at Quenn "
     "Meadows",
     [(P, "£42,750 towards play and open space at Quenn Meadows"),
      (PM, "increase the contribution to play and open space at Quenn Meadows "
       "from £42,750 to £48,000"),
      (D, "£48,000 towards play and open space at Quenn Meadows")],
     "Report said £42,750; raised to £48,000 at committee (minute 67/24) and "
     "in the signed Section 106 (decision notice)."),
    ("paraphrase", "how much of my council tax does the district council "
     "actually get",
     [(L, "The District Council keeps only about 8p of every pound you pay")],
     "Two-column leaflet, 'Who collects your Council Tax?'."),
    ("table", "band E council tax 2025/26",
     [(L, "E £88,001 to £120,000 £2,934.36")],
     "Row of the bands table in the two-column leaflet."),
    ("multi-doc", "district council tax band D increase 2025/26",
     both("would take the Band D charge for the District Council from £192.69 "
          "to £198.45", MJ)
     + both("a council tax increase of 2.99% for 2025/26 be assumed for "
            "planning purposes, giving a Band D charge of £198.45", MJ)
     + [(L, "Wexcombe District Council £192.69 £198.45 2.99%"),
        (L, "raise the District Council's share of your bill by 2.99%")],
     "January Cabinet minutes CAB.49/24 (also in the February agenda pack) "
     "and the leaflet's Band D table and Leader's message."),
    ("entity", "who is fixing the Sallowbridge public toilets",
     both("A contract for their refurbishment had been let to Hayes & Lund "
          "Building Services for £27,800", MJ),
     "Answer to a public question, minute CAB.48/24, also in the pack."),
    ("multi-doc", "extra charge on homes left empty for a year",
     [(L, "a premium of 100% will be charged on homes that have been empty "
       "and unfurnished for one year or more"),
      (Q, "Charging the 100% premium after one year rather than two is "
       "expected to raise an extra £356,000")],
     "Leaflet 'Empty homes and second homes' and the answer to Question 1 in "
     "the plain-text members' questions."),
    ("paraphrase", "how many fines were handed out for fly tipping",
     [(Q, "Enforcement officers issued 143 fixed penalty notices, most of "
       "them for £400")],
     "Answer to Question 2 in the plain-text file; 'fines' vs 'fixed penalty "
     "notices'."),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                       "eval", "council_b.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (kind, q, gold, note) in enumerate(QS, 1):
            rec = {"id": f"b{i:03d}", "question": q, "kind": kind,
                   "gold": g(*gold), "note": note}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", os.path.normpath(out))


if __name__ == "__main__":
    main()
