package io.revitalization.cases.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void objectsAreComparedFieldByFieldAndListsAsAWhole() throws Exception {
        JsonNode before = JSON.readTree("""
                {"title": {"en": "A", "ja": "あ"}, "sdgs": [4], "period": {"start": {"year": 2020}}, "region": null}""");
        JsonNode after = JSON.readTree("""
                {"title": {"en": "B", "ja": "あ"}, "sdgs": [4, 11], "period": {"start": {"year": 2021}},
                 "region": {"prefecture": {"en": "Kochi"}}}""");

        assertThat(ChangedFields.between(before, after))
                .containsExactly("title.en", "sdgs", "period.start.year", "region");
    }

    @Test
    void equalDocumentsDifferInNothing() throws Exception {
        JsonNode document = JSON.readTree("{\"title\": {\"en\": \"A\"}, \"themes\": [\"x\"]}");

        assertThat(ChangedFields.between(document, document.deepCopy())).isEmpty();
    }

    @Test
    void aFirstVersionSetsItsNonEmptyFields() {
        record Draft(String title, String summary, List<Integer> sdgs, List<String> themes, boolean sensitive,
                     String country) {
        }

        assertThat(ChangedFields.of(new Draft("A", null, List.of(), List.of("x"), false, "TW")))
                .containsExactly("title", "themes", "country");
    }
}
