package io.revitalization.comparison.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.revitalization.testsupport.KafkaResource;
import io.revitalization.testsupport.PostgresResource;

@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "comparison"))
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
public class TestInfrastructure {
}
