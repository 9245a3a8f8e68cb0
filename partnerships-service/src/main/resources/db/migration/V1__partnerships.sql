-- partnerships-service: the institution directory (a projection of cases-service's institution events),
-- partnerships with their members and phase history, and the updates member universities post.

CREATE TABLE institution (
    id         UUID PRIMARY KEY,
    slug       TEXT,
    version    BIGINT      NOT NULL,
    kind       TEXT,
    name       JSONB       NOT NULL,
    country    TEXT,
    deleted    BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ
);
-- not unique: reordered events of a renamed institution may hold a slug twice for a moment
CREATE INDEX institution_slug ON institution (slug);

CREATE TABLE partnership (
    id                     UUID PRIMARY KEY,
    slug                   TEXT UNIQUE,
    version                BIGINT      NOT NULL,
    title                  JSONB       NOT NULL,
    description            JSONB,
    kind                   TEXT        NOT NULL,
    membership             TEXT        NOT NULL,
    themes                 TEXT[]      NOT NULL DEFAULT '{}',
    agreement_start        DATE,
    agreement_end          DATE,
    agreement_status       TEXT,
    agreement_document_url TEXT,
    is_public              BOOLEAN     NOT NULL,
    phase                  TEXT,
    evidence               JSONB       NOT NULL DEFAULT '[]',
    provenance             JSONB,
    deleted                BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX partnership_listing ON partnership (created_at, id) WHERE NOT deleted;
CREATE INDEX partnership_agreement_end ON partnership (agreement_end) WHERE NOT deleted;

CREATE TABLE partnership_member (
    partnership_id UUID NOT NULL REFERENCES partnership (id),
    position       INTEGER NOT NULL,
    institution_id UUID    NOT NULL REFERENCES institution (id),
    country        TEXT,
    role           TEXT    NOT NULL,
    PRIMARY KEY (partnership_id, position),
    -- deferred: replacing the member list rewrites positions row by row
    UNIQUE (partnership_id, institution_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX partnership_member_institution ON partnership_member (institution_id);

CREATE TABLE phase_change (
    id             UUID PRIMARY KEY,
    partnership_id UUID        NOT NULL REFERENCES partnership (id),
    sequence       INTEGER     NOT NULL,
    from_phase     TEXT,
    to_phase       TEXT        NOT NULL,
    changed_on     DATE,
    reason         JSONB,
    evidence       JSONB       NOT NULL DEFAULT '[]',
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (partnership_id, sequence)
);

CREATE TABLE partnership_update (
    id                    UUID PRIMARY KEY,
    partnership_id        UUID        NOT NULL REFERENCES partnership (id),
    author_institution_id UUID        NOT NULL REFERENCES institution (id),
    author_subject        TEXT        NOT NULL,
    version               BIGINT      NOT NULL,
    revision              INTEGER     NOT NULL,
    kind                  TEXT        NOT NULL,
    requested_phase       TEXT,
    occurred_on           DATE        NOT NULL,
    text                  JSONB       NOT NULL,
    direction             TEXT        NOT NULL,
    participants          JSONB       NOT NULL DEFAULT '[]',
    links                 JSONB       NOT NULL DEFAULT '[]',
    status                TEXT        NOT NULL,
    posted_at             TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    withdrawn_at          TIMESTAMPTZ,
    withdrawn_by          TEXT,
    withdrawal_reason     JSONB
);
CREATE INDEX partnership_update_feed ON partnership_update (partnership_id, occurred_on DESC, posted_at DESC, id DESC);
CREATE INDEX partnership_update_all ON partnership_update (occurred_on DESC, posted_at DESC, id DESC);
CREATE INDEX partnership_update_author ON partnership_update (author_institution_id);

-- every revision of an update, the first included: a correction adds a row, nothing is overwritten unrecorded
CREATE TABLE partnership_update_revision (
    update_id       UUID        NOT NULL REFERENCES partnership_update (id),
    revision        INTEGER     NOT NULL,
    kind            TEXT        NOT NULL,
    requested_phase TEXT,
    occurred_on     DATE        NOT NULL,
    text            JSONB       NOT NULL,
    direction       TEXT        NOT NULL,
    participants    JSONB       NOT NULL,
    links           JSONB       NOT NULL,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (update_id, revision)
);
