from common import *
from reports1 import HEADER, CAP_GRAND, CAP_TOT, m
from budget import S_NEW, BAND_D_NEW, SAV1


def minute(num, title, paras):
    out = ['<h3>%d. %s</h3>' % (num, E(title.upper()))]
    for p in paras:
        if isinstance(p, tuple) and p[0] == "resolved":
            out.append("<p><b>RESOLVED:</b> %s</p>" % E(p[1]))
            if len(p) > 2:
                out.append('<ol type="a" style="margin-top:0">%s</ol>' % "".join("<li>%s</li>" % E(x) for x in p[2]))
        elif isinstance(p, tuple) and p[0] == "reason":
            out.append("<p><i>Reasons for decision:</i> %s</p>" % E(p[1]))
        else:
            out.append("<p>%s</p>" % E(p))
    return "\n".join(out)


def attendance(present, also, officers, apologies):
    return ("<p><b>Present:</b> %s</p><p><b>Also present:</b> %s</p><p><b>Officers:</b> %s</p><p><b>Apologies:</b> %s</p>"
            % (E(present), E(also), E(officers), E(apologies)))


# ---------------------------------------------------------------- Minutes 11 Dec 2024
def minutes_dec():
    head = HEADER + "<h1>CABINET</h1><p><b>MINUTES</b> of a meeting of the Cabinet held in the Council Chamber, Civic Centre, Quayside Road, Harbourne on Wednesday, 11 December 2024 at 6.00 pm.</p>"
    att = attendance(
        "Councillor J. Patel (Chair), Councillor R. Okafor (Vice-Chair), Councillors T. Brierley, G. Pryce, D. Lindqvist, H. Marsh and S. Whitcombe.",
        "Councillor M. Ellison (Leader of the Liberal Democrat Group), Councillor K. Doyle and Councillor F. Nash.",
        "Andrew Holloway (Chief Executive), Claire Dunmore (Director of Finance and Section 151 Officer), Nadia Hussain (Monitoring Officer), Martin Feeney (Executive Director of Adults and Health), Simon Aldridge (Executive Director of Place), Rachel Moody (Head of Leisure and Culture) and Lucy Farrant (Democratic Services Officer).",
        "Councillor A. Rahman (Cabinet Member for Children and Families).")
    items = [
        (41, "Apologies for Absence", ["Apologies for absence were received from Councillor A. Rahman."]),
        (42, "Declarations of Interest", [
            "Councillor T. Brierley declared a non-registerable interest in Minute 45 (Future of Millbridge Leisure Centre) as his daughter is a member of the Millbridge Otters Swimming Club. He remained in the meeting and took part in the discussion and vote, having been advised by the Monitoring Officer that the interest did not prevent him from doing so.",
            "Councillor D. Lindqvist declared a registerable interest in Minute 46 (Care Home Fee Rates 2025/26) as his wife is employed as a nurse at a care home in Ashcombe which contracts with the Council. He left the room for that item and did not take part in the vote.",
        ]),
        (43, "Minutes of the Previous Meeting", [
            ("resolved", "that the minutes of the meeting of the Cabinet held on 13 November 2024 be approved as a correct record and signed by the Chair."),
        ]),
        (44, "Public Questions and Petitions", [
            "The Chair reported that four public questions had been received, relating to Millbridge Leisure Centre. The questions and the responses given by the Cabinet Member for Leisure, Culture and Communities are published on the Council's website.",
            "Mrs Angela Fenwick, Chair of Millbridge Otters Swimming Club, spoke for three minutes under the public speaking procedure and asked Cabinet to defer the decision for six months to allow the Town Council's proposal to be developed.",
        ]),
        (45, "Future of Millbridge Leisure Centre", [
            "The Cabinet Member for Leisure, Culture and Communities introduced the report, which set out the outcome of the consultation on the future of Millbridge Leisure Centre. He acknowledged the strength of feeling in Millbridge and thanked the 2,314 people who had responded to the consultation.",
            "The Head of Leisure and Culture explained that the condition survey had identified a £4.8m backlog of maintenance and that the centre could not be kept open safely beyond 2025 without major investment. She confirmed that Harbourne Pools and Fitness had capacity for the Millbridge lesson programme.",
            "Councillor M. Ellison, speaking as a ward member for Millbridge North, said that the proposal would leave the north of the district without a public swimming pool and that the travel scheme was inadequate for families. She asked that the centre be kept open until the Town Council had completed its business case.",
            "In response, the Leader said that keeping the centre open for a further six months would cost around £190,000 and carry a risk to public safety, but that Cabinet was willing to protect the building from demolition so that the Town Council had a genuine opportunity to take it on.",
            ("resolved", "that", [
                "Millbridge Leisure Centre closes to the public with effect from 31 March 2025;",
                "the swimming lesson programme, club bookings and school swimming transfer to Harbourne Pools and Fitness and Ashcombe Sports Centre from 1 April 2025;",
                "a one-off Community Sport Transition Fund of £250,000 be established, funded from the Leisure Reserve;",
                "Millbridge Town Council be given until 30 September 2025 to submit a business case for a community asset transfer, and the building be mothballed and not demolished before that date;",
                "authority be delegated to the Executive Director of Place, in consultation with the Cabinet Member, to agree the variation to the operating contract with Harbourne Leisure Trust.",
            ]),
            ("reason", "The centre requires investment of £4.8m which the Council cannot afford, and the closure contributes a saving of £385,000 a year to the Medium Term Financial Strategy."),
        ]),
        (46, "Adult Social Care - Care Home Fee Rates 2025/26", [
            "Councillor D. Lindqvist having left the room, the Leader presented the report in his place. The Executive Director of Adults and Health explained that the proposed average increase of 6.9% reflected the rise in the National Living Wage and the increase in employer National Insurance contributions.",
            "In answer to a question from Councillor F. Nash, the Executive Director said that the Harbourne Association of Care Providers had asked for an increase of at least 9%, and that an increase of that size would cost around £1.5m more than the amount proposed. He confirmed that two homes had closed in 2024 and that officers would monitor the market quarterly.",
            ("resolved", "that the standard weekly fee rates for older people's care homes for 2025/26, as set out in Table 1 of the report, be approved with effect from 7 April 2025, including a standard residential rate of £868.50 a week and a nursing rate of £967.00 a week excluding Funded Nursing Care, and that £630,000 of Social Care Grant be used to meet the cost above the budget provision."),
        ]),
        (47, "Draft Revenue Budget 2025/26 and Medium Term Financial Strategy", [
            "The Cabinet Member for Finance and Resources presented the draft budget. He reported a budget gap of £14.8m for 2025/26 before any increase in council tax, caused mainly by pressures in social care, home to school transport and temporary accommodation.",
            "The Director of Finance advised that the provisional Local Government Finance Settlement was expected on or around 18 December 2024 and that the figures would be updated for the January meeting.",
            ("resolved", "that the draft budget proposals, including the savings proposals, be approved for public consultation from 12 December 2024 to 10 January 2025."),
        ]),
        (48, "Forward Plan", [
            ("resolved", "that the Forward Plan of Key Decisions for January to April 2025 be noted."),
        ]),
    ]
    body = head + att + "".join(minute(n, t, p) for n, t, p in items) + \
        "<p>The meeting ended at 8.14 pm.</p><p>Chair ........................................</p>"
    return body


