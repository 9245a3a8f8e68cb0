-- An adjudicated coding (coder 'adjudicated', one per unit) settles a disagreement between coders: settles names the
-- codings of the unit it resolves; its author and time are created_by and created_at.
ALTER TABLE coding ADD COLUMN settles UUID[];
ALTER TABLE coding ADD CONSTRAINT coding_settles_only_adjudicated CHECK (settles IS NULL OR coder = 'adjudicated');

-- The tallies of the selection 'adjudicated' (the adjudicated coding where there is one, else the majority): none is
-- adjudicated yet, so they start as copies of the majority's.
INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, weight, cases)
SELECT codebook_id, codebook_version, dimension, 'adjudicated', grouping, group_key, year, code, weight, cases
FROM tally WHERE selection = 'majority'
ON CONFLICT DO NOTHING;
INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, group_key, code, case_id, year)
SELECT codebook_id, codebook_version, dimension, 'adjudicated', grouping, group_key, code, case_id, year
FROM tally_case WHERE selection = 'majority'
ON CONFLICT DO NOTHING;
