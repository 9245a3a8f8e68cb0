package io.revitalization.comparison.repository;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The per (codebook version, dimension, selection, group, year, code) tallies behind distributions and distances. */
@ApplicationScoped
public class TallyRepository {
    private static final String KEY = """
            codebook_id = :codebook AND codebook_version = :version AND dimension = :dimension AND selection = :selection
            AND grouping = :grouping AND group_key = :groupKey AND year = :year AND code = :code""";

    private final EntityManager entityManager;

    public TallyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A tally row as read: the weight of the code and the cases carrying it (ids as text, sorted). */
    public record Row(String groupKey, int year, String code, BigDecimal weight, List<String> caseIds) {
    }

    /** Adds a unit's contribution (weight per code) to a group's tallies. */
    public void add(UnitRef unit, String selection, GroupRef group, Map<String, BigDecimal> weightByCode) {
        weightByCode.forEach((code, weight) -> entityManager.createNativeQuery("""
                        INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year,
                                           code, weight, case_ids)
                        VALUES (:codebook, :version, :dimension, :selection, :grouping, :groupKey, :year, :code, :weight,
                                ARRAY[CAST(:caseId AS uuid)])
                        ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code)
                        DO UPDATE SET weight = tally.weight + EXCLUDED.weight,
                                      case_ids = tally.case_ids || EXCLUDED.case_ids""")
                .setParameter("codebook", unit.codebookId())
                .setParameter("version", unit.codebookVersion())
                .setParameter("dimension", unit.dimension())
                .setParameter("selection", selection)
                .setParameter("grouping", group.grouping().key())
                .setParameter("groupKey", group.key())
                .setParameter("year", unit.year())
                .setParameter("code", code)
                .setParameter("weight", weight)
                .setParameter("caseId", unit.caseId().toString())
                .executeUpdate());
    }

    /** Takes back a contribution made by {@link #add}; rows left without cases disappear. */
    public void subtract(UnitRef unit, String selection, GroupRef group, Map<String, BigDecimal> weightByCode) {
        weightByCode.forEach((code, weight) -> {
            entityManager.createNativeQuery("UPDATE tally SET weight = weight - :weight, "
                            + "case_ids = array_remove(case_ids, CAST(:caseId AS uuid)) WHERE " + KEY)
                    .setParameter("weight", weight)
                    .setParameter("caseId", unit.caseId().toString())
                    .setParameter("codebook", unit.codebookId())
                    .setParameter("version", unit.codebookVersion())
                    .setParameter("dimension", unit.dimension())
                    .setParameter("selection", selection)
                    .setParameter("grouping", group.grouping().key())
                    .setParameter("groupKey", group.key())
                    .setParameter("year", unit.year())
                    .setParameter("code", code)
                    .executeUpdate();
            entityManager.createNativeQuery("DELETE FROM tally WHERE cardinality(case_ids) = 0 AND " + KEY)
                    .setParameter("codebook", unit.codebookId())
                    .setParameter("version", unit.codebookVersion())
                    .setParameter("dimension", unit.dimension())
                    .setParameter("selection", selection)
                    .setParameter("grouping", group.grouping().key())
                    .setParameter("groupKey", group.key())
                    .setParameter("year", unit.year())
                    .setParameter("code", code)
                    .executeUpdate();
        });
    }

    /** The tallies of some groups over a year range: one row per group, year and code present. */
    @SuppressWarnings("unchecked")
    public List<Row> read(UUID codebookId, int version, String dimension, String selection, Grouping grouping,
                          Collection<String> groupKeys, int fromYear, int toYear) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT group_key, year, code, weight, array_to_string(case_ids, ',')
                        FROM tally
                        WHERE codebook_id = :codebook AND codebook_version = :version AND dimension = :dimension
                          AND selection = :selection AND grouping = :grouping AND group_key IN (:groupKeys)
                          AND year BETWEEN :from AND :to
                        ORDER BY group_key, year, code""")
                .setParameter("codebook", codebookId)
                .setParameter("version", version)
                .setParameter("dimension", dimension)
                .setParameter("selection", selection)
                .setParameter("grouping", grouping.key())
                .setParameter("groupKeys", groupKeys)
                .setParameter("from", fromYear)
                .setParameter("to", toYear)
                .getResultList();
        return rows.stream().map(row -> new Row((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                (BigDecimal) row[3], Arrays.stream(((String) row[4]).split(",")).sorted().toList())).toList();
    }
}
