package io.revitalization.localstack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP and management ports of every instance of every service when the suite runs several
 * ({@code ./suite up --instances N}): the first instance on the ports asked for (0: a free one), the others on free
 * ports. Gateway k routes to instance k of each service, since a gateway takes one base URL per service; all
 * instances share PostgreSQL and Kafka.
 */
record InstancePorts(Map<SuiteService, List<Integer>> ports, Map<SuiteService, List<Integer>> managementPorts) {

    InstancePorts {
        ports = Map.copyOf(ports);
        managementPorts = Map.copyOf(managementPorts);
    }

    static InstancePorts allocate(Map<SuiteService, Integer> firstPorts, Map<SuiteService, Integer> firstManagementPorts,
                                  int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("--instances needs a number of at least 1, not " + instances);
        }
        FreePortSupply free = new FreePortSupply(wanted(firstPorts, instances) + wanted(firstManagementPorts, instances));
        return new InstancePorts(perInstance(firstPorts, instances, free), perInstance(firstManagementPorts, instances, free));
    }

    private static int wanted(Map<SuiteService, Integer> firstPorts, int instances) {
        return (int) (firstPorts.values().stream().filter(port -> port == 0).count()
                + (long) firstPorts.size() * (instances - 1));
    }

    private static Map<SuiteService, List<Integer>> perInstance(Map<SuiteService, Integer> firstPorts, int instances,
                                                                FreePortSupply free) {
        Map<SuiteService, List<Integer>> ports = new EnumMap<>(SuiteService.class);
        for (Map.Entry<SuiteService, Integer> first : firstPorts.entrySet()) {
            List<Integer> ofService = new ArrayList<>();
            ofService.add(first.getValue() == 0 ? free.next() : first.getValue());
            for (int instance = 1; instance < instances; instance++) {
                ofService.add(free.next());
            }
            ports.put(first.getKey(), List.copyOf(ofService));
        }
        return ports;
    }

    /** These ports and one more instance of each service, on free ports (a further round on a running suite). */
    InstancePorts withAnotherInstance() {
        int[] free = FreePorts.allocate(2 * ports.size());
        return new InstancePorts(appended(ports, free, 0), appended(managementPorts, free, ports.size()));
    }

    private static Map<SuiteService, List<Integer>> appended(Map<SuiteService, List<Integer>> ports, int[] free, int from) {
        Map<SuiteService, List<Integer>> more = new EnumMap<>(SuiteService.class);
        int next = from;
        for (SuiteService service : SuiteService.values()) {
            List<Integer> ofService = new ArrayList<>(ports.get(service));
            ofService.add(free[next++]);
            more.put(service, List.copyOf(ofService));
        }
        return more;
    }

    int instances() {
        return ports.get(SuiteService.GATEWAY).size();
    }

    int port(SuiteService service, int instance) {
        return ports.get(service).get(instance);
    }

    int managementPort(SuiteService service, int instance) {
        return managementPorts.get(service).get(instance);
    }

    /** The {@code gateway.routes.*} of gateway {@code instance}: the same instance of each service. */
    Map<String, String> routesOfGateway(int instance, String servicesHost) {
        Map<String, String> routes = new LinkedHashMap<>();
        for (SuiteService routed : SuiteService.values()) {
            if (routed != SuiteService.GATEWAY) {
                routes.put("gateway.routes." + routed.database(),
                        "http://" + servicesHost + ":" + port(routed, instance));
            }
        }
        return routes;
    }

    /** Instance 0 is the service's module name; the others add their number from 2 on (its process and log name). */
    static String name(SuiteService service, int instance) {
        return instance == 0 ? service.module() : service.module() + "-" + (instance + 1);
    }

    /** Free ports taken in one allocation, so that none is handed out twice. */
    private static final class FreePortSupply {
        private final int[] ports;
        private int next;

        FreePortSupply(int count) {
            ports = FreePorts.allocate(count);
        }

        int next() {
            return ports[next++];
        }
    }
}
