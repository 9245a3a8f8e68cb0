-- The cases behind each tally move from an array in the tally row to a row each in tally_case. With the array, every
-- coding rewrote arrays that grew with the data (a group-year with thousands of cases meant rewriting tens of
-- kilobytes per coding), and every read carried every case id. Now a change writes a row per code it touches, a
-- tally keeps only how many cases it has, and reads list the first cases of a figure and page through the rest.
--
-- Code '' stands for the group-year itself: its tally counts the cases behind the whole distribution (a case with
-- several codes counts once there), and its tally_case rows are those cases.
CREATE TABLE tally_case (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    dimension        TEXT    NOT NULL,
    selection        TEXT    NOT NULL,
    grouping         TEXT    NOT NULL,
    group_key        TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    case_id          UUID    NOT NULL,
    year             INTEGER NOT NULL,
    -- case before year: a figure's cases are read in case order, for one year or over a range of years
    PRIMARY KEY (codebook_id, codebook_version, dimension, selection, grouping, group_key, code, case_id, year)
);

INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, group_key, code, case_id, year)
SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, code, unnest(case_ids), year
FROM tally;
INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, group_key, code, case_id, year)
SELECT DISTINCT codebook_id, codebook_version, dimension, selection, grouping, group_key, '', unnest(case_ids), year
FROM tally;

ALTER TABLE tally ADD COLUMN cases INTEGER;
UPDATE tally SET cases = cardinality(case_ids);
ALTER TABLE tally DROP COLUMN case_ids;
-- the group-year's own row: its weight is the sum of its codes' weights, as a change adds and takes it back
INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, weight, cases)
SELECT t.codebook_id, t.codebook_version, t.dimension, t.selection, t.grouping, t.group_key, t.year, '', sum(t.weight),
       (SELECT count(*) FROM tally_case c
        WHERE (c.codebook_id, c.codebook_version, c.dimension, c.selection, c.grouping, c.group_key, c.code, c.year)
              = (t.codebook_id, t.codebook_version, t.dimension, t.selection, t.grouping, t.group_key, '', t.year))
FROM tally t
GROUP BY t.codebook_id, t.codebook_version, t.dimension, t.selection, t.grouping, t.group_key, t.year;
ALTER TABLE tally ALTER COLUMN cases SET NOT NULL;
ALTER TABLE tally ADD CONSTRAINT tally_cases_not_negative CHECK (cases >= 0);
