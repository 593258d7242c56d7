package io.partita.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.ui.schemas.SchemaHighlighter.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaHighlighterTest {

    /** The text of each styled run, as "style:text". */
    private static List<String> styled(String type, String text, int error) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Span span : SchemaHighlighter.spans(type, text, error)) {
            if (!span.styles().isEmpty()) {
                out.add(String.join("+", span.styles()) + ":" + text.substring(at, at + span.length()));
            }
            at += span.length();
        }
        return out;
    }

    @Test
    void spansCoverTheWholeText() {
        String text = "{\"a\": [1, true, \"x\\\"y\"], \"b\": null} trailing";

        int total = SchemaHighlighter.spans("AVRO", text, -1).stream().mapToInt(Span::length).sum();

        assertThat(total).isEqualTo(text.length());
    }

    @Test
    void keysStringsNumbersLiteralsAndAvroTypesDiffer() {
        assertThat(styled("AVRO", "{\"type\": \"long\", \"doc\": \"hi\", \"default\": 0, \"x\": null}", -1))
                .containsSubsequence("json-key:\"type\"", "avro-type:\"long\"", "json-key:\"doc\"",
                        "json-string:\"hi\"", "json-number:0", "json-literal:null");
    }

    @Test
    void theTokenAtTheErrorOffsetIsMarked() {
        String text = "{\"name\": \"x\" \"type\": 1}";

        assertThat(styled("AVRO", text, text.indexOf("\"type\""))).contains("json-key+parse-error:\"type\"");
    }

    @Test
    void protobufKeywordsAndCommentsAreStyled() {
        assertThat(styled("PROTOBUF", "// c\nmessage M { string a = 1; }", -1))
                .contains("code-comment:// c", "code-keyword:message", "avro-type:string", "json-number:1");
    }
}
