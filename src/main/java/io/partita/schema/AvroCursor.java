package io.partita.schema;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Avro binary primitives over one byte array, bounds-checked: a corrupt length can never make it allocate more
 * than the bytes that are there (a truncated body is an {@link EOFException}, not an OutOfMemoryError).
 * Not thread-safe; cheap to reset for the next record.
 */
final class AvroCursor {

    private byte[] buf;
    private int pos;
    private int end;

    AvroCursor reset(byte[] bytes, int offset, int length) {
        this.buf = bytes;
        this.pos = offset;
        this.end = offset + length;
        return this;
    }

    boolean atEnd() {
        return pos == end;
    }

    long readLong() throws IOException {
        long raw = 0;
        int shift = 0;
        while (true) {
            if (pos >= end) {
                throw new EOFException();
            }
            int b = buf[pos++] & 0xff;
            raw |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
            shift += 7;
            if (shift > 63) {
                throw new IOException("invalid long encoding");
            }
        }
    }

    int readInt() throws IOException {
        long value = readLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IOException("int out of range: " + value);
        }
        return (int) value;
    }

    boolean readBoolean() throws IOException {
        require(1);
        return buf[pos++] != 0;
    }

    float readFloat() throws IOException {
        require(4);
        int bits = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16
                | (buf[pos + 3] & 0xff) << 24;
        pos += 4;
        return Float.intBitsToFloat(bits);
    }

    double readDouble() throws IOException {
        require(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (buf[pos + i] & 0xff);
        }
        pos += 8;
        return Double.longBitsToDouble(bits);
    }

    String readString() throws IOException {
        int length = length();
        String text = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return text;
    }

    /** Reads a string straight into JSON text (quoted and escaped as {@link CompactJson#string} would). */
    void readStringInto(CompactJson out) throws IOException {
        int length = length();
        out.utf8(buf, pos, length);
        pos += length;
    }

    /**
     * Reads a string without decoding it: its place in the buffer as {@code start << 32 | length}, for comparing
     * map keys with {@link #sameBytes} and writing them with {@link #writeRange}.
     */
    long readRange() throws IOException {
        int length = length();
        long range = (long) pos << 32 | length;
        pos += length;
        return range;
    }

    boolean sameBytes(long a, long b) {
        return java.util.Arrays.equals(buf, (int) (a >>> 32), (int) (a >>> 32) + (int) a, buf, (int) (b >>> 32),
                (int) (b >>> 32) + (int) b);
    }

    /** True when the string at {@code range} is plain ASCII (one byte, one character). */
    boolean ascii(long range) {
        int from = (int) (range >>> 32);
        for (int i = from; i < from + (int) range; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The bytes at {@code range} as a two's-complement big-endian number (1 to 8 bytes), sign-extended. */
    long unscaled(long range) {
        int from = (int) (range >>> 32);
        long value = buf[from];
        for (int i = from + 1; i < from + (int) range; i++) {
            value = (value << 8) | (buf[i] & 0xff);
        }
        return value;
    }

    byte[] bytes(long range) {
        int from = (int) (range >>> 32);
        return java.util.Arrays.copyOfRange(buf, from, from + (int) range);
    }

    void writeRange(long range, CompactJson out) {
        out.utf8(buf, (int) (range >>> 32), (int) range);
    }

    byte[] readBytes() throws IOException {
        return readFixed(length());
    }

    byte[] readFixed(int size) throws IOException {
        require(size);
        byte[] out = new byte[size];
        System.arraycopy(buf, pos, out, 0, size);
        pos += size;
        return out;
    }

    /** Passes over one int or long, checking its encoding as {@link #readLong()} does. */
    void skipVarint() throws IOException {
        for (int i = 0; i < 10; i++) {
            if (pos >= end) {
                throw new EOFException();
            }
            if ((buf[pos++] & 0x80) == 0) {
                return;
            }
        }
        throw new IOException("invalid long encoding");
    }

    /** Passes over a length-prefixed string or bytes. */
    void skipLengthPrefixed() throws IOException {
        int length = length(); // read first: "pos += length()" would add to the position before the prefix
        pos += length;
    }

    /** Passes over {@code bytes} bytes. */
    void skip(int bytes) throws IOException {
        require(bytes);
        pos += bytes;
    }

    /** A block count of an array or map; a negative count is followed by the block's byte size (skipped). */
    long readBlockCount() throws IOException {
        long count = readLong();
        if (count < 0) {
            readLong();
            count = -count;
        }
        if (count > end - pos) {
            // Every item takes at least one byte except null/empty ones; a count past the data is corrupt anyway.
            if (count > (long) (end - pos) * 8 + 64) {
                throw new EOFException();
            }
        }
        return count;
    }

    private int length() throws IOException {
        long length = readLong();
        if (length < 0) {
            throw new IOException("negative length " + length);
        }
        if (length > end - pos) {
            throw new EOFException();
        }
        return (int) length;
    }

    private void require(int bytes) throws EOFException {
        if (bytes < 0 || bytes > end - pos) {
            throw new EOFException();
        }
    }
}
