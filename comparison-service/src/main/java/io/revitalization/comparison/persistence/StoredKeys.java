package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.analysis.Selections;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The keys a selection's rows are stored under in one codebook version ({@link Selections#storedKeys}), as an array
 * to bind: for majority, all coders and adjudicated, with the key of every coder who ever coded the version
 * ({@code codebook_coder}, which the database keeps as codings are written).
 */
final class StoredKeys {
    private StoredKeys() {
    }

    static Array of(Connection connection, UUID codebookId, int version, String selection) throws SQLException {
        List<String> coders = Selections.readsEveryCoder(selection) ? coders(connection, codebookId, version)
                : List.of();
        return connection.createArrayOf("text", Selections.storedKeys(selection, coders).toArray());
    }

    private static List<String> coders(Connection connection, UUID codebookId, int version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coder FROM codebook_coder WHERE codebook_id = ? AND codebook_version = ?")) {
            statement.setObject(1, codebookId);
            statement.setInt(2, version);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> coders = new ArrayList<>();
                while (rows.next()) {
                    coders.add(rows.getString(1));
                }
                return coders;
            }
        }
    }
}
