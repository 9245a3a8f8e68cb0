-- What the batch consumer of the test app applied, how many times, and in which transaction.
CREATE TABLE received_institution_batch (
    event_id       TEXT PRIMARY KEY,
    slug           TEXT    NOT NULL,
    applications   INTEGER NOT NULL DEFAULT 1,
    transaction_id BIGINT  NOT NULL DEFAULT txid_current()
);
