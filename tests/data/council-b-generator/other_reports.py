"""Overview and Scrutiny task group report (front sheet as a borderless
table without bold labels) and a Planning Committee application report."""
from common import Paper, COUNCIL


def scrutiny_car_parking():
    p = Paper("OSC 21.01.25 \u2013 Item 6", "", COUNCIL + " \u2013 Overview and "
              "Scrutiny")
    p.title("WEXCOMBE DISTRICT COUNCIL", size=12, align="center", space_after=2)
    p.title("OVERVIEW AND SCRUTINY COMMITTEE", size=12, align="center",
            space_after=14)
    p.table([
        ["Date of meeting", "21 January 2025"],
        ["Title of report", "Car Parking Task and Finish Group \u2013 Final Report"],
        ["Lead Member", "Cllr Tamsin Greaves, Chair of the Task and Finish Group"],
        ["Lead officer", "Tom Haskins, Scrutiny Officer"],
        ["Purpose", "To agree the findings of the Task and Finish Group and refer "
         "its recommendations to Cabinet"],
        ["Ward(s)", "Abbey; Wexcombe Castle; Pellford North; Pellford South; "
         "Sallowbridge and Hatherwick"],
    ], header_rows=0, borders=False, align_right_from=None,
        widths_cm=[4.2, 12.0], font_size=11)
    p.heading("1.", "Introduction")
    p.np("1.1", "At its meeting on 11 June 2024 the Overview and Scrutiny Committee "
         "agreed to set up a Task and Finish Group to review the Council's "
         "off-street car parking, in response to concerns raised by traders in "
         "Pellford and Sallowbridge about the effect of parking charges on town "
         "centre footfall, and ahead of the annual review of fees and charges.")
    p.np("1.2", "The Group's terms of reference were to examine the use of the "
         "Council's 14 pay and display car parks; to consider the level and "
         "structure of charges; to assess the effect of the free after 3pm "
         "scheme in Pellford; and to make recommendations to Cabinet.")
    p.np("1.3", "The members of the Group were Cllr Tamsin Greaves (Chair), Cllr "
         "Owen Pritchard, Cllr Lorraine Beddow, Cllr Farid Choudhury and Cllr "
         "Gillian Marsh-Terry. The Group met seven times between July and "
         "December 2024.")
    p.heading("2.", "Recommendation to the Committee")
    p.np("2.1", "That the Committee endorses the findings of the Task and Finish "
         "Group and refers recommendations R1 to R6 in section 6 to Cabinet for "
         "consideration on 5 February 2025.")
    p.heading("3.", "How the Group gathered evidence")
    p.np("3.1", "The Group received written and oral evidence from the Head of "
         "Environmental Services, the Car Parks Manager and the Finance Business "
         "Partner. It heard from representatives of the Pellford Chamber of Trade, "
         "the Sallowbridge Traders' Association and Wexcombe Community Hospital, "
         "whose staff use the Castle Street car park.")
    p.np("3.2", "An online survey was open from 2 September to 13 October 2024 and "
         "received 1,184 responses from residents and 96 responses from "
         "businesses. Members also carried out unannounced visits to nine car "
         "parks on weekdays and Saturdays during October to observe occupancy and "
         "the condition of pay machines.")
    p.heading("4.", "Use of the Council's car parks")
    p.np("4.1", "The Council manages 2,163 off-street spaces across the district. "
         "Gross income from car parking was £2.31m in 2023/24, against "
         "operating costs of £1.12m including business rates, enforcement, "
         "cleaning and maintenance. Table 1 shows average occupancy at the five "
         "busiest car parks during the survey period.")
    p.table([
        ["Car park", "Spaces", "Weekday occupancy", "Saturday occupancy"],
        ["Abbey Walk multi-storey, Wexcombe", "412", "64%", "88%"],
        ["Bridge Street, Wexcombe", "96", "91%", "97%"],
        ["Station Road, Pellford", "140", "56%", "71%"],
        ["The Quay, Sallowbridge", "78", "48%", "83%"],
        ["Castle Street, Wexcombe", "188", "79%", "62%"],
    ], widths_cm=[7.4, 2.2, 3.3, 3.3], caption="Table 1: Average occupancy, "
       "October 2024")
    p.np("4.2", "Bridge Street is close to capacity for most of the day, while "
         "Abbey Walk has spare capacity on weekdays. The Group considered that "
         "signage directing drivers to Abbey Walk, and a price difference "
         "between the two sites, would help to spread demand.")
    p.heading("5.", "Findings")
    p.np("5.1", "**Free after 3pm in Pellford.** The scheme was introduced in "
         "April 2023. Footfall counters on Market Street show that visits "
         "between 3pm and 6pm rose by 14% in the first year, compared with 4% "
         "across the whole day. Traders told the Group that the scheme had made "
         "a real difference to late afternoon trade, particularly for "
         "independent food shops.")
    p.np("5.2", "**Payment methods.** Only 9 of the Council's 31 pay machines "
         "accept contactless card payment. In the survey, 58% of residents said "
         "they had been unable to pay at a machine at least once in the last year "
         "because they did not have coins, and many older residents said they "
         "found the phone payment app difficult to use.")
    p.np("5.3", "**Level of charges.** Most survey respondents accepted that "
         "charges need to rise with costs, but 66% of businesses said a rise of "
         "more than 10p an hour would deter shoppers. Charges in Wexcombe are "
         "lower than in neighbouring Kingsmere, where an hour costs £2.00.")
    p.np("5.4", "**Sunday charging.** Parking is free on Sundays in all Council "
         "car parks. Officers estimated that a flat £1 Sunday charge would raise "
         "about £85,000 a year. The Group heard strong opposition from churches, "
         "sports clubs and traders, and did not support the idea.")
    p.np("5.5", "**Health and care workers.** Staff at Wexcombe Community "
         "Hospital and domiciliary care workers told the Group that the cost of "
         "season tickets was a burden on low-paid staff who have no alternative "
         "to driving.")
    p.heading("6.", "Recommendations to Cabinet")
    p.np("6.1", "The Group recommends that Cabinet:")
    p.item("R1", "retains free parking after 3pm in Pellford car parks for at "
           "least a further year and evaluates it again in 2026;")
    p.item("R2", "upgrades or replaces all pay machines so that every machine "
           "accepts contactless payment by September 2025;")
    p.item("R3", "limits any increase in short-stay tariffs for 2025/26 to no "
           "more than 10p per hour;")
    p.item("R4", "does not introduce charging on Sundays;")
    p.item("R5", "introduces a 50% discount on season tickets for NHS and social "
           "care staff working in the district;")
    p.item("R6", "reviews the tariffs for the Council's 24 electric vehicle "
           "charging points, which have not changed since 2021.")
    p.heading("7.", "Financial implications")
    p.np("7.1", "The Finance Business Partner has advised that recommendation R2 "
         "would cost approximately £46,000 in capital, and that R5 would reduce "
         "income by around £23,000 a year. R4 would forgo potential income of "
         "£85,000 a year, which is not currently in the budget.")
    p.para("")
    p.para("Background papers: Task and Finish Group notes of meetings (July to "
           "December 2024); car park survey results 2024.", size=10)
    p.para("Contact: Tom Haskins, Scrutiny Officer, 01632 960 275, "
           "scrutiny@wexcombe.gov.uk", size=10)
    return p.save("wdc_scrutiny_2025-01-21_car_parking_task_group")


