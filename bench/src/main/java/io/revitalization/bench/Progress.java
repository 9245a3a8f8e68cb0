package io.revitalization.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard error, so that standard output carries only the results table. */
final class Progress {

    private Progress() {
    }

    static void say(String line) {
        System.err.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
