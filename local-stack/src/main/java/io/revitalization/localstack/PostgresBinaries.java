package io.revitalization.localstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.CRC32C;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * zonky's PostgreSQL binaries, unpacked once per machine into {@code <java.io.tmpdir>/revitalization-postgres/<checksum>}.
 * We run them ourselves rather than through zonky's {@code EmbeddedPostgres}: that one daemonizes the server with
 * {@code pg_ctl}, cannot restart it on the same data directory, and runs as root unless user namespaces exist
 * (see {@link PostgresUser}).
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> ENTERABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static Path unpacked;

    private PostgresBinaries() {
    }

    static synchronized Path directory() throws IOException {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static Path unpack() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
            archive = in.readAllBytes();
        }
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "revitalization-postgres");
        Path target = root.resolve(checksum(archive));
        if (isComplete(target)) {
            return target;
        }
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, ENTERABLE);
        // unpack beside the target and rename: concurrent test JVMs never see a half-unpacked directory
        Path staging = Files.createTempDirectory(root, "unpacking-");
        Files.setPosixFilePermissions(staging, ENTERABLE);
        try {
            untar(archive, staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!isComplete(target)) {
                throw e;
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
        return target;
    }

    private static boolean isComplete(Path directory) {
        return Files.isExecutable(directory.resolve("bin/postgres"));
    }

    private static void untar(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, ENTERABLE);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, target.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, readableByAll(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> readableByAll(int mode) {
        boolean executable = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static String operatingSystem() {
        return System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch;
    }

    /**
     * Names the archive's directory: a CRC-32C and the length tell zonky's few archives apart, and unlike a
     * cryptographic digest (about half a second of the launcher's CPU for the 15 MB) cost next to nothing.
     */
    private static String checksum(byte[] archive) {
        CRC32C crc = new CRC32C();
        crc.update(archive);
        return String.format("%08x-%d", crc.getValue(), archive.length);
    }
}
