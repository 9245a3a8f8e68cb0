package io.revitalization.partnerships.api;

import io.revitalization.support.evidence.EvidenceChecks;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.text.Characters;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks Bean Validation cannot express with the field names a client sees ({@code title.zh-TW}), collected
 * so that one answer names every bad field. Characters no text may hold (NUL, other control characters, lone
 * surrogates) are refused by service-support while the body is read.
 */
final class RequestChecks {
    /** Path segments under {@code /api/v1/partnerships} that are not partnerships. */
    private static final Set<String> RESERVED_SLUGS = Set.of("updates", "reciprocity", "network", "agreements");

    private final List<FieldError> errors = new ArrayList<>();

    static RequestChecks start() {
        return new RequestChecks();
    }

    RequestChecks slug(String slug) {
        if (slug != null && Slugs.isRefused(slug, RESERVED_SLUGS)) {
            errors.add(new FieldError("slug", "must not be a UUID or one of " + RESERVED_SLUGS));
        }
        return this;
    }

    RequestChecks required(String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    /** Text in up to three languages; when required, at least one language must have text. */
    RequestChecks text(String field, LocalizedText text, boolean required, int maxLength) {
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "needs text in at least one of zh-TW, ja, en"));
            }
            return this;
        }
        for (String language : LocalizedText.LANGUAGES) {
            text.in(language).ifPresent(value -> plain(field + "." + language, value, maxLength));
        }
        return this;
    }

    RequestChecks plain(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        if (Characters.count(value) > maxLength) {
            errors.add(new FieldError(field, Characters.atMost(maxLength)));
        }
        return this;
    }

    RequestChecks url(String field, String value) {
        if (value == null) {
            return this;
        }
        plain(field, value, Limits.URL);
        if (!EvidenceChecks.isHttpUrl(value)) {
            errors.add(new FieldError(field, EvidenceChecks.URL_EXPECTED));
        }
        return this;
    }

    /** A date from 1900 to 2100 (or up to {@code latest}). */
    RequestChecks date(String field, LocalDate value, LocalDate latest) {
        if (value != null && (value.getYear() < Limits.MIN_YEAR || value.isAfter(latest))) {
            errors.add(new FieldError(field, "must be between " + Limits.MIN_YEAR + "-01-01 and " + latest));
        }
        return this;
    }

    RequestChecks date(String field, LocalDate value) {
        return date(field, value, LocalDate.of(Limits.MAX_YEAR, 12, 31));
    }

    RequestChecks notBefore(String field, LocalDate value, LocalDate earliest) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            errors.add(new FieldError(field, "must not be before " + earliest));
        }
        return this;
    }

    /** Links of evidence items; their lengths are bounded by Bean Validation. */
    RequestChecks evidence(String field, List<EvidenceRequest> evidence) {
        errors.addAll(EvidenceChecks.links(field, evidence));
        return this;
    }

    void orFail() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
