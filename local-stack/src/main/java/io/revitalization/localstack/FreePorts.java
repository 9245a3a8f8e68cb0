package io.revitalization.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on the loopback interface. A port is handed out once per JVM: the suite asks for Kafka's, PostgreSQL's
 * and the services' ports in separate calls, before any of them is bound.
 *
 * <p>The ports lie below the system's range of ephemeral ports, the ones it gives the local end of an outgoing
 * connection. A port from that range (what binding port 0 hands out) could be taken by one of the hundreds of
 * connections the services and the broker open while they start, before the service it was meant for binds it: a
 * gateway then failed to start with its port in use.
 */
public final class FreePorts {

    private static final int ATTEMPTS_PER_PORT = 50;
    private static final int LOWEST = 20_000;
    /** Where Linux's default ephemeral range begins (32768–60999); macOS's and Windows' begin at 49152. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final Path LINUX_EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int CEILING = ceiling();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int[] allocate(int count) {
        List<Integer> ports = new ArrayList<>();
        for (int attempt = 0; ports.size() < count; attempt++) {
            if (attempt == ATTEMPTS_PER_PORT * count) {
                throw new IllegalStateException("No " + count + " free ports between " + LOWEST + " and " + CEILING
                        + " not handed out before in " + attempt + " attempts");
            }
            int port = ThreadLocalRandom.current().nextInt(LOWEST, CEILING);
            if (!HANDED_OUT.contains(port) && !ports.contains(port) && isFree(port)) {
                ports.add(port);
            }
        }
        HANDED_OUT.addAll(ports);
        return ports.stream().mapToInt(Integer::intValue).toArray();
    }

    public static int one() {
        return allocate(1)[0];
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where the ephemeral ports begin, if a thousand ports or more lie between {@link #LOWEST} and there. Read a line
     * at once: a sysctl file answers only a read from its start ({@code Files.readString} first reads one byte).
     */
    private static int ceiling() {
        try {
            int start = Integer.parseInt(Files.readAllLines(LINUX_EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
            return start - LOWEST >= 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
