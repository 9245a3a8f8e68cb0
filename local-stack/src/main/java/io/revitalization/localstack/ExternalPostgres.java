package io.revitalization.localstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server we did not start, named by the JDBC URL of one of its databases
 * (e.g. {@code jdbc:postgresql://db.example:5432/postgres}); other databases are reached by swapping the name.
 */
public record ExternalPostgres(String serverUrl, String username, String password) implements PostgresEndpoint {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    public ExternalPostgres {
        if (!URL.matcher(serverUrl).matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + serverUrl);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        Matcher url = URL.matcher(serverUrl);
        url.matches();
        return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
    }
}
