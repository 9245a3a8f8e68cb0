package io.revitalization.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * Who the PostgreSQL binaries run as.
 * <p>
 * {@code initdb} and {@code postgres} refuse to run as root, yet developers here and CI do run as root. Then the
 * binaries run as an unprivileged user, one of two ways:
 * <ul>
 * <li>{@link #USER_NAMESPACE}: {@code unshare -U} (what zonky's own launcher does) puts the process into a new user
 * namespace where it is uid 65534 and so passes PostgreSQL's check, while its file access stays root's: every data
 * directory works, even under a 0700 home.</li>
 * <li>{@link #NOBODY}: where user namespaces are forbidden (e.g. Docker's default seccomp profile),
 * {@code setpriv} switches to the real uid/gid 65534 ({@code nobody}); the data directory is then handed over to
 * that uid, and every directory above it must be enterable by others.</li>
 * </ul>
 * A normal user runs the binaries as they are ({@link #CURRENT}).
 */
enum PostgresUser {
    CURRENT,
    USER_NAMESPACE,
    NOBODY;

    private static final int NOBODY_ID = 65534;
    private static final PostgresUser DETECTED = detect();

    static PostgresUser forThisProcess() {
        return DETECTED;
    }

    List<String> command(Path executable, List<String> arguments) {
        List<String> command = new ArrayList<>(switch (this) {
            case CURRENT -> List.<String>of();
            case USER_NAMESPACE -> List.of("unshare", "-U");
            case NOBODY -> List.of("setpriv", "--reuid=" + NOBODY_ID, "--regid=" + NOBODY_ID, "--clear-groups");
        });
        command.add(executable.toString());
        command.addAll(arguments);
        return command;
    }

    /** Creates the data directory (if missing) so that PostgreSQL, running as this user, owns it. */
    void prepareDataDirectory(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        if (this == NOBODY) {
            requireEnterableByOthers(dataDirectory.toAbsolutePath().getParent());
            Files.setAttribute(dataDirectory, "unix:uid", NOBODY_ID);
            Files.setAttribute(dataDirectory, "unix:gid", NOBODY_ID);
        }
    }

    private static void requireEnterableByOthers(Path directory) throws IOException {
        for (Path current = directory; current != null; current = current.getParent()) {
            if (!Files.getPosixFilePermissions(current).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as uid " + NOBODY_ID + " here (we are root and user "
                        + "namespaces are not available), but it cannot enter " + current
                        + ". Use a data directory elsewhere (e.g. under /tmp) or run: chmod o+x " + current);
            }
        }
    }

    private static PostgresUser detect() {
        if (new UnixSystem().getUid() != 0) {
            return CURRENT;
        }
        return userNamespaceHidesRoot() ? USER_NAMESPACE : NOBODY;
    }

    private static boolean userNamespaceHidesRoot() {
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            String uid = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return probe.waitFor() == 0 && !uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while probing for user namespaces", e);
        }
    }
}
