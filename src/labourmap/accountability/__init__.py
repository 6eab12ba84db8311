"""Union accountability: investigations of how unions respond to incidents, coded as CLB's
Trade Union Reform and Accountability report codes them; scorecards, the fourth map, the report.
"""
