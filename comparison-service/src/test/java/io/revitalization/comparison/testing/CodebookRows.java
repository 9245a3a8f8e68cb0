package io.revitalization.comparison.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows a query finds for one codebook, each as JSON, sorted: two tables' states compared row for row. */
public final class CodebookRows {

    private CodebookRows() {
    }

    /**
     * @param select a query over a table with a {@code codebook_id} column, or one with its own single {@code ?}
     *               that takes the codebook's slug
     */
    public static List<String> of(DataSource dataSource, String select, String codebook) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT row_to_json(r)::text FROM (" + select
                     + (select.contains("?") ? "" : " WHERE codebook_id = (SELECT id FROM codebook WHERE slug = ?)")
                     + ") AS r ORDER BY 1")) {
            statement.setString(1, codebook);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }
}
