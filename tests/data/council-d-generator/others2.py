"""Questions paper (Council 26 February 2025), FAQ page and planning committee report."""
from common import P, L, table, front


def questions_paper():
    b = "<h1>Council, 26 February 2025</h1>"
    b += "<h2 style='margin-top:0'>Questions from members of the public and from councillors, with the replies given</h2>"
    b += ("<p>Questions were submitted under Council Procedure Rules 11 (public questions) and 12 (questions by members). Each questioner "
          "may ask one supplementary question arising from the reply. Replies are given as written and as spoken at the meeting.</p>")
    b += "<h2>Part A: Questions from members of the public</h2>"

    # Format 1: "Question N from ... to ..." / Response:
    b += '<p class="q">Question 1 from Mr Derek Holm, Coldharbour, to the Cabinet Member for Environment and Waste</p>'
    b += ("<p>My garden waste bin went up to £48 only two years ago and now you want £55. Why should those of us who compost and recycle "
          "be punished with another increase, and what do we actually get for the money?</p>")
    b += "<p><b>Response:</b></p>"
    b += ("<p>Councillor Sunita Rahman replied: The garden waste service costs about £1.29 million a year to run, and at £48 the charges do not "
          "cover that cost. The difference, about £250,000 a year, is paid for from council tax, which means households without a garden or "
          "who compost at home are subsidising the service.</p>")
    b += ("<p>For £55 a year subscribers get 24 collections, with a break of two weeks over Christmas and the New Year. That works out at "
          "about £2.29 per collection. The charge is still below the Wealdshire average of £58, and households receiving Council Tax Support "
          "will pay £40.</p>")

    # Format 2: with supplementary
    b += '<p class="q">Question 2 from Ms Aisha Bello, Brindle Heath, to the Cabinet Member for Leisure and Communities</p>'
    b += ("<p>My two children learn to swim at Brindle Heath Leisure Centre. Will the pool have to shut while the new centre is built, and "
          "will lessons carry on?</p>")
    b += "<p><b>Response:</b></p>"
    b += ("<p>Councillor Fiona Beckett replied: No. The main reason Cabinet chose to build on the Station Road car park was so that the existing "
          "pool can stay open while the new centre is built. Swimming lessons will carry on as now, and the 1,150 children in the swim school "
          "will transfer to the new centre when it opens in spring 2027. The new learner pool, with a floor that can be raised and lowered, "
          "will allow more lessons to run at the same time.</p>")
    b += "<p><b>Supplementary question:</b> Where will parents park during the building work, when the car park is closed?</p>"
    b += ("<p><b>Response:</b> Councillor Beckett said that a temporary car park with 90 spaces would be laid out on the former bowling green "
          "beside the existing centre before the Station Road car park closes in October 2025, and that parents dropping off for lessons "
          "could use the 20 minute bays on Tannery Lane.</p>")

    # Format 3: Q / A
    b += '<p class="q">Question 3 from Mr Philip Garside, Fennick Marsh</p>'
    b += ("<p><b>Q:</b> Marsh Road in Fennick Marsh has flooded four times since October, and water came into two houses in December. "
          "What is the Council doing about it?</p>")
    b += ("<p><b>A:</b> (Councillor Tom Adeyemi, Cabinet Member for Planning and Economy) Road drainage and the gullies on Marsh Road are the "
          "responsibility of Wealdshire County Council as highway authority, and the Council has reported the blocked gullies to them. The "
          "County Council has agreed to jet and survey the drains on Marsh Road by the end of March. Separately, the Environment Agency has "
          "awarded £430,000 towards the Fennick Marsh flood alleviation scheme, which will raise the bank of the Fennick Brook and install a "
          "new flap valve. Work is due to start in July 2025. Residents whose homes were flooded can apply to the Council for a flood recovery "
          "grant of up to £500 and for council tax relief for the period they are unable to live in their home.</p>")

    # Format 4: "Question from" + "Councillor ... replied:" in prose
    b += '<p class="q">Question 4 from Mrs Janet Okoro, Upper Tolley, to the Leader of the Council</p>'
    b += ("<p>I have heard the public toilets in the Market Square at Upper Tolley are going to close. Many older people and families "
          "visiting the market rely on them. Can the Leader confirm whether they will close?</p>")
    b += ("<p>Councillor Helen Marsh-Okafor replied that the Market Square toilets in Upper Tolley are not included in the budget proposals "
          "and will stay open. The proposals affect only the Station Road toilets in Brindle Heath, which would close permanently, and the "
          "Fennick Marsh seafront toilets, which would close from November to March. The Council is also launching a community toilet "
          "scheme, under which shops, cafés and pubs that let the public use their toilets free of charge receive £600 a year; eleven "
          "businesses have signed up so far, including three in Upper Tolley.</p>")

    # Format 5: "Question" then "Answer" with a figures table
    b += '<p class="q">Question 5 from Mr Colin Reaney, Ashmere</p>'
    b += ("<p>Fly-tipping in the lanes around Ashmere seems to get worse every year. How many cases were there last year, and how many "
          "people were actually fined or taken to court?</p>")
    b += "<p><b>Answer from Councillor Sunita Rahman, Cabinet Member for Environment and Waste:</b></p>"
    b += ("<p>The Council recorded 1,486 fly-tipping incidents in 2023/24, compared with 1,312 in 2022/23. Most were small loads of black bags "
          "or household items. The figures for enforcement over the last three years are:</p>")
    b += table(["Year", "Incidents", "Fixed penalty notices", "Prosecutions"], [
        ["2021/22", "1,207", "41", "2"],
        ["2022/23", "1,312", "48", "3"],
        ["2023/24", "1,486", "62", "4"],
    ], cls="grid", num_cols=(1, 2, 3))
    b += ("<p>The fixed penalty for fly-tipping in Ashmere is £400, reduced to £250 if paid within ten days. Cases involving larger amounts "
          "or repeat offenders are taken to court, where the fine is unlimited. Two new covert cameras were installed at hotspots on Gallows "
          "Lane and Pit Lane in January, and residents can report fly-tipping through the Council's website or app.</p>")

    b += "<h2>Part B: Questions from councillors</h2>"
    b += '<p class="q">Question 6 from Councillor Neil Chadwick to the Leader of the Council</p>'
    b += ("<p>How much has the Council spent on consultants for the Brindle Heath Leisure Centre project so far, and how much more does it "
          "expect to spend before the contract is awarded?</p>")
    b += "<p><b>Reply:</b></p>"
    b += ("<p>Councillor Marsh-Okafor replied: To the end of January 2025 the Council has spent £347,000 on external advice for the project. "
          "This comprises £198,000 paid to Faithorne Leisure Consultants for the strategic outline case, feasibility and design work, £86,000 "
          "for surveys (including the condition survey, ground investigation and ecology), and £63,000 for cost consultancy and legal advice. "
          "A further £420,000 is expected to be spent on design and planning before the contract is awarded in September 2025. All of these "
          "costs are included in the £18.4 million budget.</p>")
    b += "<p><b>Supplementary question:</b> Councillor Chadwick asked whether any of the consultants' fees would be repaid if the project did not go ahead.</p>"
    b += "<p><b>Reply:</b> The Leader said that the fees were for work already delivered and would not be repaid, but that the work would be of value whatever was built.</p>"

    b += '<p class="q">Question 7 from Councillor Rosemary Tindall to the Cabinet Member for Housing</p>'
    b += ("<p>With so many families in bed and breakfast, how many homes in the district are standing empty, and what is the Council doing "
          "to bring them back into use?</p>")
    b += "<p><b>Reply:</b></p>"
    b += ("<p>Councillor Gareth Lowe replied: On the most recent council tax records there are 612 homes in the district that have been empty "
          "and substantially unfurnished for more than six months, and 184 of these have been empty for more than two years. Since April 2024 "
          "the Council has charged a 100% council tax premium on homes empty for more than one year, so that the owners pay double. The empty "
          "homes officer contacts every owner, and interest-free loans of up to £15,000 are available to bring a home back into use if the owner "
          "agrees to let it through the Council's landlord scheme. Forty-one homes were brought back into use in 2023/24.</p>")

    b += '<p class="q">Question 8 from Councillor Imran Qureshi to the Cabinet Member for Planning and Economy</p>'
    b += ("<p>When will the new Ashmere Local Plan be ready, and how many homes will it have to plan for under the Government's new housing "
          "targets?</p>")
    b += "<p><b>Reply:</b></p>"
    b += ("<p>Councillor Tom Adeyemi replied: Under the revised standard method published with the new National Planning Policy Framework in "
          "December 2024, the district's housing need has risen from 402 to 486 homes a year. The Council will consult on the draft plan "
          "(Regulation 18) in May and June 2025, publish the submission version (Regulation 19) in November 2025 and submit the plan for "
          "examination in March 2026. The Local Development Scheme setting out this timetable was updated in January.</p>")
    b += "<p><b>Supplementary question:</b> Councillor Qureshi asked what the Council's current five-year housing land supply was.</p>"
    b += ("<p><b>Reply:</b> Councillor Adeyemi said that, measured against the new figure of 486 homes a year, the Council could currently "
          "show a supply of 4.3 years, which meant that the presumption in favour of sustainable development applied to planning applications "
          "for housing until the new plan was adopted.</p>")

    b += '<p class="q">Question 9 from Councillor Sarah Whitlock to the Cabinet Member for Finance</p>'
    b += "<p>How much will the increase in employers' national insurance cost the Council, and will the Government pay for it?</p>"
    b += "<p><b>Reply:</b></p>"
    b += ("<p>Councillor David Pryor replied: The increase will cost the Council about £310,000 a year, plus an unknown amount through the "
          "contracts of our suppliers and of the leisure trust. The Government has announced a £515 million national fund to compensate "
          "councils, but on the information available we expect to receive only about £120,000 of it. The budget therefore assumes the rest "
          "will be met from the vacancy management saving.</p>")
    return b


