package io.revitalization.partnerships.rest;

/** The request and response examples of the OpenAPI document. */
final class Examples {
    static final String PARTNERSHIP_REQUEST = """
            {
              "slug": "nkust-kochi-joint-competition",
              "title": {"zh-TW": "國立高雄科技大學 × 高知大學 國際競賽", "ja": "国立高雄科技大学 × 高知大学 国際コンペティション",
                        "en": "NKUST × Kochi University international competition"},
              "description": {"en": "Students of both countries tackle regional challenges together."},
              "kind": "JOINT_COMPETITION",
              "members": [{"institution": "nkust", "role": "LEAD"}, {"institution": "kochi-university", "role": "PARTNER"}],
              "themes": ["ageing-society"],
              "agreement": {"start": "2023-04-01", "end": "2026-03-31", "status": "ACTIVE",
                            "documentUrl": "https://example.org/agreements/nkust-kochi.pdf"},
              "public": true,
              "evidence": [{"source": "seed:000_33b908bba84e1ab1", "locator": "II.C ¶2",
                            "quote": "國立高雄科技大學與高知大學合辦的國際競賽，已成為兩國學生共同應對挑戰的平台"}]
            }""";

    static final String UNNAMED_PARTNERSHIP_REQUEST = """
            {
              "slug": "satoyama-satoumi-learning-community",
              "title": {"zh-TW": "里山里海主題式學習社群", "en": "Satoyama–satoumi learning community"},
              "kind": "THEMATIC_ALLIANCE",
              "membership": "UNNAMED",
              "members": [],
              "themes": ["satoyama", "satoumi"],
              "agreement": {"status": "ACTIVE"},
              "public": true
            }""";

    static final String PARTNERSHIP = """
            {
              "id": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11",
              "slug": "nkust-kochi-joint-competition",
              "version": 3,
              "title": {"zh-TW": "國立高雄科技大學 × 高知大學 國際競賽", "ja": "国立高雄科技大学 × 高知大学 国際コンペティション",
                        "en": "NKUST × Kochi University international competition"},
              "displayTitle": "NKUST × Kochi University international competition",
              "description": {"en": "Students of both countries tackle regional challenges together."},
              "kind": "JOINT_COMPETITION",
              "membership": "NAMED",
              "members": [
                {"institutionId": "0e9d1c1a-4a2b-4f59-8f7e-0a7c4f6f2c01", "institutionSlug": "nkust",
                 "name": {"zh-TW": "國立高雄科技大學", "en": "National Kaohsiung University of Science and Technology"},
                 "displayName": "National Kaohsiung University of Science and Technology", "country": "TW", "role": "LEAD"},
                {"institutionId": "7c6b2f0e-8d4e-4a31-b7a2-5d9e0f3c1b02", "institutionSlug": "kochi-university",
                 "name": {"ja": "高知大学", "en": "Kochi University"}, "displayName": "Kochi University",
                 "country": "JP", "role": "PARTNER"}
              ],
              "themes": ["ageing-society"],
              "agreement": {"start": "2023-04-01", "end": "2026-03-31", "status": "ACTIVE",
                            "documentUrl": "https://example.org/agreements/nkust-kochi.pdf"},
              "public": true,
              "phase": "CO_CREATION",
              "evidence": [{"source": "seed:000_33b908bba84e1ab1", "locator": "II.C ¶2",
                            "quote": "國立高雄科技大學與高知大學合辦的國際競賽，已成為兩國學生共同應對挑戰的平台"}],
              "provenance": null,
              "createdAt": "2025-01-10T08:00:00Z",
              "updatedAt": "2025-03-02T09:30:00Z"
            }""";

    static final String PARTNERSHIP_PAGE = "{\"items\": [" + PARTNERSHIP + "], \"next\": \"MjAyNS0wMS0xMFQwODowMDowMFoff\"}";

    static final String PHASE_REQUEST = """
            {
              "phase": "CO_CREATION",
              "at": "2024-09-01",
              "reason": {"en": "Both universities now co-design the competition brief and co-author its results.",
                         "zh-TW": "兩校共同設計競賽題目並共同發表成果。"},
              "evidence": [{"source": "Joint report 2024", "locator": "p. 3", "quote": "co-designed brief",
                            "url": "https://example.org/reports/2024.pdf"}]
            }""";

    static final String PHASE_CHANGE = """
            {
              "sequence": 2,
              "from": "BENCHMARKING",
              "to": "CO_CREATION",
              "at": "2024-09-01",
              "reason": {"en": "Both universities now co-design the competition brief and co-author its results."},
              "evidence": [{"source": "Joint report 2024", "locator": "p. 3", "quote": "co-designed brief",
                            "url": "https://example.org/reports/2024.pdf"}],
              "recordedAt": "2024-09-02T10:00:00Z"
            }""";

