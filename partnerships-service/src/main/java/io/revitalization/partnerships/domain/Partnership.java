package io.revitalization.partnerships.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A Taiwan–Japan partnership between universities (and, in tri-sector projects, firms and communities). */
@Entity
@Table(name = "partnership")
public class Partnership {
    @Id
    public UUID id;

    public String slug;

    /**
     * A new record's version, as in every service (cases start at 1 too); set before persisting, since Hibernate
     * keeps a version it is given and would otherwise start at 0.
     */
    public static final long FIRST_VERSION = 1;

    @Version
    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Membership membership;

    /** Always needed (visibility, authorization, every representation), so loaded with the partnership. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_member", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    public List<Member> members = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] themes = new String[0];

    @Embedded
    public Agreement agreement;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    /** Where a seeded record came from (file, source text, who wrote it); absent for records made through the API. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> provenance;

    public boolean deleted;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean hasMember(UUID institutionId) {
        return members.stream().anyMatch(member -> member.institutionId.equals(institutionId));
    }

    public Optional<Member> member(UUID institutionId) {
        return members.stream().filter(member -> member.institutionId.equals(institutionId)).findFirst();
    }

    /** A member that confirmed its membership (pending members may read the partnership, nothing more). */
    public boolean hasConfirmedMember(UUID institutionId) {
        return member(institutionId).filter(Member::isConfirmed).isPresent();
    }

    public boolean isLedBy(UUID institutionId) {
        return member(institutionId).filter(member -> member.role == MemberRole.LEAD && member.isConfirmed())
                .isPresent();
    }
}
