package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.schema.AvroSchemas;
import io.partita.schema.WireFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

/** The order generator on its own: no broker, no registry. */
class DemoOrdersTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Schema SCHEMA = AvroSchemas.parse(DemoOrders.schemaText());

    /** Reads with the logical-type conversions, so invalid decimals, uuids or timestamps would throw. */
    private static GenericRecord decode(byte[] framed) throws IOException {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(SCHEMA, SCHEMA, model);
        ByteBuffer payload = WireFormat.payload(framed);
        return reader.read(null, DecoderFactory.get().binaryDecoder(payload.array(),
                payload.arrayOffset() + payload.position(), payload.remaining(), null));
    }

    @Test
    void sameSeedAndClockGiveTheSameOrders() {
        List<DemoRecord> first = DemoOrders.generate(1, NOW, 7);
        List<DemoRecord> second = DemoOrders.generate(1, NOW, 7);

        assertThat(first).hasSize(DemoOrders.COUNT);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).value()).isEqualTo(first.get(i).value());
            assertThat(second.get(i).key()).isEqualTo(first.get(i).key());
        }
    }

    @Test
    void ordersAreFramedWithTheSchemaIdAndKeyedByCustomer() throws IOException {
        for (DemoRecord record : DemoOrders.generate(4711, NOW, 7)) {
            assertThat(record.topic()).isEqualTo(DemoOrders.TOPIC);
            assertThat(WireFormat.schemaId(record.value())).hasValue(4711);
            assertThat(decode(record.value()).get("customerId").toString()).isEqualTo(record.key());
        }
    }

    @Test
    void ordersSpreadOverTheLastThreeDaysOldestFirst() throws IOException {
        List<DemoRecord> records = DemoOrders.generate(1, NOW, 7);

        assertThat(records).extracting(DemoRecord::timestamp).isSorted()
                .allSatisfy(t -> assertThat(t).isBetween(NOW.minus(DemoOrders.SPREAD).toEpochMilli(), NOW.toEpochMilli()));
        GenericRecord first = decode(records.get(0).value());
        assertThat(first.get("createdAt")).isEqualTo(Instant.ofEpochMilli(records.get(0).timestamp()));
    }

    @Test
    void orderTotalIsTheSumOfItsItemsLessTheSpringDiscount() throws IOException {
        for (DemoRecord record : DemoOrders.generate(1, NOW, 7)) {
            GenericRecord order = decode(record.value());
            BigDecimal sum = BigDecimal.ZERO;
            for (Object item : (List<?>) order.get("items")) {
                GenericRecord line = (GenericRecord) item;
                sum = sum.add(((BigDecimal) line.get("unitPrice")).multiply(BigDecimal.valueOf((int) line.get("quantity"))));
            }
            boolean spring = order.get("coupon") != null && order.get("coupon").toString().equals("SPRING10");
            BigDecimal expected = (spring ? sum.multiply(new BigDecimal("0.90")) : sum).setScale(2, java.math.RoundingMode.HALF_UP);
            assertThat((BigDecimal) order.get("total")).isEqualTo(expected);
            assertThat(order.get("orderId")).isInstanceOf(UUID.class);
        }
    }

    @Test
    void ordersUseEveryKindOfValueTheSchemaOffers() throws IOException {
        List<DemoRecord> records = DemoOrders.generate(1, NOW, 7);
        long withCoupon = 0;
        long withShipping = 0;
        long withAttributes = 0;
        for (DemoRecord record : records) {
            GenericRecord order = decode(record.value());
            withCoupon += order.get("coupon") == null ? 0 : 1;
            withShipping += order.get("shipping") == null ? 0 : 1;
            withAttributes += ((Map<?, ?>) order.get("attributes")).size() > 1 ? 1 : 0;
        }
        // Both branches of each union and non-trivial maps, so the UI shows nulls and values side by side.
        assertThat(withCoupon).isBetween(1L, records.size() - 1L);
        assertThat(withShipping).isBetween(1L, records.size() - 1L);
        assertThat(withAttributes).isPositive();
    }
}
