package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.PartnershipHistory;
import io.revitalization.comparison.domain.analysis.PhaseHistory;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The phase history of each partnership (table {@code partnership_phase_change}), from its phase-change events. */
@ApplicationScoped
public class PhaseHistoryRepository {
    private final EntityManager entityManager;

    public PhaseHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records a change under its number in the history; a change without one (an event written before events
     * carried it) comes after those held. A number already held keeps the change recorded first.
     */
    public void record(UUID partnershipId, Integer sequence, String from, String to, LocalDate at) {
        NativeStatements.change(entityManager, entityManager.createNativeQuery("""
                        INSERT INTO partnership_phase_change (partnership_id, sequence, from_phase, to_phase, changed_on)
                        VALUES (:partnership, coalesce(CAST(:sequence AS integer), (SELECT coalesce(max(sequence), 0) + 1
                                FROM partnership_phase_change WHERE partnership_id = :partnership)),
                                :from, :to, CAST(:at AS date))
                        ON CONFLICT (partnership_id, sequence) DO NOTHING""")
                .setParameter("partnership", partnershipId)
                .setParameter("sequence", sequence)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("at", at == null ? null : at.toString()), "partnership_phase_change");
    }

    /**
     * The histories of the live public partnerships that have any of the institutions as a confirmed member, with
     * their members. Runs for every poll of case events, so it goes to JDBC directly: Hibernate keys its plan cache
     * for a native query with a result class by a mapping that never equals the next one, so every call missed the
     * cache and searched a growing bin of it (most of a projection's time under a bulk import).
     */
    public List<PartnershipHistory> ofPartnershipsWithAnyMember(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.id, p.phase, h.from_phase, h.to_phase, h.changed_on, p.member_ids
                    FROM partnership_projection p
                    LEFT JOIN partnership_phase_change h ON h.partnership_id = p.id
                    WHERE NOT p.deleted AND p.is_public AND p.member_ids && ?
                    ORDER BY p.id, h.sequence""")) {
                query.setArray(1, connection.createArrayOf("uuid", institutionIds.toArray()));
                Map<UUID, String> current = new LinkedHashMap<>();
                Map<UUID, List<UUID>> members = new LinkedHashMap<>();
                Map<UUID, List<PhaseHistory.Step>> steps = new LinkedHashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        current.put(id, rows.getString(2));
                        members.computeIfAbsent(id, key -> memberIds(rows));
                        List<PhaseHistory.Step> held = steps.computeIfAbsent(id, key -> new ArrayList<>());
                        String to = rows.getString(4);
                        if (to != null) {
                            Date at = rows.getDate(5);
                            held.add(new PhaseHistory.Step(rows.getString(3), to, at == null ? null : at.toLocalDate()));
                        }
                    }
                }
                return current.entrySet().stream()
                        .map(entry -> new PartnershipHistory(members.get(entry.getKey()),
                                new PhaseHistory(entry.getValue(), steps.get(entry.getKey()))))
                        .toList();
            }
        });
    }

    private static List<UUID> memberIds(ResultSet rows) {
        try {
            return List.of((UUID[]) rows.getArray(6).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("a partnership's members could not be read", e);
        }
    }
}
