package io.revitalization.systemtests;

import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Only the gateway faces the network: the services listen on loopback, so nobody on the network can reach them
 * past the gateway's keys and rate limits; the gateway listens on every interface. Health and metrics (every
 * service's management port, the gateway's too) are for this machine only.
 */
class NetworkExposureTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void theServicesAreOnlyReachableFromThisMachineAndTheGatewayFromTheNetwork() throws SocketException {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        for (SuiteService service : SuiteService.values()) {
            int port = SUITE.suite().service(service).port();
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).as(service + " on loopback").isTrue();
            assertThat(connects(network.get(), port)).as(service + " on " + network.get())
                    .isEqualTo(service == SuiteService.GATEWAY);
        }
    }

    @Test
    void everyManagementPortIsOnlyReachableFromThisMachine() throws SocketException {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        for (SuiteService service : SuiteService.values()) {
            int port = SUITE.suite().service(service).managementPort();
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).as(service + " management on loopback").isTrue();
            assertThat(connects(network.get(), port)).as(service + " management on " + network.get()).isFalse();
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(NetworkExposureTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
