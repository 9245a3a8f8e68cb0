package io.revitalization.backbone;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The HTTP side of the test app: a write publishing institutions, a read of what the consumer recorded. */
@Path("/test/institutions")
public class InstitutionResource {
    private final InstitutionPublisher publisher;
    private final EntityManager entityManager;

    public InstitutionResource(InstitutionPublisher publisher, EntityManager entityManager) {
        this.publisher = publisher;
        this.entityManager = entityManager;
    }

    /** Publishes one institution per comma-separated slug, in two transactions when there are several. */
    @POST
    @Path("{slugs}")
    public Response publish(@PathParam("slugs") String slugs) {
        List<String> all = List.of(slugs.split(","));
        int half = (all.size() + 1) / 2;
        publisher.publish(all.subList(0, half));
        if (half < all.size()) {
            publisher.publish(all.subList(half, all.size()));
        }
        return Response.status(201).build();
    }

    @GET
    @Path("{slugs}")
    @Produces(MediaType.TEXT_PLAIN)
    public long received(@PathParam("slugs") String slugs) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM received_institution WHERE slug = ANY (CAST(:slugs AS text[]))")
                .setParameter("slugs", slugs.split(","))
                .getSingleResult()).longValue();
    }
}
