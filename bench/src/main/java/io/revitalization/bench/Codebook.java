package io.revitalization.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed codebook's latest version as the codings need it: its single-valued dimensions and their codes. */
record Codebook(int version, Map<String, List<String>> singleValuedCodes) {

    static Codebook read(Http http, String gateway) {
        JsonNode codebook = http.get(gateway + "/api/v1/codebooks/" + SyntheticData.CODEBOOK)
                .requireOk("reading the codebook").json();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (JsonNode dimension : codebook.get("dimensions")) {
            if (!dimension.path("multiValued").asBoolean()) {
                List<String> ids = new ArrayList<>();
                dimension.get("codes").forEach(code -> ids.add(code.get("id").asText()));
                codes.put(dimension.get("id").asText(), ids);
            }
        }
        return new Codebook(codebook.get("version").asInt(), codes);
    }

    List<String> codes(String dimension) {
        List<String> codes = singleValuedCodes.get(dimension);
        if (codes == null) {
            throw new IllegalArgumentException("no single-valued dimension '" + dimension + "' in " + singleValuedCodes.keySet());
        }
        return codes;
    }
}
