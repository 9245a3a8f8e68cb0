package io.revitalization.cases.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {
    static final String MINIMAL_CASE = """
            {"title": {"zh-TW": "官田烏金", "en": "Guantian black gold"}, "country": "TW", "leadInstitution": "ncku"}""";

    static final String FULL_CASE = """
            {
              "slug": "ncku-guantian-biochar-2022",
              "title": {"zh-TW": "官田烏金：菱角殼生物炭", "ja": "官田の「黒い金」：菱の殻のバイオ炭", "en": "Guantian black gold: water-caltrop biochar"},
              "summary": {"zh-TW": "廢棄菱角殼轉化為生物炭，成長為在地循環經濟品牌。", "en": "Waste water-caltrop shells become biochar and a circular-economy brand."},
              "country": "TW",
              "region": {"prefecture": {"zh-TW": "臺南市", "ja": "台南市", "en": "Tainan City"}, "municipality": {"zh-TW": "官田區", "en": "Guantian District"}},
              "coordinates": {"latitude": 23.19, "longitude": 120.31},
              "leadInstitution": "ncku",
              "institutions": [{"institution": "ncku", "role": "LEAD_UNIVERSITY"}],
              "stakeholders": [{"kind": "COMMUNITY", "description": {"en": "Water-caltrop farmers of Guantian"}}],
              "programs": [{"program": "MOE-USR-PHASE-2", "years": [2020, "民國110年", "111學年度"]}],
              "period": {"startYear": "民國109年", "endYear": null, "ongoing": true},
              "sdgs": [12, 13],
              "themes": ["circular-economy"],
              "indicators": [{"code": "biochar-tonnes", "name": {"en": "Biochar produced"}, "unit": "t", "kind": "OTHER",
                              "series": [{"year": 2021, "value": 12.5}, {"year": "令和4年", "value": 20}]}],
              "evidence": [{"source": "seed:000_33b908bba84e1ab1", "locator": "II.A ¶3", "quote": "國立成功大學的「官田烏金」專案即為佳例。", "supports": "title"}],
              "sensitive": false
            }""";

    static final String VALIDATION_PROBLEM = """
            {"type": "https://revitalization.example/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/v1/cases",
             "errors": [{"field": "period.startYear", "message": "'令和99年' is outside the supported years 1868–2200"},
                        {"field": "sdgs[0]", "message": "must be less than or equal to 17"}]}""";

    static final String PRECONDITION_FAILED = """
            {"type": "https://revitalization.example/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "the resource has changed since you read it (it is now at version 3); read it again and retry with its new ETag"}""";

    static final String UNAUTHORIZED = """
            {"type": "https://revitalization.example/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "this operation needs an API key (sent through the gateway)"}""";

    static final String FORBIDDEN = """
            {"type": "https://revitalization.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "only members of the case's lead institution, curators and admins may write this case"}""";

    static final String NOT_FOUND = """
            {"type": "https://revitalization.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "case 'no-such-case' does not exist"}""";

    static final String CASE = """
            {"id": "0b7f6c1e-3f0e-4c57-9a43-0d8c3f2f7a10", "slug": "ncku-guantian-black-gold", "version": 2,
             "title": {"zh-TW": "國立成功大學「官田烏金」", "ja": "国立成功大学「官田の黒い金」", "en": "NCKU: Guantian black gold"},
             "summary": {"en": "Waste water-caltrop shells become biochar and a circular-economy brand."},
             "country": "TW", "region": {"prefecture": null, "municipality": {"zh-TW": "官田", "ja": "官田", "en": "Guantian"}},
             "coordinates": null,
             "leadInstitution": {"id": "5a1d…", "slug": "ncku", "kind": "UNIVERSITY", "name": {"zh-TW": "國立成功大學", "ja": "国立成功大学", "en": "National Cheng Kung University"}, "country": "TW", "deleted": false},
             "institutions": [{"institution": {"slug": "ncku"}, "role": "LEAD_UNIVERSITY"}],
             "stakeholders": [], "programs": [{"program": "MOE-USR", "name": {"en": "University Social Responsibility Program (USR)"}, "years": [2021, 2022],
               "display": [{"gregorian": "2021", "roc": "民國110年", "japaneseEra": "令和3年", "kind": "CALENDAR"}, {"gregorian": "2022", "roc": "民國111年", "japaneseEra": "令和4年", "kind": "CALENDAR"}]}],
             "period": {"startYear": 2020, "endYear": null, "ongoing": true, "start": {"gregorian": "2020", "roc": "民國109年", "japaneseEra": "令和2年", "kind": "CALENDAR"}, "end": null},
             "sdgs": [12], "themes": ["circular-economy"], "indicators": [], "evidence": [], "testimonies": [],
             "sensitive": false, "sensitiveReason": null, "withheld": [], "deleted": false,
             "display": {"language": "ja", "title": "国立成功大学「官田の黒い金」", "leadInstitution": "国立成功大学", "startYear": "令和2年", "endYear": null},
             "createdAt": "2025-03-01T09:00:00+08:00", "updatedAt": "2025-03-02T10:30:00+08:00"}""";

    private Examples() {
    }
}
