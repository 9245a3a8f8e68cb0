package io.revitalization.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsafeTextTest {

    @Test
    void bodyTextMayBreakLinesButHoldNoOtherControlCharacter() {
        assertThat(UnsafeText.inText("line one\nline two\r\n\tindented")).isEmpty();
        assertThat(UnsafeText.inText("里山里海 🌊 𠮷")).isEmpty();
        assertThat(UnsafeText.inText("before\u0000after")).contains(
                "must not contain control characters (U+0000 at position 6; only tab and line breaks are allowed)");
        assertThat(UnsafeText.inText("bell\u0007")).isPresent();
        assertThat(UnsafeText.inText("del\u007f")).isPresent();
        assertThat(UnsafeText.inText("c1\u0085")).isPresent();
    }

    @Test
    void namesHoldNoControlCharacterAtAll() {
        assertThat(UnsafeText.inName("kochi-university")).isEmpty();
        assertThat(UnsafeText.inName("a\nb")).contains("must not contain control characters (U+000A at position 1)");
        assertThat(UnsafeText.inName("a\tb")).isPresent();
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsKept() {
        assertThat(UnsafeText.inText("x\ud800y")).contains("must be valid Unicode text: it has a lone surrogate at position 1");
        assertThat(UnsafeText.inText("\udc00")).isPresent();
        assertThat(UnsafeText.inText("end\ud83c")).isPresent();
        assertThat(UnsafeText.inText("\ud83c\udf0a")).isEmpty();
    }

    @Test
    void utf8IsStrict() {
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xe9, (byte) 0x87, (byte) 0x8c})).contains("里");
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xc0, (byte) 0xad})).isEmpty();
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf})).isEmpty();
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isEmpty();
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xff})).isEmpty();
        assertThat(UnsafeText.utf8(new byte[] {(byte) 0xe9, (byte) 0x87})).isEmpty();
    }
}
