-- A case whose units of a dimension each have one coding, none of them an adjudication, has the same history under
-- majority, all coders and adjudicated: it is now counted once, under the selection 'sole', which the reads of those
-- three add to their own (Selections.storedFor, CaseHistories). Its coders' own histories stay as they were.
-- The histories are counted again from the codings by CaseHistoryBackfill at the service's next start, a page of
-- cases per transaction; until it has finished, reads compute the same figures from the codings, as they did before
-- V80's histories were counted.
TRUNCATE case_history, history_tally;
UPDATE history_tally_state SET complete = NOT EXISTS (SELECT 1 FROM coding) WHERE id = 1;