# ---------------------------------------------------------------- Minutes 15 Jan 2025
def minutes_jan():
    head = HEADER + "<h1>CABINET</h1><p><b>MINUTES</b> of a meeting of the Cabinet held in the Council Chamber, Civic Centre, Quayside Road, Harbourne on Wednesday, 15 January 2025 at 6.00 pm.</p>"
    att = attendance(
        "Councillor J. Patel (Chair), Councillor R. Okafor (Vice-Chair), Councillors T. Brierley, D. Lindqvist, H. Marsh, A. Rahman and S. Whitcombe.",
        "Councillor M. Ellison, Councillor K. Doyle (Chair of the Overview and Scrutiny Committee) and Councillor F. Nash.",
        "Andrew Holloway (Chief Executive), Claire Dunmore (Director of Finance and Section 151 Officer), Nadia Hussain (Monitoring Officer), Simon Aldridge (Executive Director of Place), Paul Greaves (Head of Waste and Street Scene), Ian Stott (Strategic Finance Business Partner) and Lucy Farrant (Democratic Services Officer).",
        "Councillor G. Pryce (Cabinet Member for Housing).")
    items = [
        (53, "Apologies for Absence", ["Apologies for absence were received from Councillor G. Pryce."]),
        (54, "Declarations of Interest", [
            "Councillor H. Marsh declared a non-registerable interest in Minute 57 (Waste and Recycling Collection Service Changes) as a director of a community composting social enterprise in Wyke St Mary. She remained in the meeting.",
            "No other declarations of interest were made.",
        ]),
        (55, "Minutes of the Previous Meeting", [
            ("resolved", "that the minutes of the meeting of the Cabinet held on 11 December 2024 be approved as a correct record and signed by the Chair."),
        ]),
        (56, "Capital Programme 2025/26 to 2028/29", [
            "The Cabinet Member for Finance and Resources presented the report, which set out a four-year Capital Programme of %s, including %s in 2025/26." % (m(CAP_GRAND), m(CAP_TOT[0])),
            "Councillor K. Doyle reported that the Overview and Scrutiny Committee had considered the proposals on 8 January 2025 and supported them, but had asked that the Kingsholt Depot scheme be reported back to the Committee if the tender price exceeded the budget of £14.2m by more than 5%. The Cabinet Member agreed to this request.",
            "In response to a question about the Mill Lane site, the Executive Director of Place said that planning conditions restricted heavy goods vehicle movements between 7pm and 6am and that a new access junction would be built from the B3170 so that depot traffic would not pass the houses on Mill Lane.",
            ("resolved", "that Cabinet", [
                "recommends the Capital Programme 2025/26 to 2028/29, its financing, the Capital Strategy 2025/26 and the MRP Policy Statement to Council for approval;",
                "approves the Kingsholt Depot scheme at a total cost of £14.2m and delegates authority to the Executive Director of Place, in consultation with the Cabinet Member for Finance and Resources, to award the construction contract;",
                "agrees that the Overview and Scrutiny Committee be informed if the tender price for the depot exceeds the approved budget by more than 5%.",
            ]),
        ]),
        (57, "Waste and Recycling Collection Service Changes", [
            "The Cabinet Member for Environment and Waste introduced the report. She said that weekly food waste collections were a legal requirement and were widely supported, and that the change to three-weekly residual collections had been adapted following the consultation.",
            "The Head of Waste and Street Scene explained that 31% of the contents of the average black bin was food waste. Councils that had introduced three-weekly collections, such as those in Wales, had seen recycling rates rise by between five and eight percentage points.",
            "Councillor F. Nash welcomed the food waste service but asked how the Council would prevent an increase in fly-tipping. The Head of Waste and Street Scene said that two additional enforcement officers would be funded from the transitional grant for the first year and that fly-tipping would be reported to the Overview and Scrutiny Committee every six months.",
            ("resolved", "that", [
                "a weekly food waste collection be introduced for all households from 30 March 2026;",
                "residual waste collections change from fortnightly to three-weekly from 1 June 2026;",
                "a free fortnightly collection of absorbent hygiene products be provided to registered households;",
                "the garden waste subscription charge increase from £48 to £55 a year from 1 April 2025.",
            ]),
        ]),
        (58, "Revenue Budget 2025/26 and Medium Term Financial Strategy", [
            "The Cabinet Member for Finance and Resources presented the final budget proposals, updated for the provisional Local Government Finance Settlement. The proposed net budget was £%s with savings of £%s and a 4.99%% increase in council tax." % ("%.1fm" % (S_NEW / 1000), "%.2fm" % (SAV1 / 1000)),
            "The Director of Finance reported that 1,486 responses had been received to the budget consultation, and that the most strongly opposed proposals were the library opening hours review and the review of subsidised bus routes.",
            ("resolved", "that the revenue budget for 2025/26, a Band D council tax of £%s and the savings proposals be recommended to Council for approval on 20 February 2025." % format(BAND_D_NEW, ",.2f")),
        ]),
        (59, "Exclusion of the Press and Public", [
            ("resolved", "that under section 100A(4) of the Local Government Act 1972 the press and public be excluded for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."),
        ]),
        (60, "Acquisition of Land at Quayside Road, Harbourne (exempt)", [
            ("resolved", "that the recommendations in the exempt report be approved."),
        ]),
    ]
    body = head + att + "".join(minute(n, t, p) for n, t, p in items) + \
        "<p>The meeting ended at 7.52 pm.</p><p>Chair ........................................</p>"
    return body


