package io.revitalization.support.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A CSV export written row by row: UTF-8 with a byte order mark and CRLF line ends, so that spreadsheet programs in
 * Taiwan and Japan open it as UTF-8 (R reads it with {@code fileEncoding = "UTF-8-BOM"} or readr). A text cell
 * starting with = + - @ tab or CR gets a leading apostrophe, so that a spreadsheet does not run it as a formula
 * (OWASP CSV injection); numbers are written without exponent or trailing zeros, null as an empty cell (missing).
 */
public final class CsvRows implements Closeable {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Quotes only cells that need it (a separator, quote or line break), not every cell a quick check suspects. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final SequenceWriter rows;

    private CsvRows(SequenceWriter rows) {
        this.rows = rows;
    }

    /** Writes the byte order mark and the header row. */
    public static CsvRows open(OutputStream out, List<String> header) throws IOException {
        out.write(UTF8_BOM);
        CsvRows csv = new CsvRows(CSV.writerFor(String[].class)
                .with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out));
        csv.row(header);
        return csv;
    }

    /** One row; a {@link Number} or {@link Boolean} cell is written as is, any other as text, null as empty. */
    public void row(List<?> cells) throws IOException {
        rows.write(cells.stream().map(CsvRows::cell).toArray(String[]::new));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            // 3 rather than 3.0, 0.00001 rather than 1.0E-5
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
