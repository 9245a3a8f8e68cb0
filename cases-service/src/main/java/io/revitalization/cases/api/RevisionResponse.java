package io.revitalization.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.revitalization.cases.domain.CaseRevision;
import io.revitalization.cases.domain.RevisionChange;
import io.revitalization.support.security.Caller;
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

    @Schema(name = "RevisionAuthor", description = "Who wrote the revision: the API key's label and the institution "
            + "it belongs to; the key's id (subject) only for admins")
    public record Author(
            @Schema(description = "The API key's id; admins only") @JsonInclude(JsonInclude.Include.NON_NULL)
            String subject,
            @Schema(description = "The API key's label when it wrote the revision; null for older revisions")
            String name,
            UUID institutionId) {
    }

    /** @param reader the caller reading it: only an admin is shown the key's id */
    static RevisionResponse of(CaseRevision revision, CaseResponse asOfRevision, Caller reader) {
        return new RevisionResponse(revision.key.version(), revision.change, revision.changedAt,
                new Author(reader.isAdmin() ? revision.authorSubject : null, revision.authorName,
                        revision.authorInstitutionId),
                List.of(revision.changedFields), asOfRevision);
    }
}
