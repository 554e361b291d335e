from common import *
from reports1 import report_header
import appendices as ap


# ---------------------------------------------------------------- Regeneration
def regen():
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 12 March 2025"),
        ("Report title", "Harbourne Town Centre Regeneration Fund"),
        ("Report of", "James Oduya, Head of Regeneration and Economy"),
        ("Cabinet Member", "Councillor S. Whitcombe, Cabinet Member for Planning and Regeneration"),
        ("Wards affected", "Harbourne Central; Harbourne Quayside"),
        ("Key decision", "Yes - Forward Plan reference FP/2025/006"),
    ])
    t = table(["Project", "Allocation", "Lead", "Delivery"], [
        ["Market Square public realm improvements", "£3,800,000", "Highways and Regeneration", "2025/26 - 2026/27"],
        ["Old Corn Exchange cultural and workspace hub", "£4,100,000", "Regeneration", "2026/27 - 2027/28"],
        ["Gasworks Lane site preparation for housing", "£2,600,000", "Property Services", "2026/27 - 2027/28"],
        ["Quayside and station active travel links", "£1,250,000", "Highways and Transport", "2025/26 - 2027/28"],
        ["Shopfront Improvement Grant scheme", "£750,000", "Regeneration", "2025/26 - 2028/29"],
        ["Total", "£12,500,000", "", ""],
    ], numeric_from=1, total_rows=(-1,), caption="Table 1: Allocation of the Harbourne Town Centre Regeneration Fund")
    s = [
        ("Purpose of the Report", [
            "This report seeks approval for the allocation of the £12.5m Harbourne Town Centre Regeneration Fund to five projects, and for the launch of a Shopfront Improvement Grant scheme for independent businesses in Harbourne town centre.",
        ]),
        ("Recommendations", [
            "That Cabinet:",
            ("sub", [
                "approves the allocation of the Harbourne Town Centre Regeneration Fund as set out in Table 1;",
                "approves the Shopfront Improvement Grant scheme, offering grants of up to £15,000 per business at a 50% intervention rate, to open for applications on 1 June 2025;",
                "approves the appointment of a Town Centre Partnership Board, chaired by an independent business representative, to oversee delivery of the Fund;",
                "delegates authority to the Head of Regeneration and Economy, in consultation with the Cabinet Member for Planning and Regeneration and the Director of Finance, to agree changes of up to 10% between project allocations.",
            ]),
        ]),
        ("Background", [
            "Harbourne town centre has been in decline for more than a decade. The vacancy rate for ground-floor commercial units in the primary shopping area was 18.6% in October 2024, compared with 11.2% in 2015 and a national average of 13.8%. Footfall counted on the High Street and in Market Square fell by 22% between 2019 and 2024.",
            "In March 2024 the Government confirmed that Harbourne would receive funding under the Long-Term Plan for Towns, now renamed the Plan for Neighbourhoods. The Council's Town Board agreed a ten-year vision for the town centre in July 2024.",
            "The Harbourne Town Centre Regeneration Fund brings together three sources of funding: £7.0m of Council prudential borrowing, £3.5m of Plan for Neighbourhoods capital grant, and £2.0m of Community Infrastructure Levy (CIL) receipts.",
        ]),
        ("Proposed Projects", [
            "Five projects are proposed. They were shortlisted from 23 ideas put forward by residents, businesses and the Town Board during engagement between September and December 2024.",
            ("html", t),
            "Market Square public realm improvements (£3.8m) will replace the worn block paving, remove the disused 1970s toilet block, plant 24 new trees, install a water feature and provide power points for markets and events. The square will remain open to buses on the western side.",
            "The Old Corn Exchange cultural and workspace hub (£4.1m) will bring the Grade II listed Corn Exchange, empty since 2019, back into use as a 200-seat performance space, a café and 28 small studio workspaces for creative businesses. The Council will seek a further £1.2m from the National Lottery Heritage Fund.",
            "Gasworks Lane site preparation (£2.6m) will fund demolition, decontamination and utility diversions on the depot site once the depot moves to Kingsholt in 2027, to allow around 220 homes to be built, of which at least 30% will be affordable.",
            "Active travel links (£1.25m) will create a continuous walking and cycling route between Harbourne railway station, the Quayside and Market Square, including a new signalised crossing on Quayside Road.",
            "The Shopfront Improvement Grant scheme (£750,000) will offer grants to independent businesses and property owners in the primary shopping area to repair and improve shopfronts, signage and upper floors. Grants will cover up to 50% of eligible costs, to a maximum of £15,000 per property.",
        ]),
        ("Governance and Delivery", [
            "A Town Centre Partnership Board will be established, chaired by an independent business representative, with members drawn from the Harbourne Chamber of Commerce, Harbourne College, the Harbourne Business Improvement District (BID), the police and the Council. The Board will meet quarterly and receive a performance dashboard.",
            "Each project will be subject to a full business case, approved by the Executive Director of Place, before spending is committed.",
        ]),
        ("Financial Implications", [
            "The capital programme approved by Council on 20 February 2025 includes £12.5m for the Fund across 2025/26 to 2028/29. The cost of the £7.0m of prudential borrowing is estimated at £520,000 a year once fully drawn and is included in the Medium Term Financial Strategy.",
            "The Old Corn Exchange hub will require a revenue subsidy of up to £95,000 a year for its first three years, until occupancy of the workspaces reaches 85%.",
        ]),
        ("Legal Implications", [
            "Shopfront grants will be awarded in accordance with the Subsidy Control Act 2022. Grants of this size are expected to fall within the Minimal Financial Assistance threshold. Works to listed buildings and buildings in the Harbourne Town Centre Conservation Area will require the relevant consents.",
        ]),
        ("Equality Implications", [
            "The public realm and active travel designs will be reviewed by the Harbourne Access Group to ensure that they meet the needs of disabled people, including tactile paving, level access and seating at regular intervals.",
        ]),
        ("Background Papers", [
            "Harbourne Town Board, Ten-Year Vision for Harbourne Town Centre, July 2024.",
            "Harbourne Town Centre Health Check, October 2024.",
        ]),
    ]
    return report_header() + fb + "<h1>Harbourne Town Centre Regeneration Fund</h1>" + numbered(s) + contact_block(
        "James Oduya", "Head of Regeneration and Economy", "01632 960 650", "james.oduya@harbourne.gov.uk")


