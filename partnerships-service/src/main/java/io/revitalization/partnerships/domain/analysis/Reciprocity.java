package io.revitalization.partnerships.domain.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reciprocity: the share of activity flowing each way (JP→TW, TW→JP) and both ways, per year and over all years,
 * with the number of partnerships whose activity is counted.
 */
public record Reciprocity(List<Year> years, Flows allYears, int partnerships) {

    public record Year(int year, int partnerships, Flows flows) {
    }

    public static Reciprocity of(List<FlowCount> counts) {
        Map<Integer, Flows> byYear = new TreeMap<>();
        Map<Integer, Set<UUID>> partnershipsByYear = new TreeMap<>();
        Set<UUID> all = new HashSet<>();
        Flows total = Flows.NONE;
        for (FlowCount count : counts) {
            byYear.merge(count.year(), Flows.NONE.plus(count.direction(), count.count()), Flows::plus);
            partnershipsByYear.computeIfAbsent(count.year(), year -> new HashSet<>()).add(count.partnershipId());
            all.add(count.partnershipId());
            total = total.plus(count.direction(), count.count());
        }
        List<Year> years = byYear.entrySet().stream()
                .map(entry -> new Year(entry.getKey(), partnershipsByYear.get(entry.getKey()).size(), entry.getValue()))
                .toList();
        return new Reciprocity(years, total, all.size());
    }
}
