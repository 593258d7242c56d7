package io.partita.sandbox;

import io.partita.schema.AvroSchemas;
import io.partita.schema.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * The {@code demo.orders} messages: Avro {@code io.partita.demo.Order} records in the Confluent wire format,
 * keyed by customer id. Seeded, so every sandbox shows the same orders (only the timestamps follow the clock).
 */
final class DemoOrders {

    static final String TOPIC = "demo.orders";
    static final String SUBJECT = TOPIC + "-value";
    static final int COUNT = 600;
    static final Duration SPREAD = Duration.ofDays(3);

    private static final String[] SKUS = {"BOOK-1984", "MUG-BLUE", "TSHIRT-M", "HEADPHONES", "CABLE-USB-C",
        "NOTEBOOK-A5", "LAMP-DESK", "PLANT-FERN"};
    private static final String[] PRICES = {"12.90", "8.50", "19.99", "89.00", "6.49", "4.20", "34.95", "15.00"};
    private static final String[] STATUSES = {"NEW", "PAID", "PAID", "SHIPPED", "SHIPPED", "DELIVERED",
        "DELIVERED", "DELIVERED", "CANCELLED"};
    private static final String[][] CITIES = {{"Berlin", "DE"}, {"Lyon", "FR"}, {"Porto", "PT"},
        {"Gdansk", "PL"}, {"Bologna", "IT"}, {"Ghent", "BE"}};
    private static final String[] CHANNELS = {"web", "web", "mobile", "store"};

    private final Schema schema;
    private final GenericDatumWriter<GenericRecord> writer;
    private final Random random;

    private DemoOrders(long seed) {
        this.schema = AvroSchemas.parse(schemaText());
        GenericData model = new GenericData();
        // Lets records hold BigDecimal for the decimal fields; the writer turns them into scaled bytes.
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        this.writer = new GenericDatumWriter<>(schema, model);
        this.random = new Random(seed);
    }

    static String schemaText() {
        try (InputStream in = DemoOrders.class.getResourceAsStream("demo-order.avsc")) {
            if (in == null) {
                throw new IllegalStateException("demo-order.avsc is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo-order.avsc", e);
        }
    }

    /** {@link #COUNT} framed orders, oldest first, spread over the {@link #SPREAD} before {@code now}. */
    static List<DemoRecord> generate(int schemaId, Instant now, long seed) {
        DemoOrders orders = new DemoOrders(seed);
        long[] times = DemoTimes.spread(orders.random, now, SPREAD, COUNT);
        List<DemoRecord> records = new ArrayList<>(COUNT);
        for (long time : times) {
            GenericRecord order = orders.order(time);
            byte[] value = WireFormat.frame(schemaId, orders.serialize(order));
            records.add(new DemoRecord(TOPIC, order.get("customerId").toString(), value, time, null));
        }
        return records;
    }

    private GenericRecord order(long createdAt) {
        String status = pick(STATUSES);
        String coupon = random.nextInt(5) == 0 ? pick(new String[] {"WELCOME5", "SPRING10", "FREESHIP"}) : null;
        List<GenericRecord> items = items();
        GenericRecord order = new GenericData.Record(schema);
        order.put("orderId", DemoTimes.uuid(random).toString());
        order.put("customerId", String.format("customer-%03d", random.nextInt(40) + 1));
        order.put("createdAt", createdAt);
        order.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), status));
        order.put("total", total(items, coupon));
        order.put("currency", "EUR");
        order.put("coupon", coupon);
        order.put("items", items);
        order.put("shipping", status.equals("NEW") || status.equals("CANCELLED") ? null : address());
        order.put("attributes", attributes());
        return order;
    }

    private List<GenericRecord> items() {
        Schema itemSchema = schema.getField("items").schema().getElementType();
        int count = 1 + random.nextInt(4);
        List<GenericRecord> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int product = random.nextInt(SKUS.length);
            GenericRecord item = new GenericData.Record(itemSchema);
            item.put("sku", SKUS[product]);
            item.put("quantity", 1 + random.nextInt(3));
            item.put("unitPrice", new BigDecimal(PRICES[product]));
            items.add(item);
        }
        return items;
    }

    private static BigDecimal total(List<GenericRecord> items, String coupon) {
        BigDecimal sum = BigDecimal.ZERO;
        for (GenericRecord item : items) {
            sum = sum.add(((BigDecimal) item.get("unitPrice")).multiply(BigDecimal.valueOf((int) item.get("quantity"))));
        }
        BigDecimal discounted = "SPRING10".equals(coupon) ? sum.multiply(new BigDecimal("0.90")) : sum;
        // The schema says scale 2: the writer rejects any other scale.
        return discounted.setScale(2, RoundingMode.HALF_UP);
    }

    private GenericRecord address() {
        Schema addressSchema = schema.getField("shipping").schema().getTypes().get(1);
        String[] city = CITIES[random.nextInt(CITIES.length)];
        GenericRecord address = new GenericData.Record(addressSchema);
        address.put("street", (1 + random.nextInt(200)) + " Market Street");
        address.put("city", city[0]);
        address.put("country", city[1]);
        return address;
    }

    private Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("channel", pick(CHANNELS));
        if (random.nextInt(6) == 0) {
            attributes.put("giftWrap", "true");
        }
        if (random.nextInt(4) == 0) {
            attributes.put("campaign", "autumn-" + (2020 + random.nextInt(6)));
        }
        return attributes;
    }

    private byte[] serialize(GenericRecord order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writer.write(order, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a demo order", e);
        }
        return out.toByteArray();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
