package io.revitalization.cases.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CaseSearchHit")
public record SearchHitResponse(
        @Schema(description = "Higher is better: each term adds 3 for a title, 2 for a summary, 1 for themes, region "
                + "or institution names it occurs in") int score,
        @Schema(description = "Where a term occurs: title.zh-TW, title.ja, title.en, summary.*, themes, region, institutions")
        List<String> matchingFields,
        @JsonProperty("case") CaseResponse caseRecord) {
}
