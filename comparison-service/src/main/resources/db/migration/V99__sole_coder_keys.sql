-- Rows that one coder alone gave (each unit coded once, by that coder, none adjudicated) were stored twice: once under
-- 'sole' for majority, all coders and adjudicated, once under the coder's own key. They are now stored once, under
-- 'sole:<coder>', which the reads of those three and of the coder alone add to their own (Selections.storedFor,
-- Selections.storedKeys). 'sole' keeps only what several coders gave, each unit once, beside each coder's own rows.

-- Every coder who ever coded a codebook version, kept by the database itself whoever writes the codings: the reads of
-- majority, all coders and adjudicated look under 'sole:<coder>' for each. It never shrinks; a coder without rows
-- under their key costs a read one index probe.
CREATE TABLE codebook_coder (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    coder            TEXT    NOT NULL,
    PRIMARY KEY (codebook_id, codebook_version, coder)
);
INSERT INTO codebook_coder (codebook_id, codebook_version, coder)
SELECT DISTINCT codebook_id, codebook_version, coder FROM coding WHERE coder <> 'adjudicated';

CREATE FUNCTION note_codebook_coders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO codebook_coder (codebook_id, codebook_version, coder)
    SELECT DISTINCT codebook_id, codebook_version, coder FROM new_rows WHERE coder <> 'adjudicated'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER codebook_coders_noted AFTER INSERT ON coding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_codebook_coders();

-- The unit level: a unit under 'sole' has one coding; its rows there move under its coder's key, and the same rows
-- under the coder's own key go. Weights are the same under both (1/k for each of its k codes).
CREATE TEMPORARY TABLE sole_unit ON COMMIT DROP AS
SELECT codebook_id, codebook_version, dimension, case_id, year, min(coder) AS coder
FROM coding
GROUP BY codebook_id, codebook_version, dimension, case_id, year
HAVING count(*) = 1 AND NOT bool_or(coder = 'adjudicated');

DELETE FROM tally_case c USING sole_unit u
WHERE c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version AND c.dimension = u.dimension
  AND c.case_id = u.case_id AND c.year = u.year AND c.selection = 'coder:' || u.coder;
UPDATE tally_case c SET selection = 'sole:' || u.coder FROM sole_unit u
WHERE c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version AND c.dimension = u.dimension
  AND c.case_id = u.case_id AND c.year = u.year AND c.selection = 'sole';

-- The tallies and profiles of single-coder keys, counted again from the cases behind them: under a coder's key or
-- its 'sole:' key a case-year weighs 1, split evenly over its k codes (1/k rounded to 12 places, as
-- Selections.contribution rounds it; the group-year's own row '' the sum of its k codes').
CREATE TEMPORARY TABLE single_coder_contribution ON COMMIT DROP AS
WITH rows AS (
    SELECT c.codebook_id, c.codebook_version, c.dimension, c.selection, c.grouping, c.group_key, c.year, c.code,
           c.case_id,
           count(*) FILTER (WHERE c.code <> '') OVER (PARTITION BY c.codebook_id, c.codebook_version, c.dimension,
               c.selection, c.grouping, c.group_key, c.year, c.case_id) AS codes
    FROM tally_case c
    WHERE c.selection LIKE 'coder:%' OR c.selection LIKE 'sole:%')
SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, case_id, codes,
       CASE WHEN code = '' THEN codes * round(1.0 / codes, 12) ELSE round(1.0 / codes, 12) END AS weight
FROM rows;

DELETE FROM tally WHERE selection = 'sole' OR selection LIKE 'coder:%';
INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, weight, cases)
SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, sum(weight), count(*)
FROM single_coder_contribution
GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code;

-- A case-year's profile under one coder: its codes in order, each weighing 1/k (V70's rule).
DELETE FROM tally_profile WHERE selection = 'sole' OR selection LIKE 'coder:%';
INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                           weights, cases)
SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights, count(*)
FROM (SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id,
             array_agg(code ORDER BY code COLLATE "C") AS codes,
             array_fill(round(1.0 / count(*), 12), ARRAY [count(*)::int]) AS weights
      FROM single_coder_contribution
      WHERE code <> ''
      GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id) AS profiles
GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights;

-- The case-year level: a case-year whose dimensions each have one coding, all by one coder, none adjudicated.
CREATE TEMPORARY TABLE sole_coder_case_year ON COMMIT DROP AS
SELECT codebook_id, codebook_version, case_id, year, min(coder) AS coder
FROM coding
GROUP BY codebook_id, codebook_version, case_id, year
HAVING count(*) = count(DISTINCT dimension) AND count(DISTINCT coder) = 1 AND NOT bool_or(coder = 'adjudicated');

DELETE FROM configuration_case c USING sole_coder_case_year s
WHERE c.codebook_id = s.codebook_id AND c.codebook_version = s.codebook_version AND c.case_id = s.case_id
  AND c.year = s.year AND c.selection = 'coder:' || s.coder;
UPDATE configuration_case c SET selection = 'sole:' || s.coder FROM sole_coder_case_year s
WHERE c.codebook_id = s.codebook_id AND c.codebook_version = s.codebook_version AND c.case_id = s.case_id
  AND c.year = s.year AND c.selection = 'sole';

DELETE FROM configuration_tally;
INSERT INTO configuration_tally (codebook_id, codebook_version, selection, grouping, group_key, year, configuration,
                                 cases)
SELECT codebook_id, codebook_version, selection, grouping, group_key, year, configuration, count(*)
FROM configuration_case
GROUP BY codebook_id, codebook_version, selection, grouping, group_key, year, configuration;

-- The case level: the histories are counted again from the codings by CaseHistoryBackfill at the service's next
-- start, as after V96; until it has finished, reads compute the same figures from the codings.
TRUNCATE case_history, history_tally;
UPDATE history_tally_state SET complete = NOT EXISTS (SELECT 1 FROM coding) WHERE id = 1;
