package io.revitalization.cases.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.cases.app.CaseService;
import io.revitalization.cases.app.CaseView;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.calendar.DisplayYear;
import io.revitalization.support.export.CsvRows;
import io.revitalization.support.security.Caller;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Streams every case of a filter, fetched in batches, as CSV (service-support's {@link CsvRows}: UTF-8 with a byte
 * order mark, CRLF, formula-like text cells defused) or as a JSON array of cases in the shape imports take
 * ({@link CaseRecords}). Sensitive cases are left out for readers who may not read them, as in lists.
 */
@ApplicationScoped
public class CaseExporter {
    static final int BATCH = 500;
    private static final List<String> LANGUAGES = LocalizedText.LANGUAGES;

    private final CaseService cases;
    private final CaseResponses responses;
    private final ObjectMapper json;

    public CaseExporter(CaseService cases, CaseResponses responses, ObjectMapper json) {
        this.cases = cases;
        this.responses = responses;
        this.json = json;
    }

    public void writeCsv(CaseFilter filter, Caller caller, OutputStream out) throws IOException {
        try (CsvRows rows = CsvRows.open(out, header())) {
            forEachCase(filter, caller, view -> {
                try {
                    rows.row(row(responses.of(view, List.of())));
                } catch (IOException e) {
                    throw new ExportFailure(e);
                }
            });
        } catch (ExportFailure e) {
            throw e.io;
        }
    }

    public void writeJson(CaseFilter filter, Caller caller, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartArray();
            forEachCase(filter, caller, view -> {
                try {
                    json.writeValue(generator, CaseRecords.of(view));
                } catch (IOException e) {
                    throw new ExportFailure(e);
                }
            });
            generator.writeEndArray();
        } catch (ExportFailure e) {
            throw e.io;
        }
    }

    private void forEachCase(CaseFilter filter, Caller caller, Consumer<CaseView> action) {
        Optional<String> after = Optional.empty();
        List<CaseView> batch;
        do {
            batch = cases.exportBatch(filter, after, BATCH, caller);
            batch.forEach(action);
            after = batch.isEmpty() ? after : Optional.of(batch.get(batch.size() - 1).slug());
        } while (batch.size() == BATCH);
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("id", "slug", "version", "country"));
        LANGUAGES.forEach(language -> header.add("title_" + language));
        LANGUAGES.forEach(language -> header.add("summary_" + language));
        header.add("lead_institution");
        LANGUAGES.forEach(language -> header.add("lead_institution_name_" + language));
        header.add("institutions");
        LANGUAGES.forEach(language -> header.add("region_prefecture_" + language));
        LANGUAGES.forEach(language -> header.add("region_municipality_" + language));
        header.addAll(List.of("latitude", "longitude", "programs", "start_year", "end_year", "ongoing", "sdgs",
                "themes", "stakeholder_kinds", "indicators", "indicator_values", "evidence_count", "sensitive", "withheld", "updated_at"));
        return header;
    }

    /** One case's cells; {@link CsvRows} writes numbers as they are, null as empty and defuses formula-like text. */
    private static List<Object> row(CaseResponse c) {
        List<Object> row = new ArrayList<>(List.of(c.id(), c.slug(), c.version(), c.country()));
        localized(row, c.title());
        localized(row, c.summary());
        row.add(c.leadInstitution() == null ? null : c.leadInstitution().slug());
        localized(row, c.leadInstitution() == null ? null : c.leadInstitution().name());
        row.add(c.institutions().stream()
                .map(p -> Objects.toString(p.institution().slug(), p.institution().id().toString()) + ":" + p.role())
                .collect(Collectors.joining("; ")));
        localized(row, c.region() == null ? null : c.region().prefecture());
        localized(row, c.region() == null ? null : c.region().municipality());
        row.add(c.coordinates() == null ? null : c.coordinates().latitude());
        row.add(c.coordinates() == null ? null : c.coordinates().longitude());
        row.add(c.programs().stream()
                .map(p -> p.program() + (p.years() == null ? "" : ":" + p.years().stream().map(String::valueOf)
                        .collect(Collectors.joining(" "))))
                .collect(Collectors.joining("; ")));
        row.add(c.period() == null ? null : c.period().startYear());
        row.add(c.period() == null ? null : c.period().endYear());
        row.add(c.period() == null ? null : c.period().ongoing());
        row.add(c.sdgs().stream().map(String::valueOf).collect(Collectors.joining(";")));
        row.add(String.join("; ", c.themes()));
        row.add(c.stakeholders().stream().map(s -> s.kind().name()).distinct().collect(Collectors.joining(";")));
        row.add(c.indicators().stream().map(CaseResponse.Indicator::code).collect(Collectors.joining("; ")));
        row.add(c.indicators().stream().map(CaseExporter::values).collect(Collectors.joining(" | ")));
        row.add(c.evidence().size());
        row.add(c.sensitive());
        row.add(String.join(";", c.withheld()));
        row.add(c.updatedAt().toString());
        return row;
    }

    /** {@code code: baseline 45 (FY2015); target 55 (FY2019); targets FY2018 52, FY2019 55; actuals FY2016 47} */
    private static String values(CaseResponse.Indicator indicator) {
        List<String> parts = new ArrayList<>();
        if (indicator.baseline() != null) {
            parts.add("baseline " + number(indicator.baseline()) + yearOf(indicator.baselineYearDisplay()));
        }
        if (indicator.target() != null) {
            parts.add("target " + number(indicator.target()) + yearOf(indicator.targetYearDisplay()));
        }
        if (!indicator.targets().isEmpty()) {
            parts.add("targets " + observations(indicator.targets()));
        }
        if (!indicator.series().isEmpty()) {
            parts.add("actuals " + observations(indicator.series()));
        }
        return indicator.code() + ": " + String.join("; ", parts);
    }

    private static String observations(List<CaseResponse.Observation> observations) {
        return observations.stream().map(o -> o.display().gregorian() + " " + number(o.value()))
                .collect(Collectors.joining(", "));
    }

    private static String yearOf(DisplayYear year) {
        return year == null ? "" : " (" + year.gregorian() + ")";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void localized(List<Object> row, LocalizedText text) {
        LANGUAGES.forEach(language -> row.add(text == null ? null : text.in(language).orElse(null)));
    }

    /** Carries an IOException out of a lambda. */
    private static final class ExportFailure extends RuntimeException {
        private final IOException io;

        ExportFailure(IOException io) {
            super(io);
            this.io = io;
        }
    }
}
