package io.revitalization.support.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Renders a page as {@code {"items": …, "next": …}} with a {@code Link: <…>; rel="next"} header. */
public final class PageResponses {
    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            // relative to the request path, so the link stays right behind the gateway's host name
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
            response.links(Link.fromUri(next.getRawPath() + "?" + next.getRawQuery()).rel("next").build());
        }
        return response.build();
    }
}
