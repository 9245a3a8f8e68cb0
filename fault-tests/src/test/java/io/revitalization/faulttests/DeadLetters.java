package io.revitalization.faulttests;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** The dead-letter topics ({@code <topic>.<consumer>.dlq}) on the broker and how many records each holds. */
final class DeadLetters {

    private DeadLetters() {
    }

    static Map<String, Long> recordsPerTopic(String bootstrapServers)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> deadLetterTopics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(".dlq")).collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(deadLetterTopics).allTopicNames()
                    .get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<String, Long> records = new TreeMap<>();
            deadLetterTopics.forEach(topic -> records.put(topic, 0L));
            admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS)
                    .forEach((partition, end) -> records.merge(partition.topic(), end.offset(), Long::sum));
            return records;
        }
    }
}
