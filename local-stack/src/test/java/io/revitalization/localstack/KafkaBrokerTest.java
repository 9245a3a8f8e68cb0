package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void keepsAcknowledgedRecordsWhenKilledAndRestarted() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(null, 0)) {
            produce(broker, "revit.cases.v1", "case-1", "{\"version\":1}");
            assertThat(consumeAll(broker, "revit.cases.v1")).containsExactly("case-1={\"version\":1}");

            broker.kill();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();

            assertThat(broker.isRunning()).isTrue();
            assertThat(consumeAll(broker, "revit.cases.v1")).containsExactly("case-1={\"version\":1}");
        }
    }

    private static void produce(KafkaBroker broker, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Every record of the topic as {@code key=value}, read until a poll brings nothing new after the first record. */
    private static List<String> consumeAll(KafkaBroker broker, String topic) {
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofSeconds(1)).forEach(r -> records.add(r.key() + "=" + r.value()));
                if (!records.isEmpty() && records.size() == before) {
                    break;
                }
            }
        }
        return records;
    }
}
