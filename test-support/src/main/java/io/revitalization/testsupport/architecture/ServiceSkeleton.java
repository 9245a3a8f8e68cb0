package io.revitalization.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;

/**
 * The skeleton every service module follows (docs/architecture.md, "One skeleton"). A service module runs these
 * rules with
 *
 * <pre>
 * class SkeletonTest {
 *     &#64;TestFactory
 *     Stream&lt;DynamicTest&gt; the_skeleton_holds() {
 *         return ServiceSkeleton.checks("io.revitalization.cases");
 *     }
 * }
 * </pre>
 *
 * Packages are matched one level below {@code io.revitalization}, so the same rules read every service. A rule
 * about something a service does not have (Kafka channels in the gateway) passes there.
 */
public final class ServiceSkeleton {
    static final String API = "io.revitalization.*.api..";
    static final String APP = "io.revitalization.*.app..";
    static final String DOMAIN = "io.revitalization.*.domain..";
    static final String PERSISTENCE = "io.revitalization.*.persistence..";
    static final String EVENTS = "io.revitalization.*.events..";
    static final String EDGE = "io.revitalization.*.edge..";
    static final String SEED = "io.revitalization.*.seed..";
    static final String CONFIG = "io.revitalization.*.config..";
    static final String EVENT_CONTRACT = "io.revitalization.events..";
    static final String EVENT_BACKBONE = "io.revitalization.backbone..";

    private ServiceSkeleton() {
    }

    public static final ArchRule every_class_lives_in_a_skeleton_package = classes()
            .should().resideInAnyPackage(API, APP, DOMAIN, PERSISTENCE, EVENTS, EDGE, SEED, CONFIG)
            .because("a newcomer finds every class in one of the skeleton's packages")
            .allowEmptyShould(true);

    public static final ArchRule layers_depend_one_way = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("api").definedBy(API)
            .layer("edge").definedBy(EDGE)
            .layer("events").definedBy(EVENTS)
            .layer("seed").definedBy(SEED)
            .layer("app").definedBy(APP)
            .layer("persistence").definedBy(PERSISTENCE)
            .layer("domain").definedBy(DOMAIN)
            .layer("config").definedBy(CONFIG)
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("edge").mayNotBeAccessedByAnyLayer()
            .whereLayer("events").mayNotBeAccessedByAnyLayer()
            .whereLayer("seed").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("api", "edge", "events", "seed")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("app")
            .whereLayer("domain").mayOnlyAccessLayers("domain")
            .whereLayer("config").mayOnlyAccessLayers("config")
            .allowEmptyShould(true);

    public static final ArchRule no_package_cycles = slices()
            .matching("io.revitalization.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    public static final ArchRule only_the_events_edge_speaks_the_event_contract = noClasses()
            .that().resideOutsideOfPackage(EVENTS)
            .should().dependOnClassesThat().resideInAnyPackage(EVENT_CONTRACT, EVENT_BACKBONE)
            .because("storage and API types are not the event contract's types: mapping happens at the events edge")
            .allowEmptyShould(true);

    public static final ArchRule transactions_begin_in_use_cases = noClasses()
            .that().resideOutsideOfPackage(APP)
            .should().beAnnotatedWith("jakarta.transaction.Transactional")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
            .because("a use case owns its transaction (an idempotent POST goes through IdempotentRequests)")
            .allowEmptyShould(true);

    public static final ArchRule transactional_methods_are_use_cases = methods()
            .that().areAnnotatedWith("jakarta.transaction.Transactional")
            .should().beDeclaredInClassesThat().resideInAPackage(APP)
            .because("a use case owns its transaction")
            .allowEmptyShould(true);

    public static final ArchRule use_cases_know_no_http = noClasses()
            .that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "io.vertx.ext.web..")
            .because("use cases take commands and return views; HTTP is the api edge's")
            .allowEmptyShould(true);

    public static final ArchRule resources_are_in_api = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage(API)
            .andShould().haveSimpleNameEndingWith("Resource")
            .allowEmptyShould(true);

    public static final ArchRule entities_are_in_domain = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAnnotatedWith("jakarta.persistence.Embeddable")
            .should().resideInAPackage(DOMAIN)
            .allowEmptyShould(true);

    public static final ArchRule repositories_are_in_persistence = classes()
            .that().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
            .should().resideInAPackage(PERSISTENCE)
            .andShould().haveSimpleNameEndingWith("Repository")
            .allowEmptyShould(true);

    public static final ArchRule configuration_is_in_config = classes()
            .that().areAnnotatedWith("io.smallrye.config.ConfigMapping")
            .should().resideInAPackage(CONFIG)
            .allowEmptyShould(true);

    public static final ArchRule kafka_channels_are_in_events = methods()
            .that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
            .or().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Outgoing")
            .should().beDeclaredInClassesThat().resideInAPackage(EVENTS)
            .allowEmptyShould(true);

    public static final ArchRule seed_loaders_are_named_alike = classes()
            .that().resideInAPackage(SEED)
            .and().areAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .should().haveSimpleNameEndingWith("SeedLoader")
            .because("every service loads its seed data with a <Service>SeedLoader in its seed package")
            .allowEmptyShould(true);

    public static final ArchRule requests_and_responses_are_api_records = classes()
            .that(simpleNameEndingWith("Request").or(simpleNameEndingWith("Response")))
            .and(not(simpleNameEndingWith("Resource")))
            .should().resideInAnyPackage(API, EDGE)
            .because("requests and responses are shapes of HTTP, kept at the edge that speaks it")
            .allowEmptyShould(true);

    public static final ArchRule new_row_ids_are_time_ordered = noClasses()
            .should().callMethod(UUID.class, "randomUUID")
            .because("a new row's id comes from service-support's persistence.TimeOrderedIds: a random id puts each "
                    + "new row on a random page of every index that holds the id")
            .allowEmptyShould(true);

    public static final ArchRule native_statements_name_what_they_change = noClasses()
            .should().callMethod("jakarta.persistence.Query", "executeUpdate")
            .because("a native insert, update or delete goes through service-support's persistence.NativeStatements, "
                    + "which names the table it changes: Hibernate empties the whole second-level cache on one that "
                    + "does not")
            .allowEmptyShould(true);

    /** One test per rule, over the production classes of {@code basePackage}. */
    public static Stream<DynamicTest> checks(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /** Every rule above, read from its fields so that a new rule is run everywhere at once. */
    public static List<ArchRule> rules() {
        return Arrays.stream(ServiceSkeleton.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType()))
                .map(ServiceSkeleton::read)
                .toList();
    }

    private static ArchRule read(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
