package io.revitalization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact the suite ships as seed data must come from the source text and say where in it: each evidence
 * quote is found verbatim in docs/source (white space aside), and each locator names a section.
 */
class SeedEvidenceTest {
    private static final Path REPO = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .toAbsolutePath().normalize();
    private static final String SOURCE_ID = "seed:000_33b908bba84e1ab1";
    private static final Pattern LOCATOR = Pattern.compile(
            "^(abstract|(I|II|III|IV|V)(\\.[A-C])?|IV\\.B table|V\\.B\\.[1-3])([ ,¶].*)?$");
    private static final List<String> SEED_FILES = List.of(
            "cases-service/src/main/resources/seed/institutions.json",
            "cases-service/src/main/resources/seed/programs.json",
            "cases-service/src/main/resources/seed/cases.json",
            "partnerships-service/src/main/resources/seed/partnerships.json",
            "comparison-service/src/main/resources/seed/codebook.json",
            "comparison-service/src/main/resources/seed/codings.json");

    @Test
    void everyQuoteIsVerbatimInTheSourceTextAndEveryLocatorNamesASection() throws IOException {
        String source = withoutWhiteSpace(Files.readString(REPO.resolve("docs/source/000_33b908bba84e1ab1.txt")));
        List<String> problems = new ArrayList<>();
        int quotes = 0;
        for (String file : SEED_FILES) {
            for (JsonNode evidence : evidenceIn(new ObjectMapper().readTree(REPO.resolve(file).toFile()))) {
                if (!SOURCE_ID.equals(evidence.path("source").asText())) {
                    continue;
                }
                quotes++;
                String quote = evidence.path("quote").asText();
                if (quote.isBlank() || !source.contains(withoutWhiteSpace(quote))) {
                    problems.add(file + ": quote not in the source text: " + quote);
                }
                if (!LOCATOR.matcher(evidence.path("locator").asText()).matches()) {
                    problems.add(file + ": locator names no section: " + evidence.path("locator").asText());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(quotes).as("evidence quotes checked").isGreaterThan(100);
    }

    private static List<JsonNode> evidenceIn(JsonNode node) {
        List<JsonNode> found = new ArrayList<>();
        if (node.isObject() && node.has("quote") && node.has("locator")) {
            found.add(node);
        }
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> found.addAll(evidenceIn(child)));
        }
        return found;
    }

    /** The text breaks lines (and pages) inside sentences, so quotes are compared without any white space. */
    private static String withoutWhiteSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

}
