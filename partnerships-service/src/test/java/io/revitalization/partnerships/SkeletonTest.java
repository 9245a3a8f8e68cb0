package io.revitalization.partnerships;

import java.util.stream.Stream;

import io.revitalization.testsupport.architecture.ServiceSkeleton;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The skeleton of docs/architecture.md holds in this service. */
class SkeletonTest {
    @TestFactory
    Stream<DynamicTest> the_skeleton_holds() {
        return ServiceSkeleton.checks("io.revitalization.partnerships");
    }
}
