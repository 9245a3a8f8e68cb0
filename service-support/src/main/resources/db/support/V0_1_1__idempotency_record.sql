-- Shared by every service (service-support): replayable first responses of POSTs with an Idempotency-Key.
CREATE TABLE idempotency_record (
    record_key    TEXT PRIMARY KEY,
    request_hash  TEXT        NOT NULL,
    status        INTEGER     NOT NULL,
    response_body TEXT,
    location      TEXT,
    etag          TEXT,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
