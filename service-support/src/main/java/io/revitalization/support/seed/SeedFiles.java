package io.revitalization.support.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a seed data file (JSON) from the classpath. */
public final class SeedFiles {
    private SeedFiles() {
    }

    public static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + resource + " is not on the classpath");
            }
            // seed files carry provenance and evidence fields that a given loader may not need
            return json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + resource + " cannot be read", e);
        }
    }
}
