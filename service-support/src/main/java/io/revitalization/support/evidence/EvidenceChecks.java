package io.revitalization.support.evidence;

import io.revitalization.support.problem.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The checks of evidence that Bean Validation cannot express: links are absolute http(s) URLs, no NUL in text. */
public final class EvidenceChecks {
    public static final String URL_EXPECTED = "must be an absolute http or https URL";
    public static final String NO_NUL = "must not contain NUL characters";

    private EvidenceChecks() {
    }

    public static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Errors of {@code field[i].url} for links that are not absolute http(s) URLs. */
    public static List<FieldError> links(String field, List<? extends EvidenceInput> evidence) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            errors.addAll(link(field + "[" + i + "]", evidence.get(i)));
        }
        return errors;
    }

    /** The error of {@code item.url} when the link is not an absolute http(s) URL. */
    public static List<FieldError> link(String item, EvidenceInput evidence) {
        return evidence.url() != null && !isHttpUrl(evidence.url())
                ? List.of(new FieldError(item + ".url", URL_EXPECTED)) : List.of();
    }

    /** Errors of {@code field[i].<part>} for text holding NUL characters, which PostgreSQL cannot store. */
    public static List<FieldError> withoutNul(String field, List<? extends EvidenceInput> evidence) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            EvidenceInput item = evidence.get(i);
            String prefix = field + "[" + i + "].";
            nul(prefix + "source", item.source(), errors);
            nul(prefix + "locator", item.locator(), errors);
            nul(prefix + "quote", item.quote(), errors);
            nul(prefix + "url", item.url(), errors);
        }
        return errors;
    }

    private static void nul(String field, String value, List<FieldError> errors) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, NO_NUL));
        }
    }
}
