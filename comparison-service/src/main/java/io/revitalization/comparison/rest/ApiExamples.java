package io.revitalization.comparison.rest;

/** Examples shown in the OpenAPI document. */
final class ApiExamples {
    static final String DISTRIBUTIONS = """
            {"dataVersion": 42,
             "codebook": {"id": "5b0c8a52-3f5e-3c57-9a52-3c1b1a7e2f10", "slug": "tw-jp-revitalization", "version": 1},
             "dimension": {"id": "strategy-stage", "label": {"zh-TW": "策略階段", "ja": "戦略段階", "en": "Strategy stage"},
               "displayLabel": "Strategy stage", "scale": "ORDINAL", "multiValued": false,
               "codes": [{"id": "project", "label": {"en": "Individual project"}, "displayLabel": "Individual project", "order": 1},
                         {"id": "model", "label": {"en": "Replicable model"}, "displayLabel": "Replicable model", "order": 2}]},
             "groupBy": "country", "selection": "majority", "years": {"from": 2024, "to": 2024},
             "minimumCasesPerGroup": 5,
             "groups": [{"group": {"key": "JP", "label": "JP"}, "years": [{"year": 2024, "insufficient": true,
               "distribution": {"n": 2, "caseIds": ["0b6f…", "7d1e…"],
                 "shares": [{"code": "project", "share": 0.0, "n": 0, "caseIds": []},
                            {"code": "model", "share": 1.0, "n": 2, "caseIds": ["0b6f…", "7d1e…"]}]}}]}],
             "cases": {"0b6f…": "kochi-ubc", "7d1e…": "shinshu-100-year-company"}}""";

    static final String DISTANCE = """
            {"dataVersion": 42, "dimension": {"id": "value-orientation", "scale": "NOMINAL"}, "groupBy": "country",
             "selection": "majority", "years": {"from": 2024, "to": 2024}, "minimumCasesPerGroup": 5,
             "bootstrap": {"replicates": 1000, "confidenceLevel": 0.95, "seed": 42},
             "a": {"key": "JP", "label": "JP"}, "b": {"key": "TW", "label": "TW"},
             "byYear": [{"year": 2024, "insufficient": true,
               "first": {"label": "JP", "distribution": {"n": 3, "caseIds": ["…"], "shares": []}, "ordinal": null},
               "second": {"label": "TW", "distribution": {"n": 6, "caseIds": ["…"], "shares": []}, "ordinal": null},
               "jensenShannonDistance": {"value": 0.83, "interval": {"level": 0.95, "lower": 0.61, "upper": 1.0}},
               "meanDifference": null, "medianDifference": null}],
             "nUnresolved": 0, "unresolved": [], "cases": {}}""";

    static final String TREND = """
            {"dataVersion": 42, "dimension": {"id": "strategy-stage", "scale": "ORDINAL"}, "groupBy": "country",
             "a": {"key": "JP", "label": "JP"}, "b": {"key": "TW", "label": "TW"}, "gap": "jsd",
             "minimumCasesPerGroup": 2,
             "byYear": [{"year": 2021, "nA": 3, "nB": 4, "caseIdsA": ["…"], "caseIdsB": ["…"], "insufficient": false, "gap": 0.71},
                        {"year": 2022, "nA": 3, "nB": 4, "caseIdsA": ["…"], "caseIdsB": ["…"], "insufficient": false, "gap": 0.52}],
             "trend": {"verdict": "CONVERGING", "slope": -0.12,
                       "slopeInterval": {"level": 0.95, "lower": -0.2, "upper": -0.04},
                       "points": [{"year": 2021, "value": 0.71}], "excludedYears": []}}""";

    static final String OVERVIEW = """
            {"dataVersion": 42, "groupBy": "country", "selection": "majority", "years": {"from": 2021, "to": 2025},
             "groups": [{"key": "JP", "label": "JP"}, {"key": "TW", "label": "TW"}],
             "cells": [{"dimension": "value-orientation", "group": "JP", "n": 4, "caseIds": ["…"],
               "dominantCodes": [{"code": "relationship-population", "share": 0.75, "n": 3, "caseIds": ["…"],
                 "exemplars": [{"caseId": "…", "year": 2023, "confidence": 0.9,
                   "evidence": ["大學的專案被刻意設計來培育這類關係人口。"]}]}]}],
             "nUnresolved": 0, "unresolved": [], "cases": {"…": "ryukoku-footpath-higashiomi"}}""";

    static final String RELIABILITY = """
            {"dataVersion": 42, "years": {"from": 2021, "to": 2025},
             "dimensions": [{"dimension": {"id": "strategy-stage", "scale": "ORDINAL"}, "codings": 24,
               "nominal": {"metric": "NOMINAL", "alpha": 0.69, "observedDisagreement": 0.25,
                           "expectedDisagreement": 0.8, "pairableUnits": 8, "pairableValues": 16, "coders": ["a", "b"]},
               "ordinal": {"metric": "ORDINAL", "alpha": 0.81, "pairableUnits": 8, "pairableValues": 16, "coders": ["a", "b"]},
               "percentAgreement": {"pairs": [{"firstCoder": "a", "secondCoder": "b", "unitsCodedByBoth": 8,
                 "agreements": 6, "share": 0.75}], "comparisons": 8, "agreements": 6, "overallShare": 0.75}}]}""";

