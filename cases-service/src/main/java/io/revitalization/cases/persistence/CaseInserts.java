package io.revitalization.cases.persistence;

import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.CaseRevision;
import io.revitalization.support.persistence.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * New cases and their first revisions written as JDBC batches on the transaction's connection (multi-row INSERTs
 * with the driver's {@code reWriteBatchedInserts}), the rows exactly as Hibernate writes the entities: a bulk
 * import spares the entities' bookkeeping and writes each content's JSON once for the record and its revision.
 * The records are not managed afterwards; nothing of the import reads them again in its transaction.
 */
@ApplicationScoped
public class CaseInserts {
    private static final String INSERT_RECORD = "INSERT INTO case_record (id, slug, version, content, country, "
            + "lead_institution_id, institution_ids, program_codes, stakeholder_kinds, sdgs, themes, start_year, "
            + "end_year, sensitive, search_title, search_summary, search_other, search_region, search_reading, "
            + "created_at, updated_at, deleted_at) "
            + "VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REVISION = "INSERT INTO case_revision (case_id, version, change, content, "
            + "changed_fields, author_subject, author_name, author_institution_id, changed_at) "
            + "VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)";

    private final EntityManager entities;

    public CaseInserts(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * In the caller's transaction. Each revision's content is the content of its record (one object), so it is
     * written to JSON once.
     */
    public void insert(List<CaseRecord> records, List<CaseRevision> revisions) {
        if (records.isEmpty() && revisions.isEmpty()) {
            return;
        }
        Map<Object, String> json = new IdentityHashMap<>();
        entities.unwrap(Session.class).doWork(connection -> {
            insertRecords(connection, records, json);
            insertRevisions(connection, revisions, json);
        });
    }

    private static void insertRecords(Connection connection, List<CaseRecord> records, Map<Object, String> json)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORD)) {
            for (CaseRecord record : records) {
                int i = 0;
                insert.setObject(++i, record.id);
                insert.setString(++i, record.slug);
                insert.setLong(++i, record.version);
                insert.setString(++i, json.computeIfAbsent(record.content, JsonDocuments::write));
                insert.setString(++i, record.country);
                insert.setObject(++i, record.leadInstitutionId);
                insert.setArray(++i, connection.createArrayOf("uuid", record.institutionIds));
                insert.setArray(++i, connection.createArrayOf("text", record.programCodes));
                insert.setArray(++i, connection.createArrayOf("text", record.stakeholderKinds));
                insert.setArray(++i, connection.createArrayOf("int4", record.sdgs));
                insert.setArray(++i, connection.createArrayOf("text", record.themes));
                insert.setObject(++i, record.startYear, Types.INTEGER);
                insert.setObject(++i, record.endYear, Types.INTEGER);
                insert.setBoolean(++i, record.sensitive);
                insert.setString(++i, record.searchTitle);
                insert.setString(++i, record.searchSummary);
                insert.setString(++i, record.searchOther);
                insert.setString(++i, record.searchRegion);
                insert.setString(++i, record.searchReading);
                insert.setObject(++i, record.createdAt);
                insert.setObject(++i, record.updatedAt);
                insert.setObject(++i, record.deletedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertRevisions(Connection connection, List<CaseRevision> revisions, Map<Object, String> json)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REVISION)) {
            for (CaseRevision revision : revisions) {
                int i = 0;
                insert.setObject(++i, revision.key.caseId());
                insert.setLong(++i, revision.key.version());
                insert.setString(++i, revision.change.name());
                insert.setString(++i, json.computeIfAbsent(revision.content, JsonDocuments::write));
                insert.setArray(++i, connection.createArrayOf("text", revision.changedFields));
                insert.setString(++i, revision.authorSubject);
                insert.setString(++i, revision.authorName);
                insert.setObject(++i, revision.authorInstitutionId);
                insert.setObject(++i, revision.changedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
