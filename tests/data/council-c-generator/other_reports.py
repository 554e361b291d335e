"""Planning Committee report (25/00412/OUT) and Audit and Governance Committee risk register report."""
from common import *

# =====================================================================  planning
PLAN_HEADER = "Kelsborough Borough Council | Planning Committee | 19 March 2025"
PLAN_FILE = "kbc_planning_2025-03-19_25-00412-out_mill_road_saltby.pdf"


def planning():
    s = [P("Planning Committee, 19 March 2025: Item 5(a)", SUBTITLE),
         P("25/00412/OUT: Land east of Mill Road, Saltby", TITLE)]
    box = [
        ("Application number", "25/00412/OUT"),
        ("Site", "Land east of Mill Road, Saltby, KB9 4RT"),
        ("Proposal", "Outline planning application for up to 165 dwellings (including 30% affordable "
                     "housing), public open space, play areas, sustainable drainage and associated "
                     "infrastructure, with all matters reserved except for access from Mill Road"),
        ("Applicant", "Hartwell Strategic Land Ltd"),
        ("Agent", "Pemberton Planning LLP"),
        ("Ward", "Saltby Coastal (Councillors D Varley and K Yeadon)"),
        ("Parish", "Saltby Parish Council"),
        ("Site area", "8.7 hectares"),
        ("Date valid", "20 January 2025"),
        ("Target date", "21 April 2025 (major application, 13 weeks)"),
        ("Case officer", "Daniel Whitcombe, Senior Planning Officer, 01632 960 387"),
        ("Reason for referral", "Major application for more than 50 dwellings with an objection from "
                                "the parish council, and called in by Councillor Varley"),
    ]
    s.append(front_sheet(box))
    s.append(Spacer(1, 4 * mm))
    s.append(P("RECOMMENDATION: GRANT outline planning permission subject to the completion of a "
               "Section 106 agreement on the heads of terms in section 9 and the conditions in section 11, "
               "and delegate authority to the Development Manager to finalise the agreement and the "
               "wording of the conditions.", _style_box()))

    s.append(H("1.", "Site and surroundings"))
    s.append(N("1.1", "The site is 8.7 hectares of arable farmland on the eastern edge of Saltby, bounded by "
               "Mill Road to the west, Saltby Brook to the east, the gardens of houses on Chapel Close to "
               "the south and open fields to the north. It falls gently from west to east, towards the "
               "brook. There are mature hedgerows with several oak trees along Mill Road and the northern "
               "boundary."))
    s.append(N("1.2", "The site lies outside the settlement boundary of Saltby defined in the Kelsborough Local "
               "Plan 2018-2036 and is therefore in the open countryside for planning purposes. It is not "
               "in a conservation area and there are no listed buildings on the site. The Grade II listed "
               "Saltby Mill is about 180 metres to the north-west. Most of the site is in Flood Zone 1; a "
               "strip up to 35 metres wide along the brook is in Flood Zones 2 and 3."))
    s.append(N("1.3", "Saltby has a primary school, a GP surgery, a convenience store, two public houses and "
               "a village hall. The 22 bus provides an hourly service to Kelsborough on weekdays."))

    s.append(H("2.", "The proposal"))
    s.append(N("2.1", "The application is in outline, with only the access to be decided now. The illustrative "
               "masterplan shows up to 165 homes on about 5.1 hectares in the western part of the site, "
               "with the land next to the brook kept free of development as public open space, wetland "
               "habitat and drainage basins. A single vehicle access would be formed from Mill Road, "
               "with a right-turn lane, and a footway and cycle link to Chapel Close."))
    s.append(N("2.2", "The applicant proposes 30% affordable housing (50 homes), a local equipped area for "
               "play, a 2.3 hectare country park along Saltby Brook and a biodiversity net gain of 12.4% "
               "in habitat units, delivered on site."))

    s.append(H("3.", "Relevant planning history"))
    s.append(N("3.1", "21/01876/OUT: outline application for up to 210 dwellings on a larger site including "
               "the land north of the current site. Refused on 3 March 2022 because of the scale of "
               "development and its effect on the landscape. No appeal was made."))

    s.append(H("4.", "Planning policy"))
    s.append(N("4.1", "Kelsborough Local Plan 2018-2036 (adopted 2019): SP1 (spatial strategy and settlement "
               "boundaries), SP3 (housing requirement), H2 (housing mix), H5 (affordable housing, 30% on "
               "sites of 10 or more homes), ENV2 (landscape), ENV4 (biodiversity), ENV7 (flood risk), INF2 "
               "(infrastructure and developer contributions) and DM1 (design)."))
    s.append(N("4.2", "National Planning Policy Framework (December 2024), in particular paragraph 11(d), "
               "together with the Saltby Village Design Statement (2016), which is a material "
               "consideration but not part of the development plan."))

    s.append(H("5.", "Consultation responses"))
    cons = [
        ("Haldenshire County Council (Highway Authority)", "No objection subject to conditions. The access "
         "and right-turn lane on Mill Road are acceptable, and the junction of Mill Road with the A1087 "
         "Coast Road will operate within capacity in 2030. A contribution of £185,000 is sought to increase "
         "the frequency of the 22 bus service to half-hourly for five years, with a Travel Plan."),
        ("Haldenshire County Council (Lead Local Flood Authority)", "No objection. The drainage strategy "
         "limits run-off to the greenfield rate of 4.2 litres a second a hectare, with attenuation "
         "basins designed for a 1 in 100 year storm plus 40% for climate change. A detailed design "
         "and a maintenance plan should be secured by condition."),
        ("Environment Agency", "No objection, as no built development is proposed in Flood Zones 2 or 3. "
         "An 8 metre buffer to Saltby Brook must be kept free of fencing and gardens."),
        ("Haldenshire County Council (Education)", "Saltby Primary School is full and forecast to remain so. "
         "Contributions of £689,480 for primary places and £512,300 for secondary places at Northwold "
         "Academy are required."),
        ("NHS Haldenshire Integrated Care Board", "A contribution of £96,525 is sought to extend Saltby "
         "Medical Practice, which has 5,940 registered patients against a capacity of 5,200."),
        ("Natural England", "No objection subject to a contribution of £352.70 a dwelling to the Saltby "
         "Estuary Recreational Disturbance Mitigation Strategy, as the site is within 6 km of the Saltby "
         "Estuary Special Protection Area."),
        ("Haldenshire Archaeology Service", "Geophysical survey has found possible Roman field systems. Trial "
         "trenching should be required by condition before any reserved matters application."),
        ("Environmental Health", "No objection subject to a construction environmental management plan and "
         "limits on working hours."),
        ("Housing Strategy", "Supports the 30% affordable housing, with 35 homes for affordable rent and 15 "
         "for shared ownership. There are 214 households on the housing register with a Saltby connection."),
        ("Saltby Parish Council", "Objects. The full letter of 14 February 2025 is at Appendix B (published "
         "separately). The Parish Council raises flooding on Mill Road, pressure on the school and "
         "surgery, the safety of the A1087 junction, and the loss of countryside."),
    ]
    for i, (who, what) in enumerate(cons, 1):
        s.append(N(f"5.{i}", f"<b>{who}:</b> {what}"))

    s.append(H("6.", "Representations"))
    s.append(N("6.1", "The application was advertised by site notices, a press notice in the Kelsborough "
               "Courier and letters to 164 neighbouring addresses. 112 letters of objection and 6 letters "
               "of support were received. The main points of objection are:"))
    s += bullets(["flooding of Mill Road near the ford and of gardens on Chapel Close;",
                  "lack of school places and GP appointments in Saltby;",
                  "traffic on Mill Road and at the A1087 junction, especially in summer;",
                  "loss of farmland, views and wildlife, and the scale of growth for a village of 1,100 homes; and",
                  "the refusal of the earlier application in 2022."])
    s.append(N("6.2", "The letters of support refer to the need for affordable homes for young people from "
               "the village and the proposed country park."))

    s.append(H("7.", "Assessment"))
    s.append(P("Principle of development", H2))
    s.append(N("7.1", "The site is outside the settlement boundary and the proposal conflicts with policy SP1. "
               "However, the Council's latest Housing Land Supply Position Statement (December 2024) shows "
               "a supply of 4.3 years against the five years required, using the standard method "
               "introduced in December 2024. The policies most important for determining the application "
               "are therefore out of date and the tilted balance in paragraph 11(d) of the NPPF applies: "
               "permission should be granted unless the adverse impacts would significantly and "
               "demonstrably outweigh the benefits.", hyph=True))
    s.append(P("Landscape and design", H2))
    s.append(N("7.2", "The Landscape and Visual Impact Assessment finds moderate adverse effects from Mill Road "
               "and the public footpath to the north, reducing to minor once planting matures. The site is "
               "smaller than the 2022 scheme, keeps the brook corridor open and retains the hedgerows. "
               "Officers consider that the landscape harm is limited and can be reduced further at "
               "reserved matters stage."))
    s.append(P("Highways and access", H2))
    s.append(N("7.3", "The Highway Authority raises no objection. The development would generate about 96 "
               "vehicle movements in the morning peak hour. The concerns of residents about the A1087 "
               "junction are understood, but the modelling shows that the junction would operate within "
               "capacity, and there have been two slight injury accidents there in the last five years."))
    s.append(P("Flood risk and drainage", H2))
    s.append(N("7.4", "All homes would be in Flood Zone 1. Mill Road floods near the ford at Saltby Brook, "
               "but the access is 240 metres south of the ford and outside the flood extent. The "
               "drainage strategy would reduce the rate of run-off from the site compared with the "
               "present farmland, which is a modest benefit."))
    s.append(P("Infrastructure", H2))
    s.append(N("7.5", "The pressure on the school and surgery would be addressed by the contributions sought "
               "by the County Council and the Integrated Care Board, which meet the tests in regulation "
               "122 of the Community Infrastructure Levy Regulations 2010."))
    s.append(P("Heritage and archaeology", H2))
    s.append(N("7.6", "The setting of Saltby Mill would not be harmed, as the nearest homes would be about "
               "250 metres from the mill and screened by the Mill Road hedgerow. Archaeology can be dealt "
               "with by condition."))
    s.append(P("Planning balance", H2))
    s.append(N("7.7", "The provision of up to 165 homes, including 50 affordable homes, in a district without "
               "a five-year supply carries substantial weight. The country park and biodiversity gain carry "
               "moderate weight. The conflict with policy SP1 and the limited landscape harm do not "
               "significantly and demonstrably outweigh these benefits."))

    s.append(H("8.", "Equalities and human rights"))
    s.append(N("8.1", "Officers have had regard to the public sector equality duty. The affordable homes "
               "would include four homes built to wheelchair-user standard (M4(3))."))
    s.append(H("9.", "Section 106 heads of terms"))
    s += bullets([
        "30% affordable housing (50 homes): 35 affordable rent and 15 shared ownership;",
        "education: £689,480 (primary) and £512,300 (secondary);",
        "healthcare: £96,525 towards Saltby Medical Practice;",
        "bus service 22: £185,000 over five years, and a Travel Plan monitoring fee of £6,000;",
        "Saltby Estuary mitigation: £352.70 a dwelling;",
        "public open space and country park: transfer to a management company with a 30-year "
        "management plan; and",
        "biodiversity net gain: 30-year habitat management and monitoring plan.",
    ])
    s.append(H("10.", "Conclusion"))
    s.append(N("10.1", "Subject to the Section 106 agreement, the proposal is acceptable and approval is "
               "recommended."))
    s.append(H("11.", "Conditions"))
    conds = [
        "Details of the appearance, landscaping, layout and scale (the reserved matters) shall be approved "
        "by the local planning authority before any development begins.",
        "Application for approval of the reserved matters shall be made within three years of the date of "
        "this permission, and development shall begin within two years of the final approval of reserved "
        "matters.",
        "The development shall not exceed 165 dwellings.",
        "The access shall be built in accordance with drawing HSL-MR-104 Rev C, including the right-turn "
        "lane, before the occupation of any dwelling.",
        "A 2 metre footway shall be provided on the east side of Mill Road from the access to Chapel Close "
        "before the occupation of the 20th dwelling.",
        "No development shall take place until a phasing plan has been approved.",
        "No development shall take place until a detailed surface water drainage scheme, based on the "
        "approved Flood Risk Assessment, has been approved and it shall be implemented before occupation.",
        "No dwelling, garden or fence shall be placed within Flood Zones 2 or 3 or within 8 metres of the "
        "top of the bank of Saltby Brook.",
        "Finished floor levels shall be at least 600 mm above the modelled 1 in 100 year flood level plus "
        "climate change allowance.",
        "No development shall take place until a programme of archaeological trial trenching has been "
        "carried out in accordance with an approved written scheme of investigation.",
        "A Construction Environmental Management Plan shall be approved before work begins, including "
        "routing of construction vehicles away from the centre of Saltby.",
        "Construction work shall take place only between 08:00 and 18:00 Monday to Friday and 08:00 and "
        "13:00 on Saturdays, and not at all on Sundays or bank holidays.",
        "The existing hedgerows and trees along Mill Road shall be retained, except where removal is needed "
        "to form the access and visibility splays.",
        "A Biodiversity Gain Plan shall be approved before development begins.",
        "A Landscape and Ecological Management Plan shall be approved with the first reserved matters "
        "application.",
        "At least 10% of dwellings shall be built to accessible and adaptable standard M4(2).",
        "Each dwelling shall have an electric vehicle charging point before it is occupied.",
        "The Travel Plan shall be implemented from the first occupation and monitored for five years.",
    ]
    for i, c in enumerate(conds, 1):
        s.append(N(f"{i}.", c))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Reasons for conditions are set out in the draft decision notice available on request. "
               "Informatives will cover the Section 106 agreement, the Highways Act 1980 section 278 "
               "agreement and the protection of nesting birds.", SMALL))
    s.append(P("Background papers: application file 25/00412/OUT; Housing Land Supply Position Statement, "
               "December 2024.", SMALL))
    return s


