"""Cabinet reports for 5 February 2025 (leisure centre, waste, housing)."""
from common import P, L, table, front


def report_front(title, ref, member, officer, key, wards, exempt="No"):
    return front([
        ("Report to", "Cabinet"),
        ("Date of meeting", "5 February 2025"),
        ("Report reference", ref),
        ("Title", title),
        ("Cabinet Member", member),
        ("Lead officer", officer),
        ("Key decision", key),
        ("Wards affected", wards),
        ("Exempt information", exempt),
    ])


def leisure_body():
    b = "<h1>Brindle Heath Leisure Centre: replacement facility</h1>"
    b += report_front("Brindle Heath Leisure Centre: replacement facility", "CAB/25/011",
                      "Councillor Fiona Beckett, Cabinet Member for Leisure and Communities",
                      "Simon Treadwell, Head of Leisure and Culture",
                      "Yes (expenditure over £500,000; affects more than one ward)",
                      "All wards, in particular Brindle Heath North and Brindle Heath South")
    b += "<h2>1. Purpose of the report</h2>"
    b += P("1.1", "This report asks Cabinet to approve the replacement of Brindle Heath Leisure Centre with a new, "
           "energy efficient leisure centre on the Station Road car park site, to approve the capital budget, and to "
           "agree how the design and build contractor will be appointed.")
    b += P("1.2", "The existing centre on Tannery Lane is 46 years old, is expensive to heat and is reaching the end of its "
           "useful life. Doing nothing is not an option because the pool hall roof and the main plant will need "
           "replacing within the next three years.")
    b += "<h2>2. Recommendations</h2>"
    b += "<p>That Cabinet:</p>"
    b += L([
        "approves the replacement of Brindle Heath Leisure Centre with a new leisure centre on the Station Road car park site, Brindle Heath (Option 3 in section 4);",
        "approves a capital budget of £18.4 million for the project, funded as set out in Table 2, and recommends that Council adds the scheme to the capital programme for 2025/26 to 2027/28;",
        "delegates authority to the Director of Place, in consultation with the Cabinet Member for Leisure and Communities and the Chief Finance Officer, to award a design and build contract through the UK Leisure Framework;",
        "agrees that the existing centre on Tannery Lane stays open until the new centre opens, which is expected in spring 2027, and that the old building is then demolished and the site used for parking.",
    ])
    b += "<h2>3. Background</h2>"
    b += P("3.1", "Brindle Heath Leisure Centre opened in 1978. It has a six-lane 25 metre pool, a small teaching pool, a "
           "four-court sports hall, a 60-station gym and one studio. It is run on the Council's behalf by Wealdshire "
           "Community Leisure Trust under a contract that runs until March 2028.")
    b += P("3.2", "The centre is well used. There were 412,000 visits in 2023/24, an increase of 9% on the year before, and the swim "
           "school teaches 1,150 children each week. Demand for the gym and for swimming lessons regularly exceeds the space available.")
    b += P("3.3", "A condition survey carried out by Hartwell Surveying in 2023 identified £6.2 million of backlog maintenance "
           "needed over the next ten years. The most urgent items are the pool hall roof, the pool filtration plant and the "
           "gas boilers. The pool tank also loses around 4,000 litres of water a week through a leak that cannot be "
           "repaired without draining and relining the pool.")
    b += P("3.4", "The building is one of the Council's largest sources of carbon emissions. Its energy bill rose from £290,000 in "
           "2021/22 to £640,000 in 2023/24, and it produced 1,120 tonnes of carbon dioxide in that year, about 38% of the "
           "Council's own operational emissions.")
    b += "<h2>4. Options considered</h2>"
    b += P("4.1", "Three options were assessed by Faithorne Leisure Consultants, who were appointed in 2024 to prepare a "
           "strategic outline case. The options and their estimated costs are summarised in Table 1.")
    b += table(["Option", "Description", "Capital cost", "Closure period", "Assessment"], [
        ["1", "Refurbish the existing centre (roof, plant, pool relining)", "£9.8m", "14 months", "Not recommended: still an old building with high running costs"],
        ["2", "New centre on the existing Tannery Lane site", "£17.6m", "26 months", "Not recommended: no swimming in Brindle Heath for over two years"],
        ["3", "New centre on Station Road car park", "£18.4m", "None", "Recommended"],
    ], cls="grid", caption="Table 1: Options appraisal summary", widths=["10%", "36%", "14%", "14%", "26%"])
    b += P("4.2", "Option 1 would extend the life of the building by around 15 years but would not reduce running costs by much and "
           "would close the pool for 14 months. Option 2 would give a new building but would leave the town without a pool or "
           "gym for more than two years, and the swim school would be likely to lose many of its pupils.")
    b += P("4.3", "Option 3 costs more to build but allows the existing centre to stay open while the new one is built. Once the new centre "
           "opens the old building would be demolished and the Tannery Lane site turned into a car park of around 200 spaces, "
           "replacing the 240 spaces lost at Station Road.")
    b += "<h2>5. The proposed facility</h2>"
    b += P("5.1", "The proposed centre would include an eight-lane 25 metre pool, a learner pool with a moveable floor, a 100-station gym, "
           "two studios, a four-court sports hall, an indoor soft play area, a café and a Changing Places toilet.")
    b += P("5.2", "The building would be designed to be net zero carbon in operation. Heating would come from air source heat pumps, and a "
           "roof-mounted solar panel array of about 600 panels would generate electricity on site. The new centre is expected to "
           "cut the site's carbon emissions by around 78% compared with the existing building.")
    b += P("5.3", "The design has been shaped by the consultation described in section 7. In particular, the learner pool and the "
           "larger gym respond directly to what residents told us they wanted.")
    b += "<h2>6. Financial implications</h2>"
    b += P("6.1", "The total capital cost is estimated at £18.4 million, including a contingency of £1.6 million and an allowance for "
           "construction inflation to the expected start on site in October 2025. The proposed funding is shown in Table 2.")
    b += table(["Funding source", "£000"], [
        ["Prudential borrowing", "9,900"],
        ["Sport England Swimming Pool Support Fund grant", "1,750"],
        ["Community Infrastructure Levy", "2,150"],
        ["Capital receipt from sale of the Orchard Way depot", "3,100"],
        ["Leisure renewal earmarked reserve", "1,500"],
        ["Total", "18,400"],
    ], cls="grid", num_cols=(1,), tot_rows=(5,), caption="Table 2: Capital funding", widths=["75%", "25%"])
    b += P("6.2", "The cost of the prudential borrowing, including interest and the minimum revenue provision, is estimated at £610,000 a "
           "year from 2027/28. This would be largely offset by a lower management fee payable to the operator and by lower energy costs, "
           "as shown in Table 3.")
    b += table(["", "2027/28 £000", "2028/29 £000", "2029/30 £000"], [
        ["Borrowing costs", "610", "610", "610"],
        ["Reduction in operator management fee", "(390)", "(540)", "(540)"],
        ["Energy savings", "(180)", "(240)", "(240)"],
        ["Net cost / (saving)", "40", "(170)", "(170)"],
    ], cls="plain", num_cols=(1, 2, 3), tot_rows=(3,), caption="Table 3: Revenue effect of the new centre")
    b += P("6.3", "The Chief Finance Officer has confirmed that the borrowing is affordable within the prudential indicators that Council "
           "will be asked to approve on 26 February 2025. If the Sport England grant is not confirmed, the gap would be met from "
           "additional borrowing at a cost of about £110,000 a year.")
    b += "<h2>7. Consultation</h2>"
    b += P("7.1", "A public consultation ran from 16 September to 27 October 2024. It received 2,317 responses, and officers held "
           "drop-in sessions at the centre, at Brindle Heath library and at Coldharbour market.")
    b += P("7.2", "Overall, 81% of respondents supported building a new centre. The most requested features were a learner pool (64% of "
           "respondents), a bigger gym (52%) and more family swimming sessions (47%). Concerns were raised about parking during "
           "construction and about the loss of the Station Road car park.")
    b += "<h2>8. Risks</h2>"
    b += P("8.1", "The main risks are construction cost inflation, delay in obtaining planning permission and the Sport England grant not "
           "being confirmed. A project risk register is held by the project board, which meets monthly and is chaired by the "
           "Director of Place.")
    b += "<h2>9. Legal implications</h2>"
    b += P("9.1", "The UK Leisure Framework has been procured in line with the public procurement rules and can be used by the Council. "
           "The Council has power to provide recreational facilities under section 19 of the Local Government (Miscellaneous "
           "Provisions) Act 1976.")
    b += "<h2>10. Equality implications</h2>"
    b += P("10.1", "An equality impact assessment has been carried out. The new centre would be fully accessible, with a Changing Places "
           "toilet, a pool hoist and accessible changing rooms, which the existing building does not have.")
    b += "<h2>11. Timetable</h2>"
    b += table(["Stage", "Date"], [
        ["Cabinet decision", "5 February 2025"],
        ["Planning application submitted", "March 2025"],
        ["Contract award", "September 2025"],
        ["Start on site", "October 2025"],
        ["New centre opens", "Spring 2027"],
        ["Demolition of old centre and car park works", "Summer 2027"],
    ], cls="plain")
    b += "<h2>Background papers</h2><p>Strategic outline case, Faithorne Leisure Consultants, July 2024. Condition survey, Hartwell Surveying, 2023.</p>"
    b += "<p><b>Contact officer:</b> Simon Treadwell, Head of Leisure and Culture, 01632 960 412, simon.treadwell@ashmere.gov.uk</p>"
    return b


