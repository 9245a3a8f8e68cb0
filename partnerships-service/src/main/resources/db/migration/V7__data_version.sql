-- The one-row counter every committed change of partnerships, phases or updates moves on; the change stream
-- (/api/v1/partnerships/changes) announces it.
CREATE TABLE data_version (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    BIGINT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, now());
