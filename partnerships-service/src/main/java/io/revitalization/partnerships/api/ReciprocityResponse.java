package io.revitalization.partnerships.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.revitalization.partnerships.domain.analysis.Flows;
import io.revitalization.partnerships.domain.analysis.Reciprocity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * The share of activity flowing JP→TW, TW→JP and both ways, per year and over all years, for one partnership or
 * (without {@code partnershipId}) over every partnership the caller may see.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReciprocityResponse(
        UUID partnershipId,
        String partnershipSlug,
        @Schema(description = "The year asked for; absent when every year is counted") Integer year,
        @Schema(description = "Partnerships whose activity is counted") int partnerships,
        Flows allYears,
        List<Reciprocity.Year> years) {
}
