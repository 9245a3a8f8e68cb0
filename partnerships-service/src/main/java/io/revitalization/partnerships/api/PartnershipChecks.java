package io.revitalization.partnerships.api;

import java.time.LocalDate;

/** The explicit checks of partnership and update requests (Bean Validation does the rest). */
final class PartnershipChecks {
    private PartnershipChecks() {
    }

    static void check(PartnershipRequest request) {
        RequestChecks checks = RequestChecks.start()
                .slug(request.slug())
                .text("title", request.title(), true, Limits.TITLE)
                .text("description", request.description(), false, Limits.DESCRIPTION)
                .required("public", request.isPublic())
                .evidence("evidence", request.evidence());
        AgreementRequest agreement = request.agreement();
        if (agreement != null) {
            checks.date("agreement.start", agreement.start())
                    .date("agreement.end", agreement.end())
                    .notBefore("agreement.end", agreement.end(), agreement.start())
                    .url("agreement.documentUrl", agreement.documentUrl());
        }
        checks.orFail();
    }

    static void check(UpdateRequest request) {
        RequestChecks checks = RequestChecks.start()
                .text("text", request.text(), true, Limits.UPDATE_TEXT)
                .date("date", request.date(), LocalDate.now().plusYears(1));
        if (request.links() != null) {
            for (int i = 0; i < request.links().size(); i++) {
                checks.url("links[" + i + "]", request.links().get(i));
            }
        }
        checks.orFail();
    }
}
