package io.revitalization.cases.app;

import java.util.Map;
import java.util.TreeMap;

/** A record's provenance notes (field path → what the source gives, what was added and why), in field order. */
final class Provenance {
    private Provenance() {
    }

    static Map<String, String> of(Map<String, String> notes) {
        return notes == null ? Map.of() : new TreeMap<>(notes);
    }
}
