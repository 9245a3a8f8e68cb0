package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAskedForInSeparateCallsAreNeverTheSame() {
        // Kafka's, PostgreSQL's and the services' ports are asked for one call after another, before any is bound
        Set<Integer> seen = new HashSet<>();
        for (int call = 0; call < 1_500; call++) {
            for (int port : FreePorts.allocate(2)) {
                assertThat(seen.add(port)).as("port %d handed out again in call %d", port, call).isTrue();
            }
        }
    }

    @Test
    void portsHandedOutAreNoneTheSystemGivesOutgoingConnections() throws IOException {
        // such a port could be taken by a connection a starting service opens, before the service meant to bind it
        Path ephemeral = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int firstEphemeral = Files.exists(ephemeral)
                ? Integer.parseInt(Files.readAllLines(ephemeral).get(0).trim().split("\\s+")[0]) : 32_768;
        IntStream.of(FreePorts.allocate(50)).forEach(port -> assertThat(port).isLessThan(firstEphemeral));
    }

    @Test
    void portsHandedOutAreFreeToBind() {
        IntStream.of(FreePorts.allocate(5)).forEach(port -> assertThat(FreePorts.isFree(port)).isTrue());
    }
}
