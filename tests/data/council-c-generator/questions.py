"""Write ../eval/council_c.jsonl: 30 questions over the Kelsborough corpus."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "eval", "council_c.jsonl"))

BUD = "kbc_cabinet_2025-02-12_budget_mtfs_2025-26.pdf"
CFM = "kbc_cabinet_2025-02-12_minutes.pdf"
CQ = "kbc_council_2025-02-26_questions.pdf"
CM = "kbc_council_2025-02-26_minutes.pdf"
LEI = "kbc_cabinet_2025-03-12_leisure_centre_replacement.pdf"
TA = "kbc_cabinet_2025-03-12_temporary_accommodation.pdf"
REG = "kbc_cabinet_2025-03-12_town_centre_regeneration.pdf"
WST = "kbc_cabinet_2025-03-12_waste_collection_changes.pdf"
PACK = "kbc_cabinet_2025-03-12_agenda_pack.pdf"
CMM = "kbc_cabinet_2025-03-12_minutes.pdf"
PLN = "kbc_planning_2025-03-19_25-00412-out_mill_road_saltby.pdf"
LET = "kbc_planning_2025-03-19_25-00412-out_appendix_saltby_parish_letter.pdf"
AUD = "kbc_audit_2025-01-27_strategic_risk_register.pdf"
HTML = "kbc_decision_2025-03-12_waste_collection_changes.html"

IN_PACK = {CFM, LEI, TA, REG, WST}   # papers also published inside the agenda pack


def g(doc, snippet):
    """Gold entries; a paper that is also in the pack gets a second entry for the pack."""
    out = [{"doc": doc, "snippet": snippet}]
    if doc in IN_PACK:
        out.append({"doc": PACK, "snippet": snippet})
    return out


Q = [
    # ------------------------------------------------------------------ paraphrase (9)
    ("paraphrase", "will people still be able to swim while the new leisure centre is being built",
     g(LEI, "avoids any period without a pool, because the existing centre stays open")
     + g(CQ, "so that Castle Meadows can stay open until the new pool is ready in 2027")
     + g(CMM, "the only option that kept a pool open throughout"),
     "Option 3 keeps Castle Meadows open during construction: para 4.2 of the leisure report (and pack "
     "copy), the answer to public question 4, and the debate at minute 72."),
    ("paraphrase", "how bad is the leak at the old swimming pool",
     g(LEI, "the pool tank is losing about 9,000 litres of water a week"),
     "Para 3.2 of the leisure report (condition survey); 'leak' vs 'losing water'."),
    ("paraphrase", "how many families with kids have been in B&B over the legal limit",
     g(TA, "19 families with children had been in bed and breakfast for longer than six weeks")
     + g(CQ, "there were 19 families with children in bed and breakfast"),
     "Para 3.3 of the temporary accommodation report (and pack); answer to public question 2. "
     "'B&B' vs 'bed and breakfast', 'legal limit' vs 'six weeks'."),
    ("paraphrase", "are they keeping the old shop front of Hallworth's",
     g(REG, "Kelsborough Conservation Area; the proposed scheme would keep and restore it")
     + g(CQ, "we intend to keep and restore the 1908 frontage"),
     "Para 4.2 of the regeneration report (and pack): the 1908 facade is kept; answer to public question 1."),
    ("paraphrase", "where will the food caddy waste be processed",
     g(WST, "taken to the anaerobic digestion plant at Greyfriars Farm, Amberley Cross"),
     "Para 4.2 of the waste report (and pack)."),
    ("paraphrase", "help for residents who can't get their bins out to the kerb",
     g(CQ, "Residents who cannot move their bin can ask for an assisted collection")
     + g(WST, "Assisted collections will continue for residents who cannot move their bins and caddies")
     + g(WST, "Assisted collections extended to food caddies on request"),
     "Supplementary answer to public question 3; para 9.1 and the equality table (Appendix 2) of the waste "
     "report (and pack)."),
    ("paraphrase", "will any houses be built on the floodplain at the Saltby site",
     g(PLN, "No dwelling, garden or fence shall be placed within Flood Zones 2 or 3")
     + g(PLN, "no built development is proposed in Flood Zones 2 or 3")
     + g(PLN, "All homes would be in Flood Zone 1."),
     "Planning report 25/00412/OUT: condition 8, the Environment Agency response (5.3) and para 7.4."),
    ("paraphrase", "what does the council tax rise mean per week for a typical household",
     g(BUD, "equivalent to 13 pence a week for a Band D home"),
     "Budget report para 6.2."),
    ("paraphrase", "what happens if a homeless family turns down a private let",
     g(TA, "refuses a suitable offer of private rented accommodation may have the main housing duty ended")
     + g(TA, "may have the main housing duty ended after a review of suitability"),
     "Temporary accommodation report para 5.4 (changes to the placement policy) and Appendix 1 para 8.1; both "
     "also in the pack."),
    # ------------------------------------------------------------------ numeric (5)
    ("numeric", "Band D council tax 2025/26 borough council element",
     g(BUD, "sets the Borough Council's Band D council tax for 2025/26 at £231.54")
     + g(CFM, "Band D council tax for the Borough Council of £231.54")
     + g(CM, "giving a Band D council tax of £231.54 before parish precepts"),
     "Budget recommendation (b); Cabinet minute 62 (2) (also in the March pack as item 3); Council minute 48 (2)."),
    ("numeric", "number of households in temporary accommodation end of January 2025",
     g(TA, "notes that 287 households were in temporary accommodation on 31 January 2025")
     + g(CMM, "287 households had been in temporary accommodation at the end of January"),
     "Recommendation (a) of the temporary accommodation report (and pack) and Cabinet minute 73."),
    ("numeric", "authorised borrowing limit for 2025/26",
     g(CFM, "set an authorised limit for external debt of £78 million")
     + g(CM, "including an authorised limit for external debt of £78 million"),
     "Cabinet minute 63 (also in the pack) and Council minute 47. 'borrowing limit' vs 'external debt'."),
    ("numeric", "how many objections to the Mill Road Saltby housing application",
     g(PLN, "112 letters of objection and 6 letters of support were received"),
     "Planning report para 6.1."),
    ("numeric", "annual rent for the Elmfield House lease",
     g(TA, "The proposed lease is for ten years at £262,000 a year"),
     "Temporary accommodation report para 5.3 (and pack)."),
    # ------------------------------------------------------------------ table (5)
    ("table", "Castle Meadows visits 2023/24 and cost per visit",
     g(LEI, "Castle Meadows Leisure Centre, Kelsborough 412,300 -4.2% £1.12"),
     "Table 1 row of the leisure report (and pack): site, visits, change, cost per visit."),
    ("table", "Band C council tax charge 2025/26",
     g(BUD, "Band C 8/9 £205.81 £199.84 11,776"),
     "Table 3 row of the budget report: band, ratio, 2025/26, 2024/25, dwellings."),
    ("table", "cyber attack risk score",
     g(AUD, "SR07 Cyber attack leading to loss of ICT systems and data 3 5 15"),
     "Row SR07 of the strategic risk register (Appendix 1, landscape, wrapped cells): likelihood 3, impact 5, score 15."),
    ("table", "police precept Band D 2025/26 and increase",
     g(CM, "Haldenshire Police and Crime Commissioner £268.50 £254.50 5.50%"),
     "Precept table in Council minute 48."),
    ("table", "how many households in bed and breakfast and the nightly cost",
     g(TA, "Bed and breakfast (nightly paid, shared facilities) 64 19 £68 £41"),
     "Table 1 row of the temporary accommodation report (and pack)."),
    # ------------------------------------------------------------------ multi-doc (4)
    ("multi-doc", "what garden waste charge did cabinet agree for 2025/26",
     g(CMM, "That the garden waste subscription charge for 2025/26 be set at £48 per bin")
     + g(HTML, "That the garden waste subscription charge for 2025/26 be set at £48 per bin")
     + g(CMM, "the garden waste charge for 2025/26 be £48 per bin rather than £52"),
     "Cabinet amended the report's £52 (recommendation (c) of the waste report) to £48: minute 75 and the "
     "decision details page. The report's £52 is deliberately not gold."),
    ("multi-doc", "Saltby seafront toilets winter closure",
     g(CQ, "will close from November to February, saving £38,000 a year")
     + g(CM, "keep the public toilets at Saltby seafront and Amberley Cross bus station open all year")
     + g(CM, "The amendment was LOST (15 for, 21 against, 1 abstention).")
     + g(CFM, "the closure of the public toilets at Saltby seafront in winter"),
     "Answer to member question 7 (questions paper), the scrutiny comment reported at Cabinet minute 62 (also "
     "in the pack), and the budget amendment at Council minute 46, lost on a recorded vote."),
    ("multi-doc", "flooding on Mill Road Saltby",
     g(PLN, "the access is 240 metres south of the ford and outside the flood extent")
     + g(PLN, "Mill Road floods near the ford at Saltby Brook")
     + g(PLN, "flooding of Mill Road near the ford and of gardens on Chapel Close")
     + g(LET, "Mill Road floods at the ford by Saltby Brook every winter"),
     "Planning report para 7.4 and the objections at 6.1, and the parish council's scanned letter (Appendix B; image only, so its "
     "snippet is checked against the rendered text)."),
    ("multi-doc", "leisure centre replacement capital budget",
     g(LEI, "approves a capital budget of £24.6 million for the scheme")
     + g(CMM, "That a capital budget of £24.6 million be approved")
     + g(BUD, "Castle Meadows replacement leisure centre Leisure and Culture 310 4,850 14,200 5,240"),
     "Leisure report recommendation (b) (and pack), Cabinet minute 72 (2), and the scheme's row in the "
     "capital programme (budget report Appendix C, landscape)."),
    # ------------------------------------------------------------------ entity (4)
    ("entity", "Torrance Civil Engineering Market Square start date",
     g(REG, "awarded in January 2025 to Torrance Civil Engineering Ltd. Work starts on 7 April 2025"),
     "Regeneration report para 4.1 (and pack)."),
    ("entity", "Active Kelsborough Trust management fee",
     g(BUD, "reduction in the leisure contract management fee paid to Active Kelsborough Trust: £120k")
     + g(LEI, "Active Kelsborough Trust has indicated that the management fee could fall by £310,000 a year"),
     "Budget saving (para 5.2) and the expected fall once the new centre opens (leisure report 5.2, and pack)."),
    ("entity", "Hartwell Strategic Land Saltby how many homes",
     g(PLN, "Outline planning application for up to 165 dwellings (including 30% affordable housing)"),
     "Details box of the planning report: the applicant is Hartwell Strategic Land Ltd."),
    ("entity", "Councillor Lakhani declaration of interest",
     g(CFM, "Lakhani declared an other registrable interest in Minute 62, as a member of the board")
     + g(CMM, "Councillor Lakhani declared an other registrable interest in Minute 72 (Castle Meadows Leisure Centre)")
     + g(CM, "Lakhani declared an other registrable interest in Minute 46 as a member of the board"),
     "Declarations in all three sets of minutes (the February Cabinet minutes also in the pack)."),
    # ------------------------------------------------------------------ keyword (3)
    ("keyword", "RAAC sports hall",
     g(LEI, "the roof over the sports hall contains reinforced autoclaved aerated concrete (RAAC) planks")
     + g(AUD, "following the discovery of RAAC in the sports hall roof")
     + g(CMM, "the sports hall had been closed since September 2024 because of RAAC"),
     "Leisure report 3.2 (and pack), risk register report 4.1 (SR05), Cabinet minute 72."),
    ("keyword", "Haldenshire Growth Fund award",
     g(REG, "the Council was awarded £18.2 million from the Haldenshire Growth Fund")
     + g(REG, "The programme is funded by the Haldenshire Growth Fund (£18.2 million)"),
     "Regeneration report paras 3.2 and 5.2 (and pack)."),
    ("keyword", "parish council zebra crossing Chapel Close",
     g(LET, "a zebra crossing be provided on Mill Road near Chapel Close"),
     "Scanned letter from Saltby Parish Council (image only; snippet checked against the rendered text)."),
]


def main():
    kinds = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (kind, q, gold, note) in enumerate(Q, 1):
            kinds[kind] = kinds.get(kind, 0) + 1
            f.write(json.dumps({"id": f"c{i:03d}", "question": q, "kind": kind, "gold": gold, "note": note},
                               ensure_ascii=False) + "\n")
    print(f"{len(Q)} questions, {sum(len(x[2]) for x in Q)} gold snippets -> {OUT}")
    print(kinds)


if __name__ == "__main__":
    main()
