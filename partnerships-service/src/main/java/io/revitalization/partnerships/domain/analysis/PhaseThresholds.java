package io.revitalization.partnerships.domain.analysis;

/**
 * When the evidence suggests a phase: fewer activities than {@code minActivities} suggest nothing; a one-way
 * direction carrying {@code oneWayShare} or more reads as benchmarking; balanced flow with {@code minJointOutputs}
 * joint outputs reads as co-creation.
 */
public record PhaseThresholds(int minActivities, double oneWayShare, int minJointOutputs) {
}
