-- What the source gives for a record, what was added and why: field path -> note (from the seed's files or a
-- writer). Cases keep theirs in their content document.
ALTER TABLE institution ADD COLUMN provenance JSONB NOT NULL DEFAULT '{}';
ALTER TABLE program ADD COLUMN provenance JSONB NOT NULL DEFAULT '{}';

-- A program's place among others: the program it is a phase of (USR phase 2 under USR), the program that
-- succeeded it (COC+ -> COC+R), and the project types and tracks it defines (USR's 萌芽型 / 深耕型, hubs,
-- international connection).
ALTER TABLE program ADD COLUMN parent_code TEXT REFERENCES program (code);
ALTER TABLE program ADD COLUMN successor_code TEXT REFERENCES program (code);
ALTER TABLE program ADD COLUMN categories JSONB NOT NULL DEFAULT '[]';
CREATE INDEX program_parent ON program (parent_code);
-- what a program's years count (CALENDAR, JP_FISCAL, TW_ACADEMIC); COC+ ran FY2015–FY2019
ALTER TABLE program ADD COLUMN start_year_kind TEXT;
ALTER TABLE program ADD COLUMN end_year_kind TEXT;
UPDATE program SET start_year_kind = 'CALENDAR' WHERE start_year IS NOT NULL;
UPDATE program SET end_year_kind = 'CALENDAR' WHERE end_year IS NOT NULL;

-- The sources evidence cites (the seed text, a ministry report, a web page), each with a stable id; evidence
-- names one in its "source" field.
CREATE TABLE source (
    id         TEXT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    kind       TEXT        NOT NULL,
    title      JSONB,
    authors    JSONB       NOT NULL,
    publisher  TEXT,
    issued     INTEGER,
    url        TEXT,
    language   TEXT,
    note       TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
