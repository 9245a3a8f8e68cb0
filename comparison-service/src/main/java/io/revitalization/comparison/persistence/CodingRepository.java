package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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
