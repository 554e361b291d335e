import json

LEI = "hc_cabinet_2024-12-11_millbridge_leisure_centre.pdf"
CON = "hc_cabinet_2024-12-11_app_a_leisure_consultation_summary.pdf"
CARE = "hc_cabinet_2024-12-11_care_home_fees.pdf"
MDEC = "hc_cabinet_2024-12-11_minutes.pdf"
CAP = "hc_cabinet_2025-01-15_capital_programme.pdf"
WST = "hc_cabinet_2025-01-15_waste_collection_changes.pdf"
PACK = "hc_cabinet_2025-01-15_agenda_pack.pdf"
MJAN = "hc_cabinet_2025-01-15_minutes.pdf"
HOSP = "hc_health_scrutiny_2025-01-28_kingsholt_hospital.pdf"
OFS = "hc_cyp_scrutiny_2025-02-04_ofsted_ilacs.pdf"
BUD = "hc_council_2025-02-20_revenue_budget.pdf"
PQ = "hc_council_2025-02-20_public_questions.pdf"
REG = "hc_cabinet_2025-03-12_town_centre_regeneration.pdf"
LP = "hc_cabinet_2025-03-12_local_plan_housing.pdf"
FP = "hc_forward_plan_2024-12-13.pdf"
NEWS = "hc_news_2025-01-16_kingsholt_depot_food_waste.html"
COMM = "hc_committee_details_cabinet.html"
ODR = "hc_odr_2025-019_food_waste_caddies.txt"


def g(doc, snippet):
    return {"doc": doc, "snippet": snippet}


