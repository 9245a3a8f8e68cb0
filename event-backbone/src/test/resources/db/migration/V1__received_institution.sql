CREATE TABLE received_institution (
    event_id TEXT PRIMARY KEY,
    slug     TEXT NOT NULL
);
