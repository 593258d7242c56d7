package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SchemaProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    @Test
    void validAvroHasNoProblem() {
        assertThat(SchemaValidator.check("AVRO", "{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}", List.of()))
                .isEmpty();
    }

    @Test
    void jsonSyntaxErrorIsPlacedExactly() {
        String text = "{\"type\":\"record\",\"name\":\"A\",\n\"fields\":[{\"name\":\"x\" \"type\":\"string\"}]}";

        SchemaProblem problem = SchemaValidator.check("AVRO", text, List.of()).orElseThrow();

        assertThat(problem.exact()).isTrue();
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(23);
        assertThat(text.charAt(problem.offset())).isEqualTo('"');
        assertThat(problem.message()).contains("was expecting comma").doesNotContain("REDACTED");
    }

    @Test
    void unknownTypeIsPlacedNearTheNameItMentions() {
        String text = "{\"type\":\"record\",\"name\":\"A\",\n\"fields\":[{\"name\":\"x\",\"type\":\"strin\"}]}";

        SchemaProblem problem = SchemaValidator.check("AVRO", text, List.of()).orElseThrow();

        assertThat(problem.exact()).isFalse();
        assertThat(problem.message()).contains("strin");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(text.substring(problem.offset())).startsWith("strin\"");
        assertThat(problem.describe()).startsWith("near line 2, column ");
    }

    @Test
    void badDefaultIsPlacedAtItsField() {
        String text = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[\n{\"name\":\"qty\",\"type\":\"int\",\"default\":\"s\"}]}";

        SchemaProblem problem = SchemaValidator.check("AVRO", text, List.of()).orElseThrow();

        assertThat(problem.line()).isEqualTo(2);
        assertThat(text.substring(problem.offset())).startsWith("qty\"");
    }

    @Test
    void namedTypesFromReferencesResolve() {
        String address = "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"t\",\"fields\":[]}";
        String customer = "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"t\",\"fields\":["
                + "{\"name\":\"a\",\"type\":\"t.Address\"}]}";

        assertThat(SchemaValidator.check("AVRO", customer, List.of())).isPresent();
        assertThat(SchemaValidator.check("AVRO", customer, List.of(address))).isEmpty();
    }

    @Test
    void jsonSchemaIsCheckedAsJson() {
        Optional<SchemaProblem> problem = SchemaValidator.check("JSON", "{\"type\": \"object\",}", List.of());

        assertThat(problem).isPresent();
        assertThat(SchemaValidator.check("JSON", "{\"type\": \"object\"}", List.of())).isEmpty();
    }

    @Test
    void protobufIsLeftToTheRegistry() {
        assertThat(SchemaValidator.checksLocally("PROTOBUF")).isFalse();
        assertThat(SchemaValidator.check("PROTOBUF", "this is not checked", List.of())).isEmpty();
    }

    @Test
    void emptyTextIsAProblem() {
        assertThat(SchemaValidator.check("AVRO", "  ", List.of())).isPresent();
    }
}
