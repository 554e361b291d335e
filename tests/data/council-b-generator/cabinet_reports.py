"""Cabinet reports for 5 February 2025: housing allocations policy and
fees and charges 2025/26. Front sheet typed as 'Label: value' paragraphs."""
from common import Paper, COUNCIL


def front_sheet(p, meeting, date, title, fields):
    p.title(COUNCIL, size=11, bold=True, space_after=0)
    p.para(f"{meeting} \u2013 {date}", size=11, space_after=14)
    p.title(title, size=15, space_after=10)
    for label, value in fields:
        p.para(f"{label}: {value}", space_after=2)
    p.para("", space_after=6)


def housing_allocations():
    ref = "Report ref: CAB/25/011"
    p = Paper(ref, "Housing Allocations Policy Review", COUNCIL)
    front_sheet(p, "Cabinet", "5 February 2025",
                "Housing Allocations Policy Review 2025", [
                    ("Report of", "Head of Housing (Deborah Kinsella)"),
                    ("Portfolio Holder", "Cllr Rajesh Mistry, Portfolio Holder "
                     "for Housing and Communities"),
                    ("Wards affected", "All wards"),
                    ("Key decision", "Yes"),
                    ("Forward Plan reference", "KD 2024/31"),
                    ("Exempt information", "None"),
                    ("Appendices", "Appendix 1 \u2013 Revised Housing Allocations "
                     "Policy (published separately); Appendix 2 \u2013 Equality "
                     "Impact Assessment (published separately)"),
                ])
    p.heading("1.", "Summary")
    p.np("1.1", "The Council is required by Part 6 of the Housing Act 1996 to have "
         "an allocations scheme that sets out how it prioritises applicants for "
         "social rented housing and the procedure it follows in allocating homes. "
         "The current Wexcombe Housing Allocations Policy was adopted in 2019 and "
         "has been amended only twice since then, in both cases to reflect changes "
         "in legislation rather than local priorities.")
    p.np("1.2", "Demand for social housing in the district has grown sharply. The "
         "housing register has risen from 2,113 households in March 2022 to 2,846 "
         "households at 31 December 2024, while the number of homes let through the "
         "register has stayed broadly flat at around 400 a year. Officers have "
         "therefore reviewed the policy to make sure that the homes which do become "
         "available go to the households in greatest need and to people with a "
         "genuine connection to the district.")
    p.np("1.3", "This report summarises the outcome of public consultation on a draft "
         "revised policy, the comments of the Overview and Scrutiny Committee, and "
         "the changes now proposed. The revised policy is attached as Appendix 1.")
    p.heading("2.", "Recommendations")
    p.np("2.1", "That Cabinet:")
    p.item("(a)", "adopts the revised Housing Allocations Policy at Appendix 1, to "
           "take effect from 1 April 2025;")
    p.item("(b)", "agrees that the number of priority bands is reduced from five to "
           "four (Bands A to D), as set out in section 5 of this report;")
    p.item("(c)", "agrees that applicants must have lived in the district "
           "continuously for three years, rather than the current two years, to "
           "meet the local connection test, subject to the exemptions in "
           "paragraph 5.6;")
    p.item("(d)", "approves a one-off budget of £38,500 from the Homelessness "
           "Prevention Grant to reconfigure the housing register software;")
    p.item("(e)", "delegates authority to the Head of Housing, in consultation with "
           "the Portfolio Holder for Housing and Communities, to make minor and "
           "technical amendments to the policy that do not change its overall "
           "effect.")
    p.heading("3.", "Reasons for Recommendations")
    p.np("3.1", "The revised policy gives clearer priority to households facing "
         "homelessness, to people who cannot remain in their current home for "
         "medical or welfare reasons, and to families living in severely "
         "overcrowded conditions. Reducing the number of bands makes the scheme "
         "easier for applicants to understand and reduces the time officers spend "
         "reassessing applications that move between bands with little practical "
         "effect on their prospects of rehousing.")
    p.np("3.2", "The longer residence requirement reflects the strong view expressed "
         "in consultation that homes in the district should be let to people with "
         "a lasting connection to Wexcombe, while the statutory and local "
         "exemptions protect those to whom the Council owes particular duties.")
    p.heading("4.", "Background")
    p.np("4.1", "The Council transferred its housing stock to Abbeyfield Vale Homes "
         "in 2008 and no longer owns council housing. It retains the statutory "
         "responsibility for the allocations scheme and nominates applicants from "
         "the register to vacancies advertised by Abbeyfield Vale Homes and six "
         "other registered providers through the Wexcombe HomeChoice "
         "choice-based lettings service.")
    p.np("4.2", "Table 1 shows the make-up of the register at 31 December 2024 "
         "under the current five-band scheme.")
    p.table([
        ["Band", "Description (current scheme)", "Households", "% of register"],
        ["Band 1", "Emergency and statutory homeless", "118", "4.1%"],
        ["Band 2", "Urgent medical or welfare need", "231", "8.1%"],
        ["Band 3", "Overcrowded or insecure housing", "486", "17.1%"],
        ["Band 4", "Identified housing need", "1,027", "36.1%"],
        ["Band 5", "No assessed housing need", "984", "34.6%"],
        ["Total", "", "2,846", "100%"],
    ], widths_cm=[2.2, 8.0, 2.8, 2.8], caption="Table 1: Housing register by band, "
       "31 December 2024", bold_last_row=True, align_right_from=2)
    p.np("4.3", "In 2023/24 a total of 412 homes were let through Wexcombe HomeChoice. "
         "Of these, 61% went to applicants in Bands 1 and 2. Only 19 lettings were "
         "made to households in Band 5, all of them to sheltered housing for older "
         "people where demand is lower. The average waiting time for a three-bedroom "
         "house for a household in Band 3 is now 3 years and 4 months.")
    p.np("4.4", "Table 2 sets out lettings by property size over the last three "
         "years.")
    p.table([
        ["Property size", "2021/22", "2022/23", "2023/24"],
        ["Studio and one bedroom", "171", "158", "176"],
        ["Two bedrooms", "139", "147", "152"],
        ["Three bedrooms", "71", "66", "69"],
        ["Four or more bedrooms", "12", "9", "15"],
        ["Total", "393", "380", "412"],
    ], widths_cm=[6.5, 3, 3, 3], caption="Table 2: Lettings through Wexcombe "
       "HomeChoice by property size", bold_last_row=True)
    p.heading("5.", "Proposed Changes to the Policy")
    p.np("5.1", "The main changes in the revised policy are summarised below. "
         "Minor wording changes, updated references to legislation and guidance, "
         "and a new section on data protection are not described here but are "
         "shown in tracked changes in Appendix 1.")
    p.np("5.2", "**Banding.** The five current bands will be replaced by four. "
         "Band A will cover applicants with an emergency need, including those "
         "owed the main homelessness duty and households who must move because of "
         "domestic abuse. Band B will cover urgent medical and welfare need and "
         "households who are statutorily overcrowded by two or more bedrooms. "
         "Band C will cover other assessed housing need. Band D will replace Band 5 "
         "and will be limited to applicants aged 55 or over seeking sheltered or "
         "retirement housing.")
    p.np("5.3", "Applicants in the current Band 5 who are under 55 and have no "
         "assessed housing need will be removed from the register when the new "
         "policy takes effect. Officers estimate that this will apply to around "
         "760 households. Each household will be written to at least eight weeks "
         "beforehand and will be given advice about other housing options, "
         "including shared ownership and the private rented sector.")
    p.np("5.4", "**Under-occupation.** Tenants of registered providers who give up "
         "a family-sized home and move to a smaller property will be placed in "
         "Band B and will receive a payment of £750 for each bedroom released, up "
         "to a maximum of £2,000, towards removal costs. This replaces the current "
         "flat payment of £500.")
    p.np("5.5", "**Local connection.** To join the register, applicants will need "
         "to have lived in the district for the last three years continuously, or "
         "to have worked in the district for at least 16 hours a week for the last "
         "two years, or to have a close family member who has lived in the "
         "district for at least five years.")
    p.np("5.6", "The local connection requirement will not apply to members and "
         "recent former members of the regular armed forces, bereaved spouses and "
         "civil partners of service personnel, people fleeing domestic abuse from "
         "another area, care leavers to whom the Council owes corporate parenting "
         "responsibilities, and people owed the main homelessness duty by the "
         "Council.")
    p.np("5.7", "**Financial resources.** Applicants with savings or assets above "
         "£60,000, or a gross household income above £55,000 a year, will "
         "normally be treated as able to meet their own housing need. The current "
         "thresholds of £30,000 and £45,000 were set in 2019 and have not kept "
         "pace with local house prices and rents.")
    p.heading("6.", "Consultation")
    p.np("6.1", "Public consultation on the draft policy ran for six weeks from "
         "7 October to 18 November 2024. It was promoted on the Council's website "
         "and social media, by letter to every household on the register, and "
         "through registered providers and voluntary organisations. A total of "
         "623 responses were received, 402 of them from people currently on the "
         "register.")
    p.np("6.2", "Responses were broadly supportive. 71% of respondents agreed with "
         "the proposed three-year local connection requirement, and 64% agreed with "
         "reducing the number of bands. The proposal to remove applicants with no "
         "housing need was the most contentious: 48% agreed and 39% disagreed, "
         "with many respondents in Band 5 saying that the register gave them hope "
         "of a secure tenancy in future.")
    p.np("6.3", "The Overview and Scrutiny Committee considered the draft policy "
         "on 10 December 2024. The Committee supported the direction of the "
         "review but asked that the removal of Band 5 applicants be accompanied by "
         "a clear housing options offer, and that the impact of the changes be "
         "reported back to the Committee after twelve months. Both requests have "
         "been accepted and are reflected in paragraphs 5.3 and 10.2.")
    p.heading("7.", "Financial Implications")
    p.np("7.1", "The housing register is managed on the Locata system. The supplier "
         "has quoted £38,500 to reconfigure the banding rules, eligibility "
         "questions and letter templates, and to migrate existing applications to "
         "the new bands. It is proposed that this is met from the Homelessness "
         "Prevention Grant, which had an uncommitted balance of £212,000 at 31 "
         "December 2024.")
    p.np("7.2", "The increased under-occupation payments are estimated to cost "
         "£18,000 a year, based on 12 to 15 moves a year, and will be met from "
         "the existing housing options budget. Releasing family homes reduces "
         "the Council's use of temporary accommodation, which cost £1.46m gross "
         "in 2023/24.")
    p.heading("8.", "Legal Implications")
    p.np("8.1", "Section 166A of the Housing Act 1996 requires the Council to give "
         "reasonable preference to certain categories of applicant, and to consult "
         "registered providers before making an alteration to the scheme that "
         "reflects a major change of policy. The consultation described in section "
         "6 satisfies that requirement. The proposed qualification criteria are "
         "permitted by section 160ZA(7) and are consistent with the statutory "
         "guidance on the allocation of accommodation issued in 2012 and updated "
         "in 2021.")
    p.heading("9.", "Equality and Diversity")
    p.np("9.1", "An Equality Impact Assessment is attached as Appendix 2. It "
         "identifies that the removal of Band 5 applicants will affect younger "
         "single people disproportionately, and that the longer residence "
         "requirement may affect people who have recently moved to the district "
         "for work. These impacts are considered to be justified by the need to "
         "prioritise the limited supply of homes, and are mitigated by the "
         "employment route to local connection and by the housing options offer.")
    p.heading("10.", "Risks and Monitoring")
    p.np("10.1", "The principal risk is an increase in reviews and complaints "
         "during the transition. Additional temporary staffing of one full-time "
         "housing options officer for six months will be funded from the "
         "Homelessness Prevention Grant within the sum in paragraph 7.1.")
    p.np("10.2", "A report on the first twelve months of the revised policy will be "
         "presented to the Overview and Scrutiny Committee in summer 2026.")
    p.heading("11.", "Background Papers")
    p.np("11.1", "Wexcombe Housing Allocations Policy 2019 (as amended 2021 and "
         "2023); consultation responses (held by the Housing Service).")
    p.para("")
    p.para("Contact officer: Deborah Kinsella, Head of Housing, 01632 960 512, "
           "housing@wexcombe.gov.uk", italic=True, size=10)
    return p.save("wdc_cabinet_2025-02-05_housing_allocations_policy")