def waste_body():
    b = "<h1>Waste and recycling collection changes 2025</h1>"
    b += report_front("Waste and recycling collection changes 2025", "CAB/25/012",
                      "Councillor Sunita Rahman, Cabinet Member for Environment and Waste",
                      "Karen Holloway, Head of Waste and Street Scene",
                      "Yes (affects all wards)", "All wards")
    b += "<h2>1. Purpose of the report</h2>"
    b += P("1.1", "This report sets out the changes needed to the Council's waste and recycling collections to meet the Simpler "
           "Recycling requirements of the Environment Act 2021, and proposes changes to the garden waste subscription charge.")
    b += "<h2>2. Recommendations</h2>"
    b += "<p>That Cabinet:</p>"
    b += L([
        "approves the introduction of a separate weekly food waste collection for all households from 6 October 2025;",
        "approves the purchase of 14 food waste collection vehicles at a cost of up to £1.58 million, funded from the government's new burdens capital grant;",
        "agrees that general rubbish (black bin) collections remain fortnightly;",
        "approves an increase in the garden waste subscription charge from £48 to £55 per bin per year from 1 April 2025, with a reduced charge of £40 for households receiving Council Tax Support;",
        "approves a charge of £25 for replacement wheeled bins, including delivery, except where a bin has been damaged by the collection crew.",
    ])
    b += "<h2>3. Background</h2>"
    b += P("3.1", "The Council collects waste from about 46,800 households. General rubbish and mixed dry recycling are collected on "
           "alternate weeks, and garden waste is collected fortnightly for households that subscribe. There were 21,600 garden "
           "waste subscribers in 2024/25.")
    b += P("3.2", "The Council's recycling rate was 41.7% in 2023/24, below the England average. The Council's climate action plan sets a "
           "target of 50% by 2028. Compositional analysis carried out in 2024 found that food makes up about 31% by weight of what "
           "residents put in their black bins.")
    b += P("3.3", "Under the Environment Act 2021, as amended by the Simpler Recycling reforms, all English councils must collect food "
           "waste separately from households at least once a week from 31 March 2026. The Council proposes to start earlier, in "
           "October 2025, so that the change does not coincide with the busy spring garden waste season.")
    b += "<h2>4. Proposed food waste service</h2>"
    b += P("4.1", "Every household will receive a 23 litre lockable kerbside caddy and a 5 litre kitchen caddy, free of charge, together "
           "with a first roll of 52 compostable liners. After that residents may buy their own liners or use newspaper or "
           "ordinary carrier bags.")
    b += P("4.2", "Collections will be on the same day as the household's current bin collection. Households in flats and other properties "
           "with shared bins will be given communal 140 litre food waste bins, placed in the existing bin stores where there is room.")
    b += P("4.3", "Residents who get an assisted collection because they cannot move their bins themselves will continue to have all "
           "their bins, including the food caddy, collected from their property.")
    b += P("4.4", "Food waste will be taken to the Greyfield Farm anaerobic digestion plant near Coldharbour, where it will be turned into "
           "biogas and a fertiliser used on local farmland. A ten-year contract with Greyfield Renewables Ltd was agreed in November 2024 "
           "at a gate fee of £28 per tonne.")
    b += "<h2>5. Garden waste charge</h2>"
    b += P("5.1", "The garden waste service costs about £1.29 million a year to run. At the current charge of £48 a year it does not cover its "
           "costs, and the shortfall of about £250,000 a year is met from council tax paid by all households, including those who do "
           "not use the service.")
    b += P("5.2", "A charge of £55 per bin per year would bring in about £1.19 million if subscriber numbers stay the same, and would "
           "reduce the shortfall to around £100,000. The charge would remain below the average for Wealdshire districts, which is £58.")
    b += "<h2>6. Financial implications</h2>"
    b += P("6.1", "The one-off and ongoing costs of the food waste service are summarised in Table 1. Government new burdens funding covers "
           "the vehicles and containers. The revenue funding for 2025/26 onwards has not yet been confirmed and is shown at the "
           "level indicated by the Department for Environment, Food and Rural Affairs.")
    b += table(["Item", "One-off £000", "Annual £000"], [
        ["Food waste vehicles (14)", "1,580", "-"],
        ["Kerbside and kitchen caddies, liners and communal bins", "640", "-"],
        ["Crew costs (28 drivers and loaders)", "-", "930"],
        ["Fuel, maintenance and vehicle insurance", "-", "170"],
        ["Disposal (gate fees at Greyfield Farm)", "-", "150"],
        ["Saving on general rubbish disposal", "-", "(150)"],
        ["Total cost", "2,220", "1,100"],
        ["New burdens funding (capital and revenue)", "(2,220)", "(780)"],
        ["Net cost to the Council", "0", "320"],
    ], cls="grid", num_cols=(1, 2), tot_rows=(6, 8), caption="Table 1: Costs of the food waste service", widths=["60%", "20%", "20%"])
    b += P("6.2", "The net annual cost of £320,000 has been included in the draft budget for 2025/26. The extra income from the garden waste "
           "charge (about £150,000 a year) and from the replacement bin charge (about £60,000 a year) helps to meet it.")
    b += "<h2>7. Consultation</h2>"
    b += P("7.1", "A residents' consultation on the proposed changes ran from 1 October to 24 November 2024 and received 3,904 responses. "
           "A summary and a set of questions and answers has been published on the Council's website.")
    b += P("7.2", "Of those who responded, 72% agreed with introducing weekly food waste collections, and 58% said they would use the "
           "service every week. The garden waste charge was less popular: 61% disagreed with the increase, although 54% agreed "
           "that people who do not use the service should not pay for it.")
    b += "<h2>8. Risks</h2>"
    b += P("8.1", "There is a national shortage of food waste vehicles and the lead time is currently about nine months. The vehicles must "
           "therefore be ordered by the end of February 2025 if the service is to start in October.")
    b += P("8.2", "There is a risk that garden waste subscriptions fall after the price increase. Each 1,000 subscribers lost would reduce "
           "income by about £55,000.")
    b += "<h2>9. Environmental implications</h2>"
    b += P("9.1", "The food waste service is expected to raise the recycling rate by about 6 percentage points and to cut carbon emissions by "
           "around 2,300 tonnes a year, because food waste sent to anaerobic digestion produces far less methane than food waste "
           "sent for incineration or landfill.")
    b += "<p><b>Contact officer:</b> Karen Holloway, Head of Waste and Street Scene, 01632 960 530, karen.holloway@ashmere.gov.uk</p>"
    return b


