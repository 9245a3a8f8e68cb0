package io.revitalization.comparison.app.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.values.LocalizedText;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll's case events applied together, set-based, leave the projections and groups exactly as the same events
 * applied one at a time, the straightforward way, do: random polls of creations, updates, deletions, revivals,
 * repeats and stale versions, of cases whose institutions are members of partnerships with phase histories.
 */
@QuarkusTest
class CaseEventsTogetherTest {
    private static final int CASES = 14;
    private static final int INSTITUTIONS = 6;

    @Inject
    Projections projections;
    @Inject
    DataSource dataSource;

    @Test
    @SuppressWarnings("unchecked")
    void eventsAppliedTogetherEndAsAppliedOneByOne() throws SQLException {
        String run = Fixtures.unique("T");
        List<UUID> institutions = IntStream.range(0, INSTITUTIONS).mapToObj(i -> UUID.randomUUID()).toList();
        partnership(run + "-a", List.of(institutions.get(0), institutions.get(1)));
        partnership(run + "-b", List.of(institutions.get(1), institutions.get(2), institutions.get(3)));
        Set<String> groupsSeen = new TreeSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            List<UUID> together = IntStream.range(0, CASES).mapToObj(i -> UUID.randomUUID()).toList();
            List<UUID> oneByOne = IntStream.range(0, CASES).mapToObj(i -> UUID.randomUUID()).toList();
            List<Event> events = events(random, run, institutions);
            int cut = random.nextInt(events.size() + 1);

            projections.applyCases(events.subList(0, cut).stream().map(event -> event.of(together, "t")).toList());
            projections.applyCases(events.subList(cut, events.size()).stream()
                    .map(event -> event.of(together, "t")).toList());
            events.forEach(event -> projections.applyCases(List.of(event.of(oneByOne, "o"))));

            for (int i = 0; i < CASES; i++) {
                Map<String, Object> state = state(together.get(i));
                assertThat(state).as("seed %d, case %d", seed, i).isEqualTo(state(oneByOne.get(i)));
                groupsSeen.addAll((Set<String>) state.get("groups"));
            }
        }
        // both partnerships' phases, each for the years it was in force, were among what was compared
        assertThat(groupsSeen).anyMatch(group -> group.startsWith("partnershipPhase " + run + "-a-first "))
                .anyMatch(group -> group.startsWith("partnershipPhase " + run + "-b-second "));
    }

    /** A case's {@code version}th state, for the case at {@code index}. */
    private record Event(int index, long version, String country, List<UUID> institutions, List<String> programs,
                         boolean deleted) {
        CaseUpdate of(List<UUID> ids, String prefix) {
            UUID id = ids.get(index);
            return new CaseUpdate(id, prefix + "-" + id, version, country, institutions.isEmpty() ? null
                    : institutions.get(0), institutions, programs, LocalizedText.of(null, null, "case " + index),
                    deleted, false, List.of());
        }
    }

    /** Each case's states in version order, then shuffled a little: repeats and stale versions among them. */
    private static List<Event> events(Random random, String run, List<UUID> institutions) {
        List<Event> events = new ArrayList<>();
        for (int index = 0; index < CASES; index++) {
            int versions = 1 + random.nextInt(4);
            for (long version = 1; version <= versions; version++) {
                List<UUID> chosen = new ArrayList<>(institutions);
                Collections.shuffle(chosen, random);
                events.add(new Event(index, version, random.nextBoolean() ? run + "JP" : run + "TW",
                        List.copyOf(chosen.subList(0, random.nextInt(3) + 1)),
                        random.nextBoolean() ? List.of(run + "-P") : List.of(),
                        version > 1 && random.nextInt(3) == 0));
            }
        }
        Collections.shuffle(events, random);
        for (int repeats = random.nextInt(4); repeats > 0; repeats--) {
            events.add(events.get(random.nextInt(events.size())));
        }
        return events;
    }

    private void partnership(String slug, List<UUID> members) {
        UUID id = UUID.randomUUID();
        projections.applyPartnership(new PartnershipUpdate(id, slug, 2, slug + "-second", members, false, true));
        projections.applyPhaseChange(new PhaseChange(id, 1, 1, null, slug + "-first", LocalDate.of(2019, 4, 1)));
        projections.applyPhaseChange(new PhaseChange(id, 2, 2, slug + "-first", slug + "-second",
                LocalDate.of(2022, 4, 1)));
    }

    /** What the projection and the groups hold of a case, without its id. */
    private Map<String, Object> state(UUID caseId) throws SQLException {
        Map<String, Object> state = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("SELECT version, country, institution_ids, "
                    + "programs, deleted, title::text FROM case_projection WHERE id = ?")) {
                query.setObject(1, caseId);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("case %s projected", caseId).isTrue();
                    state.put("version", row.getLong(1));
                    state.put("country", row.getString(2));
                    state.put("institutions", List.of((Object[]) row.getArray(3).getArray()));
                    state.put("programs", List.of((Object[]) row.getArray(4).getArray()));
                    state.put("deleted", row.getBoolean(5));
                    state.put("title", row.getString(6));
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT grouping, group_key, first_year, "
                    + "last_year FROM case_group WHERE case_id = ?")) {
                query.setObject(1, caseId);
                Set<String> groups = new TreeSet<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        groups.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3) + "-"
                                + rows.getInt(4));
                    }
                }
                state.put("groups", groups);
            }
        }
        return state;
    }
}
