package io.partita.schema;

/** Classic hex dump lines: offset, 16 bytes in hex, the printable ASCII beside them. Pure. */
public final class HexDump {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /** At most {@code maxBytes} of {@code bytes}, one line per 16 bytes. */
    public static String dump(byte[] bytes, int maxBytes) {
        int length = Math.min(bytes.length, Math.max(0, maxBytes));
        StringBuilder out = new StringBuilder(length / 16 * 78 + 80);
        for (int line = 0; line < length; line += 16) {
            appendHex(out, line, 8);
            out.append("  ");
            for (int i = 0; i < 16; i++) {
                if (line + i < length) {
                    appendHex(out, bytes[line + i] & 0xff, 2);
                    out.append(' ');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |");
            for (int i = 0; i < 16 && line + i < length; i++) {
                int b = bytes[line + i] & 0xff;
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append("|\n");
        }
        if (length < bytes.length) {
            out.append("… ").append(bytes.length - length).append(" more bytes\n");
        }
        return out.toString();
    }

    private static void appendHex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(DIGITS[(value >>> shift) & 0xf]);
        }
    }
}
