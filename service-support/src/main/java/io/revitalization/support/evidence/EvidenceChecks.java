package io.revitalization.support.evidence;

import io.revitalization.support.problem.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of evidence that Bean Validation cannot express: links are absolute http(s) URLs. Characters no text may
 * hold are refused while the body is read ({@link io.revitalization.support.web.SafeStrings}).
 */
public final class EvidenceChecks {
    public static final String URL_EXPECTED = "must be an absolute http or https URL";

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
}
