package io.revitalization.partnerships.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.partnerships.app.InstitutionDirectory;
import io.revitalization.partnerships.app.PartnershipCommand;
import io.revitalization.partnerships.app.PartnershipService;
import io.revitalization.partnerships.app.SeededPhaseChange;
import io.revitalization.partnerships.config.PartnershipsConfig;
import io.revitalization.partnerships.domain.Agreement;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.support.seed.SeedFiles;
import io.revitalization.support.seed.SeedOutcome;
import io.revitalization.support.seed.SeedRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Loads the partnerships of the source text. Their members are institutions of cases-service, known here only
 * from its events, so each partnership is stored once all of its institutions are in the directory; until then
 * the seed runner tries again. A seeded partnership gets an id derived from its slug, the same in every database.
 */
@ApplicationScoped
public class PartnershipsSeedLoader {
    private static final TypeReference<List<SeedPartnership>> SEED_TYPE = new TypeReference<>() {
    };

    private final PartnershipsConfig config;
    private final SeedRunner runner;
    private final InstitutionDirectory directory;
    private final PartnershipService partnerships;
    private final ObjectMapper json;

    public PartnershipsSeedLoader(PartnershipsConfig config, SeedRunner runner, InstitutionDirectory directory,
                                  PartnershipService partnerships, ObjectMapper json) {
        this.config = config;
        this.runner = runner;
        this.directory = directory;
        this.partnerships = partnerships;
        this.json = json;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.seed().enabled()) {
            runner.runUntilDone("partnerships", this::attempt);
        }
    }

    SeedOutcome attempt() {
        List<SeedPartnership> seeds = SeedFiles.read(json, config.seed().resource(), SEED_TYPE);
        List<String> waiting = new ArrayList<>();
        int loaded = 0;
        for (SeedPartnership seed : seeds) {
            List<String> unknown = seed.members().stream()
                    .map(SeedPartnership.SeedMember::institution)
                    .filter(slug -> directory.findLive(slug).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                waiting.add(seed.slug() + " needs " + String.join(", ", unknown));
            } else if (partnerships.importSeeded(stableId(seed.slug()), command(seed), seed.phase(),
                    history(seed), seed.provenance())) {
                loaded++;
            }
        }
        return waiting.isEmpty()
                ? SeedOutcome.done(loaded + " of " + seeds.size() + " partnerships loaded (the others were present)")
                : SeedOutcome.waitingFor("institutions: " + String.join("; ", waiting));
    }

    static UUID stableId(String slug) {
        return UUID.nameUUIDFromBytes(("partnership:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    private static PartnershipCommand command(SeedPartnership seed) {
        SeedPartnership.SeedAgreement agreement = seed.agreement();
        return new PartnershipCommand(seed.slug(), seed.title(), seed.description(), seed.kind(),
                seed.members().isEmpty() ? Membership.UNNAMED : Membership.NAMED,
                seed.members().stream()
                        .map(m -> new PartnershipCommand.MemberReference(m.institution(), m.role()))
                        .toList(),
                seed.themes(),
                agreement == null ? null : new Agreement(agreement.start(), agreement.end(), agreement.status(),
                        agreement.documentUrl()),
                seed.isPublic(), seed.evidence());
    }

    private static List<SeededPhaseChange> history(SeedPartnership seed) {
        return seed.phaseHistory().stream()
                .map(step -> new SeededPhaseChange(step.from(), step.to(), step.at(), step.reason(), step.evidence()))
                .toList();
    }
}
