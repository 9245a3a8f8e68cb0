package io.revitalization.faulttests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.revitalization.systemtests.support.GatewayClient;

/**
 * What users read through the gateway after the faults: cases-service's list, comparison-service's summary and
 * distributions, partnerships-service's feed, reciprocity and institution directory. Lists are returned as read,
 * duplicates included, so the caller can see a thing counted twice.
 */
final class Views {

    record CaseRef(String id, String slug) {
    }

    /**
     * One group-year of a distribution: its n, the case ids it lists (the first of them), and all its case ids and
     * each code's, paged from the cases behind it.
     */
    record YearDistribution(int n, List<String> listed, List<String> caseIds, Map<String, List<String>> caseIdsByCode) {
    }

    record FeedItem(String id, String text, String direction, String status) {
    }

    private final GatewayClient gateway;
    private final String apiKey;

    /** @param apiKey reads with a key count against the key's own rate limit, not the client address's */
    Views(GatewayClient gateway, String apiKey) {
        this.gateway = gateway;
        this.apiKey = apiKey;
    }

    List<CaseRef> cases(String country) throws IOException {
        return all("/api/v1/cases?country=" + country, item -> new CaseRef(item.path("id").asText(),
                item.path("slug").asText()));
    }

    long comparisonLiveCases(String country) throws IOException {
        return ok("/api/v1/comparisons/summary").path("casesByCountry").path(country).asLong(0);
    }

    Map<Integer, YearDistribution> distributions(String country) throws IOException {
        String scope = "codebook=" + WriteStream.CODEBOOK + "&dimension=" + WriteStream.DIMENSION
                + "&groupBy=country";
        JsonNode answer = ok("/api/v1/comparisons/distributions?" + scope + "&groups=" + country
                + "&from=2021&to=2025&minCases=1");
        Map<Integer, YearDistribution> years = new TreeMap<>();
        for (JsonNode year : answer.path("groups").path(0).path("years")) {
            JsonNode distribution = year.path("distribution");
            String behind = "/api/v1/comparisons/cases?" + scope + "&group=" + country + "&from="
                    + year.path("year").asInt() + "&to=" + year.path("year").asInt();
            Map<String, List<String>> byCode = new TreeMap<>();
            for (JsonNode share : distribution.path("shares")) {
                String code = share.path("code").asText();
                byCode.put(code, all(behind + "&code=" + code, item -> item.path("id").asText()));
            }
            years.put(year.path("year").asInt(), new YearDistribution(distribution.path("n").asInt(),
                    texts(distribution.path("caseIds")), all(behind, item -> item.path("id").asText()), byCode));
        }
        return years;
    }

    List<FeedItem> partnershipFeed(String partnership) throws IOException {
        return all("/api/v1/partnerships/" + partnership + "/updates?", item -> new FeedItem(item.path("id").asText(),
                item.path("text").path("en").asText(), item.path("direction").asText(), item.path("status").asText()));
    }

    /** Over all years: activities and the three directions. */
    JsonNode reciprocity(String partnership) throws IOException {
        return ok("/api/v1/partnerships/" + partnership + "/reciprocity").path("allYears");
    }

    /** partnerships-service answers a feed filtered by an institution it does not know with 400. */
    boolean partnershipsKnowInstitution(String slug) throws IOException {
        int status = gateway.get("/api/v1/partnerships/updates?limit=1&institution=" + slug, apiKey).status();
        if (status != 200 && status != 400) {
            throw new IOException("partnerships-service answered " + status + " for institution " + slug);
        }
        return status == 200;
    }

    private <T> List<T> all(String pathAndQuery, Function<JsonNode, T> item) throws IOException {
        String separator = pathAndQuery.endsWith("?") ? "" : "&";
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(pathAndQuery + separator + "limit=200"
                    + (cursor == null ? "" : "&cursor=" + GatewayClient.encode(cursor)));
            page.path("items").forEach(node -> items.add(item.apply(node)));
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return items;
    }

    private JsonNode ok(String path) throws IOException {
        GatewayClient.Answer answer = gateway.get(path, apiKey);
        if (answer.status() != 200) {
            throw new IOException("GET " + path + " answered " + answer);
        }
        return answer.body();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
