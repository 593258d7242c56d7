package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AvroCompatibilityTest {

    private static final Schema V1 = AvroSchemas.parse(
            "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}");
    private static final Schema WITH_QTY = AvroSchemas.parse("{\"type\":\"record\",\"name\":\"A\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\"}]}");

    @Test
    void backwardNamesTheNewFieldWithoutDefault() {
        List<String> reasons = AvroCompatibility.explain("BACKWARD", WITH_QTY, List.of(new AvroCompatibility.Version(1, V1)));

        assertThat(reasons).singleElement().asString()
                .contains("version 1").contains("'qty' has no default value").contains("/fields/1");
    }

    @Test
    void forwardAcceptsAFieldAddedWithoutDefault() {
        assertThat(AvroCompatibility.explain("FORWARD", WITH_QTY, List.of(new AvroCompatibility.Version(1, V1))))
                .isEmpty();
    }

    @Test
    void forwardRefusesARemovedFieldWithoutDefault() {
        List<String> reasons = AvroCompatibility.explain("FORWARD", V1, List.of(new AvroCompatibility.Version(2, WITH_QTY)));

        assertThat(reasons).singleElement().asString().startsWith("version 2 cannot read data written with the new");
    }

    @Test
    void noneExplainsNothing() {
        assertThat(AvroCompatibility.explain("NONE", WITH_QTY, List.of(new AvroCompatibility.Version(1, V1)))).isEmpty();
    }

    @Test
    void transitiveLevelsAreRecognised() {
        assertThat(AvroCompatibility.transitive("FULL_TRANSITIVE")).isTrue();
        assertThat(AvroCompatibility.transitive("FULL")).isFalse();
    }
}
