"""Small text papers shared by the index and fault tests."""

BEDS = """Community hospital beds

Lutterworth community hospital has 10 rehabilitation beds that will close under the plan.

Market Harborough will gain a single 21 bed ward at St Luke's Hospital.
"""
BUDGET = """Revenue budget

The council tax increase of 4% is proposed for 2017/18.

Officer time on integration is estimated at £875,000 for 2018/19.
"""
MINUTES = """Minutes

The Commission asked about waiting times at the Leicester Royal Infirmary emergency department.
"""
