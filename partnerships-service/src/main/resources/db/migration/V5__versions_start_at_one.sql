-- Versions (and so ETags) start at 1 in every service; records written before started at 0. Moving them up by one
-- keeps every version monotonic for the events already published (consumers ignore versions they have passed).
UPDATE partnership SET version = version + 1;
UPDATE partnership_update SET version = version + 1;
