package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.SensitiveScope;
import io.revitalization.cases.domain.search.JapaneseReadings;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseRecord, UUID> {
    /** How much a match in each searched column weighs in the rank: titles above summaries above the rest. */
    private static final Map<String, Integer> SEARCH_WEIGHTS =
            Map.of("search_title", 3, "search_summary", 2, "search_other", 1);
    /** A match in the readings (a kana query for kanji text) weighs as one in the rest. */
    private static final int READING_WEIGHT = 1;
    private static final String SLUG_KEY = "case_record_slug_key";

    /** By id or slug, deleted ones included. */
    public Optional<CaseRecord> findByRef(String ref) {
        return Reference.find(ref, this::findByIdOptional, slug -> find("slug", slug).firstResultOptional());
    }

    public Optional<CaseRecord> findByRefForUpdate(String ref) {
        return Reference.find(ref, id -> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE),
                slug -> find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional());
    }

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }

    /**
     * Inserts a new case now rather than at commit; {@code false} when its slug is taken, as the unique key tells
     * (a statement less than asking first). The transaction can only roll back after a {@code false}. The insert
     * is sent alone, not as a batch, so that the refusal logged names the key and not every value of the row.
     */
    public boolean insertUnlessSlugTaken(CaseRecord record) {
        Session session = getSession();
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(1);
        try {
            persistAndFlush(record);
            return true;
        } catch (PersistenceException e) {
            if (violates(e, SLUG_KEY)) {
                return false;
            }
            throw e;
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** One array parameter, so one statement plan whatever the number of slugs (an import chunk has up to 500). */
    public Map<String, CaseRecord> findBySlugsForUpdate(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return nativeList("SELECT c.* FROM case_record c WHERE c.slug = ANY (CAST(:slugs AS text[])) FOR UPDATE",
                Map.of("slugs", slugs.toArray(String[]::new))).stream()
                .collect(Collectors.toMap(c -> c.slug, Function.identity()));
    }

    /** Active cases that name the institution (as lead, participant or stakeholder). */
    public List<CaseRecord> referencing(UUID institutionId) {
        return nativeList("SELECT c.* FROM case_record c WHERE c.deleted_at IS NULL "
                + "AND c.institution_ids @> ARRAY[CAST(:institution AS uuid)]", Map.of("institution", institutionId.toString()));
    }

    /** One page of matching cases after the given slug, in slug order. */
    public List<CaseRecord> page(CaseFilter filter, SensitiveScope scope, Optional<String> afterSlug, int size) {
        CaseConditions conditions = CaseConditions.of(filter, scope);
        afterSlug.ifPresent(slug -> conditions.add("c.slug > :after", "after", slug));
        return nativeList("SELECT c.* FROM case_record c WHERE " + conditions.sql() + " ORDER BY c.slug LIMIT "
                + size, conditions.params());
    }

    /**
     * Cases containing every term (folded text) in some searched column or, in hiragana, in the readings, best
     * first: each term adds the weight of every column it occurs in ({@link #SEARCH_WEIGHTS},
     * {@link #READING_WEIGHT}); ties in slug order.
     */
    public List<RankedCase> search(List<String> terms, CaseFilter filter, SensitiveScope scope, int offset, int size) {
        CaseConditions conditions = CaseConditions.of(filter, scope);
        StringBuilder score = new StringBuilder("0");
        for (int i = 0; i < terms.size(); i++) {
            String param = "t" + i;
            String reading = "r" + i;
            conditions.add(SEARCH_WEIGHTS.keySet().stream().sorted()
                    .map(column -> "strpos(c." + column + ", :" + param + ") > 0")
                    .collect(Collectors.joining(" OR ", "(", " OR strpos(c.search_reading, :" + reading + ") > 0)")),
                    param, terms.get(i));
            conditions.param(reading, JapaneseReadings.hiragana(terms.get(i)));
            SEARCH_WEIGHTS.forEach((column, weight) -> score.append(" + CASE WHEN strpos(c.").append(column)
                    .append(", :").append(param).append(") > 0 THEN ").append(weight).append(" ELSE 0 END"));
            score.append(" + CASE WHEN strpos(c.search_reading, :").append(reading).append(") > 0 THEN ")
                    .append(READING_WEIGHT).append(" ELSE 0 END");
        }
        Query query = getEntityManager().createNativeQuery("SELECT c.id AS id, " + score + " AS score "
                + "FROM case_record c WHERE " + conditions.sql() + " ORDER BY score DESC, c.slug "
                + "LIMIT " + size + " OFFSET " + offset, Tuple.class);
        conditions.params().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        Map<UUID, CaseRecord> records = rows.isEmpty() ? Map.of()
                : list("id in ?1", rows.stream().map(row -> row.get("id", UUID.class)).toList()).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return rows.stream()
                .map(row -> new RankedCase(records.get(row.get("id", UUID.class)),
                        ((Number) row.get("score")).intValue()))
                .sorted(Comparator.comparingInt(RankedCase::score).reversed()
                        .thenComparing(ranked -> ranked.record().slug))
                .toList();
    }

    /** Cases whose readings were never computed (rows older than the readings), locked, skipping rows others hold. */
    public List<CaseRecord> withoutReadings(int size) {
        return nativeList("SELECT c.* FROM case_record c WHERE c.search_reading IS NULL ORDER BY c.id LIMIT " + size
                + " FOR UPDATE SKIP LOCKED", Map.of());
    }

    private List<CaseRecord> nativeList(String sql, Map<String, Object> params) {
        Query query = getEntityManager().createNativeQuery(sql, CaseRecord.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<CaseRecord> rows = query.getResultList();
        return rows;
    }

    public record RankedCase(CaseRecord record, int score) {
    }
}