    static final String PHASE_HISTORY = "{\"items\": [" + PHASE_CHANGE + "], \"next\": null}";

    static final String UPDATE_REQUEST = """
            {
              "kind": "ACTIVITY",
              "date": "2025-03-01",
              "text": {"ja": "高知大学の学生12名が高雄でフィールドワークを実施。", "en": "12 Kochi students did fieldwork in Kaohsiung."},
              "direction": "MUTUAL",
              "participants": [{"country": "JP", "kind": "STUDENTS", "count": 12},
                               {"country": "TW", "kind": "FACULTY", "count": 3}],
              "links": ["https://example.org/news/2025-03-fieldwork"]
            }""";

    static final String UPDATE = """
            {
              "id": "b1c2d3e4-0000-4000-8000-000000000001",
              "partnership": {"id": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11", "slug": "nkust-kochi-joint-competition",
                              "displayTitle": "NKUST × Kochi University international competition"},
              "author": {"institutionId": "7c6b2f0e-8d4e-4a31-b7a2-5d9e0f3c1b02", "institutionSlug": "kochi-university",
                         "displayName": "Kochi University", "country": "JP"},
              "kind": "ACTIVITY",
              "requestedPhase": null,
              "date": "2025-03-01",
              "text": {"ja": "高知大学の学生12名が高雄でフィールドワークを実施。", "en": "12 Kochi students did fieldwork in Kaohsiung."},
              "displayText": "12 Kochi students did fieldwork in Kaohsiung.",
              "direction": "MUTUAL",
              "participants": [{"country": "JP", "kind": "STUDENTS", "count": 12},
                               {"country": "TW", "kind": "FACULTY", "count": 3}],
              "links": ["https://example.org/news/2025-03-fieldwork"],
              "status": "ACTIVE",
              "revision": 1,
              "version": 0,
              "postedAt": "2025-03-02T09:30:00Z",
              "updatedAt": "2025-03-02T09:30:00Z",
              "withdrawal": null
            }""";

    static final String UPDATE_PAGE = "{\"items\": [" + UPDATE + "], \"next\": null}";

    static final String WITHDRAW_REQUEST = """
            {"reason": {"en": "Posted to the wrong partnership."}}""";

    static final String REVISIONS = """
            {"items": [
              {"revision": 1, "kind": "ACTIVITY", "requestedPhase": null, "date": "2025-03-01",
               "text": {"en": "21 Kochi students did fieldwork in Kaohsiung."}, "direction": "MUTUAL",
               "participants": [], "links": [], "recordedAt": "2025-03-02T09:30:00Z"},
              {"revision": 2, "kind": "ACTIVITY", "requestedPhase": null, "date": "2025-03-01",
               "text": {"en": "12 Kochi students did fieldwork in Kaohsiung."}, "direction": "MUTUAL",
               "participants": [], "links": [], "recordedAt": "2025-03-02T11:00:00Z"}
            ], "next": null}""";

    static final String RECIPROCITY = """
            {
              "partnershipId": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11",
              "partnershipSlug": "nkust-kochi-joint-competition",
              "partnerships": 1,
              "allYears": {"activities": 4, "jpToTw": 1, "twToJp": 1, "mutual": 2,
                           "jpToTwShare": 0.25, "twToJpShare": 0.25, "mutualShare": 0.5},
              "years": [
                {"year": 2024, "partnerships": 1, "flows": {"activities": 1, "jpToTw": 1, "twToJp": 0, "mutual": 0,
                 "jpToTwShare": 1.0, "twToJpShare": 0.0, "mutualShare": 0.0}},
                {"year": 2025, "partnerships": 1, "flows": {"activities": 3, "jpToTw": 0, "twToJp": 1, "mutual": 2,
                 "jpToTwShare": 0.0, "twToJpShare": 0.333, "mutualShare": 0.667}}
              ]
            }""";

    static final String OVERALL_RECIPROCITY = """
            {
              "year": 2025,
              "partnerships": 3,
              "allYears": {"activities": 10, "jpToTw": 4, "twToJp": 2, "mutual": 4,
                           "jpToTwShare": 0.4, "twToJpShare": 0.2, "mutualShare": 0.4},
              "years": [{"year": 2025, "partnerships": 3, "flows": {"activities": 10, "jpToTw": 4, "twToJp": 2,
                         "mutual": 4, "jpToTwShare": 0.4, "twToJpShare": 0.2, "mutualShare": 0.4}}]
            }""";

