package io.revitalization.cases.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    Seed seed();

    Import bulkImport();

    /**
     * Request bodies of every path but the import, which takes up to {@code quarkus.http.limits.max-body-size}
     * (20 MB, as the gateway lets through to it).
     */
    @WithDefault("1M")
    MemorySize bodyLimit();

    interface Seed {
        /** Load the seed institutions, programs and cases at start (records whose slug exists are left alone). */
        @WithDefault("true")
        boolean enabled();

        /** Classpath folder holding institutions.json, programs.json and cases.json. */
        @WithDefault("seed")
        String location();
    }

    interface Import {
        /** Records per request (20 MB hold about 10,000 cases of 2 kB). */
        @WithDefault("10000")
        int maxRecords();

        /** Records written per transaction. */
        @WithDefault("500")
        int chunkSize();
    }
}