def planning_pellford_mill():
    p = Paper("24/01187/FUL", "Planning Committee 29 January 2025",
              COUNCIL + " \u2013 Development Management")
    p.title("PLANNING COMMITTEE", size=14, space_after=0)
    p.para("29 January 2025", space_after=2)
    p.para("Report of the Head of Planning Services", space_after=12)
    p.table([
        ["Application number:", "24/01187/FUL"],
        ["Site address:", "Pellford Mill, Mill Lane, Pellford WX7 3HQ"],
        ["Proposal:", "Conversion of the Grade II listed mill building to 24 "
         "apartments, erection of 14 dwellings, new vehicular access from Mill "
         "Lane, car parking, landscaping and riverside footpath"],
        ["Applicant:", "Tenterfield Homes Ltd"],
        ["Agent:", "Corbel Planning LLP"],
        ["Ward:", "Pellford South"],
        ["Parish:", "Pellford Town Council"],
        ["Case officer:", "Priya Nandakumar, Principal Planning Officer"],
        ["Date valid:", "14 August 2024"],
        ["Target date:", "13 November 2024 (extension of time agreed to "
         "14 February 2025)"],
        ["Reason for referral:", "Major application; objection from Pellford "
         "Town Council contrary to the officer recommendation"],
    ], header_rows=0, borders=False, align_right_from=None,
        widths_cm=[4.2, 12.0], font_size=10.5)
    p.para("RECOMMENDATION: That planning permission be GRANTED subject to the "
           "completion of a Section 106 agreement and the conditions set out in "
           "section 10 of this report.", bold=True, space_after=10)
    p.heading("1.", "Site Description")
    p.np("1.1", "Pellford Mill stands on the west bank of the River Quenn at the "
         "southern edge of Pellford, about 400 metres from the Market Place. The "
         "site extends to 1.9 hectares and comprises the four-storey mill "
         "building, a detached former engine house with a brick chimney, a group "
         "of single-storey sheds of the late twentieth century, and an area of "
         "hardstanding formerly used for lorry parking.")
    p.np("1.2", "The mill was built in 1839 as a water-powered woollen mill and was "
         "converted to steam power in about 1870. It was used for the manufacture "
         "of felt until 1987 and has been vacant since the last tenant, a "
         "furniture storage business, left in 2011. The mill and the engine house "
         "chimney were listed at Grade II in 1984. The building is on the "
         "Council's Heritage at Risk register because of water penetration through "
         "the roof and the failure of several cast iron window frames.")
    p.np("1.3", "Mill Lane is a narrow unclassified road without footways for much "
         "of its length. To the north of the site are the rear gardens of houses "
         "on Tanners Row; to the south and west is open farmland. The eastern "
         "part of the site, next to the river, lies within Flood Zone 2 and a "
         "small area along the bank lies within Flood Zone 3. The site lies within "
         "the Pellford Conservation Area.")
    p.heading("2.", "The Proposal")
    p.np("2.1", "The mill would be converted into 24 apartments (10 one-bedroom, "
         "12 two-bedroom and 2 three-bedroom), retaining the cast iron columns and "
         "timber floors and reinstating the original window pattern. The engine "
         "house would be repaired and used as a residents' gym and bicycle store. "
         "The late twentieth century sheds would be demolished.")
    p.np("2.2", "Fourteen two-storey houses would be built on the former lorry "
         "park in two short terraces facing a new lane, using brick and slate to "
         "reflect the mill. The scheme would provide 38 homes in total, of which "
         "11 (29%) would be affordable, comprising 7 for social rent and 4 for "
         "shared ownership. A new public footpath along the river bank would "
         "connect Mill Lane to the existing public right of way at Quenn Meadows.")
    p.heading("3.", "Relevant Planning History")
    p.np("3.1", "11/00432/LBC \u2013 Listed building consent for temporary roof "
         "repairs \u2013 granted June 2011. 19/00988/FUL \u2013 Conversion of the "
         "mill to 30 apartments and erection of 20 dwellings \u2013 withdrawn "
         "March 2020. A linked application for listed building consent, "
         "24/01188/LBC, is also on this agenda.")
    p.heading("4.", "Consultation Responses")
    p.np("4.1", "**Pellford Town Council** objects to the application on the grounds "
         "of the additional traffic on Mill Lane, the lack of a footway to the "
         "town centre, and the risk of flooding. The Town Council also considers "
         "that the proportion of affordable housing is too low.")
    p.np("4.2", "**Historic England** welcomes the repair and reuse of the listed "
         "mill, which it describes as one of the best surviving examples of an "
         "early Victorian woollen mill in the region, and raises no objection "
         "subject to conditions requiring detailed drawings of windows, roof "
         "repairs and the treatment of the internal structure.")
    p.np("4.3", "**Environment Agency** has no objection subject to the finished "
         "floor levels of the new dwellings being set no lower than 24.60 metres "
         "above Ordnance Datum and no habitable rooms being provided at ground "
         "floor level in the part of the mill within Flood Zone 3.")
    p.np("4.4", "**Ravensmoor County Council (Highways)** has no objection subject "
         "to the widening of Mill Lane to 4.8 metres over a length of 85 metres "
         "north of the site entrance, a new footway linking to Tanners Row, and "
         "a contribution of £35,000 towards improvements to the Mill Lane and "
         "Bridge Street junction.")
    p.np("4.5", "**Ravensmoor County Council (Education)** requests a contribution "
         "of £186,400 towards additional places at Pellford Primary School and "
         "Quenn Valley Academy.")
    p.np("4.6", "**Council's Ecologist** notes that the bat survey found a "
         "maternity roost of common pipistrelle bats in the engine house and day "
         "roosts of brown long-eared bats in the mill roof. A Natural England "
         "licence will be required. The scheme achieves a biodiversity net gain "
         "of 10.4% on site, meeting the statutory requirement.")
    p.heading("5.", "Representations")
    p.np("5.1", "The application was advertised by site notice, press notice and "
         "letters to 62 neighbouring properties. A total of 53 representations "
         "have been received: 47 objecting and 6 in support.")
    p.np("5.2", "The objections raise the following matters: traffic and highway "
         "safety on Mill Lane, particularly for children walking to Pellford "
         "Primary School; flooding; overlooking of gardens on Tanners Row; loss "
         "of views across the river; pressure on the local doctors' surgery; and "
         "noise and disruption during construction. The supporters welcome the "
         "rescue of the mill and the new riverside footpath.")
    p.heading("6.", "Planning Policy")
    p.np("6.1", "The development plan comprises the Wexcombe Local Plan 2018\u20132036 "
         "and the Pellford Neighbourhood Plan (made 2021). The most relevant "
         "policies are: SP1 (Spatial strategy), SP4 (Housing delivery), H3 "
         "(Affordable housing), EN6 (Historic environment), EN9 (Flood risk), "
         "T2 (Sustainable transport) and Neighbourhood Plan policies PNP2 "
         "(Pellford Mill) and PNP7 (Riverside access). The National Planning "
         "Policy Framework (December 2024) is a material consideration.")
    p.heading("7.", "Assessment")
    p.np("7.1", "**Principle of development.** Policy PNP2 of the Neighbourhood Plan "
         "supports the conversion of Pellford Mill to residential or mixed use "
         "provided that the building is repaired and its special interest is "
         "preserved. The site is within the settlement boundary of Pellford. "
         "The principle of development is therefore acceptable.")
    p.np("7.2", "**Heritage.** The mill has been empty for over thirteen years and "
         "its condition is deteriorating. The conversion would secure its "
         "long-term future. Some harm would be caused by the new openings in the "
         "north elevation and the subdivision of the upper floors, but officers "
         "consider this to be less than substantial harm at the lower end of the "
         "scale, clearly outweighed by the public benefit of bringing the "
         "building back into use.")
    p.np("7.3", "**Affordable housing.** Policy H3 requires 30% affordable housing "
         "on sites of ten or more homes. The applicant's viability assessment, "
         "reviewed independently for the Council by Marwood Valuation, shows "
         "that the cost of repairing the listed building means that 30% cannot "
         "be delivered viably. The 29% offered (11 homes) is the maximum that "
         "the scheme can support and is acceptable, subject to a late-stage "
         "viability review in the Section 106 agreement.")
    p.np("7.4", "**Flood risk.** All of the new houses are in Flood Zone 1. The "
         "parts of the mill in Flood Zones 2 and 3 would contain only the "
         "entrance lobby, bin and cycle stores and car parking, with no "
         "habitable rooms at ground floor. A safe dry access route to Tanners "
         "Row would be provided. The sequential test is passed, because the "
         "conversion of the listed building can only take place on this site.")
    p.np("7.5", "**Highways.** The County Council is satisfied that, with the "
         "widening of Mill Lane and the new footway, the development would not "
         "have an unacceptable impact on highway safety. The scheme provides 61 "
         "parking spaces, including 8 for visitors, and 38 electric vehicle "
         "charging points.")
    p.np("7.6", "**Residential amenity.** The nearest new house would be 24 metres "
         "from the rear of the houses on Tanners Row, which exceeds the 21 metre "
         "separation distance in the Council's Residential Design Guide. "
         "Windows at first floor in the rear of plots 1 to 4 would be obscure "
         "glazed.")
    p.heading("8.", "Section 106 Agreement")
    p.np("8.1", "The agreement would secure: 11 affordable homes (7 social rent, 4 "
         "shared ownership); an education contribution of £186,400; a highways "
         "contribution of £35,000; £42,750 towards play and open space at Quenn "
         "Meadows; the provision and public adoption of the riverside footpath; "
         "a late-stage viability review; and a requirement that the mill "
         "conversion is completed before the eighth new house is occupied.")
    p.heading("9.", "Conclusion")
    p.np("9.1", "The proposal would secure the future of an important listed "
         "building at risk and deliver 38 homes, including affordable housing, "
         "in a sustainable location. Flood risk, highway and amenity impacts can "
         "be addressed by conditions and obligations. The application is "
         "recommended for approval.")
    p.heading("10.", "Recommended Conditions")
    conds = [
        "The development hereby permitted shall begin before the expiration of "
        "three years from the date of this permission.",
        "The development shall be carried out in accordance with the approved "
        "plans listed in the schedule attached to this decision.",
        "No development above slab level shall take place until samples of the "
        "brick, slate and window frames have been submitted to and approved in "
        "writing by the Local Planning Authority.",
        "No works to the mill shall take place until 1:5 scale drawings of all "
        "new and replacement windows have been approved in writing.",
        "The finished floor levels of the new dwellings shall be set no lower "
        "than 24.60 metres above Ordnance Datum.",
        "No habitable rooms shall be provided at ground floor level within the "
        "part of the mill in Flood Zone 3.",
        "No dwelling shall be occupied until the widening of Mill Lane and the "
        "footway to Tanners Row have been completed.",
        "A Construction Environmental Management Plan shall be approved before "
        "any works begin, including hours of working and routes for "
        "construction vehicles.",
        "Construction work shall take place only between 08:00 and 18:00 on "
        "Mondays to Fridays and 08:00 and 13:00 on Saturdays, and not at all on "
        "Sundays or bank holidays.",
        "No works to the engine house shall take place until a Natural England "
        "bat mitigation licence has been obtained.",
        "The development shall deliver a biodiversity net gain of not less than "
        "10%, in accordance with the approved Biodiversity Gain Plan.",
        "The first floor rear windows of plots 1 to 4 shall be obscure glazed "
        "and fixed shut below 1.7 metres above floor level.",
        "Each dwelling shall be provided with an electric vehicle charging "
        "point before it is first occupied.",
        "A programme of archaeological and historic building recording shall be "
        "carried out before works to the mill begin.",
    ]
    for i, c in enumerate(conds, 1):
        p.np(f"{i}.", c, indent_cm=1.0)
    p.para("")
    p.para("Background papers: application 24/01187/FUL and associated documents, "
           "available on the Council's planning register.", size=10)
    return p.save("wdc_planning_2025-01-29_24-01187-ful_pellford_mill")


if __name__ == "__main__":
    from common import to_pdf
    to_pdf([scrutiny_car_parking(), planning_pellford_mill()])
