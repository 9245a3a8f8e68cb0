package io.revitalization.cases.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The CSL-JSON schema (csl-data.json of the Citation Style Language's schema repository, MIT licence), kept in
 * test resources so that exports are validated offline against the published schema.
 */
public final class CslJson {
    private static final JsonSchema SCHEMA = load();

    private CslJson() {
    }

    /** The schema's complaints about a document; empty when it is valid CSL-JSON. */
    public static Set<ValidationMessage> problems(JsonNode document) {
        return SCHEMA.validate(document);
    }

    private static JsonSchema load() {
        try (InputStream schema = CslJson.class.getResourceAsStream("/csl/csl-data.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
