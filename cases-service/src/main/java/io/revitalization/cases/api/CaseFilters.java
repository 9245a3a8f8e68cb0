package io.revitalization.cases.api;

import io.revitalization.cases.app.InstitutionService;
import io.revitalization.cases.app.InstitutionView;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.cases.domain.calendar.CalendarParseException;
import io.revitalization.cases.domain.calendar.YearParser;
import io.revitalization.cases.domain.search.TextFolding;
import io.revitalization.support.query.ParameterReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/** Reads filter query parameters into a {@link CaseFilter}; a bad value is a 400 naming the parameter. */
@ApplicationScoped
public class CaseFilters {
    private static final int MAX_VALUE = 200;

    private final InstitutionService institutions;

    public CaseFilters(InstitutionService institutions) {
        this.institutions = institutions;
    }

    public CaseFilter of(CaseFilterParams params) {
        ParameterReader reader = new ParameterReader(MAX_VALUE);
        CaseFilter filter = new CaseFilter(
                reader.read("country", params.country, value -> {
                    if (!value.matches("[A-Z]{2}")) {
                        throw new IllegalArgumentException("must be an ISO 3166-1 alpha-2 country code such as JP");
                    }
                    return value;
                }),
                reader.read("institution", params.institution, this::institutionId),
                reader.read("program", params.program, Function.identity()),
                reader.read("sdg", params.sdg, CaseFilters::sdg),
                reader.read("theme", params.theme, Function.identity()),
                reader.read("yearFrom", params.yearFrom, CaseFilters::year),
                reader.read("yearTo", params.yearTo, CaseFilters::year),
                reader.read("stakeholderKind", params.stakeholderKind, CaseFilters::stakeholderKind),
                reader.read("region", params.region, value -> {
                    String folded = TextFolding.fold(value).strip();
                    if (folded.isEmpty()) {
                        throw new IllegalArgumentException("must not be blank");
                    }
                    return folded;
                }),
                RefList.read(params.ids));
        reader.orFail();
        return filter;
    }

    private UUID institutionId(String ref) {
        return institutions.find(ref).map(InstitutionView::id)
                .orElseThrow(() -> new IllegalArgumentException("no institution has the id or slug '" + ref + "'"));
    }

    private static Integer sdg(String value) {
        try {
            int sdg = Integer.parseInt(value);
            if (sdg >= 1 && sdg <= 17) {
                return sdg;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a number from 1 to 17");
    }

    private static Integer year(String value) {
        try {
            return YearParser.parse(value).year();
        } catch (CalendarParseException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static StakeholderKind stakeholderKind(String value) {
        try {
            return StakeholderKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + Arrays.toString(StakeholderKind.values()));
        }
    }
}
