-- cases-service: the institution directory, the policy-program registry, cases and their revisions.

CREATE TABLE institution (
    id          UUID PRIMARY KEY,
    slug        TEXT        NOT NULL UNIQUE,
    version     BIGINT      NOT NULL,
    kind        TEXT        NOT NULL,
    name        JSONB       NOT NULL,
    country     TEXT        NOT NULL,
    region      JSONB,
    evidence    JSONB       NOT NULL,
    -- folded names in every language (TextFolding), for the name filter and for case search
    search_name TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    deleted_at  TIMESTAMPTZ
);
CREATE INDEX institution_country ON institution (country) WHERE deleted_at IS NULL;

CREATE TABLE program (
    code                   TEXT PRIMARY KEY,
    version                BIGINT      NOT NULL,
    name                   JSONB       NOT NULL,
    country                TEXT        NOT NULL,
    sponsor_institution_id UUID REFERENCES institution (id),
    start_year             INTEGER,
    end_year               INTEGER,
    evidence               JSONB       NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);

-- A case is kept as one JSON document (content) plus the columns that lists filter and sort on, which are
-- derived from the document on every write.
CREATE TABLE case_record (
    id                  UUID PRIMARY KEY,
    slug                TEXT        NOT NULL UNIQUE,
    version             BIGINT      NOT NULL,
    content             JSONB       NOT NULL,
    country             TEXT        NOT NULL,
    lead_institution_id UUID        NOT NULL REFERENCES institution (id),
    institution_ids     UUID[]      NOT NULL,
    program_codes       TEXT[]      NOT NULL,
    stakeholder_kinds   TEXT[]      NOT NULL,
    sdgs                INTEGER[]   NOT NULL,
    themes              TEXT[]      NOT NULL,
    start_year          INTEGER,
    end_year            INTEGER,
    sensitive           BOOLEAN     NOT NULL,
    search_title        TEXT        NOT NULL,
    search_summary      TEXT        NOT NULL,
    search_other        TEXT        NOT NULL,
    search_region       TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deleted_at          TIMESTAMPTZ
);
CREATE INDEX case_record_country ON case_record (country, slug) WHERE deleted_at IS NULL;
CREATE INDEX case_record_institutions ON case_record USING GIN (institution_ids);
CREATE INDEX case_record_programs ON case_record USING GIN (program_codes);
CREATE INDEX case_record_stakeholder_kinds ON case_record USING GIN (stakeholder_kinds);
CREATE INDEX case_record_sdgs ON case_record USING GIN (sdgs);
CREATE INDEX case_record_themes ON case_record USING GIN (themes);

CREATE TABLE case_revision (
    case_id               UUID        NOT NULL REFERENCES case_record (id),
    version               BIGINT      NOT NULL,
    change                TEXT        NOT NULL,
    content               JSONB       NOT NULL,
    changed_fields        TEXT[]      NOT NULL,
    author_subject        TEXT        NOT NULL,
    author_institution_id UUID,
    changed_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, version)
);
