package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ProduceFormat;
import io.partita.model.RegisteredSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadEncoderTest {

    @Test
    void hexAcceptsSpacesColonsAndPrefix() {
        assertThat(PayloadEncoder.of(ProduceFormat.HEX).encode("0x01 ab:FF")).containsExactly(1, 0xab, 0xff);
    }

    @Test
    void badHexNamesThePosition() {
        assertThatThrownBy(() -> PayloadEncoder.hex("01 zz")).hasMessage("not hex: 'z' at position 4");
        assertThatThrownBy(() -> PayloadEncoder.hex("abc")).hasMessageContaining("odd number of digits");
    }

    @Test
    void base64AcceptsStandardAndUrlSafe() {
        assertThat(PayloadEncoder.of(ProduceFormat.BASE64).encode("+/8=")).containsExactly(0xfb, 0xff);
        assertThat(PayloadEncoder.of(ProduceFormat.BASE64).encode("-_8")).containsExactly(0xfb, 0xff);
    }

    @Test
    void jsonIsCheckedAndSentAsTyped() {
        String typed = "{ \"a\": 1 }";
        assertThat(new String(PayloadEncoder.of(ProduceFormat.JSON).encode(typed), StandardCharsets.UTF_8))
                .isEqualTo(typed);
        assertThatThrownBy(() -> PayloadEncoder.of(ProduceFormat.JSON).encode("{\"a\": }"))
                .hasMessageStartingWith("not valid JSON at line 1, column 7");
    }

    @Test
    void nullFormatSendsNoBytes() {
        assertThat(PayloadEncoder.of(ProduceFormat.NULL).encode("ignored")).isNull();
    }

    @Test
    void avroIsFramedWithTheSchemaId() {
        RegisteredSchema s = new RegisteredSchema(42, "t-value", 1, "AVRO", "\"string\"", List.of());
        byte[] bytes = PayloadEncoder.avro(s).encode("\"hi\"");
        assertThat(WireFormat.schemaId(bytes)).hasValue(42);
        assertThat(bytes).endsWith(4, 'h', 'i');
    }

    @Test
    void avroEncoderRefusesNonAvroSubjects() {
        RegisteredSchema s = new RegisteredSchema(1, "t-value", 1, "JSON", "{}", List.of());
        assertThatThrownBy(() -> PayloadEncoder.avro(s)).hasMessage("subject t-value holds a JSON schema, not Avro");
    }
}
