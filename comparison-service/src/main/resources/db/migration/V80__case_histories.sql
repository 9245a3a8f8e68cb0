-- Figures over a range of years that count cases rather than case-years (the overview's and the table's number of
-- cases and case-weighted shares, the thesis's change within cases) need each case's units over every year. A case's
-- resolved units on a dimension under a selection in a group, as one text (its history), are kept in case_history;
-- history_tally counts the cases of each distinct history, so those figures are computed once per distinct history
-- instead of once per case. Both are kept in the transaction of every coding change and every regrouping of a case.
CREATE TABLE case_history (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    dimension        TEXT    NOT NULL,
    selection        TEXT    NOT NULL,
    grouping         TEXT    NOT NULL,
    group_key        TEXT    NOT NULL,
    case_id          UUID    NOT NULL,
    history          TEXT    NOT NULL,
    -- a group's cases are listed in case order
    PRIMARY KEY (codebook_id, codebook_version, dimension, selection, grouping, group_key, case_id)
);
CREATE INDEX case_history_of_case ON case_history (case_id);

CREATE TABLE history_tally (
    codebook_id      UUID    NOT NULL,
    codebook_version INTEGER NOT NULL,
    dimension        TEXT    NOT NULL,
    selection        TEXT    NOT NULL,
    grouping         TEXT    NOT NULL,
    group_key        TEXT    NOT NULL,
    history          TEXT    NOT NULL,
    -- a long history does not fit in an index entry; its digest does
    digest           TEXT    NOT NULL GENERATED ALWAYS AS (md5(history)) STORED,
    cases            INTEGER NOT NULL CHECK (cases >= 0),
    PRIMARY KEY (codebook_id, codebook_version, dimension, selection, grouping, group_key, digest)
);

-- Codings stored before the histories existed are not in them until the service has counted every case once
-- (at start, see CaseHistoryBackfill); until then reads compute these figures from the codings themselves.
CREATE TABLE history_tally_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    complete BOOLEAN NOT NULL
);
INSERT INTO history_tally_state (id, complete) SELECT 1, NOT EXISTS (SELECT 1 FROM coding);
