package io.revitalization.support.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Stored JSON by hand, written and read exactly as {@link JsonColumns} writes and reads {@code @JdbcTypeCode(SqlTypes.JSON)}
 * columns: for the few places that need a document's text or tree outside an entity (revisions, search indexing).
 * Dates as ISO text; reading ignores unknown properties, so rows written before a field was dropped stay readable.
 */
public final class JsonDocuments {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonDocuments() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** {@code null} for {@code null}. */
    public static <T> T read(String stored, Class<T> type) {
        if (stored == null) {
            return null;
        }
        try {
            return MAPPER.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getName(), e);
        }
    }

    /** {@code null} for {@code null}. */
    public static <T> T read(String stored, TypeReference<T> type) {
        if (stored == null) {
            return null;
        }
        try {
            return MAPPER.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getType(), e);
        }
    }
}
