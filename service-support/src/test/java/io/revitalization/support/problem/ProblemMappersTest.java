package io.revitalization.support.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aTransactionThatLostARaceIsAConflict() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("duplicate key", "23505")),
                path("/api/v1/cases"));

        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aDatabaseFailureWithoutSqlStateIsAnInternalErrorProblem() {
        // the connection pool's acquisition timeout carries no SQL state
        Response response = mappers.unexpected(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection")), path("/api/v1/cases"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        assertThat(((Problem) response.getEntity()).instance()).isEqualTo("/api/v1/cases");
    }

    private static UriInfo path(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
