package io.revitalization.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes raw records, e.g. to check what a service published or to send it a poison event. In a
 * {@code @QuarkusTest}: {@code new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))}.
 */
public final class KafkaTestClient {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reads the topic from the beginning (as a new consumer group) until a record matches.
     *
     * @return every record read, the matching one last; in order per partition, i.e. per key, not across keys
     * @throws AssertionError when none matched within the timeout, with how many records were read
     */
    public List<ConsumerRecord<String, String>> consumeUntil(String topic, Predicate<ConsumerRecord<String, String>> until,
                                                             Duration timeout) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-client-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    read.add(record);
                    if (until.test(record)) {
                        return read;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout.toSeconds() + " s; read "
                + read.size() + " record(s)" + (read.isEmpty() ? "" : ", the last: " + describe(read.get(read.size() - 1))));
    }

    /** The first record of the topic that matches, waiting up to the timeout. */
    public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                      Duration timeout) {
        List<ConsumerRecord<String, String>> read = consumeUntil(topic, matching, timeout);
        return read.get(read.size() - 1);
    }

    /** Sends a record as is, e.g. a poison event, and waits until the broker has it. */
    public void produce(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not produce to " + topic, e.getCause());
        }
    }

    /** The CloudEvents attributes of a binary-mode record: its {@code ce_*} headers and {@code content-type}. */
    public static Map<String, String> cloudEventHeaders(ConsumerRecord<?, ?> record) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                attributes.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return attributes;
    }

    /** A header's value as text, e.g. {@code dead-letter-reason}. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String describe(ConsumerRecord<String, String> record) {
        return "key=" + record.key() + " value=" + record.value() + " headers=" + cloudEventHeaders(record);
    }
}
