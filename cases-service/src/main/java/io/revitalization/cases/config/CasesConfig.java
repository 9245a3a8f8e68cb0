package io.revitalization.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    Seed seed();

    Import bulkImport();

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