# ---------------------------------------------------------------- Local plan
def local_plan():
    fb = front_box([
        ("Meeting", "Cabinet"),
        ("Date of meeting", "Wednesday, 12 March 2025"),
        ("Report title", "Harbourne Local Plan 2024-2041: Housing Requirement and Spatial Strategy"),
        ("Report of", "Emma Thornbury, Planning Policy Manager"),
        ("Cabinet Member", "Councillor S. Whitcombe, Cabinet Member for Planning and Regeneration"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes - Forward Plan reference FP/2025/004"),
    ])
    sup = table(["Source of supply", "Homes 2024-2041"], [
        ["Completions 1 April 2024 to 31 December 2024", "410"],
        ["Sites with planning permission (commitments)", "5,830"],
        ["North Harbourne Garden Village (homes to 2041)", "3,200"],
        ["Land west of Kingsholt", "1,450"],
        ["Ashcombe Gateway", "900"],
        ["Millbridge Riverside", "640"],
        ["Wyke St Mary East", "420"],
        ["Smaller allocations (under 250 homes each)", "1,510"],
        ["Windfall allowance", "1,650"],
        ["Total supply", "16,010"],
        ["Housing requirement (918 x 17 years)", "15,606"],
        ["Buffer", "404 (2.6%)"],
    ], total_rows=(9,), caption="Table 1: Housing supply against the proposed requirement")
    s = [
        ("Purpose of the Report", [
            "This report asks Cabinet to agree the housing requirement and spatial strategy for the Harbourne Local Plan 2024-2041, following the revised National Planning Policy Framework (NPPF) published by the Ministry of Housing, Communities and Local Government (MHCLG) on 12 December 2024.",
            "The report also seeks approval of a revised Local Development Scheme, which sets out the timetable for the preparation of the Local Plan.",
        ]),
        ("Recommendations", [
            "That Cabinet:",
            ("sub", [
                "agrees a housing requirement of 15,606 homes over the plan period 2024 to 2041, equivalent to 918 homes a year, as the basis for the Regulation 19 Publication Local Plan;",
                "agrees the spatial strategy set out in section 5, including the allocation of North Harbourne Garden Village for around 3,600 homes;",
                "approves the revised Local Development Scheme at Appendix 1, with publication of the Regulation 19 Plan in June 2025 and submission to the Secretary of State in December 2025;",
                "notes that, until the new Local Plan is adopted, the Council cannot demonstrate a five-year supply of deliverable housing land.",
            ]),
        ]),
        ("Background", [
            "The current development plan is the Harbourne Core Strategy, adopted in 2018, which set a requirement of 640 homes a year. The Council consulted on a draft Local Plan under Regulation 18 between February and April 2024, based on a requirement of 702 homes a year calculated under the previous standard method.",
            "The revised NPPF introduced a new standard method for assessing local housing need, based on 0.8% of the existing housing stock, adjusted for affordability. For Harbourne, the new standard method produces a minimum local housing need of 918 homes a year, an increase of 31% on the figure used at Regulation 18.",
            "Under the transitional arrangements in the revised NPPF, a plan that reaches Regulation 19 after 12 March 2025 and has a requirement more than 200 homes a year below the new local housing need must be prepared on the basis of the new figure. The Council therefore has no realistic alternative to planning for 918 homes a year.",
        ]),
        ("Housing Supply", [
            "Officers have reviewed the sites assessed in the Housing and Economic Land Availability Assessment (HELAA). Table 1 shows the expected supply of housing against the proposed requirement.",
            ("html", sup),
            "The Council's five-year housing land supply position at 1 April 2024, measured against the new standard method and a 5% buffer, is 3.4 years. This means that the presumption in favour of sustainable development applies to planning applications for housing until the new plan is adopted.",
        ]),
        ("Spatial Strategy", [
            "The proposed spatial strategy focuses growth on Harbourne, as the largest and most sustainable settlement, with significant growth at Kingsholt and Ashcombe and more limited growth at Millbridge and the larger villages.",
            "North Harbourne Garden Village is proposed as a new community of around 3,600 homes on 186 hectares of land between the A392 and the Harbourne to Kingsholt railway line. It will include two primary schools, a secondary school, a local centre, a health hub and a 40-hectare country park. Around 3,200 homes are expected to be completed within the plan period, with the remainder after 2041.",
            "Land west of Kingsholt (1,450 homes) and Ashcombe Gateway (900 homes) are urban extensions that would be served by the proposed Kingsholt Western Relief Road, for which the Council will seek funding from Homes England.",
            "The sites at Wyke St Mary East and part of Ashcombe Gateway are within the Green Belt. The revised NPPF requires councils to review the Green Belt where they cannot otherwise meet their housing need, and to give priority to 'grey belt' land, meaning previously developed land and land that makes a limited contribution to the purposes of the Green Belt. The Green Belt Review 2025 identifies 112 hectares of grey belt land.",
            "At least 35% of homes on greenfield sites of 10 or more homes will be required to be affordable, of which 25% should be First Homes or other affordable home ownership and the rest social or affordable rent.",
        ]),
        ("Infrastructure", [
            "A draft Infrastructure Delivery Plan identifies infrastructure costs of £486m over the plan period, including £138m for education, £164m for transport, £41m for health and £22m for flood risk management. Funding will come from developer contributions, the Community Infrastructure Levy and Government programmes.",
            "The Westmere and Harbourne Integrated Care Board (ICB) has advised that new primary care capacity will be needed at North Harbourne and Kingsholt, and has asked for land to be safeguarded for health hubs at both locations.",
        ]),
        ("Financial Implications", [
            "The cost of preparing the Local Plan, including the examination, is estimated at £1.3m over 2024/25 to 2026/27 and is met from the Local Plan Reserve. The cost of evidence studies commissioned as a result of the higher housing requirement is estimated at £185,000.",
        ]),
        ("Legal Implications", [
            "The Local Plan must be prepared in accordance with the Planning and Compulsory Purchase Act 2004 and the Town and Country Planning (Local Planning) (England) Regulations 2012. The plan will be examined by an independent Inspector appointed by the Secretary of State, who will test whether it is legally compliant and sound.",
            "Decisions on the Local Plan are a joint function of Cabinet and Council. The Regulation 19 Publication Plan will be considered by Council before it is published.",
        ]),
        ("Equality Implications", [
            "An Equality Impact Assessment has been prepared as part of the Integrated Impact Assessment. The plan is expected to have a positive impact on younger people and families in housing need, and policies requiring accessible and adaptable homes will benefit older and disabled people.",
        ]),
        ("Background Papers", [
            "National Planning Policy Framework, December 2024.",
            "Harbourne Housing and Economic Land Availability Assessment, January 2025.",
            "Harbourne Green Belt Review, February 2025.",
        ]),
    ]
    return report_header() + fb + "<h1>Harbourne Local Plan 2024-2041: Housing Requirement and Spatial Strategy</h1>" + numbered(s) + contact_block(
        "Emma Thornbury", "Planning Policy Manager", "01632 960 712", "localplan@harbourne.gov.uk") + ap.local_plan_sites()


# ---------------------------------------------------------------- Ofsted response
def ofsted():
    fb = front_box([
        ("Meeting", "Children and Young People Scrutiny Committee"),
        ("Date of meeting", "Tuesday, 4 February 2025"),
        ("Report title", "Ofsted Inspection of Local Authority Children's Services (ILACS): Findings and Improvement Plan"),
        ("Report of", "Dr Louise Carver, Executive Director of Children's Services"),
        ("Cabinet Member", "Councillor A. Rahman, Cabinet Member for Children and Families"),
        ("Wards affected", "All wards"),
    ])
    j = table(["Judgement", "2019 inspection", "2024 inspection"], [
        ["The impact of leaders on social work practice with children and families", "Good", "Requires improvement to be good"],
        ["The experiences and progress of children who need help and protection", "Good", "Requires improvement to be good"],
        ["The experiences and progress of children in care", "Good", "Good"],
        ["The experiences and progress of care leavers", "Requires improvement to be good", "Requires improvement to be good"],
        ["Overall effectiveness", "Good", "Requires improvement to be good"],
    ], numeric_from=9, caption="Table 1: Ofsted judgements, 2019 and 2024")
    plan = table(["Area for improvement", "Key actions", "Lead", "Target date"], [
        ["1. Timeliness and quality of decision-making at the front door", "Restructure the Multi-Agency Safeguarding Hub (MASH); add two senior practitioners; daily partner triage with police and health", "Head of Early Help and Safeguarding", "June 2025"],
        ["2. Quality of assessments and plans for children in need", "New practice standards; monthly audit of 60 cases; SMART planning training for all social workers", "Principal Social Worker", "September 2025"],
        ["3. Oversight of children subject to pre-proceedings (PLO)", "Legal gateway panel weekly; tracking by Head of Service; maximum 16 weeks in pre-proceedings", "Head of Children in Care and Court", "April 2025"],
        ["4. Social worker caseloads and stability of the workforce", "Reduce average caseload from 21 to 18; reduce agency social workers from 31% to 15%; market supplement for hard-to-fill posts", "Director of Children's Social Care", "March 2026"],
        ["5. Pathway plans and accommodation for care leavers", "Review all pathway plans by June 2025; 12 new supported lodgings placements; council tax exemption for care leavers up to age 25", "Head of Care Leavers Service", "December 2025"],
        ["6. Management oversight and supervision", "Supervision every four weeks recorded on the case file; new supervision template; quarterly audit", "Director of Children's Social Care", "June 2025"],
    ], numeric_from=9, caption="Table 2: Summary of the Improvement Plan", widths=["28%", "40%", "19%", "13%"])
    s = [
        ("Purpose of the Report", [
            "This report informs the Committee of the findings of the Ofsted inspection of the Council's children's services, which took place between 14 and 25 October 2024, and presents the Improvement Plan prepared in response.",
        ]),
        ("Recommendations", [
            "That the Committee:",
            ("sub", [
                "notes the findings of the inspection and the overall judgement of 'requires improvement to be good';",
                "comments on the Improvement Plan at Appendix 1 before it is submitted to Ofsted by 5 March 2025;",
                "agrees to receive a progress report on the Improvement Plan every four months.",
            ]),
        ]),
        ("Background", [
            "Ofsted carried out a standard Inspection of Local Authority Children's Services (ILACS) over two weeks, from 14 to 25 October 2024. Six inspectors spoke to children, young people, parents, carers, social workers, managers and partner agencies, and examined the records of more than 200 children.",
            "The inspection report was published on 6 December 2024. The Council's children's services were previously judged good overall in 2019. The judgements in 2019 and 2024 are shown in Table 1.",
            ("html", j),
        ]),
        ("Summary of Findings", [
            "Inspectors found that children in care are well supported by committed social workers who know them well. Most children in care live in stable homes, and the Council's fostering service has increased the number of in-house foster carers from 148 to 171 households since 2022.",
            "Inspectors found that the quality of practice for children in need of help and protection had declined since 2019. In particular:",
            ("sub", [
                "some referrals to the Multi-Agency Safeguarding Hub (MASH) took too long to be screened, with 14% of contacts taking more than 24 hours to reach a decision;",
                "the quality of assessments and plans is too variable, and some plans do not say clearly what needs to change for the child;",
                "some children remain in pre-proceedings under the Public Law Outline (PLO) for too long without a review of progress;",
                "high caseloads and a reliance on agency social workers in the assessment teams have led to frequent changes of social worker for some children.",
            ]),
            "Care leavers said that they feel supported by their personal advisers, but inspectors found that pathway plans are not always updated and that too many care leavers aged 19 to 21 live in unsuitable accommodation. At the time of the inspection the Council was supporting 412 children in care and 236 care leavers.",
            "Inspectors recognised that senior leaders had already identified many of these weaknesses and had begun to address them, including through the recruitment of 22 newly qualified social workers in September 2024.",
        ]),
        ("Improvement Plan", [
            "Ofsted has identified six areas for improvement. The Improvement Plan at Appendix 1 sets out the actions the Council will take, and is summarised in Table 2.",
            ("html", plan),
            "Delivery of the plan will be overseen by an Improvement Board chaired by the Chief Executive, Andrew Holloway, with membership including the Harbourne Safeguarding Children Partnership (HSCP), Westmere Police, the Integrated Care Board (ICB) and headteacher representatives. The Board will meet monthly for the first six months.",
            "The Department for Education (DfE) has offered the support of a Sector Led Improvement Partner, and a peer review by the Local Government Association (LGA) is planned for September 2025.",
        ]),
        ("Financial Implications", [
            "The draft budget for 2025/26 includes additional investment of £2.3m a year in children's social care, including £1.1m for 18 additional permanent social worker posts, £0.4m for market supplements and £0.8m for the care leavers accommodation and support offer.",
            "Reducing the proportion of agency social workers from 31% to 15% is expected to save around £650,000 a year by 2026/27, because an agency social worker costs on average £28,000 a year more than a permanent employee.",
        ]),
        ("Legal Implications", [
            "The Council has statutory duties under the Children Act 1989 and the Children Act 2004. Where a local authority is judged to require improvement to be good, Ofsted will carry out monitoring visits, and a further full inspection is expected within three years.",
        ]),
        ("Equality Implications", [
            "Children with special educational needs and disabilities, children from some minority ethnic groups and unaccompanied asylum-seeking children are over-represented among children in care. The Improvement Plan includes an action to improve how assessments record and respond to children's identity and culture.",
        ]),
        ("Background Papers", [
            "Ofsted, Harbourne Council Inspection of Children's Social Care Services, published 6 December 2024.",
        ]),
    ]
    return report_header("Report to Children and Young People Scrutiny Committee") + fb + \
        "<h1>Ofsted Inspection of Children's Services: Findings and Improvement Plan</h1>" + numbered(s) + contact_block(
        "Dr Louise Carver", "Executive Director of Children's Services", "01632 960 800", "childrens.services@harbourne.gov.uk") + ap.ofsted_plan_detail()


# ---------------------------------------------------------------- Community hospital
def hospital():
    fb = front_box([
        ("Meeting", "Health Scrutiny Committee"),
        ("Date of meeting", "Tuesday, 28 January 2025"),
        ("Report title", "Kingsholt Community Hospital: Proposed Changes to Inpatient Beds"),
        ("Report of", "Westmere and Harbourne Integrated Care Board (ICB) and Harbourne Community Health NHS Trust"),
        ("Presented by", "Dr Sunita Rao, Chief Medical Officer, ICB; Mark Tennant, Director of Operations, HCHT"),
        ("Wards affected", "Kingsholt East; Kingsholt West; Wyke St Mary; Saltney Cross"),
    ])
    beds = table(["Ward / service", "Current beds", "Proposed beds", "Change"], [
        ["Beech Ward (rehabilitation)", "18", "20", "+2"],
        ["Willow Ward (step-down and end of life)", "14", "0", "-14"],
        ["Hospital at Home (virtual ward places)", "20", "40", "+20"],
        ["Total inpatient and virtual capacity", "52", "60", "+8"],
    ], total_rows=(-1,), caption="Table 1: Current and proposed bed numbers")
    s = [
        ("Purpose of the Report", [
            "This report, prepared by the Westmere and Harbourne Integrated Care Board (ICB) and Harbourne Community Health NHS Trust (HCHT), informs the Committee of proposals to change the inpatient beds at Kingsholt Community Hospital, and asks the Committee to comment on the proposals before public consultation begins.",
        ]),
        ("Recommendations", [
            "That the Committee:",
            ("sub", [
                "comments on the proposals and on the consultation plan;",
                "considers whether the proposals amount to a substantial development or variation of the health service in its area;",
                "agrees to receive the outcome of the consultation at its meeting in June 2025.",
            ]),
        ]),
        ("Background", [
            "Kingsholt Community Hospital, Hospital Road, Kingsholt, opened in 1931 and provides inpatient beds, a minor injuries unit, outpatient clinics, X-ray and a base for community nursing teams. The hospital is run by Harbourne Community Health NHS Trust (HCHT).",
            "The hospital currently has 32 inpatient beds on two wards: Beech Ward, an 18-bed rehabilitation ward, and Willow Ward, a 14-bed ward for step-down care and end of life care. Most patients are older people who have been discharged from Harbourne General Hospital and need further care before they can return home.",
            "In 2023/24 the average bed occupancy on Willow Ward was 78% and the average length of stay was 24 days. Around a third of patients on the ward were medically fit for discharge but waiting for home care or a care home place.",
            "Willow Ward is on the first floor of the 1931 building and does not meet current standards for single rooms, bathrooms and infection control. HCHT estimates the cost of bringing it up to standard at £3.6m.",
        ]),
        ("The Proposals", [
            "The ICB and HCHT propose to:",
            ("sub", [
                "close Willow Ward and increase Beech Ward from 18 to 20 rehabilitation beds, including two beds with specialist equipment for end of life care;",
                "double the Hospital at Home (virtual ward) service for the Kingsholt area from 20 to 40 places, allowing patients to receive hospital-level care in their own homes with remote monitoring and daily visits;",
                "convert the space on Willow Ward into an Urgent Community Response hub, with a two-hour response service for people at risk of hospital admission;",
                "extend the opening hours of the minor injuries unit from 8am to 8pm, seven days a week, compared with 9am to 5pm on weekdays at present.",
            ]),
            "The numbers of beds before and after the changes are set out in Table 1.",
            ("html", beds),
            "The ICB states that the number of people cared for each year would increase from around 480 to around 900, because patients on the virtual ward stay for an average of 8 days rather than 24 days.",
        ]),
        ("Engagement and Consultation", [
            "The ICB held pre-consultation engagement events in Kingsholt and Wyke St Mary in November 2024, attended by 184 people. Concerns raised included the loss of local end of life care, travel for visitors and whether enough home care staff would be available.",
            "The ICB intends to run a formal public consultation for twelve weeks from 3 February to 28 April 2025, including four public meetings, an online survey and targeted sessions with carers, people with dementia and the Kingsholt Patient Participation Group.",
        ]),
        ("Financial Implications", [
            "The ICB advises that the proposals are cost-neutral: the cost of running Willow Ward, £1.9m a year, would be reinvested in the Hospital at Home and Urgent Community Response services. The £3.6m capital cost of refurbishing Willow Ward would be avoided.",
            "There are no direct financial implications for the Council, although the Council funds home care packages for some patients discharged from hospital. Adult Social Care expects demand for reablement to rise by about 6% as a result.",
        ]),
        ("Legal Implications", [
            "Under the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013, NHS bodies must consult the health scrutiny committee on any proposal for a substantial development or variation of the health service. Since 31 January 2024 health scrutiny committees can no longer refer such proposals directly to the Secretary of State, but may ask the Secretary of State to consider using the call-in power.",
        ]),
        ("Equality Implications", [
            "The ICB's Equality and Health Inequalities Impact Assessment identifies older people, people living alone and people without access to a car as most likely to be affected. The ICB proposes to include a voluntary car scheme for visitors in its mitigation plan.",
        ]),
        ("Background Papers", [
            "Westmere and Harbourne ICB, Community Beds Review - Case for Change, December 2024.",
        ]),
    ]
    return report_header("Report to Health Scrutiny Committee") + fb + \
        "<h1>Kingsholt Community Hospital: Proposed Changes to Inpatient Beds</h1>" + numbered(s) + contact_block(
        "Hannah Bell", "Scrutiny Officer", "01632 960 419", "scrutiny@harbourne.gov.uk") + ap.hospital_data()


# ---------------------------------------------------------------- Forward plan
def forward_plan():
    rows = [
        ["FP/2024/044", "Capital Programme 2025/26 to 2028/29", "Cabinet; Council", "15 Jan 2025; 20 Feb 2025", "Yes", "Finance and Resources", "Claire Dunmore"],
        ["FP/2024/045", "Revenue Budget 2025/26 and Medium Term Financial Strategy", "Cabinet; Council", "15 Jan 2025; 20 Feb 2025", "Yes", "Finance and Resources", "Claire Dunmore"],
        ["FP/2024/046", "Waste and Recycling Collection Service Changes", "Cabinet", "15 Jan 2025", "Yes", "Environment and Waste", "Paul Greaves"],
        ["FP/2024/048", "Award of contract for Kingsholt Depot construction", "Executive Director of Place", "April 2025", "Yes", "Finance and Resources", "Simon Aldridge"],
        ["FP/2025/002", "Council Tax Reduction Scheme 2025/26", "Council", "20 Feb 2025", "Yes", "Finance and Resources", "Claire Dunmore"],
        ["FP/2025/004", "Harbourne Local Plan: Housing Requirement and Spatial Strategy", "Cabinet", "12 Mar 2025", "Yes", "Planning and Regeneration", "Emma Thornbury"],
        ["FP/2025/006", "Harbourne Town Centre Regeneration Fund", "Cabinet", "12 Mar 2025", "Yes", "Planning and Regeneration", "James Oduya"],
        ["FP/2025/007", "Home to School Transport Policy 2025/26", "Cabinet", "12 Mar 2025", "Yes", "Children and Families", "Dr Louise Carver"],
        ["FP/2025/009", "Homelessness and Rough Sleeping Strategy 2025-2030", "Cabinet", "9 Apr 2025", "Yes", "Housing", "Karen Mills"],
        ["FP/2025/011", "Procurement of Home Care Framework", "Cabinet", "9 Apr 2025", "Yes", "Adult Social Care and Health", "Joanne Whitlock"],
    ]
    t = table(["Ref", "Decision", "Decision maker", "Date of decision", "Key decision", "Portfolio", "Lead officer"],
              rows, numeric_from=99, widths=["10%", "27%", "14%", "14%", "8%", "14%", "13%"])
    body = report_header("Forward Plan of Key Decisions") + \
        "<h1>Forward Plan of Key Decisions: January to April 2025</h1>" + \
        "<p>Published: 13 December 2024</p>" + \
        "<p>This notice is published under the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012. A key decision is an executive decision which is likely to result in the Council incurring expenditure or making savings of £500,000 or more, or to be significant in terms of its effects on communities living or working in two or more wards.</p>" + \
        "<p>Documents submitted to the decision maker will be available on the Council's website five clear working days before the decision is taken. Anyone wishing to make representations about any of the matters listed should contact Democratic Services, Civic Centre, Quayside Road, Harbourne HB1 2QA, telephone 01632 960 418, email democratic.services@harbourne.gov.uk.</p>" + t + \
        "<p>Andrew Holloway, Chief Executive</p>"
    return body
