package io.revitalization.cases.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters of case lists, searches and exports; all optional, all must match. */
public class CaseFilterParams {
    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "JP")
    public String country;

    @QueryParam("institution")
    @Parameter(description = "Id or slug of an institution the case names (lead, participant or stakeholder)",
            example = "kochi-university")
    public String institution;

    @QueryParam("program")
    @Parameter(description = "Code of a policy program of the registry; its phases and parts (programs whose parent it is) are included", example = "MOE-USR")
    public String program;

    @QueryParam("sdg")
    @Parameter(description = "An SDG, 1–17", example = "11")
    public String sdg;

    @QueryParam("theme")
    @Parameter(description = "A theme, exactly", example = "circular-economy")
    public String theme;

    @QueryParam("yearFrom")
    @Parameter(description = "Cases running in or after this year; any calendar (2022, 民國111年, 令和4年)", example = "2021")
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Cases that started in or before this year; any calendar", example = "2025")
    public String yearTo;

    @QueryParam("stakeholderKind")
    @Parameter(description = "A side of the triangle present in the case, as stakeholder or as kind of a participant",
            example = "ENTERPRISE")
    public String stakeholderKind;

    @QueryParam("ids")
    @Parameter(description = "Only these cases: ids or slugs, comma-separated, at most " + RefList.MAX
            + " (a figure's cases with their titles in one request)",
            example = "kochi-ubc,ryukoku-footpath-higashiomi")
    public String ids;

    @QueryParam("region")
    @Parameter(description = "Part of a prefecture, county/city or municipality name in any language and script",
            example = "高雄")
    public String region;
}
