-- The distance's bootstrap resamples cases, but a case only matters to it through its weight per code in that year
-- (its profile). tally_profile counts, per tally (selection, group) and year, the cases of each profile, so the
-- distance reads a few rows per group-year instead of every coding. A profile is its codes, sorted, and each code's
-- summed weight, rounded to the tally weights' 12 places; it is kept in the transaction of every coding change and every move of
-- a case between groups, like the tallies.
CREATE TABLE tally_profile (
    codebook_id      UUID              NOT NULL,
    codebook_version INTEGER           NOT NULL,
    dimension        TEXT              NOT NULL,
    selection        TEXT              NOT NULL,
    grouping         TEXT              NOT NULL,
    group_key        TEXT              NOT NULL,
    year             INTEGER           NOT NULL,
    codes            TEXT[]            NOT NULL,
    weights          NUMERIC(24, 12)[] NOT NULL,
    cases            INTEGER           NOT NULL CHECK (cases >= 0),
    PRIMARY KEY (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights)
);

-- Every selection but 'all' resolves a case-year to one code set, each of its k codes weighing 1/k: its codes are
-- the case-year's tally cases.
WITH resolved AS (
    SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id,
           array_agg(code ORDER BY code COLLATE "C") AS codes
    FROM tally_case
    WHERE code <> '' AND selection <> 'all'
    GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id)
INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                           weights, cases)
SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
       array_fill(round(1.0 / cardinality(codes), 12), ARRAY [cardinality(codes)]), count(*)
FROM resolved
GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes;

-- Under 'all' each of a case-year's c codings (adjudications left out) weighs 1/c, spread over its codes; a code's
-- weight is summed, then rounded.
WITH units AS (
    SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, case_id
    FROM tally_case
    WHERE selection = 'all' AND code = ''),
     codings AS (
         SELECT u.codebook_id, u.codebook_version, u.dimension, u.grouping, u.group_key, u.year, u.case_id,
                c.codes AS coded,
                count(*) OVER (PARTITION BY u.codebook_id, u.codebook_version, u.dimension, u.grouping, u.group_key,
                    u.year, u.case_id) AS coders
         FROM units u
                  JOIN coding c ON c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version
             AND c.dimension = u.dimension AND c.case_id = u.case_id AND c.year = u.year
         WHERE c.coder <> 'adjudicated'),
     weighted AS (
         SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, case_id, code,
                round(sum(1.0 / (coders * cardinality(coded))), 12) AS weight
         FROM codings, unnest(coded) AS code
         GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, case_id, code),
     profiles AS (
         SELECT codebook_id, codebook_version, dimension, grouping, group_key, year, case_id,
                array_agg(code ORDER BY code COLLATE "C") AS codes,
                array_agg(weight ORDER BY code COLLATE "C") AS weights
         FROM weighted
         GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, case_id)
INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                           weights, cases)
SELECT codebook_id, codebook_version, dimension, 'all', grouping, group_key, year, codes, weights, count(*)
FROM profiles
GROUP BY codebook_id, codebook_version, dimension, grouping, group_key, year, codes, weights;
