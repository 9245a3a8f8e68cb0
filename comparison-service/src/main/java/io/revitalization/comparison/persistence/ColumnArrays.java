package io.revitalization.comparison.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows bound as one array per column, so that a statement reading {@code unnest(?::uuid[], ?::text[], ...)} takes
 * any number of rows in one execution (a JDBC batch still executes once per row in PostgreSQL).
 */
final class ColumnArrays {
    private final String[] types;
    private final List<List<Object>> columns = new ArrayList<>();
    private int rows;

    /** @param types the PostgreSQL element type of each column, e.g. {@code uuid}, {@code int4}, {@code text} */
    ColumnArrays(String... types) {
        this.types = types.clone();
        for (int column = 0; column < types.length; column++) {
            columns.add(new ArrayList<>());
        }
    }

    /**
     * An array as the text PostgreSQL reads it ({@code {"a","b"}}), for a column whose every row is an array: bound
     * as {@code text} and cast back ({@code r.codes::text[]}). Numbers are written in full, never with an exponent.
     */
    static String literal(Collection<?> values) {
        return values.stream()
                .map(value -> value instanceof BigDecimal number ? number.toPlainString() : value.toString())
                .map(text -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Adds a row: one value per column, in the columns' order. */
    void add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException("a row of " + types.length + " columns, given " + values.length);
        }
        for (int column = 0; column < values.length; column++) {
            columns.get(column).add(values[column]);
        }
        rows++;
    }

    int size() {
        return rows;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** Binds the columns from parameter {@code first}; returns the next parameter's index. */
    int bind(PreparedStatement statement, Connection connection, int first) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            statement.setArray(first + column, connection.createArrayOf(types[column], columns.get(column).toArray()));
        }
        return first + types.length;
    }

    /**
     * Applies counts netted per row: the gains upserted ({@code add}), the losses taken ({@code take}) from rows that
     * must exist, and the rows the losses emptied deleted ({@code dropEmpty}). A loss applied to nothing means the
     * counts no longer match what they count: the change must not commit, and {@code missing} says what is missing.
     */
    static void applyNetted(Connection connection, ColumnArrays gains, ColumnArrays losses, String add, String take,
                            String dropEmpty, String missing) throws SQLException {
        gains.execute(connection, add);
        if (losses.execute(connection, take) != losses.size()) {
            throw new IllegalStateException(missing);
        }
        losses.execute(connection, dropEmpty);
    }

    /**
     * Executes the statement with the columns bound from parameter 1 (nothing when there are no rows); returns how
     * many rows it changed.
     */
    int execute(Connection connection, String sql) throws SQLException {
        if (isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, connection, 1);
            return statement.executeUpdate();
        }
    }
}
