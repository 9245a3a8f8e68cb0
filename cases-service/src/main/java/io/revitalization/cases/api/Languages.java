package io.revitalization.cases.api;

import io.revitalization.cases.domain.calendar.DisplayYear;

import java.util.List;

/** Display helpers over the languages {@code AcceptLanguages} reads from the request. */
public final class Languages {
    private Languages() {
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
