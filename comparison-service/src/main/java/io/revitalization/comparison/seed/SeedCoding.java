package io.revitalization.comparison.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.comparison.domain.Evidence;

import java.util.List;

/** One entry of {@code seed/codings.json}: a coding of a seed case (by slug) under the seed codebook. */
public record SeedCoding(@JsonProperty("case") String caseSlug, int year, String dimension, List<String> codes, String coder,
                         Double confidence, Evidence evidence, String note) {
}
