package io.partita.schema;

import io.partita.model.DataFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level checks and conversions used by the decoders. Pure and thread-safe. */
public final class Bytes {

    private Bytes() {
    }

    /** The bytes as text when they are valid UTF-8 without control characters (tab, CR, LF allowed), else null. */
    public static String utf8Text(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b < 0) {
                ascii = false;
                break;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                return null;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        return text;
    }

    /** Whether {@link #utf8Text} gives text (not null); no string is made for ASCII bytes. */
    static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return utf8Text(bytes) != null;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 with replacement characters for what is not: "force text" shows whatever is there. */
    public static String utf8Lenient(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the first non-blank byte opens a JSON object or array. */
    static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    /** Big-endian int32, int64 or float64; the size must match exactly. */
    static Object number(byte[] bytes, DataFormat format) throws DecodeException {
        int expected = format == DataFormat.INT32 ? 4 : 8;
        if (bytes.length != expected) {
            throw new DecodeException("not " + format.id() + ": " + expected + " bytes expected, found "
                    + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return switch (format) {
            case INT32 -> buffer.getInt();
            case INT64 -> buffer.getLong();
            default -> buffer.getDouble();
        };
    }
}
