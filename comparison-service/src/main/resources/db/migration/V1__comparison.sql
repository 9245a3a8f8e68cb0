-- comparison-service: codebooks and codings (owned here), projections of cases, institutions and partnerships
-- (learnt from events), the incrementally maintained tallies the comparisons read, and the data version.

-- One row: bumped in the transaction of every change to codings, codebooks or projections, so it names the state
-- every comparison result was computed from (ETags and the result cache are keyed by it).
CREATE TABLE data_version (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    version    BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, now());

CREATE TABLE codebook (
    id             UUID PRIMARY KEY,
    slug           TEXT UNIQUE NOT NULL,
    latest_version INTEGER     NOT NULL
);

-- A codebook version never changes: a change is a new version; codings keep the version they were made under.
CREATE TABLE codebook_version (
    codebook_id UUID        NOT NULL REFERENCES codebook (id),
    version     INTEGER     NOT NULL,
    title       JSONB       NOT NULL,
    dimensions  JSONB       NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (codebook_id, version)
);

CREATE TABLE case_projection (
    id                  UUID PRIMARY KEY,
    slug                TEXT,
    version             BIGINT  NOT NULL,
    country             TEXT,
    lead_institution_id UUID,
    institution_ids     UUID[]  NOT NULL,
    programs            TEXT[]  NOT NULL,
    title               JSONB,
    deleted             BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX case_projection_slug ON case_projection (slug) WHERE slug IS NOT NULL;

CREATE TABLE institution_projection (
    id      UUID PRIMARY KEY,
    slug    TEXT,
    version BIGINT  NOT NULL,
    country TEXT,
    name    JSONB,
    deleted BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX institution_projection_slug ON institution_projection (slug) WHERE slug IS NOT NULL;

CREATE TABLE partnership_projection (
    id         UUID PRIMARY KEY,
    slug       TEXT,
    version    BIGINT  NOT NULL,
    phase      TEXT,
    member_ids UUID[]  NOT NULL,
    deleted    BOOLEAN NOT NULL
);
CREATE INDEX partnership_projection_members ON partnership_projection USING GIN (member_ids);

-- The groups a live case belongs to, per grouping (country, program, institution, partnershipPhase); a deleted
-- case has none, so it leaves every comparison.
CREATE TABLE case_group (
    case_id   UUID NOT NULL REFERENCES case_projection (id),
    grouping  TEXT NOT NULL,
    group_key TEXT NOT NULL,
    PRIMARY KEY (case_id, grouping, group_key)
);
CREATE INDEX case_group_by_group ON case_group (grouping, group_key);

CREATE TABLE coding (
    id               UUID PRIMARY KEY,
    seq              BIGSERIAL   NOT NULL,
    codebook_id      UUID        NOT NULL,
    codebook_version INTEGER     NOT NULL,
    case_id          UUID        NOT NULL REFERENCES case_projection (id),
    year             INTEGER     NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    dimension        TEXT        NOT NULL,
    codes            TEXT[]      NOT NULL,
    coder            TEXT        NOT NULL,
    confidence       DOUBLE PRECISION CHECK (confidence BETWEEN 0 AND 1),
    evidence_source  TEXT,
    evidence_locator TEXT,
    evidence_quote   TEXT,
    note             TEXT,
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (codebook_id, codebook_version) REFERENCES codebook_version (codebook_id, version),
    UNIQUE (codebook_id, codebook_version, case_id, year, dimension, coder)
);
CREATE UNIQUE INDEX coding_seq ON coding (seq);
CREATE INDEX coding_by_dimension ON coding (codebook_id, codebook_version, dimension, case_id, year);
CREATE INDEX coding_by_case ON coding (case_id);

-- Per (codebook version, dimension, coder selection, group, year, code): the summed weight of the case-years
-- carrying the code and the cases behind it. Maintained in the transaction of every coding or grouping change,
-- so distributions and distances read a row per code instead of every coding. Weights are exact decimals, so a
-- tally never depends on the order in which contributions were added and removed.
CREATE TABLE tally (
    codebook_id      UUID           NOT NULL,
    codebook_version INTEGER        NOT NULL,
    dimension        TEXT           NOT NULL,
    selection        TEXT           NOT NULL,
    grouping         TEXT           NOT NULL,
    group_key        TEXT           NOT NULL,
    year             INTEGER        NOT NULL,
    code             TEXT           NOT NULL,
    weight           NUMERIC(24, 12) NOT NULL,
    case_ids         UUID[]         NOT NULL,
    PRIMARY KEY (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code)
);
