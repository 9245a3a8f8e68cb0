-- The truth table from tallies: per (codebook version, selection, group, year) how many cases show each
-- configuration (a case-year's resolved codes on every dimension), and the cases behind each. Group '' / '' holds
-- every live case. A case-year's rows are recomputed in the transaction of each change to its codings or groups.
CREATE TABLE configuration_tally (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    selection        TEXT    NOT NULL,
    grouping         TEXT    NOT NULL,
    group_key        TEXT    NOT NULL,
    year             INTEGER NOT NULL,
    configuration    TEXT    NOT NULL,
    cases            INTEGER NOT NULL CHECK (cases >= 0),
    PRIMARY KEY (codebook_id, codebook_version, selection, grouping, group_key, year, configuration)
);

CREATE TABLE configuration_case (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    selection        TEXT    NOT NULL,
    grouping         TEXT    NOT NULL,
    group_key        TEXT    NOT NULL,
    year             INTEGER NOT NULL,
    configuration    TEXT    NOT NULL,
    case_id          UUID    NOT NULL,
    PRIMARY KEY (codebook_id, codebook_version, selection, grouping, group_key, year, configuration, case_id)
);
CREATE INDEX configuration_case_of_case_year ON configuration_case (case_id, year);

-- Codings stored before these tallies existed are not in them: such a database keeps computing truth tables from
-- the codings themselves.
CREATE TABLE configuration_tally_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    complete BOOLEAN NOT NULL
);
INSERT INTO configuration_tally_state (id, complete) SELECT 1, NOT EXISTS (SELECT 1 FROM coding);
