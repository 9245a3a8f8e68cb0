-- The label of the API key that wrote a revision, as the gateway signed it (JWT claim "name") at write time:
-- what readers who are not admins are shown of the author instead of the key's id. Older revisions have none,
-- except the seed's.
ALTER TABLE case_revision ADD COLUMN author_name TEXT;
UPDATE case_revision SET author_name = 'seed' WHERE author_subject = 'seed';
