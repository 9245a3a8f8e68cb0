package io.revitalization.systemtests;

import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walkthrough as a user runs it: {@code docs/walkthrough/walkthrough.sh} (curl and jq) against the
 * started suite, twice, since a user runs it again on the same suite; and every request the README's "Using it"
 * section shows is one the script makes.
 */
class WalkthroughTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final Path REPO = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .toAbsolutePath().normalize();
    private static final Path SCRIPT = REPO.resolve("docs/walkthrough/walkthrough.sh");
    /** A request path in a curl command: {@code $GW/api/v1/…} up to the query, a quote or a space. */
    private static final Pattern REQUEST_PATH = Pattern.compile("\\$GW(/api/v1/[^?\"'\\s]*)");

    @Test
    void theWalkthroughPassesAndPassesAgainOnTheSameSuite() throws Exception {
        for (int run = 1; run <= 2; run++) {
            String output = runScript();
            assertThat(output).as("run " + run).contains("walkthrough: all ").contains(" checks passed");
        }
    }

    @Test
    void everyRequestOfTheReadmesWalkthroughIsOneTheScriptMakes() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int start = readme.indexOf("## Using it");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        String script = normalized(Files.readString(SCRIPT));
        List<String> paths = REQUEST_PATH.matcher(section).results().map(match -> match.group(1)).toList();

        assertThat(paths).hasSizeGreaterThan(15);
        for (String path : paths) {
            assertThat(script).as("the script makes the README's request " + path).contains(normalized(path));
        }
    }

    /** The README names the walkthrough's own values ($CASE, $SLUG) as the script does. */
    private static String normalized(String text) {
        Matcher variables = Pattern.compile("\\$\\{?(CASE|SLUG)}?").matcher(text);
        return variables.replaceAll("\\$VARIABLE");
    }

    private static String runScript() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("GW", SUITE.gatewayUrl());
        builder.environment().put("ADMIN_KEY", SUITE.adminKey());
        Process script = builder.start();
        byte[] output = script.getInputStream().readAllBytes();
        assertThat(script.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(script.exitValue()).as(text).isZero();
        return text;
    }
}