Q = [
    ("Millbridge Leisure Centre closure date", "keyword", [
        g(LEI, "approves the closure of Millbridge Leisure Centre to the public with effect from 31 March 2025"),
        g(MDEC, "Millbridge Leisure Centre closes to the public with effect from 31 March 2025"),
        g(PACK, "Millbridge Leisure Centre closes to the public with effect from 31 March 2025"),
    ], "Recommendation in the Cabinet report; resolution in the December minutes, which are republished in the January agenda pack."),
    ("how many people took part in the survey about the future of Millbridge pool", "paraphrase", [
        g(LEI, "A total of 2,314 responses were received, including 1,692 online questionnaires"),
        g(CON, "A total of 2,314 responses were received. Of those who answered the question"),
    ], "'people took part in the survey' vs 'responses were received'; answer in the report and the consultation summary."),
    ("who is the cabinet member for housing", "entity", [
        g(COMM, "Councillor Gareth Pryce Member Housing Harbourne North Labour"),
        g(MJAN, "Councillor G. Pryce (Cabinet Member for Housing)"),
    ], "Membership table on the committee web page; apologies in the January minutes."),
    ("when does the ICB consultation on Kingsholt hospital beds close", "keyword", [
        g(HOSP, "formal public consultation for twelve weeks from 3 February to 28 April 2025"),
        g(PQ, "The ICB's consultation runs until 28 April 2025"),
    ], "Consultation dates in the scrutiny report and in the answer to Mr Pritchard."),
    ("cost of public transport for Millbridge families to reach the other pool", "paraphrase", [
        g(CON, "the journey to Harbourne takes up to 50 minutes by bus, and a return fare of £5.60 for an adult"),
    ], "Consultation bullet under 'Respondents said that:'; query avoids 'bus' and 'fare'."),
    ("Save Millbridge Pool petition number of signatures", "multi-doc", [
        g(LEI, "A petition of 3,107 signatures titled 'Save Millbridge Pool' was presented to Council on 24 October 2024"),
        g(CON, "organised by the Friends of Millbridge Pool, was presented to Council on 24 October 2024. It had 3,107 signatures"),
    ], "Petition described in both the Cabinet report and the consultation summary."),
    ("standard residential care home weekly fee 2025/26", "numeric", [
        g(CARE, "Residential care (standard) £812.00 £868.50 6.96%"),
        g(MDEC, "including a standard residential rate of £868.50 a week"),
        g(PACK, "including a standard residential rate of £868.50 a week"),
    ], "Table 1 row in the fees report; resolution in the December minutes (also in the pack)."),
    ("why do care home providers need a bigger fee uplift this year", "paraphrase", [
        g(CARE, "the increase in the National Living Wage from £11.44 to £12.21 an hour from 1 April 2025, an increase of 6.7%"),
        g(CARE, "the increase in employer National Insurance contributions from 13.8% to 15%"),
    ], "Cost pressures listed in the Background section; query uses none of the key terms."),
    ("what increase did the care providers association ask for", "multi-doc", [
        g(CARE, "HACP argued that the increase should be at least 9% to reflect the full cost of employer National Insurance changes"),
        g(MDEC, "the Harbourne Association of Care Providers had asked for an increase of at least 9%"),
        g(PQ, "when providers asked for at least 9%"),
    ], "HACP's 9% request appears in the report, the minutes and a councillor's question."),
    ("Councillor Lindqvist declaration of interest care homes", "entity", [
        g(MDEC, "Councillor D. Lindqvist declared a registerable interest in Minute 46 (Care Home Fee Rates 2025/26) as his wife is employed as a nurse"),
        g(PACK, "Councillor D. Lindqvist declared a registerable interest in Minute 46 (Care Home Fee Rates 2025/26) as his wife is employed as a nurse"),
    ], "Declaration in the December minutes, republished in the pack."),
    ("total capital programme 2025/26 to 2028/29", "numeric", [
        g(CAP, "approval of the Capital Programme 2025/26 to 2028/29 totalling £131.6m"),
        g(PACK, "approval of the Capital Programme 2025/26 to 2028/29 totalling £131.6m"),
        g(MJAN, "set out a four-year Capital Programme of £131.6m, including £46.7m in 2025/26"),
    ], "Recommendation total; the January minutes give the same total and the 2025/26 figure."),
    ("highways structural maintenance capital budget each year", "table", [
        g(CAP, "Highways Structural Maintenance 5,400 5,400 5,400 5,400 21,600"),
        g(PACK, "Highways Structural Maintenance 5,400 5,400 5,400 5,400 21,600"),
    ], "Row of Table 1 (£000) in the capital report and the pack copy."),
    ("where will the new council depot be built", "entity", [
        g(CAP, "The new depot will be built on the former brickworks site at Mill Lane Industrial Estate, Kingsholt"),
        g(PACK, "The new depot will be built on the former brickworks site at Mill Lane Industrial Estate, Kingsholt"),
        g(NEWS, "The new depot, on the former brickworks site at Mill Lane Industrial Estate, will replace"),
    ], "Site of the Kingsholt depot in the report, pack and news page."),
    ("Kingsholt depot total cost", "numeric", [
        g(CAP, "The total cost of the scheme is £14.2m, comprising construction (£11.3m)"),
        g(PACK, "The total cost of the scheme is £14.2m, comprising construction (£11.3m)"),
        g(NEWS, "a new £14.2 million operational depot at Kingsholt"),
        g(MJAN, "approves the Kingsholt Depot scheme at a total cost of £14.2m"),
    ], "Cost expressed as £14.2m and '£14.2 million'."),
    ("will refuse lorries from the depot go past homes overnight", "paraphrase", [
        g(CAP, "subject to conditions limiting heavy goods vehicle movements on Mill Lane between 7pm and 6am"),
        g(PACK, "subject to conditions limiting heavy goods vehicle movements on Mill Lane between 7pm and 6am"),
        g(PQ, "A further condition prevents heavy goods vehicle movements between 7pm and 6am except in severe weather"),
        g(MJAN, "planning conditions restricted heavy goods vehicle movements between 7pm and 6am"),
    ], "'refuse lorries ... overnight' vs 'heavy goods vehicle movements between 7pm and 6am'."),
    ("what happens if the depot building contract comes in over budget", "paraphrase", [
        g(MJAN, "agrees that the Overview and Scrutiny Committee be informed if the tender price for the depot exceeds the approved budget by more than 5%"),
        g(MJAN, "if the tender price exceeded the budget of £14.2m by more than 5%"),
    ], "Only in the January minutes; 'contract comes in over budget' vs 'tender price exceeds'."),
    ("prudential borrowing to fund capital programme in 2025/26", "table", [
        g(CAP, "Prudential borrowing 24,660 18,500 9,500 5,550 58,210"),
        g(PACK, "Prudential borrowing 24,660 18,500 9,500 5,550 58,210"),
    ], "Table 2 row: 2025/26 borrowing is £24,660,000 (£000 figures)."),
    ("food waste collection start date", "keyword", [
        g(WST, "approves the introduction of a weekly separate food waste collection for all households from 30 March 2026"),
        g(PACK, "approves the introduction of a weekly separate food waste collection for all households from 30 March 2026"),
        g(MJAN, "a weekly food waste collection be introduced for all households from 30 March 2026"),
        g(NEWS, "From 30 March 2026 food waste will be collected every week"),
    ], "Start date in the report, pack, minutes and news page."),
    ("help for households with babies or incontinence when bins go three weekly", "paraphrase", [
        g(WST, "approves a free, fortnightly collection of absorbent hygiene products, such as nappies and continence products"),
        g(PACK, "approves a free, fortnightly collection of absorbent hygiene products, such as nappies and continence products"),
        g(PQ, "provide a free fortnightly collection of absorbent hygiene products, including disposable nappies, for households that register"),
        g(NEWS, "Households with babies in nappies or someone who uses continence products will be able to register for a free fortnightly collection"),
    ], "AHP collection; query avoids 'absorbent hygiene products'."),
    ("garden waste charge 2025", "numeric", [
        g(WST, "approves an increase in the annual garden waste subscription charge from £48 to £55 from 1 April 2025"),
        g(PACK, "approves an increase in the annual garden waste subscription charge from £48 to £55 from 1 April 2025"),
        g(NEWS, "From 1 April 2025 the garden waste subscription will cost £55 a year"),
        g(BUD, "Garden waste subscription (per bin, per year) £48.00 £55.00 14.6%"),
    ], "Charge appears in prose, news bullet and the fees and charges table."),
    ("which pages of the 15 January Cabinet agenda pack is the waste report on", "table", [
        g(PACK, "WASTE AND RECYCLING COLLECTION SERVICE CHANGES (Pages 10 - 14)"),
    ], "Agenda listing on the pack front sheet."),
    ("who is supplying the food caddies and what is the contract value", "multi-doc", [
        g(ODR, "Containers Ltd, Unit 4 Rotherway Park, Leicester, at a total cost of £1,611,420 (excluding VAT)"),
        g(CAP, "the purchase of kitchen caddies, kerbside containers and communal bins for the introduction of weekly food waste collections (£1.86m)"),
        g(PACK, "the purchase of kitchen caddies, kerbside containers and communal bins for the introduction of weekly food waste collections (£1.86m)"),
    ], "Supplier and price in the plain-text officer decision; capital budget in the capital report."),
    ("Band D council tax 2025/26", "numeric", [
        g(BUD, "giving a Band D council tax of £1,934.51"),
        g(BUD, "D 9/9 1842.57 1934.51 91.94"),
        g(MJAN, "a Band D council tax of £1,934.51 and the savings proposals be recommended to Council"),
    ], "Recommendation, council tax band table row and January minutes."),
    ("Children's Services net budget 2025/26", "table", [
        g(BUD, "Children's Services 58,310 63,950 5,640"),
    ], "Row of Table 1 in the budget report (£000)."),
    ("how much are we drawing from balances to balance next year's budget", "paraphrase", [
        g(BUD, "approves the use of £2.5m of the General Fund Balance to support the 2025/26 budget"),
        g(BUD, "Use of General Reserves 2,500"),
    ], "'drawing from balances' vs 'use of ... General Fund Balance'; also a funding table row."),
    ("DSG high needs deficit forecast", "keyword", [
        g(BUD, "the deficit on the Dedicated Schools Grant (DSG) High Needs Block, forecast to reach £38.7m by 31 March 2026"),
    ], "Acronym in query; risk in the Section 151 statement."),
    ("hourly parking charge Harbourne town centre 2025/26", "table", [
        g(BUD, "Car parking - Harbourne town centre (per hour) £1.60 £1.80 12.5%"),
    ], "Fees and charges appendix row; table runs across a page break."),
    ("projected shortfall in the later years of the medium term plan", "paraphrase", [
        g(BUD, "further budget gaps of £11.2m in 2026/27, £9.6m in 2027/28 and £8.9m in 2028/29"),
        g(BUD, "The cumulative budget gap over the three years from 2026/27 is £29.7m"),
    ], "'shortfall' vs 'budget gap'; 'medium term plan' vs 'MTFS'."),
    ("savings from closing Millbridge Leisure Centre", "multi-doc", [
        g(LEI, "Closure of the centre is expected to deliver a net revenue saving of £385,000 a year from 2025/26"),
        g(BUD, "LCC01 Leisure, Culture and Communities Closure of Millbridge Leisure Centre 385 0"),
        g(MDEC, "the closure contributes a saving of £385,000 a year to the Medium Term Financial Strategy"),
    ], "Saving in the Cabinet report, the budget savings table (long table, second page) and the minutes."),
    ("local plan housing requirement homes per year", "numeric", [
        g(LP, "agrees a housing requirement of 15,606 homes over the plan period 2024 to 2041, equivalent to 918 homes a year"),
        g(PQ, "The new standard method gives Harbourne a minimum housing need of 918 homes a year, or 15,606 homes over the plan period to 2041"),
    ], "918 a year / 15,606 total."),
    ("have we got enough deliverable sites to meet the next five years of building", "paraphrase", [
        g(LP, "five-year housing land supply position at 1 April 2024, measured against the new standard method and a 5% buffer, is 3.4 years"),
        g(LP, "notes that, until the new Local Plan is adopted, the Council cannot demonstrate a five-year supply of deliverable housing land"),
    ], "Five-year housing land supply of 3.4 years."),
    ("green belt release Wyke St Mary housing", "multi-doc", [
        g(LP, "The sites at Wyke St Mary East and part of Ashcombe Gateway are within the Green Belt"),
        g(LP, "HLP5 Wyke St Mary East Wyke St Mary 18.6 420 420 Green Belt release; primary school expansion"),
        g(PQ, "proposes releasing land from the Green Belt at Wyke St Mary East (420 homes) and part of Ashcombe Gateway"),
    ], "Local plan report, its site allocation table and the answer to Cllr Nash."),
    ("shopfront improvement grant maximum amount", "keyword", [
        g(REG, "offering grants of up to £15,000 per business at a 50% intervention rate, to open for applications on 1 June 2025"),
        g(REG, "Grants will cover up to 50% of eligible costs, to a maximum of £15,000 per property"),
    ], "Grant limit stated twice in the regeneration report."),
    ("where is the money for the town centre pot coming from", "paraphrase", [
        g(REG, "£7.0m of Council prudential borrowing, £3.5m of Plan for Neighbourhoods capital grant, and £2.0m of Community Infrastructure Levy (CIL) receipts"),
    ], "Funding sources of the £12.5m fund; query shares almost no words."),
    ("how many empty shops are there in Harbourne high street", "paraphrase", [
        g(REG, "The vacancy rate for ground-floor commercial units in the primary shopping area was 18.6% in October 2024"),
    ], "'empty shops' vs 'vacancy rate for ground-floor commercial units'."),
    ("Ofsted overall judgement children's services 2024", "entity", [
        g(OFS, "notes the findings of the inspection and the overall judgement of 'requires improvement to be good'"),
        g(OFS, "Overall effectiveness Good Requires improvement to be good"),
    ], "Recommendation text and the judgements table row (2019 Good, 2024 RI)."),
    ("how dependent are we on temporary social work staff and what is the target", "paraphrase", [
        g(OFS, "reduce agency social workers from 31% to 15%"),
        g(OFS, "Reducing the proportion of agency social workers from 31% to 15% is expected to save around £650,000 a year"),
    ], "'temporary social work staff' vs 'agency social workers'."),
    ("number of inpatient beds Kingsholt Community Hospital", "numeric", [
        g(HOSP, "The hospital currently has 32 inpatient beds on two wards: Beech Ward, an 18-bed rehabilitation ward, and Willow Ward, a 14-bed ward"),
        g(HOSP, "Willow Ward (step-down and end of life) 14 0 -14"),
    ], "Bed numbers in prose and in Table 1."),
    ("virtual ward places proposed for Kingsholt", "table", [
        g(HOSP, "Hospital at Home (virtual ward places) 20 40 +20"),
        g(HOSP, "double the Hospital at Home (virtual ward) service for the Kingsholt area from 20 to 40 places"),
    ], "Table row and proposal (b)."),
    ("what level of spending makes a decision a key decision", "paraphrase", [
        g(FP, "likely to result in the Council incurring expenditure or making savings of £500,000 or more"),
    ], "Key decision definition in the Forward Plan."),
]

assert len(Q) == 40, len(Q)
with open("/tmp/council/questions.jsonl", "w") as f:
    for i, (q, kind, gold, note) in enumerate(Q, 1):
        f.write(json.dumps({"id": "c%03d" % i, "question": q, "kind": kind, "gold": gold, "note": note}, ensure_ascii=False) + "\n")
print("wrote", len(Q))
