package io.revitalization.gateway.app;

import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.gateway.domain.KeyStatus;
import io.revitalization.gateway.persistence.ApiKeyRepository;
import io.revitalization.gateway.persistence.KeyFilter;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyService {
    public static final String BOOTSTRAP_ISSUER = "bootstrap";

    private final ApiKeyRepository keys;
    private final Event<KeyIssuedNotification> keyIssued;
    private final Event<KeyRevokedNotification> keyRevoked;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, Event<KeyIssuedNotification> keyIssued,
                         Event<KeyRevokedNotification> keyRevoked) {
        this.keys = keys;
        this.keyIssued = keyIssued;
        this.keyRevoked = keyRevoked;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public KeyWithSecret issue(IssueKeyCommand command, String issuedBy) {
        String secret = KeySecrets.newKey();
        ApiKey key = new ApiKey();
        key.id = TimeOrderedIds.next();
        key.keyHash = KeySecrets.hash(secret);
        key.label = command.label();
        key.role = command.role().claimValue();
        key.institutionId = command.institution().orElse(null);
        key.expiresAt = command.expiresAt().orElse(null);
        key.requestsPerSecond = command.requestsPerSecond().orElse(null);
        key.createdAt = now();
        key.createdBy = issuedBy;
        keys.persist(key);
        keyIssued.fire(new KeyIssuedNotification(key));
        return new KeyWithSecret(key, secret);
    }

    @Transactional
    public Page<ApiKey> list(Optional<Role> role, Optional<UUID> institution, Optional<KeyStatus> status,
                             PageRequest page) {
        KeyFilter filter = new KeyFilter(role.map(Role::claimValue), institution, status);
        List<ApiKey> rows = keys.page(filter, page.decodedCursor(2), page.fetchSize(), now());
        return Page.fromRows(rows, page, key -> Cursor.of(key.createdAt.toString(), key.id.toString()));
    }

    @Transactional
    public Optional<ApiKey> find(UUID id) {
        return keys.findByIdOptional(id);
    }

    /**
     * Revokes the key (revoking a revoked key changes nothing). The last active admin key cannot be revoked, so
     * the admin API can never lock everyone out.
     */
    @Transactional
    public Optional<ApiKey> revoke(UUID id) {
        Optional<ApiKey> found = keys.findByIdOptional(id);
        found.filter(key -> !key.isRevoked()).ifPresent(key -> {
            OffsetDateTime now = now();
            if (Role.ADMIN_NAME.equals(key.role) && key.isActiveAt(now) && keys.countActiveAdmins(now) == 1) {
                throw ProblemException.conflict("this is the last active admin key; issue another admin key "
                        + "before revoking it");
            }
            key.revokedAt = now;
            keyRevoked.fire(new KeyRevokedNotification(key.id));
        });
        return found;
    }

    /** Stores the configured first admin key unless an active admin key exists. */
    @Transactional
    public boolean bootstrapAdmin(String secret) {
        if (keys.countActiveAdmins(now()) > 0) {
            return false;
        }
        ApiKey key = new ApiKey();
        key.id = TimeOrderedIds.next();
        key.keyHash = KeySecrets.hash(secret);
        key.label = "bootstrap admin key (gateway.bootstrap-admin-key)";
        key.role = Role.ADMIN_NAME;
        key.createdAt = now();
        key.createdBy = BOOTSTRAP_ISSUER;
        return keys.insertAdminIfHashIsNew(key);
    }

    @Transactional
    public List<ApiKey> active() {
        return keys.activeAt(now());
    }

    /** PostgreSQL keeps microseconds; cursors must compare equal to what was stored. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