def housing_body():
    b = "<h1>Homelessness and temporary accommodation: acquisition programme</h1>"
    b += report_front("Homelessness and temporary accommodation: acquisition programme", "CAB/25/013",
                      "Councillor Gareth Lowe, Cabinet Member for Housing",
                      "Joanne Fairweather, Head of Housing Services",
                      "Yes (expenditure over £500,000)", "All wards")
    b += "<h2>1. Purpose of the report</h2>"
    b += P("1.1", "This report explains the growing pressure on the Council's homelessness service and asks Cabinet to approve a "
           "programme to buy homes for use as temporary accommodation, reducing the use of bed and breakfast hotels.")
    b += "<h2>2. Recommendations</h2>"
    b += "<p>That Cabinet:</p>"
    b += L([
        "approves the purchase of up to 20 homes in the district for use as temporary accommodation, at a total cost of up to £5.6 million;",
        "accepts the Local Authority Housing Fund grant of £2.1 million towards the programme, with the balance met from borrowing;",
        "delegates the purchase of individual properties to the Head of Housing Services in consultation with the Cabinet Member for Housing;",
        "notes the updated homelessness figures in section 3.",
    ])
    b += "<h2>3. The current position</h2>"
    b += P("3.1", "The number of households in temporary accommodation has more than doubled in less than three years, from 68 in March 2022 to "
           "143 at the end of December 2024. Of these, 61 are families with children.")
    b += P("3.2", "Because the Council does not have enough self-contained temporary homes, it has had to use bed and breakfast hotels, "
           "mainly in Ashmere town centre and on the A27 corridor. On 31 December 2024 there were 37 households in bed and breakfast, "
           "and 9 of them were families with children who had been there for longer than the six-week legal limit.")
    b += P("3.3", "Bed and breakfast is expensive as well as unsuitable. The average cost is £92 a night, and housing benefit subsidy covers "
           "only a small part of it. The net cost of temporary accommodation to the Council is forecast to be £1.45 million in 2024/25, "
           "compared with a budget of £620,000.")
    b += table(["Date", "Households in temporary accommodation", "Of which in bed and breakfast", "Families with children"], [
        ["March 2022", "68", "12", "29"],
        ["March 2023", "91", "20", "38"],
        ["March 2024", "118", "29", "50"],
        ["December 2024", "143", "37", "61"],
    ], cls="grid", num_cols=(1, 2, 3), caption="Table 1: Households in temporary accommodation")
    b += P("3.4", "The main reasons for homelessness are the end of private tenancies (42% of cases accepted in 2023/24), family or friends no "
           "longer being willing to accommodate (24%) and domestic abuse (13%).")
    b += "<h2>4. The proposal</h2>"
    b += P("4.1", "The Council would buy up to 20 homes, mainly two and three bedroom houses and flats in Ashmere, Coldharbour and Brindle "
           "Heath, on the open market. The homes would be let as temporary accommodation and managed by the Council's housing team.")
    b += P("4.2", "Based on current prices the average cost per home, including purchase costs and any repairs, is expected to be about "
           "£280,000. Each home used in place of bed and breakfast for a family would save the Council about £24,000 a year.")
    b += "<h2>5. Financial implications</h2>"
    b += table(["", "£000"], [
        ["Purchase of up to 20 homes (including fees and repairs)", "5,600"],
        ["Local Authority Housing Fund grant", "(2,100)"],
        ["Borrowing required", "3,500"],
    ], cls="plain", num_cols=(1,), tot_rows=(2,), caption="Table 2: Funding of the acquisition programme")
    b += P("5.1", "The borrowing cost of about £190,000 a year would be more than covered by rents and the reduced use of bed and breakfast, "
           "giving an estimated net saving of £290,000 a year once all 20 homes are in use.")
    b += "<h2>6. Risks</h2>"
    b += P("6.1", "House prices or repair costs may be higher than expected, in which case fewer homes would be bought within the approved "
           "budget. The grant must be spent by March 2026.")
    b += "<p><b>Contact officer:</b> Joanne Fairweather, Head of Housing Services, 01632 960 610, joanne.fairweather@ashmere.gov.uk</p>"
    return b
