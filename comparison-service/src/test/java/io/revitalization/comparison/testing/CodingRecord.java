package io.revitalization.comparison.testing;

import java.util.List;
import java.util.Map;

/** A coding of a known case, posted or imported under any codebook of the test's. */
public record CodingRecord(Fixtures.TestCase known, int year, String dimension, String coder, List<String> codes) {

    public Map<String, Object> body(String codebook) {
        return Map.of("codebook", codebook, "codebookVersion", 1, "case", known.slug(), "year", year,
                "dimension", dimension, "codes", codes, "coder", coder);
    }
}
