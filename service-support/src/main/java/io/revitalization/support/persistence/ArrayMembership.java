package io.revitalization.support.persistence;

/**
 * The SQL condition that a column's value is one of an array parameter's elements: {@code column IN (SELECT
 * unnest(CAST(:ids AS uuid[])))}, for a list of ids sent as one parameter (one statement plan whatever its length).
 * <p>
 * Not {@code column = ANY (CAST(:ids AS uuid[]))}: when PostgreSQL runs that as a sequential scan under a generic plan
 * (which it caches for a prepared statement, and chooses while a table is small or its statistics old), it converts
 * the whole array again for every row it reads. Right after a fresh suite took 4,000 cases, comparison-service's
 * lookup of 500 cases' groups took 1.5 s that way instead of 2 ms, and some imports of 2,000 codings took 7 s
 * instead of 2. As a set the array is converted once, and PostgreSQL joins it by hash or by index.
 */
public final class ArrayMembership {
    private ArrayMembership() {
    }

    /**
     * {@code IN (SELECT unnest(CAST(parameter AS elementType[])))}, to follow a column.
     *
     * @param parameter   the array parameter as the statement names it: {@code :ids}, or {@code ?} in plain JDBC
     * @param elementType the SQL type of the column, such as {@code uuid} or {@code text}
     */
    public static String in(String parameter, String elementType) {
        return "IN (SELECT unnest(CAST(" + parameter + " AS " + elementType + "[])))";
    }
}
