package io.revitalization.systemtests;

import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents the running suite serves, as a frontend developer's tools take them: Redocly and Spectral (with the
 * OWASP API security rules) find no error in any of them, and the TypeScript types generated from the merged
 * document are the ones checked in ({@code openapi/client/api.d.ts}). The linters are npm packages pinned in
 * {@code openapi/package-lock.json}, run with Debian's {@code nodejs} and {@code npm}; without those the test fails
 * at once saying what to install.
 */
class ApiContractTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final Path CONTRACT = Path.of("..", "openapi").toAbsolutePath().normalize();
    private static final Path BUILD = CONTRACT.resolve("build");
    private static final Map<String, String> DOCUMENTS = Map.of(
            "api", "/api/v1/openapi",
            "cases", "/api/v1/openapi/cases",
            "comparison", "/api/v1/openapi/comparison",
            "partnerships", "/api/v1/openapi/partnerships",
            "gateway", "/q/openapi?format=json");

    @BeforeAll
    static void readTheDocumentsAndInstallTheTools() throws Exception {
        if (!onPath("node") || !onPath("npm")) {
            throw new IllegalStateException("The API contract checks need Node.js and npm (Debian: apt-get install "
                    + "nodejs npm); the linters themselves are installed from openapi/package-lock.json by npm ci");
        }
        Files.createDirectories(BUILD);
        for (Map.Entry<String, String> document : DOCUMENTS.entrySet()) {
            String body = given().baseUri(SUITE.gatewayUrl()).get(document.getValue())
                    .then().statusCode(200).extract().asString();
            Files.writeString(BUILD.resolve(document.getKey() + ".json"), body, StandardCharsets.UTF_8);
        }
        if (!Files.isDirectory(CONTRACT.resolve("node_modules"))) {
            assertThat(run("npm", "ci", "--no-audit", "--no-fund")).as("npm ci in openapi/").startsWith("exit 0");
        }
    }

    @Test
    void redoclyFindsNoErrorInAnyDocument() throws Exception {
        assertThat(run(command("redocly", "lint", "--config", "redocly.yaml"))).startsWith("exit 0");
    }

    @Test
    void spectralWithTheOwaspRulesFindsNoErrorInAnyDocument() throws Exception {
        assertThat(run(command("spectral", "lint", "--fail-severity", "error", "--ruleset", "spectral.mjs")))
                .startsWith("exit 0");
    }

    @Test
    void theCheckedInTypeScriptClientMatchesTheMergedDocument() throws Exception {
        assertThat(run("npx", "--no-install", "openapi-typescript", "build/api.json", "-o", "build/api.d.ts"))
                .startsWith("exit 0");
        assertThat(Files.readString(BUILD.resolve("api.d.ts")))
                .as("openapi/client/api.d.ts is behind the API: regenerate it (openapi/README.md)")
                .isEqualTo(Files.readString(CONTRACT.resolve("client").resolve("api.d.ts")));
    }

    private static String[] command(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", tool));
        command.addAll(List.of(arguments));
        DOCUMENTS.keySet().stream().sorted().forEach(name -> command.add("build/" + name + ".json"));
        return command.toArray(String[]::new);
    }

    /** "exit N" and the command's output, so that a failure shows what the tool said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(CONTRACT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "timed out: " + String.join(" ", command) + "\n" + output;
        }
        return "exit " + process.exitValue() + ": " + String.join(" ", command) + "\n" + output;
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
