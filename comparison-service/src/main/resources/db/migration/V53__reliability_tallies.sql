-- Reliability (Krippendorff's alpha, pairwise percent agreement) is read from counts per codebook version, dimension
-- and year instead of from every coding, so its cost no longer grows with the number of cases. Only codings of live
-- cases count. Both tables are kept in the transaction of every coding change and of a case's deletion or revival.
-- They hold integers only, so nothing drifts; the divisions happen on reading.

-- A unit (case, year, dimension) coded by m >= 2 coders adds each ordered pair of two of its codings, (first,
-- second), once under pairable = m. The coincidence matrix is the sum of pairs / (m - 1) over m, and m's pairable
-- units are its pairs / (m (m - 1)).
CREATE TABLE reliability_coincidence (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    dimension        TEXT    NOT NULL,
    year             INTEGER NOT NULL,
    pairable         INTEGER NOT NULL CHECK (pairable >= 2),
    first_codes      TEXT[]  NOT NULL,
    second_codes     TEXT[]  NOT NULL,
    pairs            INTEGER NOT NULL CHECK (pairs >= 0),
    PRIMARY KEY (codebook_id, codebook_version, dimension, year, pairable, first_codes, second_codes)
);

-- Each ordered pair of coders who both coded a unit: how many such units, and on how many they gave the same codes.
-- A coder paired with itself counts its own codings, so the coders seen and the number of codings are read here too.
CREATE TABLE reliability_coder_pair (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    dimension        TEXT    NOT NULL,
    year             INTEGER NOT NULL,
    first_coder      TEXT    NOT NULL,
    second_coder     TEXT    NOT NULL,
    units            INTEGER NOT NULL CHECK (units >= 0),
    agreements       INTEGER NOT NULL CHECK (agreements BETWEEN 0 AND units),
    PRIMARY KEY (codebook_id, codebook_version, dimension, year, first_coder, second_coder)
);

WITH live AS (
    SELECT c.codebook_id, c.codebook_version, c.dimension, c.case_id, c.year, c.coder, c.codes,
           count(*) OVER (PARTITION BY c.codebook_id, c.codebook_version, c.dimension, c.case_id, c.year) AS coders
    FROM coding c JOIN case_projection p ON p.id = c.case_id
    WHERE NOT p.deleted)
INSERT INTO reliability_coincidence (codebook_id, codebook_version, dimension, year, pairable, first_codes,
                                     second_codes, pairs)
SELECT a.codebook_id, a.codebook_version, a.dimension, a.year, a.coders, a.codes, b.codes, count(*)
FROM live a JOIN live b USING (codebook_id, codebook_version, dimension, case_id, year)
WHERE a.coder <> b.coder
GROUP BY a.codebook_id, a.codebook_version, a.dimension, a.year, a.coders, a.codes, b.codes;

INSERT INTO reliability_coder_pair (codebook_id, codebook_version, dimension, year, first_coder, second_coder, units,
                                    agreements)
SELECT a.codebook_id, a.codebook_version, a.dimension, a.year, a.coder, b.coder, count(*),
       count(*) FILTER (WHERE a.codes = b.codes)
FROM coding a JOIN coding b USING (codebook_id, codebook_version, dimension, case_id, year)
     JOIN case_projection p ON p.id = a.case_id
WHERE NOT p.deleted
GROUP BY a.codebook_id, a.codebook_version, a.dimension, a.year, a.coder, b.coder;
