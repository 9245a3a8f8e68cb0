package io.revitalization.cases.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** The service as it runs: the seed is loaded at start, before the first request is served. */
@QuarkusTest
@TestProfile(SeedAtStartTest.SeedEnabled.class)
class SeedAtStartTest {

    @Test
    void theSeedIsThereWhenTheServiceStarts() {
        Api.anonymous().get("/api/v1/cases/kochi-ubc").then().statusCode(200)
                .body("leadInstitution.name.ja", equalTo("高知大学"));
        Api.anonymous().get("/api/v1/programs/MEXT-COC").then().statusCode(200).body("startYear", equalTo(2013));
    }

    public static class SeedEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cases.seed.enabled", "true");
        }
    }
}
