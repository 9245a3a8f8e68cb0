-- A member named by another institution's key is PENDING until one of its own keys confirms. Members stored
-- before consent existed are kept as CONFIRMED: there is no record of who named them (a curator corrects any).
ALTER TABLE partnership_member ADD COLUMN consent TEXT NOT NULL DEFAULT 'CONFIRMED';
ALTER TABLE partnership_member ALTER COLUMN consent DROP DEFAULT;
