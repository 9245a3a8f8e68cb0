-- The summary's live cases per country, kept by the database itself so the summary reads a row per country instead
-- of counting every case. Statement-level triggers see a statement's rows at once, so a bulk import pays one upsert
-- per country and statement, whoever writes the projections.
CREATE TABLE live_cases_by_country (
    country TEXT PRIMARY KEY, -- '' for cases without a country
    cases   BIGINT NOT NULL CHECK (cases >= 0)
);
INSERT INTO live_cases_by_country (country, cases)
SELECT coalesce(country, ''), count(*) FROM case_projection WHERE NOT deleted GROUP BY coalesce(country, '');

CREATE FUNCTION count_live_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO live_cases_by_country AS live (country, cases)
        SELECT coalesce(country, ''), count(*) FROM new_rows WHERE NOT deleted GROUP BY coalesce(country, '')
        ON CONFLICT (country) DO UPDATE SET cases = live.cases + EXCLUDED.cases;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE live_cases_by_country AS live SET cases = live.cases - gone.cases
        FROM (SELECT coalesce(country, '') AS country, count(*) AS cases FROM old_rows WHERE NOT deleted
              GROUP BY coalesce(country, '')) AS gone
        WHERE live.country = gone.country;
        DELETE FROM live_cases_by_country WHERE cases = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER live_cases_inserted AFTER INSERT ON case_projection REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_live_cases();
CREATE TRIGGER live_cases_updated AFTER UPDATE ON case_projection REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_live_cases();
CREATE TRIGGER live_cases_deleted AFTER DELETE ON case_projection REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_live_cases();
