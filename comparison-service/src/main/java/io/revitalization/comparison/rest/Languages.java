package io.revitalization.comparison.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The caller's languages from {@code Accept-Language}, best first, as the languages of localized text: any Chinese
 * tag means zh-TW, any Japanese tag ja, any English tag en. Display labels fall back to en, then zh-TW, then ja.
 */
final class Languages {
    private Languages() {
    }

    static List<String> preferred(HttpHeaders headers) {
        Set<String> languages = new LinkedHashSet<>();
        for (Locale locale : headers.getAcceptableLanguages()) {
            switch (locale.getLanguage()) {
                case "zh" -> languages.add("zh-TW");
                case "ja" -> languages.add("ja");
                case "en" -> languages.add("en");
                default -> {
                }
            }
        }
        return List.copyOf(languages);
    }
}
