package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server from zonky's binaries, run as our child process (see {@link PostgresBinaries} and
 * {@link PostgresUser} for why we start it ourselves). Its directory holds {@code pgdata/} and {@code postgres.log};
 * a given directory survives stop and start, a temporary one is deleted on {@link #close()}.
 * Connections are trusted from 127.0.0.1 as user {@code postgres}.
 */
public final class PostgresServer implements PostgresEndpoint, AutoCloseable {

    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> INITDB_OPTIONS = List.of("-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync", "--no-instructions");

    private final Path directory;
    private final boolean temporary;
    private final int port;
    private final List<String> databases;
    private final PostgresUser user = PostgresUser.forThisProcess();
    private Process postmaster;

    private PostgresServer(Path directory, boolean temporary, int port, List<String> databases) {
        this.directory = directory;
        this.temporary = temporary;
        this.port = port;
        this.databases = List.copyOf(databases);
    }

    /**
     * @param directory where the data lives, or {@code null} for a temporary directory deleted on close
     * @param port      the port, or 0 for a free one
     */
    public static PostgresServer start(Path directory, int port) throws IOException {
        return start(directory, port, List.of());
    }

    /**
     * As {@link #start(Path, int)}, a new data directory holding these (empty) databases from the start: they come
     * with the copy of a template made once, which saves creating them one by one on every fresh start.
     */
    public static PostgresServer start(Path directory, int port, List<String> databases) throws IOException {
        boolean temporary = directory == null;
        PostgresServer server = new PostgresServer(
                temporary ? Directories.createTemporary("postgres-") : directory.toAbsolutePath(),
                temporary,
                port == 0 ? FreePorts.one() : port,
                databases);
        try {
            server.startPostmaster();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    /** Any password is accepted (trust authentication); this one is for clients that insist on one. */
    @Override
    public String password() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return directory.resolve("postgres.log");
    }

    public synchronized boolean isRunning() {
        return postmaster != null && postmaster.isAlive();
    }

    /** Fast shutdown: open transactions are rolled back, clients disconnected. */
    public synchronized void stop() {
        if (isRunning()) {
            try {
                Process pgCtl = new ProcessBuilder(user.command(binary("pg_ctl"), List.of(
                        "stop", "-D", dataDirectory().toString(), "-m", "fast", "-w", "-t",
                        String.valueOf(SHUTDOWN_TIMEOUT.toSeconds()))))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                        .start();
                Processes.waitFor(pgCtl, SHUTDOWN_TIMEOUT.plusSeconds(5));
            } catch (IOException e) {
                postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            }
            Processes.terminate(postmaster, SHUTDOWN_TIMEOUT);
        }
        postmaster = null;
        ShutdownHooks.unregister(this);
    }

    public synchronized void restart() throws IOException {
        stop();
        startPostmaster();
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(directory);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on :" + port + " (" + directory + ")";
    }

    private synchronized void startPostmaster() throws IOException {
        Files.createDirectories(directory);
        if (!Files.exists(dataDirectory().resolve("PG_VERSION"))) {
            copyTemplate();
        }
        List<String> arguments = new ArrayList<>(List.of("-D", dataDirectory().toString(), "-p", String.valueOf(port)));
        serverSettings().forEach(setting -> arguments.addAll(List.of("-c", setting)));
        postmaster = new ProcessBuilder(user.command(binary("postgres"), arguments))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        ShutdownHooks.register(this);
        awaitConnections();
    }

    /**
     * A development and test server: durability against an operating-system crash is traded for speed
     * (a crash of PostgreSQL itself loses nothing committed).
     */
    private static List<String> serverSettings() {
        return List.of(
                "listen_addresses=127.0.0.1",
                "unix_socket_directories=",
                "max_connections=300",
                "fsync=off",
                "synchronous_commit=off",
                "full_page_writes=off",
                "timezone=UTC");
    }

    /**
     * A new data directory is a copy of one that {@code initdb} made once per machine, binaries and set of databases,
     * kept beside the binaries: {@code initdb} took about a second of CPU (several seconds on a busy machine) before
     * any service could start, and creating the suite's four databases another second; a copy takes a tenth of that.
     * {@code cp -a} keeps the owner PostgreSQL runs as ({@link PostgresUser}).
     */
    private void copyTemplate() throws IOException {
        Path template = template();
        user.prepareDataDirectory(dataDirectory());
        Directories.copyContents(template, dataDirectory(), logFile(), STARTUP_TIMEOUT);
    }

    /** Made in a directory of its own and renamed: concurrent test JVMs never copy a half-made one. */
    private Path template() throws IOException {
        Path binaries = PostgresBinaries.directory();
        Path template = binaries.resolveSibling(binaries.getFileName() + "-pgdata-"
                + Integer.toHexString(List.of(INITDB_OPTIONS, databases).hashCode()));
        if (Files.exists(template.resolve("PG_VERSION"))) {
            return template;
        }
        Path staging = Files.createTempDirectory(binaries.getParent(), "initdb-");
        try {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path data = staging.resolve("pgdata");
            initdb(data);
            createDatabases(staging);
            Files.move(data, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.exists(template.resolve("PG_VERSION"))) {
                throw e;
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
        return template;
    }

    private void initdb(Path data) throws IOException {
        user.prepareDataDirectory(data);
        List<String> arguments = new ArrayList<>(List.of("-D", data.toString()));
        arguments.addAll(INITDB_OPTIONS);
        Process initdb = new ProcessBuilder(user.command(binary("initdb"), arguments))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        if (!Processes.waitFor(initdb, STARTUP_TIMEOUT) || initdb.exitValue() != 0) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb failed for " + data + "; last lines of " + logFile()
                    + ":\n" + Processes.tail(logFile(), 20));
        }
    }

    /** In the staged {@code pgdata/}, by a server of its own that stops cleanly before the directory is a template. */
    private void createDatabases(Path staging) throws IOException {
        if (databases.isEmpty()) {
            return;
        }
        PostgresServer maker = new PostgresServer(staging, false, FreePorts.one(), List.of());
        try {
            maker.startPostmaster();
            databases.forEach(maker::ensureDatabase);
        } finally {
            maker.stop();
        }
    }

    private void awaitConnections() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        SQLException lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!postmaster.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with code " + postmaster.exitValue()
                        + "; last lines of " + logFile() + ":\n" + Processes.tail(logFile(), 20));
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                lastFailure = e;
            }
            Processes.sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("PostgreSQL did not accept connections on :" + port + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s; last lines of " + logFile() + ":\n"
                + Processes.tail(logFile(), 20), lastFailure);
    }

    private Path dataDirectory() {
        return directory.resolve("pgdata");
    }

    private static Path binary(String name) {
        try {
            return PostgresBinaries.directory().resolve("bin").resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries", e);
        }
    }
}
