-- Grouping by partnership phase follows the phase in force in each year.
--
-- The phase history of each partnership, a row per change as its partnership.phase-changed.v1 events tell it.
-- Histories whose events were read before this table existed start with the next change; until then the
-- partnership's current phase stands for every year, as it did.
CREATE TABLE partnership_phase_change (
    partnership_id UUID    NOT NULL,
    sequence       INTEGER NOT NULL,
    from_phase     TEXT,
    to_phase       TEXT    NOT NULL,
    changed_on     DATE,
    PRIMARY KEY (partnership_id, sequence)
);

-- A case belongs to a group in a run of years: every year (the defaults) for its country, programs and
-- institutions, the years a phase was in force for a partnership phase, possibly in several runs.
ALTER TABLE case_group ADD COLUMN first_year INTEGER NOT NULL DEFAULT 1900;
ALTER TABLE case_group ADD COLUMN last_year INTEGER NOT NULL DEFAULT 2100;
ALTER TABLE case_group ADD CONSTRAINT case_group_years CHECK (first_year <= last_year);
ALTER TABLE case_group DROP CONSTRAINT case_group_pkey;
ALTER TABLE case_group ADD PRIMARY KEY (case_id, grouping, group_key, first_year);
