package io.revitalization.partnerships.api;

import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers changed the same record at once, or took the same slug at once: the later one is told to read
 * again and retry (409, not 500). Requests one after the other are answered by the service's own checks.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return conflict("the record was changed by someone else at the same time; read it again and retry", uri);
    }

    @ServerExceptionMapper
    public Response concurrentInsert(ConstraintViolationException e, UriInfo uri) {
        return conflict("a record with the same identity was stored at the same time; read again and retry", uri);
    }

    private static Response conflict(String detail, UriInfo uri) {
        Problem problem = ProblemException.conflict(detail).problem().withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
