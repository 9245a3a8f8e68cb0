-- How many events the batch consumer's handler was handed at once with each event.
ALTER TABLE received_institution_batch ADD COLUMN run_size INTEGER NOT NULL DEFAULT 1;
