package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.support.security.Caller;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final EntityManager entityManager;
    private final DataChanges dataChanges;

    public CodingImportChunk(CodingService codingService, CodingRepository codings, EntityManager entityManager,
                             DataChanges dataChanges) {
        this.codingService = codingService;
        this.codings = codings;
        this.entityManager = entityManager;
        this.dataChanges = dataChanges;
    }

    /** Items passed request validation. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = CHUNK_TIMEOUT_SECONDS)
    public List<Outcome> write(List<CodingImportItem> chunk, Caller author) {
        return dataChanges.apply(change -> {
            Map<UnitRef, List<CaseCoding>> unitCodings = new HashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            for (CodingImportItem item : chunk) {
                outcomes.add(write(item, author, unitCodings, change));
                // Each tally statement is a native query, before which Hibernate flushes and dirty-checks every
                // entity of the session: without this, a chunk's cost grew with the square of its size.
                entityManager.flush();
                entityManager.clear();
            }
            return outcomes;
        });
    }

    private Outcome write(CodingImportItem item, Caller author, Map<UnitRef, List<CaseCoding>> unitCodings,
                          Change change) {
        try {
            CaseCoding coding = codingService.prepare(item.coding(), author);
            UnitRef unit = UnitRef.of(coding);
            List<CaseCoding> before = unitCodings.computeIfAbsent(unit, codings::ofUnit);
            Optional<CaseCoding> byCoder = before.stream().filter(existing -> existing.coder.equals(coding.coder))
                    .findFirst();
            if (byCoder.isPresent() && byCoder.get().codes.equals(coding.codes)) {
                return new Outcome(item, Outcome.Kind.UNCHANGED, List.of());
            }
            codingService.record(coding, before, item.coding().caseRef(), change);
            List<CaseCoding> after = new ArrayList<>(before);
            after.add(coding);
            unitCodings.put(unit, after);
            return new Outcome(item, Outcome.Kind.CREATED, List.of());
        } catch (ProblemException e) {
            return new Outcome(item, Outcome.Kind.REJECTED, errorsOf(e.problem()));
        }
    }

    private static List<FieldError> errorsOf(Problem problem) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors();
        }
        return List.of(new FieldError(problem.status() == 409 ? "coder" : "body", problem.detail()));
    }
}
