package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Agreement;
import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.MemberRole;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** The content of a partnership as a client (or the seed) gives it; members name institutions by id or slug. */
public record PartnershipCommand(String slug, LocalizedText title, LocalizedText description, PartnershipKind kind,
                                 Membership membership, List<MemberReference> members, List<String> themes,
                                 Agreement agreement, boolean isPublic, List<Evidence> evidence) {

    public record MemberReference(String institution, MemberRole role) {
    }
}
