package io.revitalization.partnerships.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies as a client writes them (maps, so a test can break any field). */
public final class Bodies {
    private Bodies() {
    }

    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A public joint course led by {@code lead}, with {@code partner}. */
    public static Map<String, Object> partnership(String slug, TestInstitutions.Known lead, TestInstitutions.Known partner) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", new HashMap<>(Map.of("zh-TW", "聯合課程 " + slug, "ja", "共同授業 " + slug,
                "en", "Joint course " + slug)));
        body.put("description", Map.of("en", "Field study in each other's country."));
        body.put("kind", "JOINT_COURSE");
        body.put("members", new ArrayList<>(List.of(
                member(lead.slug(), "LEAD"),
                member(partner.slug(), "PARTNER"))));
        body.put("themes", new ArrayList<>(List.of("ageing-society")));
        body.put("agreement", new HashMap<>(Map.of("start", "2022-04-01", "end", "2026-03-31", "status", "ACTIVE",
                "documentUrl", "https://example.org/agreements/" + slug + ".pdf")));
        body.put("public", true);
        body.put("evidence", List.of(Map.of("source", "seed:000_33b908bba84e1ab1", "locator", "II.C ¶2",
                "quote", "共同開設的國際交流課程")));
        return body;
    }

    public static Map<String, Object> member(String institution, String role) {
        return new HashMap<>(Map.of("institution", institution, "role", role));
    }

    public static Map<String, Object> update(String kind, String date, String direction) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", date);
        body.put("text", new HashMap<>(Map.of("en", kind + " on " + date, "ja", date + " の活動")));
        body.put("direction", direction);
        body.put("participants", new ArrayList<>(List.of(
                Map.of("country", "JP", "kind", "STUDENTS", "count", 12),
                Map.of("country", "TW", "kind", "FACULTY", "count", 3))));
        body.put("links", new ArrayList<>(List.of("https://example.org/news/" + date)));
        return body;
    }
}
