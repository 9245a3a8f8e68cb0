package io.revitalization.cases.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The JSON of documents stored in JSONB columns. Reading ignores unknown properties, so a field removed from a
 * record later does not make old rows unreadable.
 */
@ApplicationScoped
public class StoredJson {
    private static final TypeReference<List<CaseContent.Evidence>> EVIDENCE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public StoredJson(ObjectMapper json) {
        this.json = json.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    public CaseContent caseContent(String stored) {
        return read(stored, new TypeReference<>() {
        });
    }

    public LocalizedText text(String stored) {
        return stored == null ? null : read(stored, new TypeReference<>() {
        });
    }

    public List<CaseContent.Evidence> evidence(String stored) {
        return read(stored, EVIDENCE);
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getType(), e);
        }
    }
}
