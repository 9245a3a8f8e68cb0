package io.revitalization.gateway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Resolves the institution a key is issued for (its id or slug) by asking cases-service, which owns institutions,
 * so that no key is ever bound to an institution that does not exist.
 */
@ApplicationScoped
public class InstitutionLookup {
    static final String CASES_SERVICE = "cases";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String casesService;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public InstitutionLookup(GatewayConfig config, ObjectMapper json) {
        this.casesService = config.routes().get(CASES_SERVICE).toString().replaceAll("/+$", "");
        this.json = json;
    }

    public UUID resolve(String idOrSlug) {
        URI uri = URI.create(casesService + "/api/v1/institutions/"
                + URLEncoder.encode(idOrSlug, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        if (response.statusCode() == 404 || response.statusCode() == 400) {
            throw ProblemException.invalid("institution", "no institution '" + idOrSlug + "' exists");
        }
        if (response.statusCode() != 200) {
            throw unavailable();
        }
        try {
            JsonNode id = json.readTree(response.body()).path("id");
            return UUID.fromString(id.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable",
                "the institution cannot be checked now (cases-service does not answer); retry later"));
    }
}
