package io.revitalization.cases.seed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.cases.app.CaseDraft;
import io.revitalization.cases.app.CaseImportService;
import io.revitalization.cases.app.ImportItem;
import io.revitalization.cases.app.ImportReport;
import io.revitalization.cases.app.MissingReferences;
import io.revitalization.cases.config.CasesConfig;
import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import io.revitalization.support.seed.SeedFiles;
import io.revitalization.support.seed.SeedOutcome;
import io.revitalization.support.seed.SeedRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the seed sources, institutions, programs and cases (the eleven cases of the source text) through the same
 * services as the API, so the outbox publishes their events. Records are matched by slug (code for programs):
 * one that exists is left as it is, so loading twice changes nothing, and edits made since are kept.
 */
@ApplicationScoped
public class CasesSeedLoader {
    static final Caller SEED = new Caller("seed", Role.ADMIN, Optional.empty(), Optional.of("seed"));
    private static final Logger LOG = Logger.getLogger(CasesSeedLoader.class);

    private final MissingReferences references;
    private final CaseImportService cases;
    private final ObjectMapper json;
    private final CasesConfig config;
    private final SeedRunner retries;

    public CasesSeedLoader(MissingReferences references, CaseImportService cases, ObjectMapper json,
                           CasesConfig config, SeedRunner retries) {
        this.references = references;
        this.cases = cases;
        this.json = json.copy().registerModule(new SimpleModule().addDeserializer(WrittenYear.class, new YearReader()));
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
        MissingReferences.Created added = references.create(
                read(folder + "/sources.json", new TypeReference<>() {
                }),
                read(folder + "/institutions.json", new TypeReference<>() {
                }),
                read(folder + "/programs.json", new TypeReference<>() {
                }),
                SEED);
        List<CaseDraft> seedCases = read(folder + "/cases.json", new TypeReference<>() {
        });
        List<ImportItem> items = new ArrayList<>();
        for (int i = 0; i < seedCases.size(); i++) {
            items.add(new ImportItem(i, null, seedCases.get(i), List.of()));
        }
        ImportReport report = cases.importCases(items, CaseImportService.Existing.KEEP, SEED);
        report.rejections().forEach(rejection ->
                LOG.errorf("seed case %s is invalid and was not loaded: %s", rejection.slug(), rejection.errors()));
        LOG.infof("seed: %d sources, %d institutions, %d programs and %d cases added; %d cases were there already",
                added.sources(), added.institutions(), added.programs(), report.created(), report.unchanged());
        return report;
    }

    private <T> List<T> read(String resource, TypeReference<List<T>> type) {
        return SeedFiles.read(json, resource, type);
    }

    /** Years in seed files are numbers (2013) or strings in any calendar ("民國111年"). */
    private static final class YearReader extends JsonDeserializer<WrittenYear> {
        @Override
        public WrittenYear deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return new WrittenYear(parser.getValueAsString());
        }
    }
}
