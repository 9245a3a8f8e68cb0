package io.revitalization.partnerships.app;

import io.revitalization.partnerships.config.PartnershipsConfig;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.domain.Member;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.analysis.FlowCount;
import io.revitalization.partnerships.domain.analysis.Flows;
import io.revitalization.partnerships.domain.analysis.PhaseSuggester;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion;
import io.revitalization.partnerships.domain.analysis.PhaseThresholds;
import io.revitalization.partnerships.domain.analysis.Reciprocity;
import io.revitalization.partnerships.persistence.InstitutionRepository;
import io.revitalization.partnerships.persistence.PartnershipRepository;
import io.revitalization.partnerships.persistence.PartnershipUpdateRepository;
import io.revitalization.partnerships.persistence.Visibility;
import io.revitalization.support.security.Caller;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Views derived from partnerships and their updates: reciprocity, the phase suggestion, the network. */
@ApplicationScoped
public class InsightService {
    /** For a partnership the caller has already been allowed to see. */
    private static final Visibility EVERYTHING = new Visibility(true, Optional.empty());

    private final PartnershipRepository partnerships;
    private final PartnershipUpdateRepository updates;
    private final InstitutionRepository institutions;
    private final PhaseSuggester suggester;

    public InsightService(PartnershipRepository partnerships,
                          PartnershipUpdateRepository updates, InstitutionRepository institutions,
                          PartnershipsConfig config) {
        this.partnerships = partnerships;
        this.updates = updates;
        this.institutions = institutions;
        PartnershipsConfig.PhaseSuggestion thresholds = config.phaseSuggestion();
        this.suggester = new PhaseSuggester(new PhaseThresholds(thresholds.minActivities(), thresholds.oneWayShare(),
                thresholds.minJointOutputs()));
    }

    /** Of one partnership the caller may see. */
    @Transactional
    public Reciprocity reciprocity(Partnership partnership, Integer year) {
        return Reciprocity.of(updates.flowCounts(List.of(partnership.id), EVERYTHING, year));
    }

    /** Over every partnership the caller may see. */
    @Transactional
    public Reciprocity reciprocity(Integer year, Caller caller) {
        return Reciprocity.of(updates.flowCounts(null, Access.visibilityFor(caller), year));
    }

    /** For one partnership the caller may see. */
    @Transactional
    public PhaseSuggestion phaseSuggestion(Partnership partnership) {
        Flows flows = reciprocity(partnership, null).allYears();
        return suggester.suggest(partnership.phase, new PhaseSuggestion.Basis(partnership.kind, flows,
                updates.jointOutputs(partnership.id)));
    }

    /** The network of the partnerships the caller may see that were active in the year (all when none given). */
    @Transactional
    public Network network(Integer year, Caller caller, List<String> languages) {
        Visibility visibility = Access.visibilityFor(caller);
        List<Partnership> visible = partnerships.visible(visibility, year);
        Map<UUID, Long> activities = updates.flowCounts(visible.stream().map(p -> p.id).toList(), visibility, year)
                .stream().collect(Collectors.groupingBy(FlowCount::partnershipId,
                        Collectors.summingLong(FlowCount::count)));
        Map<UUID, Institution> directory = institutions.byIds(visible.stream()
                .flatMap(p -> p.members.stream()).map(m -> m.institutionId).distinct().toList());

        Map<UUID, Integer> partnershipsPerInstitution = new LinkedHashMap<>();
        List<Network.Edge> edges = new ArrayList<>();
        List<Network.Unattributed> unnamed = new ArrayList<>();
        for (Partnership partnership : visible) {
            String label = label(partnership.title, languages, partnership.slug);
            if (partnership.membership == Membership.UNNAMED) {
                unnamed.add(new Network.Unattributed(partnership.id, partnership.slug, label, partnership.kind));
                continue;
            }
            List<Member> members = partnership.members.stream().filter(Member::isConfirmed).toList();
            members.forEach(m -> partnershipsPerInstitution.merge(m.institutionId, 1, Integer::sum));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    UUID source = members.get(i).institutionId;
                    UUID target = members.get(j).institutionId;
                    edges.add(new Network.Edge(partnership.id + ":" + source + ":" + target, source, target,
                            partnership.id, partnership.slug, label, partnership.kind, partnership.phase,
                            partnership.agreement == null ? null : partnership.agreement.status,
                            activities.getOrDefault(partnership.id, 0L)));
                }
            }
        }
        List<Network.Node> nodes = partnershipsPerInstitution.entrySet().stream()
                .map(entry -> node(entry.getKey(), entry.getValue(), directory, languages))
                .toList();
        return new Network(year, nodes, edges, unnamed);
    }

    private static Network.Node node(UUID id, int partnershipCount, Map<UUID, Institution> directory,
                                     List<String> languages) {
        Institution institution = directory.get(id);
        return new Network.Node(id, institution.slug, label(institution.name, languages, institution.slug),
                institution.name, institution.country, institution.kind, partnershipCount);
    }

    private static String label(LocalizedText text, List<String> languages, String fallback) {
        return text == null ? fallback : text.pick(languages).orElse(fallback);
    }
}
