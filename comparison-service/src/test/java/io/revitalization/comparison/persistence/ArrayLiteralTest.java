package io.revitalization.comparison.persistence;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An array written as text by {@link ColumnArrays#literal} is the same array once PostgreSQL reads it back. */
@QuarkusTest
class ArrayLiteralTest {
    @Inject
    DataSource dataSource;

    @Test
    void textsComeBackAsTheyWereWhateverTheyHold() throws SQLException {
        List<String> texts = List.of("reuse", "a,b", "{braces}", "say \"so\"", "back\\slash", " spaced ", "NULL",
                "里山と海", "");
        assertThat(readBack(ColumnArrays.literal(texts), "text[]")).containsExactlyElementsOf(texts);
    }

    @Test
    void weightsComeBackExactlyWithTheirTwelvePlaces() throws SQLException {
        List<BigDecimal> weights = List.of(new BigDecimal("0.333333333333"), new BigDecimal("0.000000000001"),
                new BigDecimal("1.000000000000"));
        assertThat(readBack(ColumnArrays.literal(weights), "numeric(24,12)[]")).containsExactlyElementsOf(weights);
    }

    private List<Object> readBack(String literal, String type) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS " + type + ")")) {
            statement.setString(1, literal);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Arrays.asList((Object[]) rows.getArray(1).getArray());
            }
        }
    }
}
