package io.revitalization.backbone.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code consumer_group_lag{group,topic}}: how many records of a topic this service's consumer group has not yet
 * committed, summed over the topic's partitions (a partition without a committed offset counts from its first
 * record). Read from the broker with Kafka's admin client every {@code backbone.inbox.lag-interval}, so it is 0
 * for an idle consumer that is caught up, where Kafka's own per-partition gauge is NaN. NaN while the broker cannot
 * be asked.
 */
@ApplicationScoped
public class ConsumerLag {
    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final long TIMEOUT_SECONDS = 5;

    private final MeterRegistry meters;
    /** Topics by consumer group, of this service's Kafka channels. */
    private final Map<String, Set<String>> subscriptions;
    private final String bootstrapServers;
    private final Map<List<String>, Double> lags = new ConcurrentHashMap<>();
    private Admin admin;

    public ConsumerLag(MeterRegistry meters, Config config) {
        this.meters = meters;
        this.subscriptions = subscriptions(config);
        this.bootstrapServers = config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse(null);
    }

    @Scheduled(every = "${backbone.inbox.lag-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (subscriptions.isEmpty() || bootstrapServers == null) {
            return;
        }
        subscriptions.forEach((group, topics) -> {
            try {
                lagOf(group, topics).forEach((topic, lag) -> record(group, topic, lag));
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.debugf("the lag of consumer group %s could not be read: %s", group, e.getMessage());
                topics.forEach(topic -> record(group, topic, Double.NaN));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }

    private void record(String group, String topic, double lag) {
        List<String> key = List.of(group, topic);
        if (lags.put(key, lag) == null) {
            Gauge.builder("consumer.group.lag", lags, all -> all.getOrDefault(key, Double.NaN))
                    .tag("group", group).tag("topic", topic)
                    .description("records of the topic the consumer group has not committed yet")
                    .register(meters);
        }
    }

    private Map<String, Double> lagOf(String group, Set<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Admin client = admin();
        Map<String, Double> lag = new TreeMap<>();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic
                : client.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                topic.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).partitions().forEach(partition ->
                        partitions.put(new TopicPartition(topic.getKey(), partition.partition()), OffsetSpec.latest()));
                lag.put(topic.getKey(), 0.0);
            } catch (ExecutionException notThereYet) {
                // a topic nobody has written to yet: nothing to lag behind
                lag.put(topic.getKey(), 0.0);
            }
        }
        if (partitions.isEmpty()) {
            return lag;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(partitions)
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = client.listOffsets(partitions.keySet()
                        .stream().collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.earliest())))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (TopicPartition partition : partitions.keySet()) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done != null ? done.offset() : starts.get(partition).offset();
            lag.merge(partition.topic(), (double) Math.max(0, ends.get(partition).offset() - from), Double::sum);
        }
        return lag;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
        }
        return admin;
    }

    /** The topics of each consumer group of this service's incoming Kafka channels. */
    private static Map<String, Set<String>> subscriptions(Config config) {
        String application = config.getOptionalValue("quarkus.application.name", String.class).orElse("application");
        Map<String, Set<String>> byGroup = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher incoming = INCOMING.matcher(name);
            if (!incoming.matches() || !config.getOptionalValue(name, String.class).orElse("")
                    .equals("smallrye-kafka")) {
                continue;
            }
            String channel = "mp.messaging.incoming." + incoming.group(1) + ".";
            String topic = config.getOptionalValue(channel + "topic", String.class).orElse(incoming.group(1));
            String group = config.getOptionalValue(channel + "group.id", String.class)
                    .or(() -> config.getOptionalValue("kafka.group.id", String.class)).orElse(application);
            byGroup.computeIfAbsent(group, any -> new TreeSet<>()).add(topic);
        }
        return byGroup;
    }
}
