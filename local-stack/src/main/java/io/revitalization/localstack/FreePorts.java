package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Free TCP ports on the loopback interface. A port is handed out once per JVM: the suite asks for Kafka's, PostgreSQL's
 * and the services' ports in separate calls, before any of them is bound, and the system may offer a port it offered
 * a moment ago once its probing socket is closed.
 */
public final class FreePorts {

    private static final int ATTEMPTS_PER_PORT = 50;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int[] allocate(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            for (int attempt = 0; ports.size() < count; attempt++) {
                if (attempt == ATTEMPTS_PER_PORT * count) {
                    throw new IllegalStateException("No " + count + " free ports not handed out before in "
                            + attempt + " attempts");
                }
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                if (!HANDED_OUT.contains(socket.getLocalPort())) {
                    ports.add(socket.getLocalPort());
                }
            }
            HANDED_OUT.addAll(ports);
            return ports.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
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

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port is free either way
        }
    }
}
