package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * The partnership network as a graph library draws it: institutions as nodes, one undirected edge per pair of
 * members of a partnership ({@code source}/{@code target} are node ids). Partnerships whose members the source
 * does not name have no edges; they are listed apart.
 */
public record Network(Integer year, List<Node> nodes, List<Edge> edges, List<Unattributed> unnamedMembership) {

    public record Node(UUID id, String slug, String label, LocalizedText name, String country, String kind,
                       int partnerships) {
    }

    /** {@code activities}: active updates of the partnership in the year (all years when none is given). */
    public record Edge(String id, UUID source, UUID target, UUID partnershipId, String partnershipSlug, String label,
                       PartnershipKind kind, Phase phase, AgreementStatus agreementStatus, long activities) {
    }

    public record Unattributed(UUID partnershipId, String partnershipSlug, String label, PartnershipKind kind) {
    }
}
