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
    /** Every table derived from the codings: tallies and their cases, reliability counts, profiles, configurations and histories. */
    public static final List<String> DERIVED = List.of(
            "SELECT dimension, selection, grouping, group_key, year, code, trim_scale(weight)::text, cases FROM tally",
            "SELECT dimension, selection, grouping, group_key, year, code, case_id::text FROM tally_case",
            "SELECT dimension, year, pairable, first_codes::text, second_codes::text, pairs FROM reliability_coincidence",
            "SELECT dimension, year, first_coder, second_coder, units, agreements FROM reliability_coder_pair",
            "SELECT dimension, selection, grouping, group_key, year, codes::text, weights::text, cases FROM tally_profile",
            "SELECT selection, grouping, group_key, year, configuration, cases FROM configuration_tally",
            "SELECT selection, grouping, group_key, year, configuration, case_id::text FROM configuration_case",
            "SELECT dimension, selection, grouping, group_key, case_id::text, history FROM case_history",
            "SELECT dimension, selection, grouping, group_key, history, cases FROM history_tally");

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