def _style_box():
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle("recbox", parent=BODY, fontName=BOLD, borderWidth=0.8,
                          borderColor=colors.black, borderPadding=6, spaceBefore=6, spaceAfter=12,
                          alignment=TA_LEFT, backColor=LIGHT)


# =====================================================================  audit
AUDIT_HEADER = "Kelsborough Borough Council | Audit and Governance Committee | 27 January 2025"
AUDIT_FILE = "kbc_audit_2025-01-27_strategic_risk_register.pdf"

RISKS = [
    ("SR01", "Failure to close the medium term budget gap, leading to unplanned cuts to services",
     4, 5, "20", "Steady", "Fit for the Future savings programme; monthly budget monitoring to Corporate "
     "Leadership Team; minimum General Fund balance of £2.5m; lobbying through the District Councils' "
     "Network for a multi-year settlement", "Director of Finance and Resources"),
    ("SR02", "Loss of key staff and difficulty recruiting to professional posts, especially planning, "
     "legal and environmental health", 4, 3, "12", "Steady", "Market supplements for planners agreed "
     "October 2024; apprenticeship and graduate schemes; workforce plan refreshed annually",
     "Head of HR and Organisational Development"),
    ("SR03", "Homelessness demand and the cost of temporary accommodation exceed the budget and the "
     "available supply", 5, 4, "20", "Rising", "Temporary accommodation acquisition programme (Cabinet "
     "March 2025); lease of additional units; prevention fund; weekly placement panel chaired by the "
     "Head of Housing", "Head of Housing"),
    ("SR04", "Delay in launching weekly food waste collections, through late vehicle delivery or "
     "recruitment of crews", 3, 4, "12", "New", "Vehicles ordered January 2025; project board; early "
     "recruitment of 14 drivers and loaders; contingency hire arrangements", "Head of Environmental Services"),
    ("SR05", "Failure of the building or plant at Castle Meadows Leisure Centre before a replacement "
     "opens, including the RAAC roof", 4, 4, "16", "Rising", "Sports hall closed and propped; monthly "
     "structural inspections; £95k repair budget 2025/26; replacement business case to Cabinet March 2025",
     "Head of Leisure and Culture"),
    ("SR06", "Local government reorganisation in Haldenshire diverts capacity and creates uncertainty "
     "for staff and programmes", 4, 4, "16", "New", "Chief Executive leads joint work with Haldenshire "
     "councils; reorganisation risks included in programme boards; staff briefings", "Chief Executive"),
    ("SR07", "Cyber attack leading to loss of ICT systems and data", 3, 5, "15", "Steady", "Multi-factor "
     "authentication; immutable back-ups tested quarterly; 24-hour security monitoring from April 2025; "
     "staff phishing training with a 92% completion rate", "Head of ICT and Digital"),
    ("SR08", "Flooding and extreme weather disrupt services and damage council assets, particularly at "
     "Saltby seafront", 3, 3, "9", "Steady", "Business continuity plans; Haldenshire Local Resilience "
     "Forum exercises; seafront shelters and railings scheme in the capital programme",
     "Head of Environmental Services"),
    ("SR09", "Cost inflation and delay on the town centre regeneration programme, putting the Haldenshire "
     "Growth Fund grant at risk", 4, 4, "16", "Rising", "Programme board chaired by the Chief Executive; "
     "fixed-price contract for Market Square; 10% contingency; quarterly reporting to the Combined "
     "Authority", "Head of Regeneration"),
    ("SR10", "Breach of data protection law through loss or wrongful disclosure of personal data", 2, 4, "8",
     "Falling", "Data Protection Officer in post; mandatory training; information asset register; "
     "breach reporting within 72 hours", "Monitoring Officer"),
    ("SR11", "Serious injury to staff or the public at council premises or during waste collection",
     2, 5, "10", "Steady", "Health and safety management system; round risk assessments; vehicle "
     "cameras; annual audit by the Corporate Health and Safety Adviser", "Chief Executive"),
    ("SR12", "Failure of a major contractor or partner, including Active Kelsborough Trust", 2, 4, "8",
     "Steady", "Contract management framework; financial health checks on key suppliers twice a year; "
     "open-book accounting with the Trust", "Director of Finance and Resources"),
]


