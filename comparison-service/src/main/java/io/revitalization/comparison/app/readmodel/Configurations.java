package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseProjection;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the configuration tallies behind truth tables in step with a case-year's codings and groups, in the
 * transaction of the change: the case-year's configurations are recomputed from its codings and compared with where it
 * is counted, so the cost depends on the case-year, never on the number of cases, and applying a change twice
 * changes nothing. Every selection but all coders (whose truth table a case-year coded twice does not have) is kept.
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
        CaseProjection projection = cases.findById(caseId);
        Set<GroupRef> groups = projection == null || projection.deleted ? Set.of() : caseGroups.groupsOf(caseId, year);
        Set<Key> now = new HashSet<>();
        if (!groups.isEmpty()) {
            codings.ofCase(caseId).stream().filter(coding -> coding.year == year).collect(Collectors.groupingBy(
                    coding -> new Version(coding.codebookId, coding.codebookVersion))).forEach((version, ofVersion) -> {
                Map<String, List<Coding>> byDimension = ofVersion.stream().collect(Collectors.groupingBy(
                        coding -> coding.dimension, Collectors.mapping(CaseCoding::toAnalysis, Collectors.toList())));
                for (CoderSelection selection : Selections.affectedBy(ofVersion.stream().map(c -> c.coder).toList())) {
                    String configuration = CaseConfiguration.of(selection, byDimension);
                    if (selection.rule() == CoderSelection.Rule.ALL_CODERS || configuration.isEmpty()) {
                        continue;
                    }
                    UUID codebookId = version.codebookId();
                    int codebookVersion = version.version();
                    String key = Selections.key(selection);
                    now.add(new Key(codebookId, codebookVersion, key, ConfigurationTallyRepository.EVERY_CASE,
                            ConfigurationTallyRepository.EVERY_CASE, configuration));
                    groups.forEach(group -> now.add(new Key(codebookId, codebookVersion, key,
                            group.grouping().key(), group.key(), configuration)));
                }
            });
        }
        List<Key> was = tallies.ofCaseYear(caseId, year);
        List<Key> leaving = new ArrayList<>(was);
        leaving.removeAll(now);
        List<Key> joining = new ArrayList<>(now);
        joining.removeAll(new HashSet<>(was));
        tallies.move(caseId, year, leaving, joining);
    }

    private record Version(UUID codebookId, int version) {
    }
}
