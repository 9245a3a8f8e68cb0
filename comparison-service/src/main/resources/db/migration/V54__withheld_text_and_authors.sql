-- What the owning services withhold, learnt from their events, and who wrote codings and codebooks.

-- A sensitive case's text (and the passages its sensitive testimonies cite) is withheld from readers who may not
-- read it (cases-service's rule). Cases learnt before this version are unknown: withheld until their next event.
ALTER TABLE case_projection ADD COLUMN sensitive BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE case_projection ALTER COLUMN sensitive SET DEFAULT false;
-- [{"source": …, "locator": …}] of the case's sensitive testimonies
ALTER TABLE case_projection ADD COLUMN sensitive_passages JSONB NOT NULL DEFAULT '[]';
CREATE INDEX case_projection_sensitive ON case_projection (id) WHERE sensitive;

-- Only public partnerships group cases by phase. Partnerships learnt before this version count as public until their
-- next event, so that the tallies, which counted them, stay in step with the groups.
ALTER TABLE partnership_projection ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT true;

-- A coding's evidence link, which was accepted and dropped before.
ALTER TABLE coding ADD COLUMN evidence_url TEXT;

-- The author as readers who are not admins see them: the API key's label and institution (created_by keeps the key's
-- id, for admins). Unknown for what keys wrote before this version; the seed is the seed.
ALTER TABLE coding ADD COLUMN created_by_name TEXT;
ALTER TABLE coding ADD COLUMN created_by_institution UUID;
UPDATE coding SET created_by_name = created_by WHERE created_by = 'seed';
ALTER TABLE codebook_version ADD COLUMN created_by_name TEXT;
ALTER TABLE codebook_version ADD COLUMN created_by_institution UUID;
UPDATE codebook_version SET created_by_name = created_by WHERE created_by = 'seed';
