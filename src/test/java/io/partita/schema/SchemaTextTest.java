package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.schema.TextDiff.Line;
import io.partita.schema.TextDiff.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure helpers around schema text: pretty printing, line diff, subject names. */
class SchemaTextTest {

    @Test
    void avroIsReindentedWithoutReordering() {
        String pretty = SchemaFormat.pretty("AVRO", "{\"type\":\"record\",\"name\":\"A\",\"fields\":[]}");

        assertThat(pretty).isEqualTo("{\n  \"type\": \"record\",\n  \"name\": \"A\",\n  \"fields\": [ ]\n}");
    }

    @Test
    void protobufAndUnparsableTextStayAsTheyAre() {
        assertThat(SchemaFormat.pretty("PROTOBUF", "message M {}")).isEqualTo("message M {}");
        assertThat(SchemaFormat.pretty("AVRO", "{not json")).isEqualTo("{not json");
    }

    @Test
    void lineDiffKeepsCommonLinesAndMarksTheChangedOnes() {
        List<Line> lines = TextDiff.lines("a\nb\nc\nd", "a\nB\nc\nd\ne");

        assertThat(lines).containsExactly(
                new Line(Op.SAME, 1, 1, "a"),
                new Line(Op.REMOVED, 2, 0, "b"),
                new Line(Op.ADDED, 0, 2, "B"),
                new Line(Op.SAME, 3, 3, "c"),
                new Line(Op.SAME, 4, 4, "d"),
                new Line(Op.ADDED, 0, 5, "e"));
    }

    @Test
    void identicalTextsAreAllSame() {
        assertThat(TextDiff.lines("x\ny", "x\ny")).extracting(Line::op).containsOnly(Op.SAME);
    }

    @Test
    void subjectsNamedAfterTopicsGiveTheTopicAndThePart() {
        assertThat(TopicNameStrategy.topicOf("demo.orders-value"))
                .contains(new TopicNameStrategy.TopicPart("demo.orders", false));
        assertThat(TopicNameStrategy.topicOf("demo.orders-key"))
                .contains(new TopicNameStrategy.TopicPart("demo.orders", true));
        assertThat(TopicNameStrategy.topicOf("com.acme.Order")).isEmpty();
        assertThat(TopicNameStrategy.topicOf("-value")).isEmpty();
        assertThat(TopicNameStrategy.subjectOf("t", true)).isEqualTo("t-key");
    }

    @Test
    void apicurioExceptionClassIsDroppedFromItsMessages() {
        assertThat(RegistryErrors.withoutJavaClass("io.apicurio.registry.rules.RuleViolationException: "
                + "Incompatible artifact: s [AVRO]")).isEqualTo("Incompatible artifact: s [AVRO]");
        assertThat(RegistryErrors.withoutJavaClass("Schema being registered is incompatible"))
                .isEqualTo("Schema being registered is incompatible");
    }

    @Test
    void apicurioIsRecognisedByItsApiPath() {
        assertThat(RegistryFlavor.of("http://h:8080/apis/ccompat/v7")).isEqualTo(RegistryFlavor.APICURIO);
        assertThat(RegistryFlavor.of("https://sr.example.com:8081")).isEqualTo(RegistryFlavor.CONFLUENT);
    }
}
