-- Read-your-writes across services (event-backbone): every outbox row names the write (one request, or one
-- transaction outside a request) it belongs to, and a consumer counts, per write and topic, the events it has
-- applied, in the transaction of their effect. A consistency token names a write and its events per topic.
ALTER TABLE outbox_message ADD COLUMN write_id UUID;

CREATE TABLE applied_write (
    write_id   UUID        NOT NULL,
    topic      TEXT        NOT NULL,
    events     INTEGER     NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (write_id, topic)
);
CREATE INDEX applied_write_applied_at ON applied_write (applied_at);
