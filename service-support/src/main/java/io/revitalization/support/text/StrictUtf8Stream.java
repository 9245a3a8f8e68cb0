package io.revitalization.support.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes on while they are well-formed UTF-8 and throws {@link MalformedUtf8Exception} at the first that is
 * not: a stray continuation byte, a sequence cut short, an overlong form ({@code C0 AD} for {@code -}), an encoded
 * surrogate ({@code ED A0 80}) or a code point above U+10FFFF. JSON readers decode such bytes leniently (Jackson
 * turns {@code C0 AD} into {@code -}), so they are checked before a reader sees them.
 */
public final class StrictUtf8Stream extends FilterInputStream {
    private long offset;
    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** The range the next continuation byte must be in (narrower after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;

    public StrictUtf8Stream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int read = super.read(buffer, from, length);
        if (read < 0) {
            end();
        }
        for (int i = 0; i < read; i++) {
            check(buffer[from + i] & 0xFF);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (pending > 0) {
            throw new MalformedUtf8Exception(offset);
        }
    }

    private void check(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedUtf8Exception(offset);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    private void start(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw new MalformedUtf8Exception(offset);
        }
    }

    /** Bytes that are not UTF-8, at {@link #offset()} (counted from 0). */
    public static final class MalformedUtf8Exception extends RuntimeException {
        private final long offset;

        MalformedUtf8Exception(long offset) {
            super(UnsafeText.NOT_UTF8 + ": byte " + offset + " of the body");
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }
}
