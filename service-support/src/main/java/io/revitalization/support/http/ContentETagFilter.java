package io.revitalization.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The ETag of a {@link ContentETag} read: a SHA-256 of its JSON (the first 16 bytes, base64url), so it changes
 * exactly when the answer does, whatever the reader's language or rights made it; 304 when the request's
 * {@code If-None-Match} names it (or is {@code *}).
 */
@Provider
@ContentETag
public class ContentETagFilter implements ContainerResponseFilter {
    private final ObjectMapper json;

    public ContentETagFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()
                || !response.hasEntity() || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        EntityTag tag = new EntityTag(digest(response.getEntity()));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (names(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    private String digest(Object entity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(entity));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@code If-None-Match}: {@code *} or a list of tags, weak ones compared weakly (RFC 9110 13.1.2). */
    private static boolean names(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(value -> value.equals("*") || value.equals(quoted) || value.equals("W/" + quoted));
    }
}
