package io.revitalization.comparison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** What comparisons need of a partnership: its phase, whether it is public, and its confirmed member institutions (the partnership-phase grouping). */
@Entity
@Table(name = "partnership_projection")
public class PartnershipProjection {
    @Id
    public UUID id;
    public String slug;
    public long version;
    public String phase;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids")
    public List<UUID> memberIds;
    public boolean deleted;
    /** Only public partnerships group cases: the others are hidden from most readers (partnerships-service). */
    @Column(name = "is_public")
    public boolean isPublic;
}
