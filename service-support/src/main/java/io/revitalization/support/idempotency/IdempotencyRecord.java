package io.revitalization.support.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The first response to a POST with an {@code Idempotency-Key}, kept to replay it. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @Column(name = "record_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    public String etag;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
