package io.revitalization.systemtests;

import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service of a running suite serves HTTP on Netty's epoll transport: service-support's
 * {@code quarkus.vertx.prefer-native-transport} and the native libraries it ships.
 */
@EnabledOnOs(OS.LINUX)
class HttpTransportTest {
    private static final String EPOLL_LIBRARY = "netty_transport_native_epoll";

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void everyServiceRunsOnEpoll() throws IOException {
        for (SuiteService service : SuiteService.values()) {
            long pid = SUITE.suite().service(service).pid();
            assertThat(Files.readString(Path.of("/proc", Long.toString(pid), "maps")))
                    .as("%s's mapped libraries", service).contains(EPOLL_LIBRARY);
        }
    }
}