# ---------------------------------------------------------------- Public questions
QUESTIONS = [
    ("1", "Question from Mrs Janet Cole, Millbridge",
     "Since Millbridge Leisure Centre closes at the end of March, what will actually happen to the 1,140 children who learn to swim there each week, and how are families without a car expected to get to Harbourne?",
     "Councillor T. Brierley, Cabinet Member for Leisure, Culture and Communities",
     ["Thank you for your question, and I fully understand the concern of parents in Millbridge. Every child who is currently enrolled on the Millbridge lesson programme has been offered a place at Harbourne Pools and Fitness or Ashcombe Sports Centre at the same stage of the Swim England Learn to Swim framework, and the same price. Harbourne Leisure Trust wrote to all parents on 13 January 2025, and by 10 February 2025 a total of 812 children had already transferred their lessons. Places are being held for the others until 31 March 2025.",
      "To make room for these children, the lesson programme at Harbourne Pools and Fitness is being extended into Saturday afternoons and weekday early evenings between 4pm and 7pm, and eight additional swimming teachers have been recruited, several of whom previously taught at Millbridge, so many children will keep the teacher they know.",
      "For families without a car, the Route 22 bus runs every 20 minutes between Millbridge Market Place and Harbourne bus station, which is a five-minute walk from the pool. Under the concessionary scheme agreed by Cabinet, children's swimming lesson bookings will entitle the child and one accompanying adult to a free return journey on Route 22 until March 2027. This will be funded from the £250,000 Community Sport Transition Fund. School swimming for the 14 primary schools will continue, with the Council paying for coaches, so no child will lose their school swimming lessons.",
      "I would also remind residents that Millbridge Town Council has until 30 September 2025 to put forward a business case to take on the building, and the Council will not demolish it before then. Officers are meeting the Town Council every month and I would encourage anyone who wants to help to get in touch with them."]),
    ("2", "Question from Mr Harinder Gill, Kingsholt",
     "Residents of Mill Lane were promised that lorries would not use our road. Can the Council guarantee that the new depot will not bring refuse lorries past our houses at night?",
     "Councillor R. Okafor, Deputy Leader and Cabinet Member for Finance and Resources",
     ["The planning permission for Kingsholt Depot (reference 24/01187/FUL) includes a condition that all depot vehicles must use a new access junction from the B3170 and must not use the residential section of Mill Lane. A further condition prevents heavy goods vehicle movements between 7pm and 6am except in severe weather, when gritters need to be able to leave the depot at any time. The access junction will be built before the depot opens, and the Council will install an automatic number plate recognition camera to monitor compliance, with the results reported to the Kingsholt Community Liaison Group."]),
    ("3", "Question from Ms Chloe Barrett, Harbourne Quayside",
     "I have twin babies. How will my family cope with a black bin that is only emptied every three weeks?",
     "Councillor H. Marsh, Cabinet Member for Environment and Waste",
     ["Following the consultation, Cabinet agreed on 15 January 2025 to provide a free fortnightly collection of absorbent hygiene products, including disposable nappies, for households that register. Nappies will be collected in purple sacks, separately from your black bin, so they will not take up space in it. Registration will open in early 2026, ahead of the change to three-weekly collections on 1 June 2026. Your food waste will also be collected every week from 30 March 2026, which will free up space in your black bin. We would also be happy to give you information about the Council's real nappy voucher, worth £50."]),
    ("4", "Question from Councillor M. Ellison",
     "Given that two care homes closed last year, is the Cabinet Member confident that a fee increase of 6.9% is enough to stop more homes closing, when providers asked for at least 9%?",
     "Councillor D. Lindqvist, Cabinet Member for Adult Social Care and Health",
     ["The increase of 6.9% was based on a detailed model of care home costs, including the National Living Wage and the increase in employer National Insurance. I recognise that homes are under real pressure, which is why the Council is using £630,000 of Social Care Grant to go beyond the amount originally in the budget. Since the new rates were agreed in December we have not received any notice of closure from a home in the Harbourne area, and officers meet the Harbourne Association of Care Providers every quarter to look at vacancy rates, staffing and financial health. Where a home has particular difficulties, the Council can agree individual rates above the standard rate."]),
    ("5", "Question from Councillor F. Nash",
     "How many of the new homes required by the Government's new housing target will have to be built on Green Belt land around Wyke St Mary and Ashcombe?",
     "Councillor S. Whitcombe, Cabinet Member for Planning and Regeneration",
     ["The new standard method gives Harbourne a minimum housing need of 918 homes a year, or 15,606 homes over the plan period to 2041. The Council has looked first at brownfield land and land outside the Green Belt. The draft spatial strategy, which will be considered by Cabinet on 12 March 2025, proposes releasing land from the Green Belt at Wyke St Mary East (420 homes) and part of Ashcombe Gateway. The Green Belt Review identifies 112 hectares of grey belt land, and no site is proposed on land that makes a strong contribution to Green Belt purposes."]),
    ("6", "Question from Mr Owen Pritchard, Wyke St Mary",
     "Will the Council oppose the plan to close Willow Ward at Kingsholt Community Hospital, where my mother received excellent end of life care?",
     "Councillor D. Lindqvist, Cabinet Member for Adult Social Care and Health",
     ["I am sorry for the loss of your mother and I am glad that she received such good care. The proposal is being made by the Integrated Care Board (ICB), not by the Council. The Health Scrutiny Committee considered it on 28 January 2025 and asked the ICB to explain how end of life care would be provided locally if Willow Ward closes, including the two specialist beds proposed on Beech Ward and support for people who wish to die at home. The ICB's consultation runs until 28 April 2025 and I would encourage you and others to respond. The Committee will consider the outcome in June 2025 and will decide then whether to ask the Secretary of State to consider using the call-in power."]),
]


