package io.revitalization.support.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.JsonFieldErrors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeStringsTest {
    record Quote(String source, String quote) {
    }

    record Text(@JsonProperty("zh-TW") String zhTw, String en) {
    }

    record Coding(String note, Text title, List<String> tags, String[] links, Map<String, String> labels,
                  List<Quote> evidence) {
    }

    private final ObjectMapper json = JsonMapper.builder().addModule(SafeStrings.module()).build();

    private FieldError refusal(String body) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> json.readValue(body, Coding.class));
        assertThat(thrown).isInstanceOf(JsonProcessingException.class);
        return JsonFieldErrors.of((JsonProcessingException) thrown);
    }

    @Test
    void everyStringOfABodyIsCheckedAndNamed() {
        assertThat(refusal("{\"note\": \"nul\\u0000byte\"}").field()).isEqualTo("note");
        assertThat(refusal("{\"note\": \"nul\\u0000byte\"}").message()).startsWith("must not contain control characters");
        assertThat(refusal("{\"title\": {\"en\": \"x\\u0000\"}}").field()).isEqualTo("title.en");
        assertThat(refusal("{\"tags\": [\"ok\", \"bad\\u0001\"]}").field()).isEqualTo("tags[1]");
        assertThat(refusal("{\"links\": [\"bad\\u0000\"]}").field()).isEqualTo("links[0]");
        assertThat(refusal("{\"labels\": {\"a\": \"\\u0085\"}}").field()).isEqualTo("labels.a");
        assertThat(refusal("{\"evidence\": [{\"source\": \"s\", \"quote\": \"q\\u0000\"}]}").field())
                .isEqualTo("evidence[0].quote");
    }

    @Test
    void loneSurrogatesAreRefused() {
        FieldError error = refusal("{\"note\": \"half \\ud800 of a pair\"}");
        assertThat(error.field()).isEqualTo("note");
        assertThat(error.message()).contains("lone surrogate");
        assertThat(refusal("{\"note\": \"\\udc00\"}").field()).isEqualTo("note");
    }

    @Test
    void ordinaryTextWithLineBreaksIsRead() throws Exception {
        Coding coding = json.readValue("{\"note\": \"one\\ntwo\\r\\n\\tthree 🌊\", \"tags\": [\"a\"], "
                + "\"title\": {\"zh-TW\": \"里山\"}, \"links\": [\"https://example.org\"]}", Coding.class);
        assertThat(coding.note()).isEqualTo("one\ntwo\r\n\tthree 🌊");
        assertThat(coding.title().zhTw()).isEqualTo("里山");
        assertThat(json.readValue("[\"x\", 5]", new TypeReference<List<String>>() { })).containsExactly("x", "5");
    }

    @Test
    void aBareStringIsNamedAsTheBody() {
        assertThatThrownBy(() -> json.readValue("\"\\u0000\"", String.class))
                .isInstanceOfSatisfying(JsonProcessingException.class,
                        e -> assertThat(JsonFieldErrors.of(e).field()).isEqualTo("body"));
    }
}
