package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    private static byte[] remaining(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void framedBytesGiveBackTheIdAndThePayload() {
        byte[] payload = "avro-bytes".getBytes(StandardCharsets.UTF_8);

        byte[] framed = WireFormat.frame(0x01020304, payload);

        assertThat(framed).startsWith(0, 1, 2, 3, 4).hasSize(payload.length + WireFormat.HEADER_SIZE);
        assertThat(WireFormat.schemaId(framed)).hasValue(0x01020304);
        assertThat(remaining(WireFormat.payload(framed))).isEqualTo(payload);
    }

    @Test
    void emptyPayloadRoundTrips() {
        byte[] framed = WireFormat.frame(7, new byte[0]);

        assertThat(WireFormat.schemaId(framed)).hasValue(7);
        assertThat(WireFormat.payload(framed).remaining()).isZero();
    }

    @Test
    void bytesWithoutTheMagicByteHaveNoSchemaId() {
        assertThat(WireFormat.schemaId("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(WireFormat.schemaId(new byte[] {0, 0, 1})).isEmpty();
        assertThat(WireFormat.schemaId(null)).isEmpty();
    }
}
