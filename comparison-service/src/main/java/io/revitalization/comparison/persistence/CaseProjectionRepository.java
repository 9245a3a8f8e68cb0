package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.support.persistence.ArrayMembership;
import io.revitalization.support.persistence.JsonDocuments;
import io.revitalization.support.persistence.ScalarQueries;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CaseProjectionRepository implements PanacheRepositoryBase<CaseProjection, UUID> {
    private static final String INSERT_ALL = """
            INSERT INTO case_projection (id, slug, version, country, lead_institution_id, institution_ids, programs,
                                         title, deleted, sensitive, sensitive_passages)
            SELECT r.id, r.slug, r.version, r.country, r.lead, CAST(r.institutions AS uuid[]),
                   CAST(r.programs AS text[]), CAST(r.title AS jsonb), r.deleted, r.sensitive,
                   CAST(r.passages AS jsonb)
            FROM unnest(?::uuid[], ?::text[], ?::int8[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                        ?::bool[], ?::bool[], ?::text[])
                 AS r(id, slug, version, country, lead, institutions, programs, title, deleted, sensitive, passages)""";
    private final PlannerStatistics statistics;

    public CaseProjectionRepository(PlannerStatistics statistics) {
        this.statistics = statistics;
    }

    public Optional<CaseProjection> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The cases (deleted or not) of these slugs, in one query. */
    public List<CaseProjection> bySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** The cases (deleted or not) the references name, by id or slug, in one query. */
    public List<CaseProjection> byReferences(Collection<String> references) {
        Reference.Split split = Reference.split(references);
        if (split.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 or slug in ?2", split.idsOrNone(), split.slugsOrNone());
    }

    /**
     * The ids of the cases (deleted or not) the references name, by id or slug, in one query that leaves no case in
     * the persistence context: what a change locks before it reads them.
     */
    public List<UUID> idsOf(Collection<String> references) {
        Reference.Split split = Reference.split(references);
        if (split.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("SELECT p.id FROM CaseProjection p WHERE p.id IN ?1 OR p.slug IN ?2",
                        UUID.class)
                .setParameter(1, split.idsOrNone()).setParameter(2, split.slugsOrNone()).getResultList();
    }

    /** Which of the cases are known (deleted or not), in one query that leaves no case in the persistence context. */
    public Set<UUID> knownOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(ScalarQueries.create(getEntityManager(),
                        "SELECT id FROM case_projection WHERE id " + ArrayMembership.in(":ids", "uuid"), "id", UUID.class)
                .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList());
    }

    /**
     * Inserts the new projections with one statement, their columns bound as arrays: no entity is managed, and
     * PostgreSQL runs one insert (and the live counts' statement trigger once) for them all, where a JDBC batch
     * runs both once per row. Once the table has doubled, its statistics are taken again, so that no connection
     * keeps checking the foreign keys to it by reading the whole table ({@link PlannerStatistics}).
     */
    public void insertAll(List<CaseProjection> projections) {
        if (projections.isEmpty()) {
            return;
        }
        ColumnArrays rows = new ColumnArrays("uuid", "text", "int8", "text", "uuid", "text", "text", "text", "bool",
                "bool", "text");
        projections.forEach(projection -> rows.add(projection.id, projection.slug, projection.version,
                projection.country, projection.leadInstitutionId, ColumnArrays.literal(projection.institutionIds),
                ColumnArrays.literal(projection.programs),
                projection.title == null ? null : JsonDocuments.write(projection.title), projection.deleted,
                projection.sensitive, JsonDocuments.write(projection.sensitivePassages)));
        flush();
        getSession().doWork(connection -> rows.execute(connection, INSERT_ALL));
        statistics.refreshIfDoubled("case_projection");
    }

    /** Which of the cases are known and not deleted, in one query. */
    public Set<UUID> liveOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("SELECT p.id FROM CaseProjection p WHERE p.id IN ?1 "
                + "AND p.deleted = false", UUID.class).setParameter(1, ids).getResultList());
    }

    /** Live cases with any of the institutions among their lead and participants. */
    @SuppressWarnings("unchecked")
    public List<CaseProjection> withAnyInstitution(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM case_projection
                        WHERE institution_ids && CAST(:ids AS uuid[])""", CaseProjection.class)
                .setParameter("ids", institutionIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
    }

    /**
     * Whether any case has text withheld from readers who may see no sensitive text ({@link CaseTextScope#NONE}) that
     * this reader may see: a sensitive case, or one whose testimonies' passages are sensitive, that the reader covers.
     */
    public boolean showsMoreThanToEveryone(CaseTextScope reader) {
        if (!reader.all() && reader.ownInstitution().isEmpty()) {
            return false;
        }
        String covered = reader.all() ? "" : " AND lead_institution_id = CAST(:own AS uuid)";
        var query = getEntityManager().createNativeQuery("SELECT EXISTS (SELECT 1 FROM case_projection "
                + "WHERE (sensitive OR sensitive_passages <> '[]'::jsonb)" + covered + ")");
        reader.ownInstitution().ifPresent(own -> query.setParameter("own", own.toString()));
        return (Boolean) query.getSingleResult();
    }
}
