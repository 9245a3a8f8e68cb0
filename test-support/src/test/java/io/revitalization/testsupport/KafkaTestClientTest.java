package io.revitalization.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaTestClientTest {

    private final Map<String, String> config = new KafkaResource().start();
    private final KafkaTestClient kafka = new KafkaTestClient(config.get("kafka.bootstrap.servers"));

    @Test
    void readsBackWhatWasProducedWithItsHeadersInTheOrderOfItsKey() {
        String topic = "revit.cases.v1." + UUID.randomUUID();
        kafka.produce(topic, "case-1", "{\"version\":1}", Map.of("ce_type", "case.created.v1", "ce_id", "e-1"));
        kafka.produce(topic, "case-1", "not json", Map.of("ce_type", "case.updated.v1", "dead-letter-reason", "poison"));

        List<ConsumerRecord<String, String>> read = kafka.consumeUntil(topic, r -> r.value().equals("not json"),
                Duration.ofSeconds(30));

        assertThat(read).extracting(ConsumerRecord::value).containsExactly("{\"version\":1}", "not json");
        assertThat(KafkaTestClient.cloudEventHeaders(read.get(0)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ce_type", "case.created.v1", "ce_id", "e-1"));
        assertThat(KafkaTestClient.header(read.get(1), "dead-letter-reason")).contains("poison");
    }

    @Test
    void failsNamingWhatItReadWhenNothingMatches() {
        String topic = "revit.partnerships.v1." + UUID.randomUUID();
        kafka.produce(topic, "p-1", "{}", Map.of());

        assertThatThrownBy(() -> kafka.awaitRecord(topic, r -> r.key().equals("p-2"), Duration.ofSeconds(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("read 1 record(s)")
                .hasMessageContaining("key=p-1");
    }

    @Test
    void givesEveryRunItsOwnId() {
        assertThat(config.get("test.run-id")).isNotBlank();
    }
}
