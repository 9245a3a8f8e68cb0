package io.revitalization.comparison.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.app.coding.CodebookDraft;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.comparison.app.coding.NewCoding;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import io.revitalization.support.seed.SeedFiles;
import io.revitalization.support.seed.SeedOutcome;
import io.revitalization.support.seed.SeedRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads the seed codebook (once, as version 1) and the seed codings. Codings refer to cases by slug, and cases are
 * learnt from cases-service's events, so each attempt loads the codings of the cases known by then and waits for the
 * rest; a coding already recorded is not recorded again, so attempts and restarts are safe.
 * <p>
 * The service is ready ({@code /q/health/ready}, check {@value #READINESS_CHECK}) once the seed codebook exists: the
 * seed loads after the start, and until then every comparison read without {@code codebook=} would answer 400 "no
 * codebook exists yet". The codings need not wait: reads answer with the cases known so far, as with any new data.
 */
@Readiness
@ApplicationScoped
public class ComparisonSeedLoader implements HealthCheck {
    static final String READINESS_CHECK = "seed codebook";
    private static final Logger LOG = Logger.getLogger(ComparisonSeedLoader.class);
    static final String CODEBOOK_FILE = "seed/codebook.json";
    static final String CODINGS_FILE = "seed/codings.json";
    /** The seed writes as an admin does, so that its codings keep the coder they name (the seed's reading). */
    private static final Caller SEED_AUTHOR = new Caller("seed", Role.ADMIN, Optional.empty(), Optional.of("seed"));

    private final ComparisonConfig config;
    private final SeedRunner runner;
    private final ObjectMapper json;
    private final CodebookService codebooks;
    private final CodingService codings;
    private volatile boolean codebookLoaded;

    public ComparisonSeedLoader(ComparisonConfig config, SeedRunner runner, ObjectMapper json, CodebookService codebooks,
                      CodingService codings) {
        this.config = config;
        this.runner = runner;
        this.json = json;
        this.codebooks = codebooks;
        this.codings = codings;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            SeedCodebook codebook = SeedFiles.read(json, CODEBOOK_FILE, new TypeReference<>() {
            });
            List<SeedCoding> entries = SeedFiles.read(json, CODINGS_FILE, new TypeReference<>() {
            });
            runner.runUntilDone("codebook and codings", () -> attempt(codebook, entries));
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(READINESS_CHECK).status(!config.seed().enabled() || codebookLoaded).build();
    }

    /**
     * One attempt, on the seed runner's thread: reads run in a request context of their own, and each coding is
     * recorded in its own transaction, so one bad entry is reported and left out without undoing the others.
     */
    SeedOutcome attempt(SeedCodebook seed, List<SeedCoding> entries) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return load(seed, entries);
        } finally {
            requestContext.terminate();
        }
    }

    /**
     * The cases the codings name are looked up in one query: an attempt is repeated every 2 s while the suite starts,
     * and a query per coding (138 of them) took CPU that the starting services needed.
     */
    private SeedOutcome load(SeedCodebook seed, List<SeedCoding> entries) {
        CodebookVersion codebook = codebooks.version(codebookId(seed.id()), 1)
                .orElseGet(() -> codebooks.create(codebookId(seed.id()), seed.id(),
                        new CodebookDraft(seed.title(), seed.dimensions()), SEED_AUTHOR));
        codebookLoaded = true;
        Map<String, CaseProjection> known = codings.liveCasesBySlug(
                entries.stream().map(SeedCoding::caseSlug).collect(Collectors.toSet()));
        TreeSet<String> waitingFor = new TreeSet<>();
        int recorded = 0;
        for (SeedCoding entry : entries) {
            CaseProjection coded = known.get(entry.caseSlug());
            if (coded == null) {
                waitingFor.add(entry.caseSlug());
            } else if (record(seed, codebook, coded, entry)) {
                recorded++;
            }
        }
        return waitingFor.isEmpty()
                ? SeedOutcome.done(recorded + " new codings of " + entries.size() + " recorded")
                : SeedOutcome.waitingFor("cases " + waitingFor + " (" + recorded + " codings recorded so far)");
    }

    private boolean record(SeedCodebook seed, CodebookVersion codebook, CaseProjection known, SeedCoding entry) {
        UnitRef unit = new UnitRef(codebook.codebookId, codebook.version, entry.dimension(), known.id, entry.year());
        if (codings.isCoded(unit, entry.coder())) {
            return false;
        }
        try {
            codings.create(new NewCoding(seed.id(), codebook.version, known.id.toString(), entry.year(),
                    entry.dimension(), entry.codes(), entry.coder(), entry.confidence(), entry.evidence(),
                    entry.note()), SEED_AUTHOR);
            return true;
        } catch (ProblemException e) {
            LOG.warnf("seed coding of %s %d %s left out: %s", entry.caseSlug(), entry.year(), entry.dimension(),
                    e.getMessage());
            return false;
        }
    }

    /** The seed names its codebook by slug or id; a slug gets a stable id, the same on every machine. */
    static UUID codebookId(String seedId) {
        return Reference.uuid(seedId)
                .orElseGet(() -> UUID.nameUUIDFromBytes(("codebook:" + seedId).getBytes(StandardCharsets.UTF_8)));
    }
}
