package io.revitalization.comparison.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CodingRepository implements PanacheRepositoryBase<CaseCoding, UUID> {

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

    /** The codings of a codebook version (one dimension, or all when null) for the given cases within the years. */
    public List<CaseCoding> ofCases(UUID codebookId, int version, String dimension, Collection<UUID> caseIds,
                                    int fromYear, int toYear) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        String query = "codebookId = :codebook and codebookVersion = :version and caseId in :cases "
                + "and year between :from and :to" + (dimension == null ? "" : " and dimension = :dimension");
        Parameters parameters = Parameters.with("codebook", codebookId).and("version", version)
                .and("cases", caseIds).and("from", fromYear).and("to", toYear);
        if (dimension != null) {
            parameters = parameters.and("dimension", dimension);
        }
        return list(query, parameters);
    }

    /** The codings of a codebook version (one dimension, or all when null) of live cases within the years. */
    public List<CaseCoding> ofLiveCases(UUID codebookId, int version, String dimension, int fromYear, int toYear) {
        String query = "select c from CaseCoding c, CaseProjection p where p.id = c.caseId and p.deleted = false "
                + "and c.codebookId = :codebook and c.codebookVersion = :version and c.year between :from and :to"
                + (dimension == null ? "" : " and c.dimension = :dimension");
        var typed = getEntityManager().createQuery(query, CaseCoding.class)
                .setParameter("codebook", codebookId).setParameter("version", version)
                .setParameter("from", fromYear).setParameter("to", toYear);
        if (dimension != null) {
            typed.setParameter("dimension", dimension);
        }
        return typed.getResultList();
    }

    /** A page of codings in creation order after {@code afterSeq}, matching the filters that are not null. */
    public List<CaseCoding> page(CodingFilter filter, Long afterSeq, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
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

    /** Filters of the codings list; null means any. */
    public record CodingFilter(UUID codebookId, Integer codebookVersion, UUID caseId, String dimension, Integer year,
                               String coder) {
    }
}