def fees_and_charges():
    p = Paper("Report ref: CAB/25/012", "Fees and Charges 2025/26", COUNCIL)
    front_sheet(p, "Cabinet", "5 February 2025", "Fees and Charges 2025/26", [
        ("Report of", "Director of Resources and Section 151 Officer "
         "(Fiona Greatorex)"),
        ("Portfolio Holder", "Cllr Colin Trevethan, Portfolio Holder for "
         "Finance and Resources"),
        ("Wards affected", "All wards"),
        ("Key decision", "Yes"),
        ("Forward Plan reference", "KD 2024/35"),
        ("Exempt information", "None"),
        ("Appendices", "Appendix A \u2013 Schedule of proposed fees and charges "
         "2025/26"),
    ])
    p.heading("1.", "Purpose of Report")
    p.np("1.1", "This report sets out the proposed discretionary fees and charges "
         "for 2025/26, which will be built into the revenue budget to be "
         "recommended to Council on 26 February 2025. It also responds to the "
         "recommendations of the Overview and Scrutiny Committee's Car Parking "
         "Task and Finish Group.")
    p.heading("2.", "Recommendations")
    p.np("2.1", "That Cabinet:")
    p.item("(a)", "approves the fees and charges for 2025/26 set out in Appendix A, "
           "to take effect from 1 April 2025 unless otherwise stated;")
    p.item("(b)", "approves an increase in the annual garden waste subscription "
           "from £52 to £56 per bin, with an early payment price of £53 for "
           "subscriptions taken out before 28 February 2025;")
    p.item("(c)", "approves an increase of 10p per hour in short-stay car park "
           "tariffs, and agrees to retain free parking after 3pm in Pellford "
           "car parks for a further year;")
    p.item("(d)", "agrees the responses to the recommendations of the Car "
           "Parking Task and Finish Group set out in Table 3;")
    p.item("(e)", "notes that the proposals are expected to generate additional "
           "income of £318,000 in 2025/26 compared with the 2024/25 budget.")
    p.heading("3.", "Background")
    p.np("3.1", "The Council's Fees and Charges Policy, adopted in 2021, requires "
         "charges to be reviewed every year. The starting assumption is that "
         "discretionary charges rise in line with the Consumer Prices Index for "
         "the preceding September, which was 1.7% in September 2024, unless "
         "there is a reason to depart from it. Charges set by statute, such as "
         "planning application fees and most licence fees, are outside the scope "
         "of this report.")
    p.np("3.2", "Discretionary fees and charges are budgeted to raise £6.42m in "
         "2024/25, around 18% of the Council's gross revenue income excluding "
         "housing benefit. Table 1 compares budgeted and actual income for "
         "2023/24 with the budget and forecast outturn for the current year.")
    hdr1 = ["Service area", "2023/24", "", "", "2024/25", "", ""]
    hdr2 = ["", "Budget £000", "Actual £000", "Variance £000",
            "Budget £000", "Forecast £000", "Variance £000"]
    rows = [
        ["Car parking", "2,240", "2,312", "72", "2,395", "2,288", "(107)"],
        ["Garden waste", "1,510", "1,546", "36", "1,620", "1,655", "35"],
        ["Building control", "612", "548", "(64)", "640", "571", "(69)"],
        ["Planning pre-application advice", "96", "118", "22", "110", "124", "14"],
        ["Licensing (discretionary)", "184", "179", "(5)", "190", "188", "(2)"],
        ["Bereavement services", "845", "872", "27", "880", "902", "22"],
        ["Wexcombe Lido", "398", "341", "(57)", "420", "367", "(53)"],
        ["Other charges", "152", "160", "8", "165", "161", "(4)"],
        ["Total", "6,037", "6,076", "39", "6,420", "6,256", "(164)"],
    ]
    p.table([hdr1, hdr2] + rows, header_rows=2,
            merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)],
            widths_cm=[4.4, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9], font_size=9,
            caption="Table 1: Income from discretionary fees and charges",
            bold_last_row=True)
    p.np("3.3", "The forecast shortfall in car parking income in 2024/25 is mainly "
         "due to lower than expected use of the Abbey Walk multi-storey car park "
         "during resurfacing works between June and September 2024. Building "
         "control income continues to fall as private approved inspectors take a "
         "larger share of the market. Income at Wexcombe Lido was affected by the "
         "wet summer of 2024, when the Lido closed on 23 days because of poor "
         "weather.")
    p.heading("4.", "Proposals for 2025/26")
    p.np("4.1", "**Garden waste.** The subscription charge would rise from £52 to "
         "£56 per bin. This is above inflation, reflecting the increased cost of "
         "fuel and the new vehicle leases agreed in 2024. The charge would remain "
         "below the average of £58.40 charged by the other districts in "
         "Ravensmoor. There are currently 29,470 subscribed bins, and officers "
         "have assumed a 2% fall in subscriptions following the increase.")
    p.np("4.2", "**Car parking.** It is proposed that short-stay tariffs rise by "
         "10p per hour in all pay and display car parks, so that one hour at "
         "Abbey Walk would cost £1.50 rather than £1.40. Long-stay and season "
         "ticket charges would be frozen. Free parking after 3pm in Pellford, "
         "introduced in 2023 to support the town centre, would continue for "
         "2025/26 at an estimated cost of £64,000 in income forgone.")
    p.np("4.3", "**Bereavement services.** Cremation fees at Wexcombe Crematorium "
         "would rise by 3.5%, so that the standard adult cremation fee would "
         "increase from £895 to £926. A direct (unattended) cremation option "
         "would be introduced at £495. Burial fees would rise by 1.7%.")
    p.np("4.4", "**Planning pre-application advice.** A new fast-track service "
         "for householder proposals, with written advice within 10 working days, "
         "would be introduced at £180, alongside the standard householder fee of "
         "£95.")
    p.np("4.5", "**Wexcombe Lido.** Adult admission would rise from £5.20 to "
         "£5.50 and the family ticket from £16.00 to £17.00. A season pass for "
         "residents would be introduced at £65.")
    p.np("4.6", "Table 2 summarises the additional income expected from the "
         "proposals compared with the 2024/25 budget.")
    p.table([
        ["Service area", "Additional income 2025/26 £000"],
        ["Car parking (net of free after 3pm)", "118"],
        ["Garden waste", "96"],
        ["Bereavement services", "42"],
        ["Planning pre-application advice", "21"],
        ["Wexcombe Lido", "28"],
        ["Other charges", "13"],
        ["Total", "318"],
    ], widths_cm=[9, 5], caption="Table 2: Additional income from proposed "
       "charges", bold_last_row=True)
    p.heading("5.", "Response to the Car Parking Task and Finish Group")
    p.np("5.1", "The Overview and Scrutiny Committee considered the final report "
         "of its Car Parking Task and Finish Group on 21 January 2025 and agreed "
         "to refer its six recommendations to Cabinet. The proposed responses are "
         "set out in Table 3.")
    p.table([
        ["Rec.", "Task and Finish Group recommendation", "Proposed response"],
        ["R1", "Retain free parking after 3pm in Pellford", "Accepted for 2025/26"],
        ["R2", "Contactless payment at all machines by September 2025",
         "Accepted; £46,000 from capital programme"],
        ["R3", "Limit tariff increases to 10p per hour", "Accepted"],
        ["R4", "Do not introduce Sunday charging", "Accepted"],
        ["R5", "Discounted season tickets for health and care workers",
         "Partly accepted; 25% discount"],
        ["R6", "Review of electric vehicle charging tariffs",
         "Accepted; report to Cabinet by October 2025"],
    ], widths_cm=[1.3, 8.2, 6.3], align_right_from=None, caption="Table 3: "
       "Responses to Task and Finish Group recommendations")
    p.np("5.2", "Recommendation R5 proposed a 50% discount on season tickets for "
         "NHS and social care staff. A 25% discount is proposed instead, which "
         "officers estimate would cost £11,000 a year; a 50% discount would cost "
         "around £23,000 and would require savings elsewhere.")
    p.heading("6.", "Financial Implications")
    p.np("6.1", "The additional income of £318,000 has been included in the draft "
         "revenue budget for 2025/26. Income from fees and charges is sensitive "
         "to demand and the weather, and the budget includes a contingency of "
         "£150,000 for income shortfalls across all services.")
    p.heading("7.", "Legal Implications")
    p.np("7.1", "The Council may charge for discretionary services under section "
         "93 of the Local Government Act 2003 on a cost-recovery basis. Car park "
         "charges are made under the Road Traffic Regulation Act 1984, and "
         "changes to tariffs require a notice of variation to be published at "
         "least 21 days before they take effect.")
    p.para("")
    p.para("Contact officer: Rachel Oduya, Finance Business Partner, 01632 960 "
           "347, finance@wexcombe.gov.uk", italic=True, size=10)

    # Landscape appendix with the schedule of charges
    p.landscape_section()
    p.title("Appendix A \u2013 Schedule of proposed fees and charges 2025/26",
            size=13, space_after=4)
    p.para("Charges include VAT where shown as Standard (S). O = outside the "
           "scope of VAT. E = exempt.", size=9)
    sched = [
        ["Ref", "Service", "Charge", "Unit", "2024/25 £", "2025/26 £",
         "Change £", "Change %", "VAT"],
        ["GW1", "Garden waste", "Annual subscription", "per bin", "52.00",
         "56.00", "4.00", "7.7%", "O"],
        ["GW2", "Garden waste", "Early payment subscription", "per bin", "50.00",
         "53.00", "3.00", "6.0%", "O"],
        ["CP1", "Car parking", "Abbey Walk multi-storey, up to 1 hour",
         "per stay", "1.40", "1.50", "0.10", "7.1%", "S"],
        ["CP2", "Car parking", "Abbey Walk multi-storey, up to 3 hours",
         "per stay", "3.60", "3.90", "0.30", "8.3%", "S"],
        ["CP3", "Car parking", "Bridge Street short stay, up to 2 hours",
         "per stay", "2.40", "2.60", "0.20", "8.3%", "S"],
        ["CP4", "Car parking", "Long stay, all day", "per day", "6.50", "6.50",
         "0.00", "0.0%", "S"],
        ["CP5", "Car parking", "Annual season ticket", "per year", "690.00",
         "690.00", "0.00", "0.0%", "S"],
        ["BS1", "Bereavement", "Adult cremation (standard)", "each", "895.00",
         "926.00", "31.00", "3.5%", "E"],
        ["BS2", "Bereavement", "Direct cremation (unattended)", "each", "n/a",
         "495.00", "new", "new", "E"],
        ["BS3", "Bereavement", "Purchase of exclusive right of burial",
         "per plot", "1,150.00", "1,170.00", "20.00", "1.7%", "E"],
        ["PA1", "Planning", "Householder pre-application advice", "each",
         "95.00", "95.00", "0.00", "0.0%", "S"],
        ["PA2", "Planning", "Householder fast-track advice (10 days)", "each",
         "n/a", "180.00", "new", "new", "S"],
        ["PA3", "Planning", "Minor development (1 to 9 dwellings)", "each",
         "480.00", "490.00", "10.00", "2.1%", "S"],
        ["LD1", "Wexcombe Lido", "Adult admission", "each", "5.20", "5.50",
         "0.30", "5.8%", "S"],
        ["LD2", "Wexcombe Lido", "Family ticket (2 adults, 2 children)", "each",
         "16.00", "17.00", "1.00", "6.3%", "S"],
        ["LD3", "Wexcombe Lido", "Resident season pass", "per season", "n/a",
         "65.00", "new", "new", "S"],
        ["LC1", "Licensing", "Street trading consent", "per year", "1,020.00",
         "1,040.00", "20.00", "2.0%", "O"],
        ["EH1", "Environmental health", "Food hygiene rating re-visit", "each",
         "220.00", "225.00", "5.00", "2.3%", "O"],
        ["EH2", "Pest control", "Rats and mice (up to 3 visits)", "per "
         "treatment", "78.00", "80.00", "2.00", "2.6%", "S"],
    ]
    p.table(sched, widths_cm=[1.3, 3.6, 8.0, 2.4, 2.3, 2.3, 2.0, 2.0, 1.3],
            font_size=9, align_right_from=4, shade="E2EFD9")
    return p.save("wdc_cabinet_2025-02-05_fees_and_charges_2025-26")


if __name__ == "__main__":
    from common import to_pdf
    to_pdf([housing_allocations(), fees_and_charges()])
