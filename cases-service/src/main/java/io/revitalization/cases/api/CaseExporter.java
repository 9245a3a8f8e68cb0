package io.revitalization.cases.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.revitalization.cases.app.CaseService;
import io.revitalization.cases.app.CaseView;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.calendar.DisplayYear;
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
 * Streams every case of a filter, fetched in batches, as CSV (UTF-8 with a byte order mark, CRLF, so that
 * spreadsheet programs in Taiwan and Japan open it as UTF-8) or as a JSON array of cases in the shape imports take
 * ({@link CaseRecords}). Sensitive cases are left out for readers who may not read them, as in lists.
 */
@ApplicationScoped
public class CaseExporter {
    static final int BATCH = 500;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> LANGUAGES = LocalizedText.LANGUAGES;
    /** Cells a spreadsheet would run as a formula; such text cells get a leading apostrophe (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CaseService cases;
    private final CaseResponses responses;
    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

    public CaseExporter(CaseService cases, CaseResponses responses, ObjectMapper json) {
        this.cases = cases;
        this.responses = responses;
        this.json = json;
    }

    public void writeCsv(CaseFilter filter, Caller caller, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = csv.writerFor(String[].class).with(schema).writeValues(out)) {
            rows.write(header().toArray(String[]::new));
            forEachCase(filter, caller, view -> {
                try {
                    rows.write(row(responses.of(view, List.of())).toArray(String[]::new));
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

    private static List<String> row(CaseResponse c) {
        List<String> row = new ArrayList<>(List.of(c.id().toString(), c.slug(), Long.toString(c.version()), c.country()));
        localized(row, c.title());
        localized(row, c.summary());
        row.add(c.leadInstitution() == null ? "" : text(c.leadInstitution().slug()));
        localized(row, c.leadInstitution() == null ? null : c.leadInstitution().name());
        row.add(text(c.institutions().stream()
                .map(p -> Objects.toString(p.institution().slug(), p.institution().id().toString()) + ":" + p.role())
                .collect(Collectors.joining("; "))));
        localized(row, c.region() == null ? null : c.region().prefecture());
        localized(row, c.region() == null ? null : c.region().municipality());
        row.add(c.coordinates() == null ? "" : Double.toString(c.coordinates().latitude()));
        row.add(c.coordinates() == null ? "" : Double.toString(c.coordinates().longitude()));
        row.add(text(c.programs().stream()
                .map(p -> p.program() + (p.years() == null ? "" : ":" + p.years().stream().map(String::valueOf)
                        .collect(Collectors.joining(" "))))
                .collect(Collectors.joining("; "))));
        row.add(c.period() == null || c.period().startYear() == null ? "" : c.period().startYear().toString());
        row.add(c.period() == null || c.period().endYear() == null ? "" : c.period().endYear().toString());
        row.add(c.period() == null || c.period().ongoing() == null ? "" : c.period().ongoing().toString());
        row.add(c.sdgs().stream().map(String::valueOf).collect(Collectors.joining(";")));
        row.add(text(String.join("; ", c.themes())));
        row.add(c.stakeholders().stream().map(s -> s.kind().name()).distinct().collect(Collectors.joining(";")));
        row.add(text(c.indicators().stream().map(CaseResponse.Indicator::code).collect(Collectors.joining("; "))));
        row.add(text(c.indicators().stream().map(CaseExporter::values).collect(Collectors.joining(" | "))));
        row.add(Integer.toString(c.evidence().size()));
        row.add(Boolean.toString(c.sensitive()));
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

    private static void localized(List<String> row, LocalizedText text) {
        LANGUAGES.forEach(language -> row.add(text == null ? "" : text(text.in(language).orElse(""))));
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
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
