package io.partita.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The schemaless demo topics: {@code demo.events} (JSON with nested objects, arrays, numbers, booleans and
 * nulls) and {@code demo.text} (plain log lines with keys and headers). Seeded like the orders.
 */
final class DemoMessages {

    static final String EVENTS_TOPIC = "demo.events";
    static final String TEXT_TOPIC = "demo.text";
    static final int EVENT_COUNT = 300;
    static final int TEXT_COUNT = 150;

    private static final String[] EVENT_TYPES = {"page_view", "page_view", "search", "add_to_cart", "checkout",
        "login"};
    private static final String[] COUNTRIES = {"DE", "FR", "PT", "PL", "IT", "BE", "NL"};
    private static final String[] PAGES = {"/", "/products", "/products/42", "/cart", "/checkout", "/help"};
    private static final String[] SOURCES = {"web", "web", "mobile", "batch"};
    private static final int[] HTTP_STATUSES = {200, 200, 200, 200, 201, 304, 404, 500};

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DemoMessages() {
    }

    static List<DemoRecord> events(Instant now, long seed) {
        Random random = new Random(seed);
        List<DemoRecord> records = new ArrayList<>(EVENT_COUNT);
        for (long time : DemoTimes.spread(random, now, Duration.ofDays(2), EVENT_COUNT)) {
            String userId = "user-" + (1 + random.nextInt(25));
            ObjectNode event = event(random, userId, Instant.ofEpochMilli(time));
            // ObjectNode.toString() is standard JSON and has no checked exception to handle.
            records.add(new DemoRecord(EVENTS_TOPIC, userId, event.toString().getBytes(StandardCharsets.UTF_8),
                    time, null));
        }
        return records;
    }

    private static ObjectNode event(Random random, String userId, Instant at) {
        String type = EVENT_TYPES[random.nextInt(EVENT_TYPES.length)];
        ObjectNode event = JSON.objectNode()
                .put("eventId", DemoTimes.uuid(random).toString())
                .put("type", type)
                .put("occurredAt", at.toString());
        event.putObject("user")
                .put("id", userId)
                .put("country", COUNTRIES[random.nextInt(COUNTRIES.length)])
                .put("premium", random.nextInt(4) == 0);
        event.putObject("page")
                .put("path", PAGES[random.nextInt(PAGES.length)])
                .put("loadMillis", 40 + random.nextInt(900))
                .put("scrollDepth", Math.round(random.nextDouble() * 100) / 100.0);
        event.putArray("tags")
                .add(type.equals("search") ? "query" : "browse")
                .add(random.nextBoolean() ? "ab-test-b" : "ab-test-a");
        if (type.equals("add_to_cart") || type.equals("checkout")) {
            event.putObject("cart")
                    .put("items", 1 + random.nextInt(5))
                    .put("value", 5 + random.nextInt(20000) / 100.0);
        } else {
            event.putNull("cart");
        }
        event.put("referrer", random.nextInt(3) == 0 ? "https://search.example/?q=kafka" : null);
        return event;
    }

    static List<DemoRecord> textLines(Instant now, long seed) {
        Random random = new Random(seed);
        List<DemoRecord> records = new ArrayList<>(TEXT_COUNT);
        for (long time : DemoTimes.spread(random, now, Duration.ofHours(12), TEXT_COUNT)) {
            String host = "host-" + (1 + random.nextInt(3));
            int status = HTTP_STATUSES[random.nextInt(HTTP_STATUSES.length)];
            String line = "GET " + PAGES[random.nextInt(PAGES.length)] + " " + status + " "
                    + (2 + random.nextInt(400)) + "ms";
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("source", SOURCES[random.nextInt(SOURCES.length)]);
            headers.put("trace-id", DemoTimes.hex(random, 16));
            records.add(new DemoRecord(TEXT_TOPIC, host, line.getBytes(StandardCharsets.UTF_8), time, headers));
        }
        return records;
    }
}
