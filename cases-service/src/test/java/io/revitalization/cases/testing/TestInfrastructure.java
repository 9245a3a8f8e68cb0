package io.revitalization.cases.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.revitalization.testsupport.KafkaResource;
import io.revitalization.testsupport.PostgresResource;

/** Real PostgreSQL and Kafka for every test class of this module (one Quarkus start for all). */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "cases"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