def public_questions():
    rows = []
    for num, who, q, resp_by, resp in QUESTIONS:
        qcell = "<b>%s. %s</b><br>%s" % (E(num), E(who), E(q))
        rcell = "<b>Response from %s</b>" % E(resp_by) + "".join("<p>%s</p>" % E(p) for p in resp)
        rows.append("<tr><td>%s</td><td>%s</td></tr>" % (qcell, rcell))
    t = ('<table class="ruled pq" style="font-size:10.5pt"><colgroup><col style="width:35%%"><col style="width:65%%"></colgroup>'
         '<thead><tr><th>Question</th><th>Response</th></tr></thead><tbody>%s</tbody></table>' % "".join(rows))
    body = HEADER + "<h1>Council - 20 February 2025</h1><h2>Agenda Item 6: Questions from Members of the Public and Councillors</h2>" + \
        "<p>Under Council Procedure Rule 11, members of the public and councillors may ask questions of the Leader or a Cabinet Member. Questions must be received by Democratic Services by noon on the seventh working day before the meeting. The following questions were received and written responses are set out below. A questioner may ask one supplementary question at the meeting, which must arise directly from the answer.</p>" + t + \
        "<p>Nadia Hussain, Monitoring Officer</p>"
    return body


# ---------------------------------------------------------------- Consultation summary
def consultation():
    def ul(items):
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % E(i) for i in items)
    resp = table(["Response channel", "Number", "Percentage"], [
        ["Online questionnaire", "1,692", "73%"],
        ["Paper questionnaire", "486", "21%"],
        ["Emails and letters", "136", "6%"],
        ["Total", "2,314", "100%"],
    ], total_rows=(-1,), caption="Table 1: Responses by channel")
    opts = table(["Option", "Agree or strongly agree", "Disagree or strongly disagree", "Neither / don't know"], [
        ["A: Retain and repair the centre (£4.8m)", "58%", "27%", "15%"],
        ["B: Close and transfer activities to other sites", "18%", "71%", "11%"],
        ["C: Community asset transfer", "46%", "22%", "32%"],
        ["D: New dry-side facility without a pool (£9.6m)", "12%", "64%", "24%"],
    ], caption="Table 2: Level of agreement with each option")
    use = table(["Activity", "Respondents who use it", "Of whom would travel to another site"], [
        ["Swimming (public sessions)", "1,108", "39%"],
        ["Swimming lessons (children)", "742", "61%"],
        ["Gym", "514", "47%"],
        ["Fitness classes", "388", "44%"],
        ["Sports hall", "226", "52%"],
        ["Swimming club", "172", "83%"],
    ], caption="Table 3: Use of the centre by respondents")
    body = HEADER + "<h1>Millbridge Leisure Centre: Consultation Summary Report</h1>" + \
        "<p><b>Appendix A to the report to Cabinet, 11 December 2024</b><br>Prepared by the Harbourne Council Insight and Consultation Team, November 2024</p>" + \
        "<h2>1. Introduction</h2><p>Harbourne Council consulted residents, users and stakeholders on the future of Millbridge Leisure Centre between 9 September and 20 October 2024. The consultation asked for views on four options agreed by Cabinet on 18 July 2024 and invited people to suggest alternatives.</p>" + \
        "<p>The consultation was promoted through:</p>" + ul([
            "posters and leaflets at Millbridge Leisure Centre, Millbridge Library and local shops;",
            "the Council's website, social media channels and residents' e-newsletter, which has 38,000 subscribers;",
            "letters to the 14 primary schools that use the pool and to 26 clubs and community groups;",
            "two drop-in sessions at Millbridge Methodist Church Hall on 17 and 26 September 2024, attended by 312 people.",
        ]) + "<h2>2. Who Responded</h2><p>A total of 2,314 responses were received. Of those who answered the question, 64% lived in Millbridge town, 21% in the surrounding villages and 15% elsewhere. 28% of respondents were aged 65 or over and 33% had children under 16 in their household.</p>" + resp + \
        "<h2>3. Views on the Options</h2><p>Respondents were asked how far they agreed or disagreed with each option. Option B, the Council's preferred option, was the least supported after Option D.</p>" + opts + \
        "<p>Respondents said that:</p>" + ul([
            "the pool is the only public swimming pool in the north of the district and its loss would mean that children in Millbridge grow up unable to swim;",
            "the journey to Harbourne takes up to 50 minutes by bus, and a return fare of £5.60 for an adult makes a family swim unaffordable;",
            "older people use the centre for social contact as much as for exercise, and the over-60s aquafit sessions are a lifeline for people who live alone;",
            "the Council has allowed the building to decline through years of under-investment and should not now use its condition as a reason to close it;",
            "the money spent on the Harbourne town centre should instead be spent on keeping the pool open.",
        ]) + \
        "<p>Those who supported closure said that:</p>" + ul([
            "the building is old, cold and unpleasant to use, and the changing rooms are in poor condition;",
            "Harbourne Pools and Fitness offers better facilities and is not far away for those who drive;",
            "the Council should not spend £4.8m on an old building when other services are being cut.",
        ]) + \
        "<h2>4. Community Asset Transfer</h2><p>Option C received the most balanced response. Many respondents who supported it said that a community organisation would only succeed if the Council provided a dowry or a period of financial support. Millbridge Town Council, the Millbridge Otters Swimming Club and the Friends of Millbridge Pool all said that they would be willing to be involved in a community-led model, and several respondents offered to volunteer.</p>" + \
        "<p>Suggestions made for a community-led model included:</p>" + ul([
            "a charitable trust run jointly by the Town Council and the swimming club;",
            "reducing running costs through solar panels and an air source heat pump;",
            "closing the sports hall and keeping only the pool and gym;",
            "applying to Sport England's Swimming Pool Support Fund.",
        ]) + "<h2>5. Use of the Centre</h2><p>Respondents were asked which activities they used at the centre and whether they would travel to another Council site if the centre closed.</p>" + use + \
        "<p>Only 39% of those who use public swimming sessions said that they would travel to another site, compared with 83% of swimming club members. Respondents aged 65 or over were least likely to say they would travel (29%).</p>" + \
        "<h2>6. Equalities</h2><p>Respondents who said they had a disability (19% of respondents) were more likely to disagree with closure (79%) than other respondents. Many described the hydrotherapy benefits of the warm learner pool, which is used by the Harbourne Arthritis Support Group every Wednesday morning. These findings have informed the Equality Impact Assessment at Appendix B.</p>" + \
        "<h2>7. Petition</h2><p>A petition titled 'Save Millbridge Pool', organised by the Friends of Millbridge Pool, was presented to Council on 24 October 2024. It had 3,107 signatures, of which 2,640 were from addresses in the Harbourne Council area. Under the Council's Petition Scheme a petition with more than 1,500 signatures is debated by full Council.</p>"
    return body


