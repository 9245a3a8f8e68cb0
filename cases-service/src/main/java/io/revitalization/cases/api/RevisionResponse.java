package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseRevision;
import io.revitalization.cases.domain.RevisionChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One revision of a case: who changed what, when; with the case as it was when {@code asOfRevision} is set. */
@Schema(name = "CaseRevision")
public record RevisionResponse(
        long version,
        RevisionChange change,
        OffsetDateTime changedAt,
        Author author,
        @Schema(description = "Paths of the fields this revision changed (those it set, for the first)")
        List<String> changedFields,
        @Schema(description = "The case as of this revision (single-revision reads only)")
        CaseResponse asOfRevision) {

    @Schema(name = "RevisionAuthor", description = "The API key (subject) and the institution it belongs to")
    public record Author(String subject, UUID institutionId) {
    }

    static RevisionResponse of(CaseRevision revision, CaseResponse asOfRevision) {
        return new RevisionResponse(revision.key.version(), revision.change, revision.changedAt,
                new Author(revision.authorSubject, revision.authorInstitutionId), List.of(revision.changedFields),
                asOfRevision);
    }
}
