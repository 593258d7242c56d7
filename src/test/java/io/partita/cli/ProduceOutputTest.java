package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProduceOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesComeInRecordOrderWhateverOrderResultsArriveIn() {
        ProduceOutput output = new ProduceOutput(out, true);
        output.accept(new SendResult.Delivered(1, 2, 11, Instant.ofEpochMilli(5)));
        assertThat(printed()).isEmpty();
        output.accept(new SendResult.Failed(0, 0, "NotEnoughReplicasException", "too few", "check ISR", true));
        output.finish(new SendSummary(2, 1, 1, 0, Duration.ofMillis(3), null), "t");

        assertThat(printed().lines()).containsExactly(
                "{\"error\":\"too few — check ISR\",\"exception\":\"NotEnoughReplicasException\"}",
                "{\"partition\":2,\"offset\":11,\"timestamp\":5}");
    }

    @Test
    void acksZeroOffsetIsNullNotMinusOne() {
        assertThat(ProduceOutput.json(new SendResult.Delivered(0, 1, -1, null)))
                .containsEntry("offset", null).containsEntry("timestamp", null);
    }

    @Test
    void textModeFoldsRecordsThatWereNeverSentIntoOneLine() {
        ProduceOutput output = new ProduceOutput(out, false);
        output.accept(new SendResult.Delivered(0, 0, 1, null));
        for (long i = 1; i < 4; i++) {
            output.accept(new SendResult.Failed(i, -1, "NotSent", "cancelled", "not sent", false));
        }
        output.finish(new SendSummary(4, 1, 0, 3, Duration.ofSeconds(1), "cancelled"), "t");

        assertThat(printed().lines()).containsExactly(
                "record 0: partition 0, offset 1",
                "records 1–3: not sent (cancelled)",
                "t: 1 delivered, 0 failed, 3 not sent, of 4 in 1.0 s (cancelled)");
    }
}
