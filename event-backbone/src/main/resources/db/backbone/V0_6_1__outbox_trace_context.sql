-- Tracing across Kafka (event-backbone): the W3C trace context of the transaction that wrote an outbox row, so
-- the relay sends the event in that trace (the Kafka headers traceparent/tracestate) however late it sends it.
-- Rows written before this migration, or outside any trace, have none and start a trace of their own.
ALTER TABLE outbox_message ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
