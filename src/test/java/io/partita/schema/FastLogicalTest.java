package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** The reader's shortcuts for timestamp-millis, decimal on bytes and uuid render exactly what the general path does. */
class FastLogicalTest {

    private static Object read(Schema schema, byte[] body) throws Exception {
        AvroCursor cursor = new AvroCursor().reset(body, 0, body.length);
        Object value = new TreeDatumReader(schema).read(cursor);
        assertThat(cursor.atEnd()).isTrue();
        return value;
    }

    private interface Write {
        void to(BinaryEncoder e) throws Exception;
    }

    private static byte[] encode(Write write) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
        write.to(e);
        e.flush();
        return out.toByteArray();
    }

    @Test
    void timestampsMillisMatchTheGeneralRendering() throws Exception {
        Schema schema = AvroSchemas.parse("{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}");
        Random random = new Random(3);
        List<Long> values = new java.util.ArrayList<>(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE,
                1_767_225_600_000L, -62_135_596_800_000L, 253_402_300_799_999L, 253_402_300_800_000L));
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextLong() >> random.nextInt(20));
        }
        for (long v : values) {
            Object expected = LogicalValues.render(v, schema, schema.getLogicalType());
            assertThat(read(schema, encode(e -> e.writeLong(v)))).as("%d", v).isEqualTo(expected);
        }
    }

    @Test
    void decimalsOnBytesMatchTheGeneralRendering() throws Exception {
        Schema schema = AvroSchemas.parse(
                "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":30,\"scale\":3}");
        Random random = new Random(5);
        for (int n = 0; n < 2000; n++) {
            byte[] unscaled = new byte[n < 3 ? n : 1 + random.nextInt(14)];
            random.nextBytes(unscaled);
            Object expected = LogicalValues.render(ByteBuffer.wrap(unscaled.clone()), schema, schema.getLogicalType());
            assertThat(read(schema, encode(e -> e.writeBytes(unscaled)))).isEqualTo(expected);
        }
    }

    @Test
    void uuidStringsStayStrings() throws Exception {
        Schema schema = AvroSchemas.parse("{\"type\":\"string\",\"logicalType\":\"uuid\"}");
        for (String v : List.of("7f000001-0000-4000-8000-000000000001", "not a uuid at all", "")) {
            assertThat(read(schema, encode(e -> e.writeString(v))))
                    .isEqualTo(LogicalValues.render(v, schema, schema.getLogicalType()));
        }
    }
}
