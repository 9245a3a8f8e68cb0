package io.revitalization.support.persistence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersionSevenAndSortAsPostgresqlSortsThemInTheOrderTheyWereMade() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            made.add(TimeOrderedIds.next());
        }

        assertThat(made).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(new HashSet<>(made)).hasSize(made.size());
        // PostgreSQL orders uuid values byte by byte, unsigned: as their lower-case text sorts
        List<String> texts = made.stream().map(UUID::toString).toList();
        assertThat(texts).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void anIdCarriesTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }
}