def faq_page():
    b = "<h1>Food waste collections and bin changes: your questions answered</h1>"
    b += ("<p>Ashmere District Council consulted residents on changes to waste and recycling collections between 1 October and 24 November "
          "2024. Cabinet agreed the changes on 5 February 2025. This page summarises what people told us and answers the questions we have "
          "been asked most often. Updated 10 February 2025.</p>")
    b += "<h2>What did people say in the consultation?</h2>"
    b += ("<p>We received 3,904 responses, from every ward in the district. Almost three quarters of people who replied (72%) agreed with "
          "introducing weekly food waste collections. The most common worries were smells and flies (raised by 1,140 people), where to keep "
          "the caddy (620 people) and the cost of liners (410 people).</p>")
    b += table(["Question asked", "Agree", "Disagree", "Don't know"], [
        ["Introduce weekly food waste collections", "72%", "19%", "9%"],
        ["Keep general rubbish collections fortnightly", "66%", "27%", "7%"],
        ["Increase garden waste charge to £55", "31%", "61%", "8%"],
        ["People who do not use garden waste should not pay for it", "54%", "33%", "13%"],
        ["Charge for replacement bins", "38%", "52%", "10%"],
    ], cls="grid", num_cols=(1, 2, 3), caption="Summary of consultation responses")
    qa = [
        ("What will change?",
         ["From Monday 6 October 2025 we will collect food waste every week from every home in the district. Your black bin for general rubbish "
          "and your blue bin for recycling will still be collected on alternate weeks, as now."]),
        ("When will I get my food caddy?",
         ["Caddies will be delivered between July and September 2025, street by street. Each home will get a 23 litre outdoor caddy with a "
          "lockable lid, a 5 litre kitchen caddy, a roll of liners and a leaflet. You do not need to order them."]),
        ("What can go in the food caddy?",
         ["All cooked and uncooked food: fruit and vegetable peelings, meat and fish including bones, dairy products, eggs and eggshells, bread, "
          "rice and pasta, tea bags and coffee grounds, and plate scrapings. Please do not put in packaging, liquids such as milk or oil, or pet waste."]),
        ("Do I have to use liners, and who pays for them?",
         ["You do not have to use liners, but they help keep the caddy clean. We will give you your first roll of 52 compostable liners. After "
          "that you can buy compostable liners from supermarkets, use newspaper, or use any plastic carrier bag, which will be removed at the "
          "plant. Please do not use black bin bags."]),
        ("Will my black bin be collected less often?",
         ["No. General rubbish will still be collected every two weeks. We have no plans to move to three-weekly collections."]),
        ("Won't the caddy smell or attract rats and foxes?",
         ["The outdoor caddy has a lid that locks when the handle is pushed forward, so animals cannot open it. Because food waste is collected "
          "every week, it will not be left long enough to smell. Wrapping food in newspaper and keeping the caddy in the shade also helps."]),
        ("I live in a flat. How will this work for me?",
         ["If you share bins with your neighbours, we will provide larger communal food waste bins of 140 litres in your bin store, and you will "
          "still get a kitchen caddy. We will contact managing agents and housing associations over the summer to agree where the bins will go."]),
        ("What happens to the food waste?",
         ["It is taken to the Greyfield Farm anaerobic digestion plant near Coldharbour. There, bacteria break it down in sealed tanks to produce "
          "biogas, which generates electricity, and a nutrient-rich digestate that local farmers spread on their fields instead of chemical fertiliser."]),
        ("How much will garden waste cost from April?",
         ["The annual subscription will be £55 per bin from 1 April 2025, or £40 if you receive Council Tax Support. Subscriptions run from April "
          "to March, and you can sign up at any time on our website. If you join part way through the year the charge is not reduced."]),
        ("What if my bin is damaged or stolen?",
         ["From 1 April 2025 there will be a charge of £25 for a replacement wheeled bin, including delivery. There is no charge if your bin was "
          "damaged by our crew, and new homes will still receive their first set of bins free from the developer."]),
        ("I cannot move my bins. Can I still get help?",
         ["Yes. If nobody in your home can move the bins to the kerb because of age, disability or ill health, you can ask for an assisted "
          "collection. The crew will collect your bins, including the food caddy, from an agreed place at your property and return them."]),
    ]
    for q, ans in qa:
        b += f"<h2>{q}</h2>" + "".join(f"<p>{a}</p>" for a in ans)
    b += ("<p class='small'>Need more help? Call the waste team on 01632 960 530 (Monday to Friday, 9am to 5pm) or email "
          "waste@ashmere.gov.uk. Large print and other formats are available on request.</p>")
    return b


