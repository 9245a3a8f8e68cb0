package io.revitalization.support.seed;

/** The result of one seed attempt: done (with a summary), or waiting for something named. */
public record SeedOutcome(boolean isDone, String message) {
    public static SeedOutcome done(String summary) {
        return new SeedOutcome(true, summary);
    }

    public static SeedOutcome waitingFor(String what) {
        return new SeedOutcome(false, what);
    }
}
