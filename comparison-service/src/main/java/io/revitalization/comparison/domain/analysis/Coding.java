package io.revitalization.comparison.domain.analysis;

import java.util.List;

/**
 * One coder's coding of one case in one year on one dimension.
 *
 * @param codes      the code or codes given; kept distinct and sorted, so two codings with the same codes are equal
 * @param evidence   the quote supporting the coding, or {@code null}
 * @param confidence the coder's confidence in [0, 1], or {@code null} when not stated
 */
public record Coding(String caseId, int year, String coder, List<String> codes, String evidence, Double confidence) {

    public Coding {
        Require.text(caseId, "caseId");
        Require.text(coder, "coder");
        codes = Require.codeSet(codes, "codes");
        Require.confidence(confidence);
    }

    public Coding(String caseId, int year, String coder, List<String> codes) {
        this(caseId, year, coder, codes, null, null);
    }
}