def audit():
    s = [P("Report to Audit and Governance Committee", SUBTITLE),
         P("Strategic Risk Register: Quarter 3 2024/25", TITLE)]
    s.append(front_sheet([
        ("Date of meeting", "27 January 2025"),
        ("Report of", "Chief Internal Auditor"),
        ("Cabinet Member", "Councillor Rajesh Mistry, Deputy Leader and Cabinet Member for Finance and Resources"),
        ("Wards affected", "None directly"),
        ("Key decision", "No"),
        ("Report author", "Phil Deverell, Risk and Insurance Manager<br/>"
                          "phil.deverell@kelsborough.gov.uk, 01632 960 291"),
    ]))
    s.append(Spacer(1, 5 * mm))
    s.append(H("1.", "Purpose"))
    s.append(N("1.1", "To present the strategic risk register at the end of the third quarter of 2024/25 "
               "(31 December 2024), so that the Committee can gain assurance that the Council's most "
               "significant risks are being identified and managed."))
    s.append(H("2.", "Recommendations"))
    s.append(P("That the Committee:"))
    s.append(sub("(a)", "notes the strategic risk register at Appendix 1 and the changes since the last "
                 "report in October 2024;"))
    s.append(sub("(b)", "asks the Head of Housing to attend the next meeting to explain the controls for "
                 "risk SR03;"))
    s.append(sub("(c)", "notes the two new risks SR04 (food waste collections) and SR06 (local government "
                 "reorganisation); and"))
    s.append(sub("(d)", "agrees the updated risk appetite statement in section 5."))
    s.append(H("3.", "Background"))
    s.append(N("3.1", "The Council's Risk Management Strategy was last approved by the Committee in March "
               "2024. Strategic risks are owned by members of the Corporate Leadership Team and reviewed "
               "every quarter. Each risk is scored for likelihood and impact on a scale of 1 to 5, and the "
               "score is the product of the two. Risks scoring 15 or more are rated red, 8 to 14 amber "
               "and below 8 green."))
    s.append(P("Table 1: Risk scoring matrix", CAPTION))
    grid = []
    for li in range(5, 0, -1):
        grid.append([f"{li}"] + [str(li * im) for im in range(1, 6)])
    t = fig_table([["Likelihood \\ Impact", "1", "2", "3", "4", "5"]], grid,
                  [36 * mm] + [18 * mm] * 5, num_cols={1, 2, 3, 4, 5},
                  first_col_style=CELL_CB)
    styl = []
    for r, li in enumerate(range(5, 0, -1), start=1):
        for c, im in enumerate(range(1, 6), start=1):
            v = li * im
            col = "#F4B6B6" if v >= 15 else ("#FCE4B0" if v >= 8 else "#CDEBC5")
            styl.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(col)))
    t.setStyle(TableStyle(styl))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(H("4.", "Changes since the last report"))
    s.append(N("4.1", "The register now contains 12 risks, five of them rated red. The main changes since "
               "October 2024 are:"))
    s += bullets([
        "SR03 (homelessness and temporary accommodation) has risen from 16 to 20, as the number of "
        "households in bed and breakfast has continued to grow;",
        "SR05 (Castle Meadows Leisure Centre) has risen from 12 to 16 following the discovery of RAAC "
        "in the sports hall roof;",
        "SR09 (town centre regeneration) has risen from 12 to 16 because of the Market Square tender price;",
        "SR10 (data protection) has fallen from 12 to 8 following the appointment of a Data Protection "
        "Officer; and",
        "two new risks have been added: SR04 on food waste collections and SR06 on local government "
        "reorganisation, following the English Devolution White Paper of December 2024.",
    ])
    s.append(N("4.2", "The risk relating to the Council's external audit backlog has been removed, as the "
               "accounts for 2021/22 to 2023/24 have now been signed under the national backstop "
               "arrangements. The auditors, Marlowe Brook LLP, issued disclaimed opinions for 2021/22 and "
               "2022/23 and an unqualified opinion for 2023/24."))
    s.append(H("5.", "Risk appetite"))
    s.append(N("5.1", "The Council is willing to accept a moderate level of risk in pursuit of regeneration "
               "and income generation, a low level of risk in relation to health and safety and the "
               "protection of vulnerable people, and a very low level of risk of breaching the law. It is "
               "proposed that the appetite for financial risk is reduced from moderate to low while the "
               "budget gap remains above £2 million."))
    s.append(H("6.", "Implications"))
    s.append(N("6.1", "There are no direct financial implications. Effective risk management is part of the "
               "Council's system of internal control, on which the Chief Internal Auditor gives an annual "
               "opinion in the Annual Governance Statement."))

    # Appendix 1: the register, on landscape pages, repeated header
    s.append(NextPageTemplate("L"))
    s.append(PageBreak())
    s.append(P("Appendix 1: Strategic Risk Register at 31 December 2024", SUBTITLE))
    s.append(P("L = likelihood, I = impact (each 1 to 5). Score = L x I. Direction of travel compared "
               "with the Quarter 2 register.", SMALL))
    rows = []
    for ref, risk, li, im, sc, trend, mit, owner in RISKS:
        rows.append([ref, risk, str(li), str(im), sc, trend, mit, owner])
    t = fig_table([["Ref", "Risk", "Likelihood", "Impact", "Score", "Direction", "Mitigation and controls",
                    "Risk owner"]], rows,
                  [13 * mm, 58 * mm, 20 * mm, 15 * mm, 14 * mm, 18 * mm, 88 * mm, 35 * mm],
                  num_cols={2, 3, 4})
    styl = []
    for i, r in enumerate(RISKS, start=1):
        v = int(r[4])
        col = "#F4B6B6" if v >= 15 else ("#FCE4B0" if v >= 8 else "#CDEBC5")
        styl.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(col)))
    t.setStyle(TableStyle(styl))
    s.append(t)
    return s


def make_all(out_dir):
    return [build(f"{out_dir}/{PLAN_FILE}", planning(), PLAN_HEADER,
                  title="25/00412/OUT Land east of Mill Road, Saltby"),
            build(f"{out_dir}/{AUDIT_FILE}", audit(), AUDIT_HEADER,
                  title="Strategic Risk Register Quarter 3 2024/25")]
