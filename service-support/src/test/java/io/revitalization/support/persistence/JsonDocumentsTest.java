package io.revitalization.support.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonDocumentsTest {
    record Evidence(String source, String url) {
    }

    record Dated(LocalDate day, OffsetDateTime at) {
    }

    @Test
    void writesAndReadsRecords() {
        String stored = JsonDocuments.write(List.of(new Evidence("report", "https://example.org")));
        assertThat(stored).isEqualTo("[{\"source\":\"report\",\"url\":\"https://example.org\"}]");
        assertThat(JsonDocuments.read(stored, new TypeReference<List<Evidence>>() {
        })).containsExactly(new Evidence("report", "https://example.org"));
    }

    @Test
    void datesAreIsoText() {
        Dated dated = new Dated(LocalDate.of(2024, 4, 1), OffsetDateTime.of(2024, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        String stored = JsonDocuments.write(dated);
        assertThat(stored).isEqualTo("{\"day\":\"2024-04-01\",\"at\":\"2024-04-01T09:00:00Z\"}");
        assertThat(JsonDocuments.read(stored, Dated.class)).isEqualTo(dated);
    }

    @Test
    void rowsWithADroppedFieldStayReadable() {
        assertThat(JsonDocuments.read("{\"source\":\"report\",\"page\":3}", Evidence.class))
                .isEqualTo(new Evidence("report", null));
        assertThat(JsonDocuments.read(null, Evidence.class)).isNull();
        assertThat(JsonDocuments.tree(new Evidence("report", null)).path("source").asText()).isEqualTo("report");
    }

    @Test
    void unreadableJsonIsAnError() {
        assertThatThrownBy(() -> JsonDocuments.read("{", Evidence.class)).isInstanceOf(IllegalStateException.class);
    }
}