# ---------------------------------------------------------------- HTML-only pages
def news_html():
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Cabinet backs new Kingsholt depot and weekly food waste collections | Harbourne Council</title>
<style>body{font-family:Arial,sans-serif;max-width:820px;margin:auto;color:#222} nav a{margin-right:12px} .date{color:#666}</style></head>
<body>
<header><div class="logo"><b>Harbourne Council</b></div>
<nav><a href="/">Home</a><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/news">News</a><a href="/contact">Contact us</a></nav></header>
<main>
<p class="breadcrumb">Home &gt; News &gt; January 2025</p>
<h1>Cabinet backs new Kingsholt depot and weekly food waste collections</h1>
<p class="date">Published: Thursday 16 January 2025</p>
<p>Harbourne Council's Cabinet last night (Wednesday 15 January) gave the go-ahead for a new £14.2 million operational depot at Kingsholt and agreed changes to bin collections that will see every household get a weekly food waste collection from the end of March 2026.</p>
<p>The new depot, on the former brickworks site at Mill Lane Industrial Estate, will replace the council's 60-year-old depot at Gasworks Lane in Harbourne. It will be home to 96 vehicles, including bin lorries, gritters and street-cleansing vehicles, and around 240 staff. Work is due to start in May and the depot should open in summer 2027.</p>
<p>Councillor Robert Okafor, Deputy Leader and Cabinet Member for Finance and Resources, said: "Our crews have worked out of a cramped and worn-out yard for far too long. The new depot will be safer, greener and cheaper to run, and moving out of Gasworks Lane frees up a town-centre site for around 220 much-needed homes."</p>
<h2>What is changing with my bins?</h2>
<ul>
<li><b>From 1 April 2025</b> the garden waste subscription will cost £55 a year (currently £48).</li>
<li><b>From 30 March 2026</b> food waste will be collected every week. You will get a free kitchen caddy, a kerbside caddy and a roll of liners.</li>
<li><b>From 1 June 2026</b> your black bin will be emptied every three weeks instead of every two weeks. Recycling collections will not change.</li>
<li>Households with babies in nappies or someone who uses continence products will be able to register for a free fortnightly collection.</li>
</ul>
<p>Councillor Helen Marsh, Cabinet Member for Environment and Waste, said: "Nearly a third of what goes in the average black bin in Harbourne is food. Collecting it separately every week means it can be turned into energy and fertiliser instead of being burned, and it makes the three-weekly change manageable for most families."</p>
<p>Households that need a larger bin because six or more people live there can apply online from January 2026.</p>
<h2>Find out more</h2>
<p>The Cabinet reports and decisions are available on the <a href="/meetings">council meetings website</a>. The full Capital Programme will be considered by Council on 20 February 2025.</p>
<p>Media enquiries: Harbourne Council Communications Team, telephone 01632 960 100, press.office@harbourne.gov.uk</p>
</main>
<footer><p>&copy; Harbourne Council, Civic Centre, Quayside Road, Harbourne HB1 2QA</p></footer>
</body></html>
"""


def committee_html():
    members = [
        ("Councillor Jasmine Patel", "Chair", "Leader of the Council", "Harbourne Central", "Labour"),
        ("Councillor Robert Okafor", "Vice-Chair", "Deputy Leader; Finance and Resources", "Kingsholt East", "Labour"),
        ("Councillor Tom Brierley", "Member", "Leisure, Culture and Communities", "Ashcombe Town", "Labour"),
        ("Councillor David Lindqvist", "Member", "Adult Social Care and Health", "Harbourne Quayside", "Labour"),
        ("Councillor Helen Marsh", "Member", "Environment and Waste", "Wyke St Mary", "Green"),
        ("Councillor Gareth Pryce", "Member", "Housing", "Harbourne North", "Labour"),
        ("Councillor Amina Rahman", "Member", "Children and Families", "Kingsholt West", "Labour"),
        ("Councillor Sarah Whitcombe", "Member", "Planning and Regeneration", "Saltney Cross", "Labour"),
    ]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(E(x) for x in r) for r in members)
    return """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Committee details - Cabinet | Harbourne Council</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style></head>
<body>
<p><a href="/mgListCommittees.aspx">Committee structure</a> &gt; Committee details</p>
<h1>Committee details - Cabinet</h1>
<h2>Purpose of committee</h2>
<p>The Cabinet is the main decision-making body of Harbourne Council. It is made up of the Leader of the Council and up to nine other councillors appointed by the Leader, each of whom holds a portfolio of responsibility. The Cabinet makes key decisions within the budget and policy framework set by full Council, and recommends the budget, council tax and major policies such as the Local Plan to Council.</p>
<p>The Cabinet normally meets on the second or third Wednesday of each month at 6.00 pm in the Council Chamber at the Civic Centre. Meetings are open to the public and are webcast. Members of the public may ask a question or speak on an agenda item by contacting Democratic Services by noon three working days before the meeting.</p>
<p>Decisions of the Cabinet may be called in for review by the Overview and Scrutiny Committee within five working days of publication of the decision notice, if requested by the Chair of that Committee or by any five non-executive councillors.</p>
<h2>Membership</h2>
<table><thead><tr><th>Councillor</th><th>Role</th><th>Portfolio</th><th>Ward</th><th>Party</th></tr></thead><tbody>
""" + rows + """</tbody></table>
<h2>Forthcoming meetings</h2>
<ul><li>Wednesday, 12 March 2025 6.00 pm</li><li>Wednesday, 9 April 2025 6.00 pm</li><li>Wednesday, 11 June 2025 6.00 pm</li></ul>
<h2>Contact information</h2>
<p>Support officer: Lucy Farrant, Democratic Services Officer.<br>Postal address: Democratic Services, Civic Centre, Quayside Road, Harbourne HB1 2QA<br>Phone: 01632 960 418<br>Email: democratic.services@harbourne.gov.uk</p>
</body></html>
"""


def officer_decision_txt():
    return """HARBOURNE COUNCIL
RECORD OF OFFICER EXECUTIVE DECISION

Decision reference:    ODR/2025/019
Date of decision:      3 March 2025
Decision maker:        Simon Aldridge, Executive Director of Place
Portfolio:             Environment and Waste
Key decision:          No (value below the key decision threshold)

TITLE
Purchase of food waste caddies, liners and communal food waste bins

DECISION
To award a contract for the supply of 98,000 kitchen caddies (5 litre), 98,000
kerbside caddies (23 litre, lockable lid), 2,400 communal food waste bins
(140 litre) and an initial supply of compostable liners to Greenbox Containers
Ltd, Unit 4 Rotherway Park, Leicester, at a total cost of £1,611,420 (excluding
VAT), through a call-off from the ESPO Waste Containers framework (Lot 2).

REASONS FOR THE DECISION
1. Cabinet agreed on 15 January 2025 (Minute 57) to introduce a weekly food
   waste collection for all households from 30 March 2026.
2. The containers must be delivered to households between January and March
   2026. Suppliers have advised of lead times of up to 40 weeks because of
   national demand from councils introducing food waste collections at the
   same time.
3. Three suppliers on the framework were invited to a mini-competition. Greenbox
   Containers Ltd submitted the most economically advantageous tender, scoring
   86.5 out of 100 (price 60%, quality 30%, social value 10%).

ALTERNATIVE OPTIONS CONSIDERED AND REJECTED
a) A full open tender: rejected because it would add around four months to the
   timetable and risk late delivery.
b) Buying through the Defra-coordinated national procurement: rejected because
   the specification did not include a lockable lid, which residents asked for
   in the consultation to prevent foxes opening caddies.

FINANCIAL IMPLICATIONS
The cost of £1,611,420 is within the £1.86m Food Waste Collection capital
budget, which is funded in full by a capital grant from the Department for
Environment, Food and Rural Affairs (Defra). The balance of £248,580 will be
used for delivery and distribution costs.

CONSULTATION
Councillor H. Marsh, Cabinet Member for Environment and Waste, was consulted
on 27 February 2025 and supports the decision. The Director of Finance and the
Monitoring Officer have been consulted.

DECLARATIONS OF INTEREST
None.

Signed: Simon Aldridge, Executive Director of Place
Contact: Paul Greaves, Head of Waste and Street Scene, 01632 960 302
"""
