package io.revitalization.gateway.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.revitalization.testsupport.PostgresResource;

/** One Quarkus start for every test of the module: real PostgreSQL (database gateway) and fake services. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
