package io.revitalization.cases.rest;

import io.revitalization.cases.calendar.DisplayYear;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages of derived display fields, from {@code Accept-Language} in the client's order of preference
 * (any Chinese reads as zh-TW, the only Chinese the records hold); the fallback is en, then zh-TW, then ja.
 */
public final class Languages {
    private Languages() {
    }

    public static List<String> preferred(HttpHeaders headers) {
        List<String> languages = new ArrayList<>();
        for (Locale locale : headers.getAcceptableLanguages()) {
            String language = switch (locale.getLanguage()) {
                case "zh" -> "zh-TW";
                case "ja" -> "ja";
                case "en" -> "en";
                default -> null;
            };
            if (language != null && !languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The first preferred language, or en. */
    public static String first(List<String> preferred) {
        return preferred.isEmpty() ? "en" : preferred.get(0);
    }

    /** A year as readers of the language write it: Japanese era for ja, ROC for zh-TW, else Gregorian. */
    public static String year(DisplayYear year, String language) {
        if (year == null) {
            return null;
        }
        String local = switch (language) {
            case "ja" -> year.japaneseEra();
            case "zh-TW" -> year.roc();
            default -> null;
        };
        return local == null ? year.gregorian() : local;
    }
}
