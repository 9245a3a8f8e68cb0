package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Codings as the statistics read them ({@link Coding}: case, year, coder, codes, quote, confidence), straight from
 * JDBC in the current transaction: the reads that need the codings themselves fetch tens of thousands of them, and
 * managed entities (and an IN list of every case of a group) would cost more than the statistics.
 */
@ApplicationScoped
public class UnitCodingRepository {
    private static final String COLUMNS = "c.dimension, c.case_id, c.year, c.coder, c.codes, c.evidence_quote, "
            + "c.confidence";
    /**
     * The coding's year within a run of years its case is in the group (case_group {@code g}). A run of every year
     * passes on its own: PostgreSQL cannot estimate a comparison between two tables' columns, took it to pass a ninth
     * of the rows, and then sorted all of a group's codings for each page of exemplars instead of reading them most
     * confident first.
     */
    private static final String IN_MEMBERSHIP_YEARS = "(g.first_year = " + GroupMembership.EVERY_YEAR.from()
            + " AND g.last_year = " + GroupMembership.EVERY_YEAR.to()
            + " OR c.year BETWEEN g.first_year AND g.last_year)";

    private final EntityManager entityManager;

    public UnitCodingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A coding with the dimension it codes. */
    public record DimensionCoding(String dimension, Coding coding) {
    }

    /** The codings of one dimension of a codebook version for the case-years of a group, within the years. */
    public List<Coding> ofGroup(UUID codebookId, int version, String dimension, GroupRef group, int fromYear,
                                int toYear) {
        return query("SELECT " + COLUMNS + " FROM coding c JOIN case_group g ON g.case_id = c.case_id "
                        + inMembershipYears(group)
                        + "WHERE g.grouping = ? AND g.group_key = ? AND c.codebook_id = ? AND c.codebook_version = ? "
                        + "AND c.dimension = ? AND c.year BETWEEN ? AND ?",
                group.grouping().key(), group.key(), codebookId, version, dimension, fromYear, toYear)
                .stream().map(DimensionCoding::coding).toList();
    }

    /** The codings of a codebook version (one dimension, or all when null) of live cases within the years. */
    public List<DimensionCoding> ofLiveCases(UUID codebookId, int version, String dimension, int fromYear,
                                             int toYear) {
        String sql = "SELECT " + COLUMNS + " FROM coding c JOIN case_projection p ON p.id = c.case_id "
                + "WHERE NOT p.deleted AND c.codebook_id = ? AND c.codebook_version = ? AND c.year BETWEEN ? AND ?";
        return dimension == null ? query(sql, codebookId, version, fromYear, toYear)
                : query(sql + " AND c.dimension = ?", codebookId, version, fromYear, toYear, dimension);
    }

    /**
     * A page of the codings of a group's cases that carry a code, most confident first (none stated: last), then by
     * case id and latest year: where exemplars are looked for. {@code coder} null for every coder's. Sensitive
     * cases the reader may not read are left out.
     */
    public List<Coding> mostConfident(UUID codebookId, int version, String dimension, GroupRef group, String code,
                                      String coder, int fromYear, int toYear, CaseTextScope reader, int offset,
                                      int limit) {
        String sql = "SELECT " + COLUMNS + " FROM coding c WHERE c.codebook_id = ? AND c.codebook_version = ? "
                + "AND c.dimension = ? AND c.year BETWEEN ? AND ? AND c.codes @> ARRAY[CAST(? AS text)] "
                + (coder == null ? "" : "AND c.coder = ? ")
                + "AND EXISTS (SELECT 1 FROM case_group g WHERE g.case_id = c.case_id AND g.grouping = ? "
                + "AND g.group_key = ? " + inMembershipYears(group) + ") "
                + WithheldCases.listedOnly(reader, "c.case_id")
                + "ORDER BY coalesce(c.confidence, -1) DESC, c.case_id, c.year DESC OFFSET ? LIMIT ?";
        List<Object> parameters = new ArrayList<>(List.of(codebookId, version, dimension, fromYear, toYear, code));
        if (coder != null) {
            parameters.add(coder);
        }
        parameters.addAll(List.of(group.grouping().key(), group.key(), offset, limit));
        // A generic plan cannot see how selective the code is and sorts every coding of the dimension; a plan for
        // the values walks coding_by_confidence and stops at the page's end.
        NativeStatements.set(entityManager, "SET LOCAL plan_cache_mode = force_custom_plan");
        return query(sql, parameters.toArray()).stream().map(DimensionCoding::coding).toList();
    }

    /**
     * Nothing where a case is in its groups in every year: with only equalities between coding and case_group,
     * PostgreSQL may also start from a small group's cases rather than from every coding of the dimension.
     */
    private static String inMembershipYears(GroupRef group) {
        return group.grouping().byYear() ? "AND " + IN_MEMBERSHIP_YEARS + " " : "";
    }

    /** Every coding of some units (case and year) on one dimension, its quote only if the reader may see it. */
    public List<Coding> ofUnits(UUID codebookId, int version, String dimension, List<UUID> caseIds,
                                List<Integer> years, CaseTextScope reader) {
        String columns = COLUMNS.replace("c.evidence_quote", WithheldCases.quoteOf(reader));
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + columns
                    + " FROM unnest(?, ?) AS unit (case_id, year) JOIN coding c ON c.case_id = unit.case_id "
                    + "AND c.year = unit.year WHERE c.codebook_id = ? AND c.codebook_version = ? AND c.dimension = ?")) {
                statement.setArray(1, connection.createArrayOf("uuid", caseIds.toArray()));
                statement.setArray(2, connection.createArrayOf("integer", years.toArray()));
                statement.setObject(3, codebookId);
                statement.setInt(4, version);
                statement.setString(5, dimension);
                return read(statement).stream().map(DimensionCoding::coding).toList();
            }
        });
    }

    private List<DimensionCoding> query(String sql, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return read(statement);
            }
        });
    }

    private static List<DimensionCoding> read(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(10_000);
        try (ResultSet rows = statement.executeQuery()) {
            List<DimensionCoding> codings = new ArrayList<>();
            while (rows.next()) {
                codings.add(new DimensionCoding(rows.getString(1), codingOf(rows)));
            }
            return codings;
        }
    }

    private static Coding codingOf(ResultSet rows) throws SQLException {
        Array codes = rows.getArray(5);
        double stated = rows.getDouble(7);
        Double confidence = rows.wasNull() ? null : stated;
        return new Coding(rows.getString(2), rows.getInt(3), rows.getString(4),
                Arrays.asList((String[]) codes.getArray()), rows.getString(6), confidence);
    }
}
