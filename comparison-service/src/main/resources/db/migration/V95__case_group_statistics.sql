-- A group key belongs to one grouping ('JP' only to country), so the two columns are not independent. PostgreSQL
-- multiplied their selectivities and took a country's cases for about a quarter of what they are; at 30,000 cases
-- it then joined a group's codings to the group and sorted all of them for each page of exemplars (about 50 ms),
-- instead of walking coding_by_confidence and stopping at the page's end (about 3 ms). The group's combined
-- frequencies fix the estimate.
CREATE STATISTICS case_group_grouping_key (mcv) ON grouping, group_key FROM case_group;
ANALYZE case_group;
