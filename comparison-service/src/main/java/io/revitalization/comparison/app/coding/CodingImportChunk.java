package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.support.security.Caller;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes one chunk of a coding import in one transaction, so the data version moves once per chunk. A record
 * the codebook does not allow, or whose coder coded the unit differently already, is reported and the rest of
 * the chunk is stored.
 */
@ApplicationScoped
public class CodingImportChunk {
    /** What happened to one record. */
    public record Outcome(CodingImportItem item, Kind kind, List<FieldError> errors) {
        public enum Kind { CREATED, UNCHANGED, REJECTED }
    }

    /** 500 codings, each with its tally statements, on a loaded 2-core machine take longer than the default 60 s. */
    private static final int CHUNK_TIMEOUT_SECONDS = 300;

    private final CodingService codingService;
    private final CodingRepository codings;
    private final CaseProjectionRepository cases;
    private final DataChanges dataChanges;

    public CodingImportChunk(CodingService codingService, CodingRepository codings, CaseProjectionRepository cases,
                             DataChanges dataChanges) {
        this.codingService = codingService;
        this.codings = codings;
        this.cases = cases;
        this.dataChanges = dataChanges;
    }

    /**
     * Items passed request validation. The cases the chunk names are locked first ({@code locked} runs then), so
     * chunks of other cases are written side by side and a later chunk naming one of them waits for this one to
     * commit. The chunk's cases, their codings and their groups are read once for the chunk, each codebook once,
     * and the codings and the tallies of every unit they change are written together; records are checked one
     * after the other, each seeing the records before it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = CHUNK_TIMEOUT_SECONDS)
    public List<Outcome> write(List<CodingImportItem> chunk, Caller author, Runnable locked) {
        List<UUID> named = cases.idsOf(chunk.stream().map(item -> item.coding().caseRef()).filter(Objects::nonNull)
                .distinct().toList());
        return dataChanges.applyToCases(named, change -> {
            locked.run();
            CodingLookups lookups = codingService.lookupsFor(chunk.stream().map(CodingImportItem::coding).toList());
            List<Outcome> outcomes = new ArrayList<>();
            List<Optional<CaseCoding>> codingOf = new ArrayList<>();
            for (CodingImportItem item : chunk) {
                try {
                    codingOf.add(Optional.of(codingService.prepare(item.coding(), author, lookups)));
                    outcomes.add(null);
                } catch (ProblemException e) {
                    codingOf.add(Optional.empty());
                    outcomes.add(new Outcome(item, Outcome.Kind.REJECTED, errorsOf(e.problem())));
                }
            }
            List<UUID> caseIds = codingOf.stream().flatMap(Optional::stream).map(coding -> coding.caseId).distinct()
                    .toList();
            // a case projected since its reference was resolved is locked now, out of order: a deadlock fails the chunk
            return dataChanges.applyToCases(caseIds, sameChange -> {
                Map<UnitRef, List<CaseCoding>> stored = codings.ofCases(caseIds)
                        .stream().collect(Collectors.groupingBy(UnitRef::of));
                Map<UnitRef, List<CaseCoding>> changed = new LinkedHashMap<>();
                List<CaseCoding> created = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    if (codingOf.get(i).isPresent()) {
                        outcomes.set(i, write(chunk.get(i), codingOf.get(i).get(), stored, changed, created));
                    }
                }
                codingService.recordAll(created, stored, changed, lookups, sameChange);
                return outcomes;
            });
        });
    }

    private Outcome write(CodingImportItem item, CaseCoding coding, Map<UnitRef, List<CaseCoding>> stored,
                          Map<UnitRef, List<CaseCoding>> changed, List<CaseCoding> created) {
        UnitRef unit = UnitRef.of(coding);
        List<CaseCoding> before = changed.getOrDefault(unit, stored.getOrDefault(unit, List.of()));
        Optional<CaseCoding> byCoder = before.stream().filter(existing -> existing.coder.equals(coding.coder))
                .findFirst();
        if (byCoder.isPresent() && byCoder.get().codes.equals(coding.codes)) {
            return new Outcome(item, Outcome.Kind.UNCHANGED, List.of());
        }
        try {
            codingService.requireNotCoded(coding, before, item.coding().caseRef());
        } catch (ProblemException e) {
            return new Outcome(item, Outcome.Kind.REJECTED, errorsOf(e.problem()));
        }
        List<CaseCoding> after = new ArrayList<>(before);
        after.add(coding);
        changed.put(unit, after);
        created.add(coding);
        return new Outcome(item, Outcome.Kind.CREATED, List.of());
    }

    private static List<FieldError> errorsOf(Problem problem) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors();
        }
        return List.of(new FieldError(problem.status() == 409 ? "coder" : "body", problem.detail()));
    }
}