def planning_report():
    b = "<h1>Planning Committee</h1>"
    b += "<p><b>Wednesday, 22 January 2025 at 6.00 pm, Council Chamber, District Offices, Ashmere</b></p>"
    b += "<h2>Report of the Development Manager: applications for determination</h2>"
    b += ("<p>This report contains the applications to be determined by the Committee. Each application is accompanied by a summary table. "
          "Plans and all consultation responses can be viewed on the Council's planning portal using the application number.</p>")
    b += table(["Item", "Application", "Site", "Recommendation"], [
        ["1", "24/01187/OUT", "Land north of Tolley Road, Upper Tolley", "Approve subject to section 106 agreement"],
        ["2", "24/01342/FUL", "The Old Maltings, Quay Street, Fennick Marsh", "Refuse"],
        ["3", "24/01456/FUL", "Coldharbour Recreation Ground, Mill Road, Coldharbour", "Approve with conditions"],
    ], cls="plain", caption="Summary of items")

    # Item 1
    b += '<h2 class="pb">Item 1: 24/01187/OUT, Land north of Tolley Road, Upper Tolley</h2>'
    b += table(["", ""], [
        ["Application number", "24/01187/OUT"],
        ["Site", "Land north of Tolley Road, Upper Tolley"],
        ["Ward", "Upper Tolley and Birchfold"],
        ["Applicant", "Cressbrook Homes Ltd"],
        ["Agent", "Lydgate Planning Partnership"],
        ["Proposal", "Outline application for up to 64 dwellings (26 affordable), with access from Tolley Road, public open space, a play area and sustainable drainage; all matters reserved except access"],
        ["Case officer", "Hannah Voss"],
        ["Valid date", "12 September 2024"],
        ["Target date", "31 January 2025 (extension of time agreed)"],
        ["Reason for referral", "Major application; objection from Upper Tolley Parish Council"],
        ["Recommendation", "Approve subject to conditions and a section 106 agreement"],
    ], cls="grid", widths=["30%", "70%"])
    b += "<h3>1. Site and surroundings</h3>"
    b += P("1.1", "The site is 3.4 hectares of grassland on the northern edge of Upper Tolley, outside but adjoining the settlement boundary. It is "
           "bounded by Tolley Road to the south, by hedgerows and a public footpath (Footpath UT7) to the east and by farmland to the north and west.")
    b += P("1.2", "The site is not in a conservation area and is in Flood Zone 1, the area at lowest risk of flooding. The Grade II listed Tolley Mill "
           "House lies about 150 metres to the south-east.")
    b += "<h3>2. The proposal</h3>"
    b += P("2.1", "Outline permission is sought for up to 64 homes, with only the access to be decided now. The illustrative layout shows a mix of two, "
           "three and four bedroom houses, a central green with a play area, and a sustainable drainage pond in the north-west corner.")
    b += P("2.2", "The applicant proposes that 26 of the homes (40%) would be affordable, of which 16 would be for social rent and 10 for shared ownership.")
    b += "<h3>3. Consultation responses</h3>"
    b += P("3.1", "<b>Upper Tolley Parish Council</b> objects on the grounds that the site is outside the settlement boundary, that Tolley Road is too narrow "
           "for the extra traffic, and that the village primary school is full.")
    b += P("3.2", "<b>Wealdshire County Council (Highways)</b> raises no objection subject to widening Tolley Road to 5.5 metres along the site frontage, a new "
           "footway to the village and a 30 mph speed limit extension.")
    b += P("3.3", "<b>Wealdshire County Council (Education)</b> requests a contribution towards expanding Upper Tolley Church of England Primary School.")
    b += P("3.4", "<b>Neighbours:</b> 47 letters of objection and 3 letters of support have been received. The main concerns are traffic, the loss of "
           "countryside, pressure on the school and doctors' surgery, and surface water flooding on Tolley Road.")
    b += "<h3>4. Assessment</h3>"
    b += P("4.1", "The site is outside the settlement boundary and would normally conflict with Policy SP3 of the Ashmere Local Plan 2016. However, the "
           "Council cannot currently show a five-year supply of housing land, so the tilted balance in paragraph 11(d) of the National Planning "
           "Policy Framework applies. Permission should be granted unless the harm would significantly and demonstrably outweigh the benefits.")
    b += P("4.2", "The benefits are substantial: up to 64 homes, including 26 affordable homes, in a village where the housing register shows 58 "
           "households with a local connection waiting for a home. The harm to the landscape would be limited and could be reduced by planting.")
    b += P("4.3", "The proposed contributions set out below would address the effect on the school, the surgery and local play space.")
    b += table(["Obligation", "Amount / requirement", "Payable to"], [
        ["Affordable housing", "26 homes (40%): 16 social rent, 10 shared ownership", "Registered provider"],
        ["Primary education", "£412,800", "Wealdshire County Council"],
        ["Healthcare (Tolley Vale Surgery)", "£38,400", "Wealdshire Integrated Care Board"],
        ["Off-site sports pitches", "£52,000", "Ashmere District Council"],
        ["Highway works and speed limit order", "Works to Tolley Road; £7,500 for the order", "Wealdshire County Council"],
        ["Biodiversity net gain", "At least 10%, monitored for 30 years", "Ashmere District Council"],
    ], cls="grid", caption="Table: Proposed section 106 obligations")
    b += "<h3>5. Recommendation</h3>"
    b += P("5.1", "That the Development Manager be authorised to grant outline permission subject to the conditions listed in the appendix and to "
           "the completion of a section 106 agreement securing the obligations above within six months of this meeting.")

    # Item 2
    b += '<h2 class="pb">Item 2: 24/01342/FUL, The Old Maltings, Quay Street, Fennick Marsh</h2>'
    b += table(["Application", "Site", "Applicant", "Proposal", "Recommendation"], [
        ["24/01342/FUL", "The Old Maltings, Quay Street, Fennick Marsh", "Mr and Mrs K Darnell",
         "Conversion of former maltings to nine flats, with a two-storey rear extension and roof terrace", "Refuse"],
    ], cls="grid", widths=["15%", "20%", "17%", "33%", "15%"])
    b += "<h3>1. Site and proposal</h3>"
    b += P("1.1", "The Old Maltings is a Grade II listed nineteenth century brick building within the Fennick Marsh Conservation Area. It has been "
           "empty since 2019 and was last used as a furniture warehouse. The application proposes nine flats, a two-storey rear extension and "
           "a roof terrace.")
    b += P("1.2", "The site is in Flood Zone 3, the area at highest risk of flooding, on the edge of the tidal quay.")
    b += "<h3>2. Assessment</h3>"
    b += P("2.1", "Bringing the building back into use is welcome, but the two-storey rear extension would hide the building's historic kiln and "
           "the roof terrace would require the removal of part of the original roof structure. Historic England and the Council's conservation "
           "officer both consider that this would cause less than substantial harm at the upper end of the scale, which is not outweighed by "
           "the public benefits of nine flats.")
    b += P("2.2", "The flood risk assessment does not show that the ground floor flats would be safe for their lifetime, and the Environment Agency "
           "objects. The sequential test has not been passed.")
    b += "<h3>3. Recommendation</h3>"
    b += P("3.1", "Refuse, for the following reasons:")
    b += L(["the extension and roof terrace would harm the significance of a Grade II listed building and the character of the Fennick Marsh Conservation Area;",
            "the application fails to show that the development would be safe from flooding and fails the sequential test."])

    # Item 3
    b += '<h2>Item 3: 24/01456/FUL, Coldharbour Recreation Ground, Mill Road, Coldharbour</h2>'
    b += table(["Application", "Site", "Applicant", "Proposal", "Recommendation"], [
        ["24/01456/FUL", "Coldharbour Recreation Ground, Mill Road, Coldharbour", "Ashmere District Council",
         "Replacement pavilion with changing rooms, kitchen and public toilets, and a new skate park", "Approve with conditions"],
    ], cls="grid", widths=["15%", "20%", "17%", "33%", "15%"])
    b += P("1.1", "This application is made by the Council itself and is therefore reported to the Committee. The existing timber pavilion, built in 1962, "
           "would be replaced by a single-storey building with four team changing rooms, officials' changing, a kitchen and public toilets open "
           "during daylight hours. A concrete skate park of about 600 square metres would be built on the former tennis courts.")
    b += P("1.2", "Two neighbours have raised concerns about noise from the skate park. The skate park would be about 85 metres from the nearest "
           "house, and a condition is recommended limiting its use to between 8am and 9pm. Sport England supports the application.")
    b += P("1.3", "<b>Recommendation:</b> Approve, subject to conditions including the hours of use of the skate park and a construction management plan.")
    return b
