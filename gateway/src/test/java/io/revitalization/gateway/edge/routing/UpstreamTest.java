package io.revitalization.gateway.edge.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamTest {
    private final Upstream cases = new Upstream("cases", List.of("/api/v1/cases", "/api/v1/institutions"), null, null,
            Optional.empty());

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cases, true",
            "/api/v1/cases/, true",
            "/api/v1/cases/kochi-ubc/history, true",
            "/api/v1/institutions/kochi, true",
            "/api/v1/casesX, false",
            "/api/v1/case, false",
            "/api/v1/comparisons, false",
            "/api/v1, false"})
    void servesItsPrefixesAndWhatIsBelowThem(String path, boolean served) {
        assertThat(cases.serves(path)).isEqualTo(served);
    }
}
