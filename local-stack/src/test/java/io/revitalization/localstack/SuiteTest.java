package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the suite does before it starts anything; starting it needs the packaged services (system-tests). */
class SuiteTest {

    @Test
    void refusesToStartNamingEveryServiceThatIsNotBuilt(@TempDir Path repo) throws Exception {
        Path builtJar = SuiteService.GATEWAY.jar(repo);
        Files.createDirectories(builtJar.getParent());
        Files.writeString(builtJar, "");
        Path data = repo.resolve("data");

        assertThatThrownBy(() -> Suite.builder().repoRoot(repo).dataDirectory(data).freePorts().progress(line -> { }).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cases-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("comparison-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("partnerships-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageNotContaining("gateway/target")
                .hasMessageContaining("./mvnw -q -DskipTests install");
        assertThat(data).doesNotExist();
    }

    @Test
    void findsTheRepositoryAboveAModule(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("mvnw"), "");
        Files.createDirectories(repo.resolve("local-stack"));
        Path module = Files.createDirectories(repo.resolve("system-tests/target"));

        assertThat(Suite.findRepoRoot(module)).isEqualTo(repo.toAbsolutePath());
    }
}
