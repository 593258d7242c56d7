package io.partita.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.OutgoingRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExporterTest {

    @TempDir
    Path dir;

    private static DecodedMessage record(long offset, Map<String, Object> value, byte[] raw) {
        KafkaMessage m = new KafkaMessage("orders", 1, offset, 1_700_000_000_000L + offset,
                KafkaMessage.TimestampType.CREATE_TIME, "k\u00e9".getBytes(StandardCharsets.UTF_8), raw,
                List.of(new MessageHeader("bin", new byte[] {0, (byte) 0xff}), new MessageHeader("nil", null)));
        return new DecodedMessage(m, new DecodedValue.Decoded(DataFormat.TEXT, "k\u00e9", null),
                new DecodedValue.Decoded(DataFormat.JSON, value, null));
    }

    private static Map<String, Object> value(Object name, Object city) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("city", city);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("address", address);
        v.put("tags", List.of("a", "b"));
        return v;
    }

    @Test
    void jsonLinesCarryDecodedAndRawFormsThatImportBackToTheSameBytes() throws Exception {
        byte[] raw = {0, 0, 0, 0, 7, 1, 2, 3};
        Path file = dir.resolve("out.jsonl");
        try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.forFile(file))) {
            exporter.write(List.of(record(5, value("Ada", "Paris"), raw), record(6, value("Bob", "Oslo"), null)));
            exporter.commit();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.at("/value/address/city").asText()).isEqualTo("Paris");
        assertThat(first.get("valueBase64").asText()).isEqualTo("AAAAAAcBAgM=");
        assertThat(first.get("timestampMs").asLong()).isEqualTo(1_700_000_000_005L);
        assertThat(first.at("/headersBase64/0/value").asText()).isEqualTo("AP8=");
        assertThat(first.at("/headersBase64/1/value").isNull()).isTrue();

        try (JsonLinesSource source = JsonLinesSource.open(file, "copy", true)) {
            assertThat(source.count()).isEqualTo(2);
            OutgoingRecord a = source.record(0);
            assertThat(a.topic()).isEqualTo("copy");
            assertThat(a.partition()).isEqualTo(1);
            assertThat(a.timestamp()).isEqualTo(1_700_000_000_005L);
            assertThat(a.value()).isEqualTo(raw);
            assertThat(a.key()).isEqualTo("k\u00e9".getBytes(StandardCharsets.UTF_8));
            assertThat(a.headers().get(0).value()).isEqualTo(new byte[] {0, (byte) 0xff});
            assertThat(a.headers().get(1).value()).isNull();
            assertThat(source.record(1).value()).as("a tombstone stays a tombstone").isNull();
        }
    }

    @Test
    void csvFlattensNestedFieldsQuotesWhatNeedsItAndKeepsLateFields() throws Exception {
        Path file = dir.resolve("out.csv");
        Map<String, Object> late = value("Eve, \"the\" spy", "Rome\nNorth");
        late.put("extra", 7);
        try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.forFile(file))) {
            exporter.write(List.of(record(1, value("Ada", "Paris"), new byte[1])));
            exporter.write(List.of(record(2, late, new byte[1])));
            exporter.commit();
        }
        String text = Files.readString(file);
        String[] rows = text.split("\r\n");
        assertThat(rows[0]).endsWith(",value.name,value.address.city,value.tags,value (other fields)");
        assertThat(rows[1]).endsWith(",Ada,Paris,\"[\"\"a\"\",\"\"b\"\"]\",");
        assertThat(text).contains("\"Eve, \"\"the\"\" spy\",\"Rome\nNorth\"").contains("\"{\"\"value.extra\"\":7}\"");
    }

    @Test
    void csvWritesDecimalsAsJsonLinesDo() throws Exception {
        Path file = dir.resolve("decimals.csv");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("thousands", new java.math.BigDecimal("1E+3"));
        v.put("price", new java.math.BigDecimal("12.50"));
        v.put("tiny", new java.math.BigDecimal("1.5E-99999"));
        try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.forFile(file))) {
            exporter.write(List.of(record(1, v, new byte[1])));
            exporter.commit();
        }
        String[] rows = Files.readString(file).split("\r\n");
        assertThat(rows[0]).endsWith(",value.thousands,value.price,value.tiny,value (other fields)");
        assertThat(rows[1]).endsWith(",1000,12.50,1.5E-99999,");
    }

    @Test
    void nothingAppearsUnderTheNameUntilCommitted() throws Exception {
        Path file = dir.resolve("half.jsonl");
        Files.writeString(file, "older export\n");
        try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.JSON_LINES)) {
            exporter.write(List.of(record(1, value("Ada", "Paris"), new byte[1])));
        }
        assertThat(Files.readString(file)).isEqualTo("older export\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("half.jsonl");
        }
    }

    @Test
    void aBadLineIsReportedWithItsNumber() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"valueBase64\":\"AAE=\"}\n\n{not json\n");
        try (JsonLinesSource source = JsonLinesSource.open(file, "t", false)) {
            assertThat(source.count()).isEqualTo(2);
            assertThat(source.record(0).value()).isEqualTo(new byte[] {0, 1});
            assertThatThrownBy(() -> source.record(1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("bad.jsonl line 3: invalid JSON");
        }
    }

    @Test
    void plainConsumeJsonLinesImportAsText() throws Exception {
        Path file = dir.resolve("plain.jsonl");
        Files.writeString(file, "{\"key\":\"a\",\"value\":{\"x\":1},\"headers\":{\"h\":\"v\"}}\n");
        try (JsonLinesSource source = JsonLinesSource.open(file, "t", false)) {
            OutgoingRecord r = source.record(0);
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("a");
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
            assertThat(r.headers()).singleElement().satisfies(h -> assertThat(h.key()).isEqualTo("h"));
            assertThat(r.partition()).isNull();
        }
    }
}
