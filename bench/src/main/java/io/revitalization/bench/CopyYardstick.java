package io.revitalization.bench;

import io.revitalization.localstack.ExternalPostgres;
import io.revitalization.localstack.PostgresEndpoint;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What PostgreSQL itself reaches for the rows a bulk import wrote: the cases, their revisions and their outbox
 * messages are read out of cases-service's database, and {@code COPY ... FROM STDIN} writes the same rows, in one
 * transaction, into the same tables (same columns, keys, indexes and constraints) of a fresh database on the same
 * server, created by the service's migrations. The physical limit an import through the service is set against.
 */
final class CopyYardstick {

    private static final String CASES_DATABASE = "cases";
    private static final String FRESH_DATABASE = "cases_copy_yardstick";
    /** The migrations cases-service's Flyway runs, in the order of their versions (V0_1_1 before V0_2_1 before V1). */
    private static final List<String> MIGRATION_DIRECTORIES = List.of(
            "service-support/src/main/resources/db/support",
            "event-backbone/src/main/resources/db/backbone",
            "cases-service/src/main/resources/db/migration");
    private static final Pattern MIGRATION = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private final Path repoRoot;
    private final PostgresEndpoint server;
    private String importStart;

    CopyYardstick(Path repoRoot, int postgresPort) {
        this.repoRoot = repoRoot;
        this.server = new ExternalPostgres("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "postgres");
    }

    /** Marks the start of the import whose rows are copied: cases created from now on. */
    void importStarts() {
        try (Connection cases = server.connect(CASES_DATABASE); Statement statement = cases.createStatement();
             ResultSet now = statement.executeQuery("SELECT clock_timestamp()::text")) {
            now.next();
            importStart = now.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the time of cases' database", e);
        }
    }

    /** COPYs the rows of the cases created since {@link #importStarts()} into a fresh database; their rate. */
    Result copyImportedRows() {
        try {
            Map<String, Path> rows = importedRows();
            try {
                createFreshDatabase();
                try (Connection fresh = server.connect(FRESH_DATABASE)) {
                    CopyManager copy = fresh.unwrap(PGConnection.class).getCopyAPI();
                    copyIn(copy, "institution", rows.remove("institution"));
                    fresh.setAutoCommit(false);
                    long start = System.nanoTime();
                    long copied = 0;
                    long cases = 0;
                    for (Map.Entry<String, Path> table : rows.entrySet()) {
                        long count = copyIn(copy, table.getKey(), table.getValue());
                        copied += count;
                        if (table.getKey().equals("case_record")) {
                            cases = count;
                        }
                    }
                    fresh.commit();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    return new Result(cases, copied, seconds);
                } finally {
                    dropFreshDatabase();
                }
            } finally {
                for (Path file : rows.values()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the COPY yardstick", e);
        }
    }

    /** Cases' rows per second, all rows written, and the time it took. */
    record Result(long cases, long rows, double seconds) {
        double casesPerSecond() {
            return cases / seconds;
        }
    }

    private static long copyIn(CopyManager copy, String table, Path rows) throws SQLException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(rows), 1 << 16)) {
            return copy.copyIn("COPY " + table + " FROM STDIN", in);
        }
    }

    /**
     * Table → a temporary file of its rows in COPY's text format, in the order the foreign keys need. Files, not
     * memory: at 100,000 cases the rows (outbox payloads included) are larger than the harness's heap.
     */
    private Map<String, Path> importedRows() throws SQLException, IOException {
        String imported = "SELECT id FROM case_record WHERE created_at >= '" + importStart + "'::timestamptz";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("institution", "SELECT * FROM institution");
        queries.put("case_record", "SELECT * FROM case_record WHERE id IN (" + imported + ")");
        queries.put("case_revision", "SELECT * FROM case_revision WHERE case_id IN (" + imported + ")");
        queries.put("outbox_message", "SELECT * FROM outbox_message WHERE aggregate_id IN (SELECT id::text FROM ("
                + imported + ") cases)");
        Map<String, Path> rows = new LinkedHashMap<>();
        try (Connection cases = server.connect(CASES_DATABASE)) {
            CopyManager copy = cases.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, String> query : queries.entrySet()) {
                Path file = Files.createTempFile("copy-yardstick-" + query.getKey(), ".txt");
                rows.put(query.getKey(), file);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    copy.copyOut("COPY (" + query.getValue() + ") TO STDOUT", out);
                }
            }
        }
        return rows;
    }

    private void createFreshDatabase() throws SQLException, IOException {
        dropFreshDatabase();
        server.ensureDatabase(FRESH_DATABASE);
        try (Connection fresh = server.connect(FRESH_DATABASE); Statement statement = fresh.createStatement()) {
            for (Path migration : migrations()) {
                statement.execute(Files.readString(migration));
            }
        }
    }

    private void dropFreshDatabase() throws SQLException {
        try (Connection postgres = server.connect("postgres"); Statement statement = postgres.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + FRESH_DATABASE);
        }
    }

    private List<Path> migrations() throws IOException {
        List<Path> migrations = new ArrayList<>();
        for (String directory : MIGRATION_DIRECTORIES) {
            try (Stream<Path> files = Files.list(repoRoot.resolve(directory))) {
                files.filter(file -> MIGRATION.matcher(file.getFileName().toString()).matches()).forEach(migrations::add);
            }
        }
        migrations.sort(Comparator.comparing(CopyYardstick::version, CopyYardstick::compareVersions));
        return migrations;
    }

    private static List<Long> version(Path migration) {
        Matcher matcher = MIGRATION.matcher(migration.getFileName().toString());
        if (!matcher.matches()) {
            throw new UncheckedIOException(new IOException("not a migration: " + migration));
        }
        return Stream.of(matcher.group(1).split("[_.]")).map(Long::valueOf).toList();
    }

    private static int compareVersions(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int order = Long.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
