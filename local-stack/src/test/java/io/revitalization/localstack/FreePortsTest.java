package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

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
    void portsHandedOutAreFreeToBind() {
        IntStream.of(FreePorts.allocate(5)).forEach(port -> assertThat(FreePorts.isFree(port)).isTrue());
    }
}
