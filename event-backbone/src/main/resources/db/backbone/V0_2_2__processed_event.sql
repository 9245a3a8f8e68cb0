-- Idempotent consumption (event-backbone): an event id is recorded in the transaction of its effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
