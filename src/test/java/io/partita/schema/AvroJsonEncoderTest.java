package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

class AvroJsonEncoderTest {

    private static final Schema ORDER = AvroSchemas.parse("""
            {"type":"record","name":"Order","namespace":"t","fields":[
              {"name":"id","type":{"type":"string","logicalType":"uuid"}},
              {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"day","type":{"type":"int","logicalType":"date"}},
              {"name":"total","type":{"type":"bytes","logicalType":"decimal","precision":8,"scale":2}},
              {"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID"]}},
              {"name":"coupon","type":["null","string"],"default":null},
              {"name":"items","type":{"type":"array","items":{"type":"record","name":"Item","fields":[
                 {"name":"sku","type":"string"},{"name":"qty","type":"int"}]}}},
              {"name":"ship","type":["null",{"type":"record","name":"Address","fields":[
                 {"name":"city","type":"string"}]}],"default":null},
              {"name":"currency","type":"string","default":"EUR"}
            ]}""");

    private static final String VALID = """
            {"id":"123e4567-e89b-12d3-a456-426614174000","at":"2024-05-31T13:45:30.250Z","day":"2024-05-31",
             "total":12.9,"status":"PAID","coupon":"SPRING","items":[{"sku":"MUG","qty":2}],
             "ship":{"city":"Lyon"}}""";

    private static GenericRecord decode(Schema schema, byte[] bytes) throws IOException {
        return new GenericDatumReader<GenericRecord>(schema).read(null,
                DecoderFactory.get().binaryDecoder(bytes, null));
    }

    @Test
    void friendlyJsonBecomesTheAvroValuesItMeans() throws IOException {
        GenericRecord r = decode(ORDER, new AvroJsonEncoder(ORDER).encode(VALID));

        assertThat(r.get("id").toString()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(r.get("at")).isEqualTo(Instant.parse("2024-05-31T13:45:30.250Z").toEpochMilli());
        assertThat(r.get("day")).isEqualTo((int) LocalDate.parse("2024-05-31").toEpochDay());
        assertThat(new BigDecimal(new BigInteger(((ByteBuffer) r.get("total")).array()), 2))
                .isEqualByComparingTo("12.90");
        assertThat(r.get("status").toString()).isEqualTo("PAID");
        assertThat(r.get("coupon").toString()).isEqualTo("SPRING");
        assertThat(((GenericRecord) r.get("ship")).get("city").toString()).isEqualTo("Lyon");
        assertThat(r.get("currency").toString()).isEqualTo("EUR");
    }

    @Test
    void taggedUnionValuesAreAcceptedToo() throws IOException {
        String tagged = VALID.replace("\"coupon\":\"SPRING\"", "\"coupon\":{\"string\":\"TAG\"}")
                .replace("\"ship\":{\"city\":\"Lyon\"}", "\"ship\":{\"t.Address\":{\"city\":\"Ghent\"}}");
        GenericRecord r = decode(ORDER, new AvroJsonEncoder(ORDER).encode(tagged));
        assertThat(r.get("coupon").toString()).isEqualTo("TAG");
        assertThat(((GenericRecord) r.get("ship")).get("city").toString()).isEqualTo("Ghent");
    }

    @Test
    void decimalAsStringAndTimestampWithOffsetAreUnderstood() throws IOException {
        String json = VALID.replace("\"total\":12.9", "\"total\":\"-3.5\"")
                .replace("2024-05-31T13:45:30.250Z", "2024-05-31T15:45:30.250+02:00");
        GenericRecord r = decode(ORDER, new AvroJsonEncoder(ORDER).encode(json));
        assertThat(new BigDecimal(new BigInteger(((ByteBuffer) r.get("total")).array()), 2)).isEqualByComparingTo("-3.50");
        assertThat(r.get("at")).isEqualTo(Instant.parse("2024-05-31T13:45:30.250Z").toEpochMilli());
    }

    @Test
    void wrongTypeNamesTheFieldPathAndExpectedType() {
        String json = VALID.replace("\"qty\":2", "\"qty\":\"two\"");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .isInstanceOf(AvroJsonException.class)
                .hasMessage("$.items[0].qty: expected int, got string \"two\"")
                .satisfies(e -> assertThat(((AvroJsonException) e).path()).isEqualTo("$.items[0].qty"));
    }

    @Test
    void errorInsideAUnionRecordNamesTheInnerField() {
        String json = VALID.replace("\"city\":\"Lyon\"", "\"city\":7");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessage("$.ship.city: expected string, got number 7");
    }

    @Test
    void badTimestampSaysWhatFormsAreAccepted() {
        String json = VALID.replace("2024-05-31T13:45:30.250Z", "yesterday");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessageStartingWith("$.at: expected timestamp-millis (an ISO-8601 time")
                .hasMessageEndingWith("got string \"yesterday\"");
    }

    @Test
    void decimalWithTooManyPlacesIsRefusedNotRounded() {
        String json = VALID.replace("\"total\":12.9", "\"total\":12.999");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessageContaining("$.total: expected decimal(8,2)")
                .hasMessageContaining("12.999 has more than 2 decimal places");
    }

    @Test
    void unknownEnumSymbolListsTheSymbols() {
        String json = VALID.replace("\"PAID\"", "\"LOST\"");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessage("$.status: expected enum Status (one of NEW, PAID), got string \"LOST\"");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String json = VALID.replace("\"status\":\"PAID\",", "");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessage("$.status: missing field of type Status (it has no default)");
    }

    @Test
    void misspelledFieldIsNamedWithTheRealFields() {
        String json = VALID.replace("\"coupon\"", "\"cupon\"");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessageStartingWith("$.cupon: no such field in record Order (fields: id, at, day");
    }

    @Test
    void unionValueThatFitsNoBranchListsTheBranches() {
        String json = VALID.replace("\"coupon\":\"SPRING\"", "\"coupon\":5");
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode(json))
                .hasMessage("$.coupon: expected one of null, string, got number 5");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> new AvroJsonEncoder(ORDER).encode("{\n  \"id\": ,\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not valid JSON at line 2, column 9");
    }

    @Test
    void nullableFieldWithoutDefaultMayBeLeftOut() throws IOException {
        Schema s = AvroSchemas.parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":["null","int"]}]}""");
        assertThat(decode(s, new AvroJsonEncoder(s).encode("{}")).get("a")).isNull();
    }

    @Test
    void fixedDecimalIsSignExtended() throws IOException {
        Schema s = AvroSchemas.parse("""
                {"type":"record","name":"R","fields":[{"name":"d","type":{"type":"fixed","name":"D","size":4,
                 "logicalType":"decimal","precision":6,"scale":1}}]}""");
        GenericRecord r = decode(s, new AvroJsonEncoder(s).encode("{\"d\": -1.5}"));
        byte[] bytes = ((GenericData.Fixed) r.get("d")).bytes();
        assertThat(new BigDecimal(new BigInteger(bytes), 1)).isEqualByComparingTo("-1.5");
    }
}
