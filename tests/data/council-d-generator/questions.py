"""Writes tests/data/eval/council_d.jsonl (30 questions with gold snippets)."""
import json
import os

LEI = "adc_cabinet_2025-02-05_leisure_centre_report.pdf"
WST = "adc_cabinet_2025-02-05_waste_collection_report.pdf"
HSG = "adc_cabinet_2025-02-05_temporary_accommodation_report.pdf"
BUD = "adc_cabinet_2025-02-05_budget_2025-26.pdf"
PACK = "adc_cabinet_2025-02-05_agenda_pack.pdf"
CMIN = "adc_cabinet_2025-02-05_minutes.pdf"
QNS = "adc_council_2025-02-26_questions.pdf"
FMIN = "adc_council_2025-02-26_minutes.pdf"
FAQ = "adc_food_waste_faq_2025-02.pdf"
PLAN = "adc_planning_2025-01-22_committee_report.pdf"


def both(snippet):
    """Same passage in the report and in the agenda pack that republishes it."""
    return [(LEI if snippet[0] == "L" else WST, snippet[1]), (PACK, snippet[1])]


Q = [
    ("will the swimming pool close while the new leisure centre is built", "paraphrase", [
        (QNS, "chose to build on the Station Road car park was so that the existing pool can stay open"),
        *both(("L", "Option 3 costs more to build but allows the existing centre to stay open while the new one is built")),
    ]),
    ("how much will the garden waste bin cost from April", "numeric", [
        (FAQ, "The annual subscription will be £55 per bin from 1 April 2025, or £40 if you receive Council Tax Support"),
        *both(("W", "increase in the garden waste subscription charge from £48 to £55 per bin per year from 1 April 2025")),
    ]),
    ("fly tipping incidents fines and prosecutions 2023/24", "table", [
        (QNS, "2023/24 1,486 62 4"),
    ]),
    ("what happens to the food waste after it is collected", "paraphrase", [
        (FAQ, "It is taken to the Greyfield Farm anaerobic digestion plant near Coldharbour"),
        *both(("W", "Food waste will be taken to the Greyfield Farm anaerobic digestion plant near Coldharbour, where it will be turned into biogas")),
    ]),
    ("how much has been paid to Faithorne Leisure Consultants", "entity", [
        (QNS, "£198,000 paid to Faithorne Leisure Consultants for the strategic outline case, feasibility and design work"),
    ]),
    ("number of households in temporary accommodation", "numeric", [
        (HSG, "has more than doubled in less than three years, from 68 in March 2022 to 143 at the end of December 2024"),
        (HSG, "December 2024 143 37 61"),
    ]),
    ("band B council tax 2025/26", "table", [
        (BUD, "B £40,001 to £52,000 7/9 £149.87 £154.35 £4.48"),
    ]),
    ("can I use plastic bags instead of caddy liners", "paraphrase", [
        (FAQ, "newspaper, or use any plastic carrier bag, which will be removed at the plant. Please do not use black bin bags."),
    ]),
    ("did the opposition try to stop the garden waste charge going up", "multi-doc", [
        (FMIN, "an amendment to keep the garden waste subscription charge at £48 for 2025/26"),
        (FMIN, "There voted for the amendment 15 councillors, against 24 and 2 abstained. The amendment was therefore lost."),
        (CMIN, "Councillor Chadwick said that his group opposed the increase in the garden waste charge"),
    ]),
    ("Changing Places toilet", "keyword", [
        *both(("L", "The new centre would be fully accessible, with a Changing Places toilet, a pool hoist and accessible changing rooms")),
        (LEI, "two studios, a four-court sports hall, an indoor soft play area, a café and a Changing Places toilet"),
        (PACK, "two studios, a four-court sports hall, an indoor soft play area, a café and a Changing Places toilet"),
    ]),
    ("are the toilets in Upper Tolley market square closing", "paraphrase", [
        (QNS, "the Market Square toilets in Upper Tolley are not included in the budget proposals and will stay open"),
    ]),
    ("how many empty homes are there in the district", "numeric", [
        (QNS, "there are 612 homes in the district that have been empty and substantially unfurnished for more than six months"),
    ]),
    ("what is being done about flooding on Marsh Road", "paraphrase", [
        (QNS, "The County Council has agreed to jet and survey the drains on Marsh Road by the end of March"),
    ]),
    ("school contribution for the Tolley Road housing site", "table", [
        (PLAN, "Primary education £412,800 Wealdshire County Council"),
    ]),
    ("who is the developer for land north of Tolley Road", "entity", [
        (PLAN, "Applicant Cressbrook Homes Ltd"),
    ]),
    ("why should the Old Maltings flats be refused", "paraphrase", [
        (PLAN, "the extension and roof terrace would harm the significance of a Grade II listed building and the character of the Fennick Marsh Conservation Area"),
        (PLAN, "the application fails to show that the development would be safe from flooding and fails the sequential test"),
    ]),
    ("how much is council tax going up for band D", "numeric", [
        (BUD, "an increase of 2.99% in the Council's Band D council tax, from £192.69 to £198.45 a year"),
        (CMIN, "kept the council tax rise to 2.99%, which meant an increase of £5.76 a year for a Band D home"),
        (FMIN, "the Council's council tax for Band D be set at £198.45 for 2025/26, an increase of 2.99%"),
        (BUD, "D £68,001 to £88,000 9/9 £192.69 £198.45 £5.76"),
    ]),
    ("cost of new food waste lorries", "table", [
        *both(("W", "Food waste vehicles (14) 1,580")),
        *both(("W", "approves the purchase of 14 food waste collection vehicles at a cost of up to £1.58 million")),
    ]),
    ("has the money for the new Brindle Heath leisure centre been approved", "multi-doc", [
        (CMIN, "Council be recommended to add the scheme, with a capital budget of £18.4 million, to the capital programme"),
        (FMIN, "totalling £31.7 million and including the Brindle Heath Leisure Centre replacement, be approved"),
        *both(("L", "approves a capital budget of £18.4 million for the project, funded as set out in Table 2")),
    ]),
    ("what can't go in the food caddy", "paraphrase", [
        (FAQ, "Please do not put in packaging, liquids such as milk or oil, or pet waste"),
    ]),
    ("kids in bed and breakfast for more than six weeks", "multi-doc", [
        (HSG, "9 of them were families with children who had been there for longer than the six-week legal limit"),
        (CMIN, "the number of families with children in bed and breakfast for more than six weeks had fallen from 9 to 6"),
    ]),
    ("Orchard Way depot", "keyword", [
        *both(("L", "Capital receipt from sale of the Orchard Way depot 3,100")),
        (CMIN, "the Orchard Way depot be sold to the preferred bidder on the terms set out in the exempt report"),
    ]),
    ("what did Lorna Baxter ask at Cabinet", "entity", [
        (CMIN, "Mrs Lorna Baxter of Station Road, Brindle Heath asked where people using the shops on Station Road would park"),
    ]),
    ("how many people responded to the leisure centre consultation", "numeric", [
        *both(("L", "A public consultation ran from 16 September to 27 October 2024. It received 2,317 responses")),
    ]),
    ("are black bins going to be emptied every three weeks", "paraphrase", [
        (FAQ, "No. General rubbish will still be collected every two weeks. We have no plans to move"),
        *both(("W", "agrees that general rubbish (black bin) collections remain fortnightly")),
    ]),
    ("when will the local plan be submitted for examination", "paraphrase", [
        (QNS, "publish the submission version (Regulation 19) in November 2025 and submit the plan for examination in March 2026"),
    ]),
    ("public toilets budget 2025/26", "table", [
        (BUD, "Public conveniences 198 142 (56)"),
    ]),
    ("five-year housing land supply", "keyword", [
        (QNS, "the Council could currently show a supply of 4.3 years"),
        (PLAN, "the Council cannot currently show a five-year supply of housing land"),
    ]),
    ("what will the rise in employers national insurance cost the council", "multi-doc", [
        (QNS, "The increase will cost the Council about £310,000 a year, plus an unknown amount through the contracts of our suppliers"),
        (BUD, "The increase in employers' national insurance contributions will cost the Council about £310,000 a year"),
    ]),
    ("how many garden waste collections do I get a year", "paraphrase", [
        (QNS, "For £55 a year subscribers get 24 collections, with a break of two weeks over Christmas and the New Year"),
    ]),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "council_d.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (q, kind, gold) in enumerate(Q, 1):
            rec = {"id": f"e{i:03d}", "question": q, "kind": kind,
                   "gold": [{"doc": d, "snippet": s} for d, s in gold]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(Q), "questions to", os.path.normpath(out))


if __name__ == "__main__":
    main()
