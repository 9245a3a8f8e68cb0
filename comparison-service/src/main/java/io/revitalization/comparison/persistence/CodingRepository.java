package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CodingRepository implements PanacheRepositoryBase<CaseCoding, UUID> {
    private static final String INSERT = """
            INSERT INTO coding (id, codebook_id, codebook_version, case_id, year, dimension, codes, coder, confidence,
                                evidence_source, evidence_locator, evidence_quote, evidence_url, note, created_by,
                                created_by_name, created_by_institution, created_at, settles)
            VALUES """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per statement: 19 parameters each, within PostgreSQL's 32,767 parameters. */
    private static final int ROWS_PER_INSERT = 1000;

    /** Every coder's coding of one unit. */
    public List<CaseCoding> ofUnit(UnitRef unit) {
        return list("codebookId = :codebook and codebookVersion = :version and dimension = :dimension "
                        + "and caseId = :caseId and year = :year",
                Parameters.with("codebook", unit.codebookId()).and("version", unit.codebookVersion())
                        .and("dimension", unit.dimension()).and("caseId", unit.caseId()).and("year", unit.year()));
    }

    public Optional<CaseCoding> ofUnitByCoder(UnitRef unit, String coder) {
        return ofUnit(unit).stream().filter(coding -> coding.coder.equals(coder)).findFirst();
    }

    public List<CaseCoding> ofCase(UUID caseId) {
        return list("caseId", caseId);
    }

    /** Every coding of the cases, in one query. */
    public List<CaseCoding> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", caseIds);
    }

    /**
     * Stores new codings with one multi-row statement per 1,000 (an entity with a database-generated column is
     * inserted row by row otherwise); they are not managed afterwards and their {@code seq} is not read back.
     */
    public void insertAll(List<CaseCoding> codings) {
        for (int from = 0; from < codings.size(); from += ROWS_PER_INSERT) {
            insert(codings.subList(from, Math.min(from + ROWS_PER_INSERT, codings.size())));
        }
    }

    private void insert(List<CaseCoding> codings) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT
                    + String.join(", ", Collections.nCopies(codings.size(), ROW)))) {
                int next = 1;
                for (CaseCoding coding : codings) {
                    insert.setObject(next++, coding.id);
                    insert.setObject(next++, coding.codebookId);
                    insert.setInt(next++, coding.codebookVersion);
                    insert.setObject(next++, coding.caseId);
                    insert.setInt(next++, coding.year);
                    insert.setString(next++, coding.dimension);
                    insert.setArray(next++, connection.createArrayOf("text", coding.codes.toArray()));
                    insert.setString(next++, coding.coder);
                    insert.setObject(next++, coding.confidence, Types.DOUBLE);
                    insert.setString(next++, coding.evidenceSource);
                    insert.setString(next++, coding.evidenceLocator);
                    insert.setString(next++, coding.evidenceQuote);
                    insert.setString(next++, coding.evidenceUrl);
                    insert.setString(next++, coding.note);
                    insert.setString(next++, coding.createdBy);
                    insert.setString(next++, coding.createdByName);
                    insert.setObject(next++, coding.createdByInstitution);
                    insert.setObject(next++, coding.createdAt);
                    insert.setArray(next++, coding.settles == null ? null
                            : connection.createArrayOf("uuid", coding.settles.toArray()));
                }
                insert.executeUpdate();
            }
        });
    }

    /**
     * A page of codings in creation order after {@code afterSeq}, matching the filters that are not null, without
     * those of sensitive cases the reader may not read.
     */
    public List<CaseCoding> page(CodingFilter filter, CaseTextScope reader, Long afterSeq, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = readable(reader, conditions);
        if (filter.codebookId() != null) {
            conditions.add("codebookId = :codebook");
            parameters = parameters.and("codebook", filter.codebookId());
        }
        if (filter.codebookVersion() != null) {
            conditions.add("codebookVersion = :version");
            parameters = parameters.and("version", filter.codebookVersion());
        }
        if (filter.caseId() != null) {
            conditions.add("caseId = :caseId");
            parameters = parameters.and("caseId", filter.caseId());
        }
        if (filter.dimension() != null) {
            conditions.add("dimension = :dimension");
            parameters = parameters.and("dimension", filter.dimension());
        }
        if (filter.year() != null) {
            conditions.add("year = :year");
            parameters = parameters.and("year", filter.year());
        }
        if (filter.coder() != null) {
            conditions.add("coder = :coder");
            parameters = parameters.and("coder", filter.coder());
        }
        if (afterSeq != null) {
            conditions.add("seq > :after");
            parameters = parameters.and("after", afterSeq);
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return find(where + "order by seq", parameters).page(0, size).list();
    }

    /**
     * Every coding of one dimension of a codebook version in the years, without those of sensitive cases the reader
     * may not read, by case, year and coder.
     */
    public List<CaseCoding> ofDimension(UUID codebookId, int codebookVersion, String dimension, int from, int to,
                                        CaseTextScope reader) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = readable(reader, conditions).and("codebook", codebookId)
                .and("version", codebookVersion).and("dimension", dimension).and("from", from).and("to", to);
        conditions.addAll(List.of("codebookId = :codebook", "codebookVersion = :version", "dimension = :dimension",
                "year between :from and :to"));
        return list(String.join(" and ", conditions) + " order by caseId, year, coder", parameters);
    }

    /** Adds the condition that leaves out sensitive cases the reader may not read; returns its parameters. */
    private static Parameters readable(CaseTextScope reader, List<String> conditions) {
        Parameters parameters = new Parameters();
        if (!reader.all()) {
            conditions.add("caseId not in (select p.id from CaseProjection p where p.sensitive = true"
                    + (reader.ownInstitution().isPresent()
                    ? " and (p.leadInstitutionId is null or p.leadInstitutionId <> :own))" : ")"));
            if (reader.ownInstitution().isPresent()) {
                parameters = parameters.and("own", reader.ownInstitution().get());
            }
        }
        return parameters;
    }

    /** Filters of the codings list; null means any. */
    public record CodingFilter(UUID codebookId, Integer codebookVersion, UUID caseId, String dimension, Integer year,
                               String coder) {
    }
}
