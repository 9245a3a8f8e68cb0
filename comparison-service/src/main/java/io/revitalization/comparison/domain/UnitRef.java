package io.revitalization.comparison.domain;

import java.util.UUID;

/** A unit of coding: one case in one year on one dimension of one codebook version. */
public record UnitRef(UUID codebookId, int codebookVersion, String dimension, UUID caseId, int year) {

    public static UnitRef of(CaseCoding coding) {
        return new UnitRef(coding.codebookId, coding.codebookVersion, coding.dimension, coding.caseId, coding.year);
    }
}
