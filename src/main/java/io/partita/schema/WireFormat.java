package io.partita.schema;

import java.nio.ByteBuffer;
import java.util.OptionalInt;

/** Confluent wire format: magic byte 0, a 4-byte big-endian schema id, then the serialized payload. */
public final class WireFormat {

    public static final byte MAGIC = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    public static byte[] frame(int schemaId, byte[] payload) {
        return ByteBuffer.allocate(HEADER_SIZE + payload.length)
                .put(MAGIC).putInt(schemaId).put(payload).array();
    }

    /** The schema id when {@code bytes} starts with the wire-format header, empty otherwise. */
    public static OptionalInt schemaId(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_SIZE || bytes[0] != MAGIC) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ByteBuffer.wrap(bytes, 1, 4).getInt());
    }

    /** The payload after the header; call only when {@link #schemaId(byte[])} is present. */
    public static ByteBuffer payload(byte[] bytes) {
        return ByteBuffer.wrap(bytes, HEADER_SIZE, bytes.length - HEADER_SIZE).slice();
    }
}
