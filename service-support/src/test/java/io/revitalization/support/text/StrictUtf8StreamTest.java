package io.revitalization.support.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictUtf8StreamTest {

    private static byte[] read(byte[] bytes) throws IOException {
        try (StrictUtf8Stream in = new StrictUtf8Stream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void passesUtf8OnUnchanged() throws IOException {
        byte[] text = "{\"title\": \"高知 里山 𠀋 ok\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(read(text)).isEqualTo(text);
    }

    @Test
    void refusesOverlongFormsEncodedSurrogatesAndCutSequences() {
        for (byte[] bad : new byte[][] {bytes('"', 0xC0, 0xAD, '"'), bytes(0xE0, 0x80, 0xAD), bytes(0xED, 0xA0, 0x80),
                bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF8), bytes('a', 0x80),
                bytes('a', 0xE9, 0x87)}) {
            assertThatThrownBy(() -> read(bad)).isInstanceOf(StrictUtf8Stream.MalformedUtf8Exception.class)
                    .hasMessageContaining("UTF-8");
        }
    }

    @Test
    void namesTheFirstBadByte() {
        assertThatThrownBy(() -> read(bytes('{', '"', 0xC0, 0xAD)))
                .isInstanceOfSatisfying(StrictUtf8Stream.MalformedUtf8Exception.class,
                        e -> assertThat(e.offset()).isEqualTo(2));
    }
}
