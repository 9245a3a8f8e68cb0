package io.revitalization.gateway.edge.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dashboard-42", "a", "0f8e3c1a-6d1b-4c55-9a51-2f0e9b7c1d11", "job:7.retry_2"})
    void keepsASafeId(String id) {
        assertThat(RequestIds.acceptOrNew(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "two words", "quote\"d", "line\nbreak", "関係人口"})
    void replacesAnUnsafeOrMissingIdByARandomUuid(String id) {
        String replaced = RequestIds.acceptOrNew(id);
        assertThat(UUID.fromString(replaced).version()).isEqualTo(4);
        assertThat(UUID.fromString(replaced).variant()).isEqualTo(2);
        assertThat(RequestIds.acceptOrNew(id)).isNotEqualTo(replaced);
    }

    @org.junit.jupiter.api.Test
    void refusesAnIdLongerThan128Characters() {
        assertThat(RequestIds.acceptOrNew("x".repeat(128))).hasSize(128);
        assertThat(RequestIds.acceptOrNew("x".repeat(129))).hasSize(36);
    }
}
