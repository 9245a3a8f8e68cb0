-- API keys of the gateway. The key itself is never stored: only the hex SHA-256 of it. Keys carry 256 random
-- bits, so a fast hash is enough (there is nothing to brute-force, unlike passwords).
CREATE TABLE api_key (
    id                  UUID PRIMARY KEY,
    key_hash            CHAR(64)    NOT NULL UNIQUE,
    label               TEXT        NOT NULL,
    role                TEXT        NOT NULL CHECK (role IN ('partner', 'curator', 'admin')),
    institution_id      UUID,
    requests_per_second INTEGER CHECK (requests_per_second > 0),
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          TEXT        NOT NULL,
    expires_at          TIMESTAMPTZ,
    revoked_at          TIMESTAMPTZ,
    CHECK (role <> 'partner' OR institution_id IS NOT NULL)
);
CREATE INDEX api_key_created ON api_key (created_at, id);
