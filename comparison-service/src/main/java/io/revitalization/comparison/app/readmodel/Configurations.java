package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseConfiguration;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.comparison.persistence.ConfigurationTallyRepository;
import io.revitalization.comparison.persistence.ConfigurationTallyRepository.Key;
import io.revitalization.comparison.persistence.TallyRepository.CaseYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the configuration tallies behind truth tables in step with a case-year's codings and groups, in the
 * transaction of the change: the case-year's configurations are recomputed from its codings and compared with where it
 * is counted, so the cost depends on the case-year, never on the number of cases, and applying a change twice
 * changes nothing. Every selection but all coders (whose truth table a case-year coded twice does not have) is kept;
 * a case-year whose dimensions each have one coding, none an adjudication, is counted once for majority and
 * adjudicated: under its coder's {@link Selections#soleKey} (for that coder too) when one coder coded them all, else
 * under {@link Selections#SOLE} beside each coder's own.
 */
@ApplicationScoped
public class Configurations {
    private final ConfigurationTallyRepository tallies;
    private final CaseGroupRepository caseGroups;
    private final CaseProjectionRepository cases;
    private final CodingRepository codings;

    public Configurations(ConfigurationTallyRepository tallies, CaseGroupRepository caseGroups,
                          CaseProjectionRepository cases, CodingRepository codings) {
        this.tallies = tallies;
        this.caseGroups = caseGroups;
        this.cases = cases;
        this.codings = codings;
    }

    /** Counts the case-year as its codings (every codebook version and dimension) and its groups now stand. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID caseId, int year) {
        refreshAll(List.of(new CaseYear(caseId, year)));
    }

    /** {@link #refresh} for each of several case-years, with a few queries and statements for all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshAll(Collection<CaseYear> caseYears) {
        Set<UUID> caseIds = caseYears.stream().map(CaseYear::caseId).collect(Collectors.toSet());
        refreshAll(caseYears, CasesAsTheyStand.read(caseIds, codings, caseGroups));
    }

    /** {@link #refreshAll(Collection)} with the cases' codings and memberships already read in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshAll(Collection<CaseYear> caseYears, CasesAsTheyStand standing) {
        Set<UUID> caseIds = caseYears.stream().map(CaseYear::caseId).collect(Collectors.toSet());
        Set<UUID> live = cases.liveOf(caseIds);
        Map<CaseYear, List<CaseCoding>> codingsOf = caseIds.stream().flatMap(id -> standing.codingsOf(id).stream())
                .collect(Collectors.groupingBy(coding -> new CaseYear(coding.caseId, coding.year)));
        Map<CaseYear, List<Key>> counted = tallies.ofCaseYears(caseYears);
        List<ConfigurationTallyRepository.Move> moves = new ArrayList<>();
        for (CaseYear caseYear : new LinkedHashSet<>(caseYears)) {
            Set<GroupRef> groups = !live.contains(caseYear.caseId()) ? Set.of()
                    : standing.membershipsOf(caseYear.caseId()).stream()
                    .filter(membership -> membership.holdsIn(caseYear.year())).map(GroupMembership::group)
                    .collect(Collectors.toSet());
            Set<Key> now = groups.isEmpty() ? Set.of() : keys(codingsOf.getOrDefault(caseYear, List.of()), groups);
            List<Key> was = counted.getOrDefault(caseYear, List.of());
            List<Key> leaving = new ArrayList<>(was);
            leaving.removeAll(now);
            List<Key> joining = new ArrayList<>(now);
            joining.removeAll(new HashSet<>(was));
            moves.add(new ConfigurationTallyRepository.Move(caseYear, leaving, joining));
        }
        tallies.moveAll(moves);
    }

    /** The tallies a case-year with these codings belongs in, being in these groups. */
    private static Set<Key> keys(List<CaseCoding> caseYearCodings, Set<GroupRef> groups) {
        Set<Key> now = new HashSet<>();
        caseYearCodings.stream().collect(Collectors.groupingBy(
                coding -> new Version(coding.codebookId, coding.codebookVersion))).forEach((version, ofVersion) -> {
            Map<String, List<Coding>> byDimension = ofVersion.stream().collect(Collectors.groupingBy(
                    coding -> coding.dimension, Collectors.mapping(CaseCoding::toAnalysis, Collectors.toList())));
            Selections.storedFor(byDimension.values()).forEach((key, selection) -> {
                String configuration = CaseConfiguration.of(selection, byDimension);
                if (selection.rule() == CoderSelection.Rule.ALL_CODERS || configuration.isEmpty()) {
                    return;
                }
                UUID codebookId = version.codebookId();
                int codebookVersion = version.version();
                now.add(new Key(codebookId, codebookVersion, key, ConfigurationTallyRepository.EVERY_CASE,
                        ConfigurationTallyRepository.EVERY_CASE, configuration));
                groups.forEach(group -> now.add(new Key(codebookId, codebookVersion, key,
                        group.grouping().key(), group.key(), configuration)));
            });
        });
        return now;
    }

    private record Version(UUID codebookId, int version) {
    }
}
