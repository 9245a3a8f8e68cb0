package io.revitalization.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules catch what they promise to catch, and let a sound service through. */
class ServiceSkeletonTest {
    private static final JavaClasses SOUND = new ClassFileImporter().importPackages("io.revitalization.fixturesound");
    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("io.revitalization.fixturebroken");

    @Test
    void a_service_built_to_the_skeleton_passes_every_rule() {
        for (ArchRule rule : ServiceSkeleton.rules()) {
            EvaluationResult result = rule.evaluate(SOUND);
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }
    }

    @Test
    void a_use_case_importing_an_api_record_is_caught() {
        assertThat(violations(ServiceSkeleton.layers_depend_one_way))
                .contains("io.revitalization.fixturebroken.app.ThingService")
                .contains("io.revitalization.fixturebroken.api.ThingRequest");
    }

    @Test
    void storage_typed_by_the_event_contract_is_caught() {
        assertThat(violations(ServiceSkeleton.only_the_events_edge_speaks_the_event_contract))
                .contains("io.revitalization.fixturebroken.domain.Stored")
                .contains("io.revitalization.events.CaseV1");
    }

    @Test
    void a_class_outside_the_skeleton_packages_is_caught() {
        assertThat(violations(ServiceSkeleton.every_class_lives_in_a_skeleton_package))
                .contains("io.revitalization.fixturebroken.Loose");
    }

    @Test
    void a_random_row_id_is_caught() {
        assertThat(violations(ServiceSkeleton.new_row_ids_are_time_ordered))
                .contains("io.revitalization.fixturebroken.app.ThingIds.next()")
                .contains("java.util.UUID.randomUUID()");
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as("rule %s reports the broken fixture", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
