-- A case-year whose dimensions each have one coding, none of them an adjudication, has the same configuration under
-- majority and adjudicated: it is now counted once, under the selection 'sole', which the reads of both add to their
-- own (Selections.storedFor, Configurations); its coders' own configurations stay as they were. Its majority rows
-- are relabelled, its adjudicated rows dropped, and the tallies counted again from the rows behind them.
CREATE TEMPORARY TABLE sole_case_year ON COMMIT DROP AS
SELECT codebook_id, codebook_version, case_id, year
FROM coding
GROUP BY codebook_id, codebook_version, case_id, year
HAVING count(*) = count(DISTINCT dimension) AND NOT bool_or(coder = 'adjudicated');

DELETE FROM configuration_case c USING sole_case_year s
WHERE c.codebook_id = s.codebook_id AND c.codebook_version = s.codebook_version AND c.case_id = s.case_id
  AND c.year = s.year AND c.selection = 'adjudicated';
UPDATE configuration_case c SET selection = 'sole' FROM sole_case_year s
WHERE c.codebook_id = s.codebook_id AND c.codebook_version = s.codebook_version AND c.case_id = s.case_id
  AND c.year = s.year AND c.selection = 'majority';

DELETE FROM configuration_tally;
INSERT INTO configuration_tally (codebook_id, codebook_version, selection, grouping, group_key, year, configuration,
                                 cases)
SELECT codebook_id, codebook_version, selection, grouping, group_key, year, configuration, count(*)
FROM configuration_case
GROUP BY codebook_id, codebook_version, selection, grouping, group_key, year, configuration;
