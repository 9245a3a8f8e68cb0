package io.revitalization.cases.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.cases.config.CasesConfig;
import io.revitalization.cases.rest.CaseRequest;
import io.revitalization.cases.rest.InstitutionRequest;
import io.revitalization.cases.rest.ProgramRequest;
import io.revitalization.cases.rest.validation.RequestValidator;
import io.revitalization.cases.service.CaseImportService;
import io.revitalization.cases.service.ImportItem;
import io.revitalization.cases.service.ImportReport;
import io.revitalization.cases.service.InstitutionService;
import io.revitalization.cases.service.ProgramService;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import io.revitalization.support.seed.SeedFiles;
import io.revitalization.support.seed.SeedOutcome;
import io.revitalization.support.seed.SeedRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the seed institutions, programs and cases (the eleven cases of the source text) through the same
 * services as the API, so the outbox publishes their events. Records are matched by slug (code for programs):
 * one that exists is left as it is, so loading twice changes nothing, and edits made since are kept.
 */
@ApplicationScoped
public class CasesSeedLoader {
    static final Caller SEED = new Caller("seed", Role.ADMIN, Optional.empty());
    private static final Logger LOG = Logger.getLogger(CasesSeedLoader.class);

    private final InstitutionService institutions;
    private final ProgramService programs;
    private final CaseImportService cases;
    private final RequestValidator validator;
    private final ObjectMapper json;
    private final CasesConfig config;
    private final SeedRunner retries;

    public CasesSeedLoader(InstitutionService institutions, ProgramService programs, CaseImportService cases,
                           RequestValidator validator, ObjectMapper json, CasesConfig config, SeedRunner retries) {
        this.institutions = institutions;
        this.programs = programs;
        this.cases = cases;
        this.validator = validator;
        this.json = json;
        this.config = config;
        this.retries = retries;
    }

    /**
     * Loads before the service takes requests, so the seed is there once it is healthy. Should that fail (another
     * instance loading the same records at the same moment), the load is retried in the background.
     */
    void onStart(@Observes StartupEvent start) {
        if (!config.seed().enabled()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warnf("seed loading failed (%s); retrying in the background", e.getMessage());
            retries.runUntilDone("cases-service seed", () -> {
                ImportReport report = load();
                return SeedOutcome.done(report.created() + " cases added");
            });
        }
    }

    /** Loads what is missing; returns what happened to the cases. */
    public ImportReport load() {
        String folder = config.seed().location();
        int newInstitutions = 0;
        for (InstitutionRequest institution : read(folder + "/institutions.json", new TypeReference<List<InstitutionRequest>>() {
        })) {
            if (!institutions.exists(institution.slug()) && valid("institution " + institution.slug(), institution)) {
                institutions.create(institution, SEED);
                newInstitutions++;
            }
        }
        int newPrograms = 0;
        for (ProgramRequest program : read(folder + "/programs.json", new TypeReference<List<ProgramRequest>>() {
        })) {
            if (!programs.exists(program.code()) && valid("program " + program.code(), program)) {
                programs.create(program, SEED);
                newPrograms++;
            }
        }
        List<CaseRequest> seedCases = read(folder + "/cases.json", new TypeReference<>() {
        });
        List<ImportItem> items = new ArrayList<>();
        for (int i = 0; i < seedCases.size(); i++) {
            items.add(new ImportItem(i, null, seedCases.get(i), validator.errors(seedCases.get(i))));
        }
        ImportReport report = cases.importCases(items, CaseImportService.Existing.KEEP, SEED);
        report.rejections().forEach(rejection ->
                LOG.errorf("seed case %s is invalid and was not loaded: %s", rejection.slug(), rejection.errors()));
        LOG.infof("seed: %d institutions, %d programs and %d cases added; %d cases were there already",
                newInstitutions, newPrograms, report.created(), report.unchanged());
        return report;
    }

    private <T> List<T> read(String resource, TypeReference<List<T>> type) {
        return SeedFiles.read(json, resource, type);
    }

    private boolean valid(String what, Object request) {
        try {
            validator.check(request);
            return true;
        } catch (ProblemException e) {
            LOG.errorf("seed %s is invalid and was not loaded: %s", what, e.problem().errors());
            return false;
        }
    }
}
