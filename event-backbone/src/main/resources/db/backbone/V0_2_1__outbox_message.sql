-- Transactional outbox (event-backbone): written in the transaction of the change, published by the relay.
CREATE TABLE outbox_message (
    id           UUID PRIMARY KEY,
    seq          BIGSERIAL   NOT NULL,
    topic        TEXT        NOT NULL,
    aggregate_id TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    subject      TEXT,
    payload      TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    -- a relay instance that is sending the row holds it until then; an expired claim is free again
    claimed_until TIMESTAMPTZ,
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_message_unpublished ON outbox_message (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_message_published_at ON outbox_message (published_at) WHERE published_at IS NOT NULL;
