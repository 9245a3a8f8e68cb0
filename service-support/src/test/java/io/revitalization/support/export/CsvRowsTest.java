package io.revitalization.support.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void writesABomCrlfRowsAndDefusesFormulasButNotNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows rows = CsvRows.open(out, List.of("text", "number", "missing"))) {
            rows.row(Arrays.asList("=HYPERLINK(\"x\")", -1.5, null));
            rows.row(Arrays.asList("地方創生, 2024", 3.0, 0.00001));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "text,number,missing\r\n\"'=HYPERLINK(\"\"x\"\")\",-1.5,\r\n\"地方創生, 2024\",3,0.00001\r\n");
    }
}
