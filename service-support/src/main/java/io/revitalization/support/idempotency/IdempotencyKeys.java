package io.revitalization.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POSTs: the same caller, key and body replay the first response; the same key with
 * another body is refused with 422. The record is written in the transaction of the effect, so a retried request
 * after a crash either finds the record or finds no effect. Requests with the same key run one after another: each
 * first takes a transaction-scoped PostgreSQL advisory lock on the key, so a request sent while the first is still
 * running waits for its commit and replays its answer (rather than racing it into a conflict such as a slug taken
 * by itself); if the first failed and left nothing, the next one runs.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    public IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String idempotencyKey, Caller caller, String operation, Object requestBody,
                            Supplier<Response> action) {
        if (idempotencyKey == null) {
            return action.get();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String recordKey = operation + "|" + caller.subject() + "|" + idempotencyKey;
        String requestHash = sha256(write(requestBody));
        waitForEarlierRequests(recordKey);
        Optional<IdempotencyRecord> earlier = IdempotencyRecord.findByIdOptional(recordKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash);
        }
        Response response = action.get();
        remember(recordKey, requestHash, response);
        return response;
    }

    /** Held until this transaction ends; a 64-bit lock id from the key's hash (a collision only makes one wait). */
    private static void waitForEarlierRequests(String recordKey) {
        long lock = ByteBuffer.wrap(sha256Bytes(recordKey)).getLong();
        IdempotencyRecord.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, lock)
                .getSingleResult();
    }

    private Response replay(IdempotencyRecord earlier, String requestHash) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw ProblemException.unprocessable("this Idempotency-Key was already used with a different request "
                    + "body; use a new key for a new request");
        }
        Response.ResponseBuilder replay = Response.status(earlier.status)
                .header("Idempotent-Replayed", "true");
        if (earlier.responseBody != null) {
            replay.entity(earlier.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (earlier.location != null) {
            replay.header(HttpHeaders.LOCATION, earlier.location);
        }
        if (earlier.etag != null) {
            replay.header(HttpHeaders.ETAG, earlier.etag);
        }
        return replay.build();
    }

    private void remember(String recordKey, String requestHash, Response response) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = recordKey;
        record.requestHash = requestHash;
        record.status = response.getStatus();
        record.responseBody = response.hasEntity() ? write(response.getEntity()) : null;
        record.location = response.getHeaderString(HttpHeaders.LOCATION);
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
        record.createdAt = OffsetDateTime.now();
        record.persist();
    }

    private String write(Object value) {
        try {
            return value instanceof String text ? text : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored for replay", e);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Bytes(text));
    }

    private static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
