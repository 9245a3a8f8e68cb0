package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.ProfileTallyRepository;
import io.revitalization.comparison.persistence.ProfileTallyRepository.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the case profiles of the tallies (see {@link ProfileTallyRepository}) in step with a unit's codings and its
 * case's groups, in the transaction of the change, as {@link Tallies} keeps the tallies: the unit's case leaves the
 * profile its codings gave it and takes the one they give it now.
 */
@ApplicationScoped
public class ProfileTallies {
    private final ProfileTallyRepository profiles;

    public ProfileTallies(ProfileTallyRepository profiles) {
        this.profiles = profiles;
    }

    /** Units' codings changed (each unit once): each unit's case leaves its old profile and takes its new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnits(List<UnitReplacement> units) {
        profiles.applyAll(units.stream().map(replacement -> {
            List<Coding> before = Tallies.analysisCodings(replacement.before());
            List<Coding> after = Tallies.analysisCodings(replacement.after());
            Changes changes = new Changes();
            Selections.storedSides(before, after).forEach((key, sides) -> {
                Map<String, BigDecimal> was = sides.before().map(selection -> Selections.profile(selection, before))
                        .orElse(Map.of());
                Map<String, BigDecimal> now = sides.after().map(selection -> Selections.profile(selection, after))
                        .orElse(Map.of());
                replacement.groups().forEach(group -> {
                    changes.add(key, group, was, -1);
                    changes.add(key, group, now, 1);
                });
            });
            return new ProfileTallyRepository.UnitChanges(replacement.unit(), changes.netted());
        }).toList());
    }

    /** A unit's case leaves some groups and joins others, with its profile under each key it is stored under. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveUnit(UnitRef unit, List<Coding> codings, Map<String, CoderSelection> stored,
                         Collection<GroupRef> leaving, Collection<GroupRef> joining) {
        Changes changes = new Changes();
        stored.forEach((key, selection) -> {
            Map<String, BigDecimal> profile = Selections.profile(selection, codings);
            leaving.forEach(group -> changes.add(key, group, profile, -1));
            joining.forEach(group -> changes.add(key, group, profile, 1));
        });
        profiles.apply(unit, changes.netted());
    }

    /** A unit's case leaving and taking profiles, summed per profile; profiles left as they were drop out. */
    private static final class Changes {
        private record Profile(String selection, GroupRef group, Map<String, BigDecimal> weightByCode) {
        }

        private final Map<Profile, Integer> cases = new LinkedHashMap<>();

        /** A selection that leaves the unit out gives it no profile. */
        void add(String selection, GroupRef group, Map<String, BigDecimal> weightByCode, int sign) {
            if (!weightByCode.isEmpty()) {
                cases.merge(new Profile(selection, group, weightByCode), sign, Integer::sum);
            }
        }

        List<Change> netted() {
            return cases.entrySet().stream().filter(entry -> entry.getValue() != 0)
                    .map(entry -> new Change(entry.getKey().selection(), entry.getKey().group(),
                            entry.getKey().weightByCode(), entry.getValue()))
                    .toList();
        }
    }
}
