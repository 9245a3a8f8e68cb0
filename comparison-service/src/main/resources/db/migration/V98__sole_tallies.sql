-- A unit (a case-year of one dimension) with one coding, not an adjudication, contributes alike to majority, all
-- coders and adjudicated: each of its k codes weighs 1/k under all three. Its contributions to the tallies, the cases
-- behind them and the case profiles are now stored once, under the selection 'sole', which the reads of those three
-- add to their own (Selections.storedSides, TallyRepository, ProfileTallyRepository); its coder's own rows stay as
-- they were. Only a unit's rows under majority are read to find what moves, so the migration is a no-op once applied.
CREATE TEMPORARY TABLE sole_unit ON COMMIT DROP AS
SELECT codebook_id, codebook_version, dimension, case_id, year
FROM coding
GROUP BY codebook_id, codebook_version, dimension, case_id, year
HAVING count(*) = 1 AND NOT bool_or(coder = 'adjudicated');

-- Each row the units have under majority in each of their groups, with the weight Selections.contribution gave it:
-- 1/k rounded to 12 places for a code, the sum of its k codes' for the group-year's own row ('').
CREATE TEMPORARY TABLE sole_contribution ON COMMIT DROP AS
WITH moved AS (
    SELECT c.codebook_id, c.codebook_version, c.dimension, c.grouping, c.group_key, c.year, c.code, c.case_id,
           count(*) FILTER (WHERE c.code <> '') OVER (PARTITION BY c.codebook_id, c.codebook_version, c.dimension,
               c.grouping, c.group_key, c.year, c.case_id) AS codes
    FROM tally_case c
         JOIN sole_unit u ON u.codebook_id = c.codebook_id AND u.codebook_version = c.codebook_version
          AND u.dimension = c.dimension AND u.case_id = c.case_id AND u.year = c.year
    WHERE c.selection = 'majority')
SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, code, case_id, codes,
       CASE WHEN code = '' THEN codes * round(1.0 / codes, 12) ELSE round(1.0 / codes, 12) END AS weight
FROM moved;

CREATE TEMPORARY TABLE sole_tally ON COMMIT DROP AS
SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, code, sum(weight) AS weight,
       count(*) AS cases
FROM sole_contribution
GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, code;

-- A unit's profile: its codes in order, each weighing 1/k (V70's rule for a selection resolving a unit to one code set).
CREATE TEMPORARY TABLE sole_profile ON COMMIT DROP AS
WITH profiles AS (
    SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, case_id,
           array_agg(code ORDER BY code COLLATE "C") AS codes,
           array_fill(round(1.0 / count(*), 12), ARRAY [count(*)::int]) AS weights
    FROM sole_contribution
    WHERE code <> ''
    GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, case_id)
SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, codes, weights, count(*) AS cases
FROM profiles
GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, codes, weights;

UPDATE tally t SET weight = t.weight - m.weight, cases = t.cases - m.cases
FROM sole_tally m, unnest(ARRAY ['majority', 'all', 'adjudicated']) AS shared(selection)
WHERE t.codebook_id = m.codebook_id AND t.codebook_version = m.codebook_version AND t.dimension = m.dimension
  AND t.selection = shared.selection AND t.grouping = m.grouping AND t.group_key = m.group_key AND t.year = m.year
  AND t.code = m.code;
INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, weight, cases)
SELECT codebook_id, codebook_version, dimension, 'sole', grouping, group_key, year, code, weight, cases
FROM sole_tally
ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code)
DO UPDATE SET weight = tally.weight + EXCLUDED.weight, cases = tally.cases + EXCLUDED.cases;
DELETE FROM tally WHERE selection IN ('majority', 'all', 'adjudicated') AND cases = 0;

UPDATE tally_profile p SET cases = p.cases - m.cases
FROM sole_profile m, unnest(ARRAY ['majority', 'all', 'adjudicated']) AS shared(selection)
WHERE p.codebook_id = m.codebook_id AND p.codebook_version = m.codebook_version AND p.dimension = m.dimension
  AND p.selection = shared.selection AND p.grouping = m.grouping AND p.group_key = m.group_key AND p.year = m.year
  AND p.codes = m.codes AND p.weights = m.weights;
INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                           weights, cases)
SELECT codebook_id, codebook_version, dimension, 'sole', grouping, group_key, year, codes, weights, cases
FROM sole_profile
ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights)
DO UPDATE SET cases = tally_profile.cases + EXCLUDED.cases;
DELETE FROM tally_profile WHERE selection IN ('majority', 'all', 'adjudicated') AND cases = 0;

DELETE FROM tally_case c USING sole_unit u
WHERE c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version AND c.dimension = u.dimension
  AND c.case_id = u.case_id AND c.year = u.year AND c.selection IN ('all', 'adjudicated');
UPDATE tally_case c SET selection = 'sole' FROM sole_unit u
WHERE c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version AND c.dimension = u.dimension
  AND c.case_id = u.case_id AND c.year = u.year AND c.selection = 'majority';
