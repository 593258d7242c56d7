package io.partita.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFilterTest {

    private static DecodedMessage order(int customerId, String source, String time, Object total) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", customerId);
        customer.put("name", "Ada Lovelace");
        customer.put("email", null);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("orderId", "o-" + customerId);
        value.put("customer", customer);
        value.put("total", total);
        value.put("status", "SHIPPED");
        value.put("lines", List.of(Map.of("sku", "A-1", "qty", 2), Map.of("sku", "B-7", "qty", 1)));
        value.put("tags", List.of("gift", "express"));
        KafkaMessage m = new KafkaMessage("demo.orders", 3, 1234L, Instant.parse(time).toEpochMilli(),
                KafkaMessage.TimestampType.CREATE_TIME, "k1".getBytes(StandardCharsets.UTF_8), new byte[120],
                List.of(new MessageHeader("source", source.getBytes(StandardCharsets.UTF_8)),
                        new MessageHeader("x-trace-id", "abc".getBytes(StandardCharsets.UTF_8))));
        return new DecodedMessage(m, new DecodedValue.Decoded(DataFormat.TEXT, "k1", null),
                new DecodedValue.Decoded(DataFormat.AVRO, value, null));
    }

    private static final DecodedMessage WEB_42 = order(42, "web", "2026-03-01T10:00:00Z", new BigDecimal("19.99"));

    private static boolean matches(String expression, DecodedMessage record) {
        return RecordFilter.compile(expression).test(record);
    }

    @Test
    void theIssueExampleMatchesOnNestedFieldHeaderAndTime() {
        String expr = "value.customer.id == 42 && headers.source == \"web\" && timestamp > \"2026-01-01T00:00:00Z\"";
        assertThat(matches(expr, WEB_42)).isTrue();
        assertThat(matches(expr, order(41, "web", "2026-03-01T10:00:00Z", 1))).isFalse();
        assertThat(matches(expr, order(42, "app", "2026-03-01T10:00:00Z", 1))).isFalse();
        assertThat(matches(expr, order(42, "web", "2025-12-31T23:59:59Z", 1))).isFalse();
    }

    @Test
    void numbersCompareByValueAcrossJavaTypes() {
        assertThat(matches("value.total > 19.5", WEB_42)).isTrue();
        assertThat(matches("value.total == 19.990", WEB_42)).isTrue();
        assertThat(matches("value.total >= 20", WEB_42)).isFalse();
        assertThat(matches("value.customer.id == 42.0", WEB_42)).isTrue();
        assertThat(matches("value.customer.id < 9223372036854775807", WEB_42)).isTrue();
        assertThat(matches("offset >= 1234 && partition == 3", WEB_42)).isTrue();
        assertThat(matches("value.total < 20", order(1, "w", "2026-01-01T00:00:00Z", 19.5d))).isTrue();
    }

    @Test
    void arraysIndexFromEitherEnd() {
        assertThat(matches("value.lines[0].sku == \"A-1\"", WEB_42)).isTrue();
        assertThat(matches("value.lines[-1].sku == 'B-7'", WEB_42)).isTrue();
        assertThat(matches("value.lines[2].sku == 'B-7'", WEB_42)).isFalse();
        assertThat(matches("size(value.lines) == 2", WEB_42)).isTrue();
    }

    @Test
    void textOperators() {
        assertThat(matches("value.customer.name contains \"Love\"", WEB_42)).isTrue();
        assertThat(matches("value.customer.name matches \"^Ada\\\\s\"", WEB_42)).isTrue();
        assertThat(matches("value.customer.name =~ 'lace$'", WEB_42)).isTrue();
        assertThat(matches("lower(value.status) startsWith 'ship'", WEB_42)).isTrue();
        assertThat(matches("value.status endsWith 'ED' and key == 'k1'", WEB_42)).isTrue();
        assertThat(matches("value.tags contains 'gift'", WEB_42)).isTrue();
        assertThat(matches("value.tags contains 'gif'", WEB_42)).isFalse();
        assertThat(matches("value.status in ['NEW', 'SHIPPED']", WEB_42)).isTrue();
        assertThat(matches("headers[\"x-trace-id\"] == 'abc' && headers.x-trace-id == 'abc'", WEB_42)).isTrue();
    }

    @Test
    void missingFieldsMakeComparisonsFalseAndExistsTellsThemApart() {
        assertThat(matches("value.customer.phone == 1", WEB_42)).isFalse();
        assertThat(matches("value.customer.phone != 1", WEB_42)).isFalse();
        assertThat(matches("!exists(value.customer.phone)", WEB_42)).isTrue();
        assertThat(matches("exists(value.customer.email) && value.customer.email == null", WEB_42)).isTrue();
        assertThat(matches("value.orderId.deeper == 'x'", WEB_42)).isFalse();
        assertThat(matches("exists(headers.source) && !exists(headers.nope)", WEB_42)).isTrue();
    }

    @Test
    void undecodedValuesMatchNothingAndTombstonesAreNull() {
        KafkaMessage m = new KafkaMessage("t", 0, 0, 5, KafkaMessage.TimestampType.CREATE_TIME, null, null, List.of());
        DecodedMessage tombstone = new DecodedMessage(m, DecodedValue.ABSENT, DecodedValue.ABSENT);
        assertThat(matches("value == null && key == null", tombstone)).isTrue();
        DecodedMessage broken = new DecodedMessage(m, DecodedValue.ABSENT,
                new DecodedValue.Failed("unknown schema id 9", new byte[5], null));
        assertThat(matches("value == null", broken)).isFalse();
        assertThat(matches("!exists(value)", broken)).isTrue();
    }

    @Test
    void precedenceAndParentheses() {
        assertThat(matches("partition == 9 || partition == 3 && offset == 1234", WEB_42)).isTrue();
        assertThat(matches("(partition == 9 || partition == 3) && offset == 0", WEB_42)).isFalse();
        assertThat(matches("not (partition == 3)", WEB_42)).isFalse();
        assertThat(matches("!!(partition == 3)", WEB_42)).isTrue();
    }

    @Test
    void timesMayBeDatesOrLocalTimesInUtc() {
        assertThat(matches("timestamp >= '2026-03-01' && timestamp < '2026-03-02'", WEB_42)).isTrue();
        assertThat(matches("timestamp > \"2026-03-01T10:00:00\"", WEB_42)).isFalse();
        assertThat(matches("\"2026-03-01T09:00:00Z\" < timestamp", WEB_42)).isTrue();
    }

    @Test
    void errorsPointAtTheirPosition() {
        assertError("value.customer.id = 42", 18, "use ==");
        assertError("value.customer.id == ", 21, "ends too early");
        assertError("valu.customer == 1", 0, "unknown name 'valu'");
        assertError("(partition == 1", 15, "expected ')'");
        assertError("value.x matches '['", 16, "bad regular expression");
        assertError("timestamp > 'yesterday'", 12, "not a time");
        assertError("partition == 1 partition == 2", 15, "expected && or ||");
        assertError("value.name == \"open", 14, "string not closed");
        assertError("offset.x == 1", 0, "has no fields");
        assertError("nope(value)", 0, "unknown function");
    }

    @Test
    void thePointerLinesUpWithTheProblem() {
        FilterSyntaxException e = catchSyntax("partition == 1 &&");
        assertThat(e.pointer()).isEqualTo("partition == 1 &&\n                 ^");
        assertThat(e.getMessage()).contains("column 18");
    }

    @Test
    void blankMeansEverything() {
        assertThat(RecordFilter.compile("  ").matchesAll()).isTrue();
        assertThat(RecordFilter.compile(null).test(WEB_42)).isTrue();
    }

    private static void assertError(String expression, int position, String reason) {
        FilterSyntaxException e = catchSyntax(expression);
        assertThat(e.reason()).as(expression).contains(reason);
        assertThat(e.position()).as(expression).isEqualTo(position);
    }

    private static FilterSyntaxException catchSyntax(String expression) {
        try {
            RecordFilter.compile(expression);
        } catch (FilterSyntaxException e) {
            return e;
        }
        assertThatThrownBy(() -> { }).as("no error for " + expression).isNotNull();
        throw new AssertionError("no error for " + expression);
    }

    @Test
    void namesWhatOfTheKeyAndValueItReads() {
        RecordFilter f = RecordFilter.compile("value.items[0].quantity == 5 && value.shipping.city == \"Berlin\" "
                + "&& headers.source == \"web\" && partition < 3");
        assertThat(f.keyNeeds()).isNull();
        assertThat(f.valueNeeds()).hasToString("{items {[] {quantity}}, shipping {city}}");

        RecordFilter g = RecordFilter.compile("key == \"k1\" || exists(value.customer) || size(value.lines) > 1 "
                + "|| value.customer.id in [1, 2]");
        assertThat(g.keyNeeds().isWhole()).isTrue();
        assertThat(g.valueNeeds()).hasToString("{customer, lines}");

        assertThat(RecordFilter.compile("lower(value) contains \"x\"").valueNeeds().isWhole()).isTrue();
        assertThat(RecordFilter.compile("offset > 5 && timestamp > \"2026-01-01\"").valueNeeds()).isNull();
    }
}
