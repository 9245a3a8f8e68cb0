package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The transactions of {@link CodingGroupCommit}: several posted codings in one, or one alone as ever. */
@ApplicationScoped
public class CodingGroupWrites {
    /** What became of one posted coding: created, or refused with the problem its request alone would answer. */
    record Written(CaseCoding coding, ProblemException refused) {
    }

    private final CodingService codingService;
    private final CodingRepository codings;
    private final CaseProjectionRepository cases;
    private final DataChanges dataChanges;

    public CodingGroupWrites(CodingService codingService, CodingRepository codings, CaseProjectionRepository cases,
                             DataChanges dataChanges) {
        this.codingService = codingService;
        this.codings = codings;
        this.cases = cases;
        this.dataChanges = dataChanges;
    }

    /**
     * Writes the codings in one transaction with their cases locked, each checked as its request alone would be and
     * seeing the ones before it (a second coding of a unit by one coder is refused with 409); the tallies of every
     * unit they change are written together. The cases the requests name are locked before anything of them is
     * read; should one name another case by the time it is read (a case projected meanwhile), the transaction fails
     * and each coding is written alone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Written> together(List<PostedCoding> posted) {
        List<UUID> named = cases.idsOf(posted.stream().map(coding -> coding.request().caseRef())
                .filter(Objects::nonNull).distinct().toList());
        return dataChanges.applyToCases(named, change -> {
            CodingLookups lookups = codingService.lookupsFor(posted.stream().map(PostedCoding::request).toList());
            List<Written> written = new ArrayList<>();
            List<CaseCoding> prepared = new ArrayList<>();
            for (PostedCoding coding : posted) {
                try {
                    prepared.add(codingService.prepare(coding.request(), coding.author(), lookups));
                    written.add(null);
                } catch (ProblemException e) {
                    prepared.add(null);
                    written.add(new Written(null, e));
                }
            }
            List<UUID> caseIds = prepared.stream().filter(Objects::nonNull).map(coding -> coding.caseId).distinct()
                    .toList();
            if (!dataChanges.holdsCases(caseIds)) {
                throw new IllegalStateException("a case was projected while codings of it were being written");
            }
            Map<UnitRef, List<CaseCoding>> stored = codings.ofCases(caseIds)
                    .stream().collect(Collectors.groupingBy(UnitRef::of));
            Map<UnitRef, List<CaseCoding>> changed = new LinkedHashMap<>();
            List<CaseCoding> created = new ArrayList<>();
            for (int i = 0; i < posted.size(); i++) {
                CaseCoding coding = prepared.get(i);
                if (coding == null) {
                    continue;
                }
                UnitRef unit = UnitRef.of(coding);
                List<CaseCoding> before = changed.getOrDefault(unit, stored.getOrDefault(unit, List.of()));
                try {
                    codingService.requireNotCoded(coding, before, posted.get(i).request().caseRef());
                } catch (ProblemException e) {
                    written.set(i, new Written(null, e));
                    continue;
                }
                List<CaseCoding> after = new ArrayList<>(before);
                after.add(coding);
                changed.put(unit, after);
                created.add(coding);
                written.set(i, new Written(coding, null));
            }
            if (!created.isEmpty()) {
                codingService.recordAll(created, stored, changed, lookups, change);
            }
            return written;
        });
    }

    /** One posted coding in its own transaction, as {@link CodingService#create} writes it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CaseCoding alone(PostedCoding posted) {
        return codingService.create(posted.request(), posted.author());
    }
}
