package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InstancePortsTest {

    private static Map<SuiteService, Integer> defaultPorts() {
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, service.defaultPort());
        }
        return ports;
    }

    private static Map<SuiteService, Integer> defaultManagementPorts() {
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, service.defaultManagementPort());
        }
        return ports;
    }

    @Test
    void oneInstanceKeepsThePortsAskedFor() {
        InstancePorts ports = InstancePorts.allocate(defaultPorts(), defaultManagementPorts(), 1);

        assertThat(ports.instances()).isEqualTo(1);
        assertThat(ports.port(SuiteService.GATEWAY, 0)).isEqualTo(8080);
        assertThat(ports.routesOfGateway(0, "127.0.0.1")).containsExactly(
                Map.entry("gateway.routes.cases", "http://127.0.0.1:8081"),
                Map.entry("gateway.routes.comparison", "http://127.0.0.1:8082"),
                Map.entry("gateway.routes.partnerships", "http://127.0.0.1:8083"));
    }

    @Test
    void furtherInstancesGetDistinctFreePortsAndEachGatewayRoutesToItsOwnInstances() {
        InstancePorts ports = InstancePorts.allocate(defaultPorts(), defaultManagementPorts(), 2);

        List<Integer> all = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            assertThat(ports.port(service, 0)).isEqualTo(service.defaultPort());
            assertThat(ports.managementPort(service, 0)).isEqualTo(service.defaultManagementPort());
            all.add(ports.port(service, 0));
            all.add(ports.port(service, 1));
            all.add(ports.managementPort(service, 0));
            all.add(ports.managementPort(service, 1));
        }
        assertThat(new HashSet<>(all)).hasSize(16);
        assertThat(ports.routesOfGateway(1, "127.0.0.1")).containsEntry("gateway.routes.cases",
                "http://127.0.0.1:" + ports.port(SuiteService.CASES, 1));
        assertThat(InstancePorts.name(SuiteService.CASES, 0)).isEqualTo("cases-service");
        assertThat(InstancePorts.name(SuiteService.GATEWAY, 1)).isEqualTo("gateway-2");
    }

    @Test
    void freePortsAskedForAreAllocatedToo() {
        Map<SuiteService, Integer> free = defaultPorts();
        free.replaceAll((service, port) -> 0);

        InstancePorts ports = InstancePorts.allocate(free, free, 2);

        assertThat(ports.port(SuiteService.GATEWAY, 0)).isPositive();
        assertThat(ports.port(SuiteService.GATEWAY, 1)).isPositive().isNotEqualTo(ports.port(SuiteService.GATEWAY, 0));
        assertThat(ports.managementPort(SuiteService.GATEWAY, 1)).isPositive()
                .isNotIn(ports.port(SuiteService.GATEWAY, 0), ports.port(SuiteService.GATEWAY, 1),
                        ports.managementPort(SuiteService.GATEWAY, 0));
    }

    @Test
    void anotherInstanceKeepsThePortsOfTheRunningOnesAndRoutesItsGatewayToItsOwn() {
        InstancePorts one = InstancePorts.allocate(defaultPorts(), defaultManagementPorts(), 1);

        InstancePorts two = one.withAnotherInstance();

        assertThat(two.instances()).isEqualTo(2);
        for (SuiteService service : SuiteService.values()) {
            assertThat(two.port(service, 0)).isEqualTo(service.defaultPort());
            assertThat(two.managementPort(service, 0)).isEqualTo(service.defaultManagementPort());
            assertThat(two.port(service, 1)).isPositive().isNotEqualTo(two.managementPort(service, 1));
        }
        assertThat(two.routesOfGateway(1, "127.0.0.1")).containsEntry("gateway.routes.comparison",
                "http://127.0.0.1:" + two.port(SuiteService.COMPARISON, 1));
    }

    @Test
    void refusesFewerThanOneInstance() {
        assertThatThrownBy(() -> InstancePorts.allocate(defaultPorts(), defaultManagementPorts(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
