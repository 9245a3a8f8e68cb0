package io.revitalization.support.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.revitalization.support.problem.RefusedTextException;
import io.revitalization.support.text.UnsafeText;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string the JSON of a request binds to (record fields, list items, map values, localized text) is refused
 * when it holds NUL or another control character other than tab and line breaks, or a lone surrogate: a 400 naming
 * the field ({@code note}, {@code title.en}, {@code evidence[0].quote}), before anything reaches the database.
 */
@Singleton
public class SafeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    public static SimpleModule module() {
        return new SimpleModule("safe-strings").addDeserializer(String.class, new Checked());
    }

    /** Jackson's own string reading, then the check; not marked as Jackson's, so lists of strings use it too. */
    static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            String refusal = UnsafeText.inText(value).orElse(null);
            if (refusal != null) {
                throw new RefusedTextException(parser, refusal);
            }
            return value;
        }
    }
}