    static final String TRUTH_TABLE = """
            {"dataVersion": 42, "year": 2025, "selection": "majority", "outcome": "strategy-stage:network",
             "conditions": ["policy-driver:national-strategy-tool", "impact-horizon:immediate"], "n": 5,
             "rows": [{"configuration": [true, true], "n": 2, "caseIds": ["…", "…"], "caseIdsWithOutcome": ["…"],
                       "consistency": 0.5, "coverage": 0.5}],
             "logicalRemainders": 2, "nLeftOut": 1, "leftOut": ["…"], "cases": {"…": "shinshu-100-year-company"}}""";

    static final String CASES_BEHIND = """
            {"items": [{"id": "0b6f2a4e-…", "slug": "kochi-ubc"}, {"id": "7d1e90c3-…", "slug": "shinshu-100-year-company"}],
             "next": "MGI2ZjJhNGUt…"}""";

    static final String SUMMARY = """
            {"dataVersion": 42, "cases": 11, "casesByCountry": {"JP": 4, "TW": 7},
             "codebooks": [{"id": "5b0c8a52-3f5e-3c57-9a52-3c1b1a7e2f10", "slug": "tw-jp-revitalization", "version": 1}]}""";

    static final String CHANGE_EVENT = """
            event: change
            id: 43
            data: {"dataVersion": 43, "codebooks": ["tw-jp-revitalization"], "dimensions": ["strategy-stage"],
                   "groupings": ["country", "institution", "partnershipPhase", "program"],
                   "comparisons": ["distance", "distributions", "overview", "reliability", "trend"],
                   "at": "2026-05-01T09:30:00+09:00"}""";

    static final String UNKNOWN_DIMENSION = """
            {"type": "https://revitalization.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "dimension: 'stage' is not a dimension of this codebook version; it has [policy-driver, strategy-stage]",
             "errors": [{"field": "dimension", "message": "'stage' is not a dimension of this codebook version; it has [policy-driver, strategy-stage]"}]}""";

    static final String EMPTY_GROUP = """
            {"type": "https://revitalization.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "b: no known case belongs to country 'KR'",
             "errors": [{"field": "b", "message": "no known case belongs to country 'KR'"}]}""";

    static final String BAD_YEARS = """
            {"type": "https://revitalization.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "from: must not be after to (2025 > 2021)",
             "errors": [{"field": "from", "message": "must not be after to (2025 > 2021)"}]}""";

    static final String CODEBOOK = """
            {"id": "5b0c8a52-3f5e-3c57-9a52-3c1b1a7e2f10", "slug": "tw-jp-revitalization", "version": 1, "latestVersion": 1,
             "title": {"zh-TW": "臺日大學地方創生編碼簿", "ja": "日台大学地方創生コードブック", "en": "Taiwan–Japan university-led revitalization codebook"},
             "dimensions": [{"id": "strategy-stage", "label": {"en": "Strategy stage"}, "definition": {"en": "How far a practice has moved from a one-off project toward a networked system."},
               "scale": "ORDINAL", "multiValued": false,
               "evidence": [{"source": "seed:000_33b908bba84e1ab1", "locator": "I.C ¶1", "quote": "皆從初期的個別專案模式，朝向更系統化、網絡化的模式演進", "url": null}],
               "codes": [{"id": "project", "label": {"en": "Individual project"}, "definition": {"en": "A one-off project."}, "order": 1, "evidence": []},
                         {"id": "network", "label": {"en": "Network"}, "definition": {"en": "Spread across institutions."}, "order": 4, "evidence": []}]}],
             "createdBy": "admin-key", "createdAt": "2026-05-01T09:00:00+09:00"}""";

    static final String CODING = """
            {"id": "c6f1d1c4-8a4e-4f0e-9d6e-2a7b1d9f0e11", "codebook": {"id": "5b0c8a52-3f5e-3c57-9a52-3c1b1a7e2f10", "slug": "tw-jp-revitalization", "version": 1},
             "caseId": "0b6f3f3e-1a43-3b88-8a0c-6d0f2f7b5d01", "caseSlug": "kochi-ubc", "year": 2023, "dimension": "strategy-stage",
             "codes": ["system"], "coder": "coder-a", "confidence": 0.8,
             "evidence": {"source": "seed:000_33b908bba84e1ab1", "locator": "II.A ¶3", "quote": "UBC 不僅是聯繫窗口，更是主動連結地方需求與大學資源、建立常態合作關係的制度性機制"},
             "note": null, "createdBy": "curator-key", "createdAt": "2026-05-01T09:30:00+09:00"}""";

    static final String UNKNOWN_CODE = """
            {"type": "https://revitalization.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "codes[0]: 'empire' is not a code of dimension 'strategy-stage' in this codebook version",
             "errors": [{"field": "codes[0]", "message": "'empire' is not a code of dimension 'strategy-stage' in this codebook version"}]}""";

    private ApiExamples() {
    }
}