    static final String PHASE_SUGGESTION = """
            {
              "partnershipId": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11",
              "partnershipSlug": "nkust-kochi-joint-competition",
              "declaredPhase": "BENCHMARKING",
              "suggestedPhase": "CO_CREATION",
              "agreesWithDeclared": false,
              "reasons": [
                {"code": "BALANCED_FLOW", "text": "The flow is balanced: JP→TW 25%, TW→JP 25%, mutual 50%."},
                {"code": "JOINT_OUTPUTS", "text": "1 joint output(s) (outcomes reported as mutual): balanced flow with joint outputs reads as co-creation."}
              ],
              "basis": {"kind": "JOINT_COMPETITION", "jointOutputs": 1,
                        "flows": {"activities": 4, "jpToTw": 1, "twToJp": 1, "mutual": 2,
                                  "jpToTwShare": 0.25, "twToJpShare": 0.25, "mutualShare": 0.5}}
            }""";

    static final String NETWORK = """
            {
              "year": 2025,
              "nodes": [
                {"id": "0e9d1c1a-4a2b-4f59-8f7e-0a7c4f6f2c01", "slug": "nkust",
                 "label": "National Kaohsiung University of Science and Technology",
                 "name": {"zh-TW": "國立高雄科技大學", "en": "National Kaohsiung University of Science and Technology"},
                 "country": "TW", "kind": "UNIVERSITY", "partnerships": 2},
                {"id": "7c6b2f0e-8d4e-4a31-b7a2-5d9e0f3c1b02", "slug": "kochi-university", "label": "Kochi University",
                 "name": {"ja": "高知大学", "en": "Kochi University"}, "country": "JP", "kind": "UNIVERSITY",
                 "partnerships": 2}
              ],
              "edges": [
                {"id": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11:0e9d1c1a-4a2b-4f59-8f7e-0a7c4f6f2c01:7c6b2f0e-8d4e-4a31-b7a2-5d9e0f3c1b02",
                 "source": "0e9d1c1a-4a2b-4f59-8f7e-0a7c4f6f2c01", "target": "7c6b2f0e-8d4e-4a31-b7a2-5d9e0f3c1b02",
                 "partnershipId": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11", "partnershipSlug": "nkust-kochi-joint-competition",
                 "label": "NKUST × Kochi University international competition", "kind": "JOINT_COMPETITION",
                 "phase": "CO_CREATION", "agreementStatus": "ACTIVE", "activities": 4}
              ],
              "unnamedMembership": [
                {"partnershipId": "9a1b6c3d-1111-3c55-9a53-0c0cfb1e1c99", "partnershipSlug": "ageing-society-learning-community",
                 "label": "Ageing-society learning community", "kind": "THEMATIC_ALLIANCE"}
              ]
            }""";

    static final String AGREEMENTS_ENDING = """
            {"items": [
              {"partnershipId": "5b0f9a0e-5d0c-3c55-9a53-0c0cfb1e1c11", "partnershipSlug": "nkust-kochi-joint-competition",
               "displayTitle": "NKUST × Kochi University international competition",
               "agreement": {"start": "2023-04-01", "end": "2026-03-31", "status": "ACTIVE",
                             "documentUrl": "https://example.org/agreements/nkust-kochi.pdf"},
               "daysLeft": 45}
            ], "next": null}""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "https://revitalization.example/problems/validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "2 fields are invalid",
              "instance": "/api/v1/partnerships",
              "errors": [{"field": "members[1].institution", "message": "is not a known institution (give its id or slug)"},
                         {"field": "title.en", "message": "must be at most 300 characters"}]
            }""";

    static final String UNAUTHORIZED_PROBLEM = """
            {"type": "https://revitalization.example/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "this operation needs an API key (sent through the gateway)"}""";

    static final String FORBIDDEN_PROBLEM = """
            {"type": "https://revitalization.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "only a member institution of this partnership may post to it; your API key's institution is not a member"}""";

    static final String NOT_FOUND_PROBLEM = """
            {"type": "https://revitalization.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "partnership 'nkust-kochi-joint-competition' does not exist"}""";

    static final String PRECONDITION_PROBLEM = """
            {"type": "https://revitalization.example/problems/precondition-failed", "title": "Precondition failed",
             "status": 412, "detail": "the resource has changed since you read it (it is now at version 4); read it again and retry with its new ETag"}""";

    static final String CONFLICT_PROBLEM = """
            {"type": "https://revitalization.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "the slug 'nkust-kochi-joint-competition' is already taken"}""";

    static final String IDEMPOTENCY_PROBLEM = """
            {"type": "https://revitalization.example/problems/unprocessable", "title": "Unprocessable request",
             "status": 422, "detail": "this Idempotency-Key was already used with a different request body; use a new key for a new request"}""";

    private Examples() {
    }
}
