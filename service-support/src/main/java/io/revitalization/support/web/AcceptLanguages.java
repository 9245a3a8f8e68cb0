package io.revitalization.support.web;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages of derived display fields, from {@code Accept-Language} in the client's order of preference, as
 * the languages of localized text: any Chinese tag reads as zh-TW (the only Chinese the suite holds), any Japanese
 * tag as ja, any English tag as en. {@code LocalizedText.pick} then falls back to en, zh-TW, ja.
 */
public final class AcceptLanguages {
    private AcceptLanguages() {
    }

    public static List<String> preferred(HttpHeaders headers) {
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformed) {
            return List.of(); // a header that cannot be read asks for nothing: the fallback order applies
        }
        return acceptable.stream()
                .map(AcceptLanguages::supported)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static String supported(Locale locale) {
        return switch (locale.getLanguage().toLowerCase(Locale.ROOT)) {
            case "zh" -> "zh-TW";
            case "ja" -> "ja";
            case "en" -> "en";
            default -> null;
        };
    }
}
