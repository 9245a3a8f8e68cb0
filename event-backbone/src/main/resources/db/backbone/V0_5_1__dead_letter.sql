-- Dead letters (event-backbone): every event a consumer refused for good, kept until an operator replays it (after
-- fixing the cause) or discards it with a reason. A refused event is also sent to its dead-letter topic; this table is
-- what the admin API lists, replays and discards. The record's place in Kafka identifies it, so a poison event
-- delivered again (a consumer restarted before committing its offset) is kept once.
CREATE TABLE dead_letter (
    id               UUID        PRIMARY KEY,
    seq              BIGSERIAL   NOT NULL,
    consumer         TEXT        NOT NULL,
    topic            TEXT        NOT NULL,
    kafka_partition  INTEGER     NOT NULL,
    kafka_offset     BIGINT      NOT NULL,
    record_key       TEXT,
    event_id         TEXT,
    event_type       TEXT,
    event_time       TEXT,
    -- every header of the record (name → last value), so a replay sees the event as it arrived
    headers          JSONB       NOT NULL,
    payload          TEXT,
    reason           TEXT        NOT NULL,
    dead_lettered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    state            TEXT        NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'replayed', 'discarded')),
    replays          INTEGER     NOT NULL DEFAULT 0,
    settled_at       TIMESTAMPTZ,
    settled_by       TEXT,
    discard_reason   TEXT,
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
CREATE UNIQUE INDEX dead_letter_seq ON dead_letter (seq);
CREATE INDEX dead_letter_waiting ON dead_letter (topic, seq) WHERE state = 'waiting';
